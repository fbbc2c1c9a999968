import t from 'tap';
import { findApiKey, parseApiKeys } from '../../src/plugins/api-keys.js';

const WRITER = 'w'.repeat(16) + '-writer';
const READER = 'r'.repeat(16) + '.reader';

t.test('parses key:scope entries from a list or from file lines with comments', async (t) => {
  const inline = parseApiKeys(`${WRITER}:write, ${READER}:read`, 'API_KEYS');
  t.same(
    inline.map((key) => key.scope),
    ['write', 'read'],
  );
  const file = parseApiKeys(`# deploy keys\n${WRITER}:write\n\n${READER}:read\n`, 'API_KEYS_FILE');
  t.same(
    file.map((key) => key.id),
    inline.map((key) => key.id),
  );
  t.equal(parseApiKeys('', 'API_KEYS').length, 0);
});

t.test('rejects bad entries without echoing the key', async (t) => {
  const cases: [string, RegExp][] = [
    [`${WRITER}`, /entry 1: expected <key>:read or <key>:write/],
    [`${WRITER}:admin`, /entry 1: expected/],
    [`short:read`, /entry 1: a key is 16 to 256 characters/],
    [`${'x'.repeat(20)} y:read`, /a key is 16 to 256/],
    [`${WRITER}:write,${WRITER}:read`, /entry 2: the same key is listed twice/],
  ];
  for (const [spec, message] of cases) {
    const error = t.throws(() => parseApiKeys(spec, 'API_KEYS')) as Error;
    t.match(error.message, message, spec);
    t.notMatch(error.message, /wwww|xxxx/, 'the key itself is not in the message');
  }
});

t.test('finds a key by value and returns only its id and scope', async (t) => {
  const keys = parseApiKeys(`${WRITER}:write,${READER}:read`, 'API_KEYS');
  const reader = findApiKey(keys, READER);
  t.same(reader, { id: keys[1].id, scope: 'read' });
  t.equal(findApiKey(keys, WRITER)?.scope, 'write');
  t.equal(findApiKey(keys, WRITER + 'x'), undefined);
  t.equal(findApiKey([], WRITER), undefined);
  t.match(keys[0].id, /^[0-9a-f]{12}$/);
});
