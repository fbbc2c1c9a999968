// Keys, limits and load shedding through the whole app, and the refusal to serve a network without keys.
import t from 'tap';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { testApp } from '../routes/helpers.js';
import { compileServer } from './server-process.js';

const WRITER = 'writer-key-0123456789';
const READER = 'reader-key-0123456789';
const apiKeys = parseApiKeys(`${WRITER}:write,${READER}:read`, 'API_KEYS');
const ARTICLE = { text: 'GENEVA - "We will talk," said Maria Lopez, a UN spokeswoman.' };
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

t.test('writes need a write key; each refusal is problem+json', async (t) => {
  const app = await testApp(t, { apiKeys });
  const anonymous = await app.inject({ method: 'POST', url: '/v1/articles', payload: ARTICLE });
  t.equal(anonymous.statusCode, 401);
  t.match(anonymous.headers['content-type'], /^application\/problem\+json/);
  t.match(anonymous.json(), { status: 401, title: 'Unauthorized', detail: /Authorization: Bearer/ });
  t.equal(anonymous.headers['www-authenticate'], 'Bearer realm="newsroom-quotes"');
  const reader = await app.inject({ method: 'POST', url: '/v1/articles', payload: ARTICLE, headers: bearer(READER) });
  t.match(reader.json(), { status: 403, title: 'Forbidden' });
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: [ARTICLE], headers: bearer(READER) })).statusCode, 403);
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/reparse', headers: bearer(READER) })).statusCode, 403);
  t.equal((await app.inject({ method: 'DELETE', url: '/v1/articles/1', headers: bearer(READER) })).statusCode, 403);
  t.equal((await app.store.stats()).articles, 0, 'nothing stored by a refused write');
  const writer = await app.inject({ method: 'POST', url: '/v1/articles', payload: ARTICLE, headers: bearer(WRITER) });
  t.equal(writer.statusCode, 201);
  t.equal((await app.inject({ method: 'GET', url: '/v1/articles' })).statusCode, 200, 'reads stay open');
  t.equal((await app.inject({ method: 'POST', url: '/v1/parse', payload: ARTICLE })).statusCode, 401, 'parse takes a key');
  t.equal((await app.inject({ method: 'POST', url: '/v1/parse', payload: ARTICLE, headers: bearer(READER) })).statusCode, 200, 'any key');
});

t.test('OPEN_PARSE opens the parse route to callers without a key', async (t) => {
  const app = await testApp(t, { apiKeys, openParse: true });
  t.equal((await app.inject({ method: 'POST', url: '/v1/parse', payload: ARTICLE })).statusCode, 200);
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', payload: ARTICLE })).statusCode, 401, 'writes still take a key');
});

t.test('rate limit: 429 problem+json with Retry-After; probes unaffected', async (t) => {
  const app = await testApp(t, { apiKeys, rateLimitPerMinute: 2 });
  for (let i = 0; i < 2; i++) t.equal((await app.inject({ url: '/v1/quotes', headers: bearer(READER) })).statusCode, 200);
  const limited = await app.inject({ url: '/v1/quotes', headers: bearer(READER) });
  t.equal(limited.statusCode, 429);
  t.match(limited.headers['content-type'], /^application\/problem\+json/);
  t.match(limited.json(), { status: 429, title: 'Too Many Requests', detail: /Rate limit of 2 requests a minute/ });
  t.match(limited.headers['retry-after'], /^\d+$/);
  t.equal((await app.inject({ url: '/v1/quotes', headers: bearer(WRITER) })).statusCode, 200, 'another key');
  t.equal((await app.inject({ url: '/ready', headers: bearer(READER) })).statusCode, 200, 'probes');
});

t.test('batches have a budget of their own', async (t) => {
  const app = await testApp(t, { apiKeys, rateLimitPerMinute: 100, batchRateLimitPerMinute: 1 });
  const batch = () => app.inject({ method: 'POST', url: '/v1/articles/batch', payload: [ARTICLE], headers: bearer(WRITER) });
  t.equal((await batch()).statusCode, 200);
  const limited = await batch();
  t.equal(limited.statusCode, 429);
  t.match(limited.json(), { detail: /Rate limit of 1 requests a minute/ });
  t.equal((await app.inject({ url: '/v1/quotes', headers: bearer(WRITER) })).statusCode, 200, 'other routes unaffected');
});

t.test('load shedding: 503 problem+json with Retry-After, never on probes nor while starting', async (t) => {
  const app = await testApp(t, { maxHeapUsedBytes: 1, rateLimitPerMinute: 2 });
  await app.ready();
  await sleep(1100); // a sample (every second) has seen the heap over the limit, but within the start-up grace
  t.equal((await app.inject({ url: '/v1/quotes' })).statusCode, 200, 'no shedding on start-up samples');
  await sleep(1000); // two intervals after ready: the samples measure load
  const shed = await app.inject({ url: '/v1/quotes' });
  t.equal(shed.statusCode, 503);
  t.match(shed.headers['content-type'], /^application\/problem\+json/);
  t.match(shed.json(), { status: 503, detail: /overloaded/ });
  t.equal(shed.headers['retry-after'], '10');
  t.equal((await app.inject({ url: '/v1/quotes' })).statusCode, 429, 'shed requests count against the rate limit');
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'probes are never shed');
  t.equal((await app.inject({ url: '/ready' })).statusCode, 200);
});

t.test('without keys, a HOST beyond loopback is refused at start-up', async (t) => {
  const child = spawn(process.execPath, [compileServer()], {
    env: { PATH: process.env.PATH ?? '', HOST: '0.0.0.0', PORT: '0', DATABASE_PATH: ':memory:' },
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'exit');
  t.equal(code, 1);
  t.match(output, /Configuration error: HOST=0\.0\.0\.0 would accept requests from other machines, but no API keys are configured/);
});
