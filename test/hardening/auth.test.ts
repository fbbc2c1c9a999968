// API keys: the list parsed and looked up, the failure budget of wrong keys, and the auth plugin's answers.
import t from 'tap';
import Fastify from 'fastify';
import auth from '../../src/plugins/auth.js';
import { findApiKey, parseApiKeys } from '../../src/plugins/api-keys.js';
import { FailureBudget } from '../../src/plugins/failure-budget.js';

const WRITER = 'writer-key-0123456789';
const READER = 'reader-key-0123456789';

async function appWith(spec: string, requireKeyForReads = false, failedAuthPerMinute = 100) {
  const app = Fastify();
  await app.register(auth, { apiKeys: parseApiKeys(spec, 'API_KEYS'), requireKeyForReads, failedAuthPerMinute });
  const echo = async (request: { apiKey: unknown }) => ({ apiKey: request.apiKey });
  app.get('/v1/things', echo);
  app.post('/v1/things', echo);
  app.delete('/v1/things/:id', echo);
  app.post('/v1/parse', { config: { access: 'open' } }, echo);
  app.post('/v1/costly', { config: { access: 'key' } }, echo);
  app.get('/health', echo);
  app.get('/metrics', { config: { access: 'read' } }, echo);
  app.route({ method: ['GET', 'POST'], url: '/v1/mixed', handler: echo });
  await app.ready();
  return app;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

t.test('with keys: writes need a write key, reads stay open by default', async (t) => {
  const app = await appWith(`${WRITER}:write,${READER}:read`);
  t.teardown(() => app.close());
  const call = async (method: 'GET' | 'POST' | 'DELETE', url: string, headers = {}) =>
    (await app.inject({ method, url, headers })).statusCode;

  const anonymous = await app.inject({ method: 'POST', url: '/v1/things' });
  t.equal(anonymous.statusCode, 401, 'a write without a key');
  t.equal(anonymous.headers['www-authenticate'], 'Bearer realm="newsroom-quotes"');
  t.match(anonymous.json().message, /needs an API key/);
  t.equal(await call('POST', '/v1/things', bearer(READER)), 403, 'a write with a read key');
  t.equal(await call('DELETE', '/v1/things/1', bearer(READER)), 403);
  t.equal(await call('POST', '/v1/things', bearer(WRITER)), 200);
  t.equal(await call('DELETE', '/v1/things/1', bearer(WRITER)), 200);
  t.equal(await call('POST', '/v1/mixed', bearer(READER)), 403, 'a mixed route takes the strictest default');

  const wrong = await app.inject({ method: 'POST', url: '/v1/things', headers: bearer('not-a-configured-key-000') });
  t.equal(wrong.statusCode, 401);
  t.match(wrong.json().message, /not valid/);
  t.equal(await call('POST', '/v1/things', { authorization: `Basic ${WRITER}` }), 401, 'only Bearer counts');

  t.equal(await call('GET', '/v1/things'), 200, 'reads are open unless REQUIRE_KEY_FOR_READS');
  t.equal(await call('POST', '/v1/parse'), 200, 'a route declared open is open');
  t.equal(await call('POST', '/v1/costly'), 401, "a route declared 'key' takes a key...");
  t.equal(await call('POST', '/v1/costly', bearer(READER)), 200, '...of any scope');
  t.equal(await call('GET', '/health'), 200);
  t.equal(await call('GET', '/metrics'), 200);
  t.equal(await call('POST', '/v1/unknown'), 404, 'an unknown route is not found, whoever asks');

  const identified = await app.inject({ method: 'GET', url: '/v1/things', headers: { authorization: `bearer  ${READER} ` } });
  t.equal(identified.json().apiKey.scope, 'read', 'the scheme is case-insensitive and spaces tolerated');
  t.notMatch(identified.body, READER, 'the key itself is never exposed');
});

t.test('with keys and REQUIRE_KEY_FOR_READS: reads need any valid key', async (t) => {
  const app = await appWith(`${WRITER}:write,${READER}:read`, true);
  t.teardown(() => app.close());
  const get = async (url: string, headers = {}) => (await app.inject({ method: 'GET', url, headers })).statusCode;
  t.equal(await get('/v1/things'), 401);
  t.equal(await get('/metrics'), 401);
  t.equal(await get('/v1/things', bearer(READER)), 200);
  t.equal(await get('/v1/things', bearer(WRITER)), 200, 'write implies read');
  t.equal(await get('/health'), 200, 'health stays open');
  t.equal((await app.inject({ method: 'POST', url: '/v1/parse' })).statusCode, 200, 'parse stays open');
});

t.test('without keys everything is open (the server only binds loopback then)', async (t) => {
  const app = await appWith('', true);
  t.teardown(() => app.close());
  t.equal((await app.inject({ method: 'POST', url: '/v1/things' })).statusCode, 200);
  t.equal((await app.inject({ method: 'GET', url: '/v1/things' })).statusCode, 200);
});

t.test('refused requests count harder: past the budget a caller gets 429 on guarded routes', async (t) => {
  const app = await appWith(`${WRITER}:write,${READER}:read`, false, 3);
  t.teardown(() => app.close());
  const post = (headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/v1/things', headers, remoteAddress });
  for (let i = 0; i < 3; i++) t.equal((await post(bearer(`guess-${i}-0123456789abcdef`))).statusCode, 401);
  const cut = await post(bearer('guess-3-0123456789abcdef'));
  t.equal(cut.statusCode, 429, 'the fourth wrong key of the minute');
  t.match(cut.headers['retry-after'], /^\d+$/);
  t.match(cut.json().message, /Too many refused requests/);
  t.equal((await post()).statusCode, 429, 'no key at all from that address is cut off too');
  t.equal((await app.inject({ method: 'GET', url: '/v1/things', remoteAddress: '10.0.0.1' })).statusCode, 200, 'open routes still answer');
  t.equal((await post(bearer(WRITER))).statusCode, 200, 'a valid key from the same address still works');
  t.equal((await post({}, '10.0.0.2')).statusCode, 401, 'another address has its own budget');

  for (let i = 0; i < 3; i++) t.equal((await post(bearer(READER))).statusCode, 403);
  t.equal((await post(bearer(READER))).statusCode, 429, 'a read key refused writes again and again is cut off');
  t.equal((await app.inject({ method: 'GET', url: '/v1/things', headers: bearer(READER) })).statusCode, 200, 'its reads still answer');
});

// The key list (API_KEYS, API_KEYS_FILE) and its look-up.
const LISTED_WRITER = 'w'.repeat(16) + '-writer';
const LISTED_READER = 'r'.repeat(16) + '.reader';

t.test('parses key:scope entries from a list or from file lines with comments', async (t) => {
  const inline = parseApiKeys(`${LISTED_WRITER}:write, ${LISTED_READER}:read`, 'API_KEYS');
  t.same(
    inline.map((key) => key.scope),
    ['write', 'read'],
  );
  const file = parseApiKeys(`# deploy keys\n${LISTED_WRITER}:write\n\n${LISTED_READER}:read\n`, 'API_KEYS_FILE');
  t.same(
    file.map((key) => key.id),
    inline.map((key) => key.id),
  );
  t.equal(parseApiKeys('', 'API_KEYS').length, 0);
});

t.test('rejects bad entries without echoing the key', async (t) => {
  const cases: [string, RegExp][] = [
    [`${LISTED_WRITER}`, /entry 1: expected <key>:read or <key>:write/],
    [`${LISTED_WRITER}:admin`, /entry 1: expected/],
    [`short:read`, /entry 1: a key is 16 to 256 characters/],
    [`${'x'.repeat(20)} y:read`, /a key is 16 to 256/],
    [`${LISTED_WRITER}:write,${LISTED_WRITER}:read`, /entry 2: the same key is listed twice/],
  ];
  for (const [spec, message] of cases) {
    const error = t.throws(() => parseApiKeys(spec, 'API_KEYS')) as Error;
    t.match(error.message, message, spec);
    t.notMatch(error.message, /wwww|xxxx/, 'the key itself is not in the message');
  }
});

t.test('finds a key by value and returns only its id and scope', async (t) => {
  const keys = parseApiKeys(`${LISTED_WRITER}:write,${LISTED_READER}:read`, 'API_KEYS');
  const reader = findApiKey(keys, LISTED_READER);
  t.same(reader, { id: keys[1].id, scope: 'read' });
  t.equal(findApiKey(keys, LISTED_WRITER)?.scope, 'write');
  t.equal(findApiKey(keys, LISTED_WRITER + 'x'), undefined);
  t.equal(findApiKey([], LISTED_WRITER), undefined);
  t.match(keys[0].id, /^[0-9a-f]{12}$/);
});

// Failed authentication a caller may spend in a window.
t.test('a caller is exhausted after its failures of the window, until the window ends', async (t) => {
  let now = 0;
  const budget = new FailureBudget(2, 60_000, () => now);
  budget.record('ip:a');
  t.equal(budget.exhausted('ip:a'), null);
  budget.record('ip:a');
  t.equal(budget.exhausted('ip:a'), 60, 'seconds left of the window');
  now = 59_900;
  t.equal(budget.exhausted('ip:a'), 1, 'never less than a second');
  t.equal(budget.exhausted('ip:b'), null, 'others are not affected');
  now = 60_000;
  t.equal(budget.exhausted('ip:a'), null, 'a new window forgives');
});

t.test('tracks a bounded number of callers a window', async (t) => {
  const budget = new FailureBudget(1, 60_000, () => 0, 2);
  for (const caller of ['a', 'b', 'c']) budget.record(caller);
  t.equal(budget.exhausted('b'), 60);
  t.equal(budget.exhausted('c'), null, 'the third caller of the window was not tracked');
});
