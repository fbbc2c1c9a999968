// Logs through the whole app: every request line is JSON with the request id, the article text and the
// API key never appear at info level.
import t from 'tap';
import { Writable } from 'node:stream';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { logRedaction } from '../../src/plugins/request-id.js';
import { testApp } from '../routes/helpers.js';

const KEY = 'logging-test-key-0123456789';
const SECRET_SENTENCE = 'The unannounced merger terms were leaked to reporters overnight';

t.test('JSON lines with reqId; no article text, no key', async (t) => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await testApp(t, {
    logger: { level: 'info', stream, redact: logRedaction },
    apiKeys: parseApiKeys(`${KEY}:write`, 'API_KEYS'),
  });
  const text = `GENEVA, March 3 (Reuters) - "${SECRET_SENTENCE}," said Maria Lopez, a UN spokeswoman.`;
  const created = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: { text },
    headers: { authorization: `Bearer ${KEY}`, 'x-request-id': 'client-req-1' },
  });
  t.equal(created.statusCode, 201);
  t.equal(created.headers['x-request-id'], 'client-req-1');
  await app.inject({
    method: 'POST',
    url: '/v1/parse',
    payload: text,
    headers: { 'content-type': 'text/plain', authorization: `Bearer ${KEY}` },
  });
  await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: { text: `${text}\u0000` },
    headers: { authorization: `Bearer ${KEY}` },
  });

  const records = lines.map((line) => JSON.parse(line));
  const requestLines = records.filter((record) => record.req || record.res);
  t.ok(requestLines.length >= 6, 'incoming and completed lines for each request');
  for (const record of requestLines) t.type(record.reqId, 'string');
  t.ok(requestLines.some((record) => record.reqId === 'client-req-1'));
  const all = lines.join('');
  t.notMatch(all, SECRET_SENTENCE, 'the article text is not logged');
  t.notMatch(all, KEY, 'the key is not logged');
});
