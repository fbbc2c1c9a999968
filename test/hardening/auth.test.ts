import t from 'tap';
import Fastify from 'fastify';
import auth from '../../src/plugins/auth.js';
import { parseApiKeys } from '../../src/plugins/api-keys.js';

const WRITER = 'writer-key-0123456789';
const READER = 'reader-key-0123456789';

async function appWith(spec: string, requireKeyForReads = false) {
  const app = Fastify();
  await app.register(auth, { apiKeys: parseApiKeys(spec, 'API_KEYS'), requireKeyForReads });
  const echo = async (request: { apiKey: unknown }) => ({ apiKey: request.apiKey });
  app.get('/v1/things', echo);
  app.post('/v1/things', echo);
  app.delete('/v1/things/:id', echo);
  app.post('/v1/parse', { config: { access: 'open' } }, echo);
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
  t.equal(await call('POST', '/v1/parse'), 200, 'parse is open');
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
