import t from 'tap';
import Fastify from 'fastify';
import security from '../../src/plugins/security.js';

async function appWith(corsOrigins: string[]) {
  const app = Fastify();
  await app.register(security, { corsOrigins });
  app.get('/v1/things', async () => ({ ok: true }));
  return app;
}

t.test('helmet headers always; no CORS headers when no origin is configured', async (t) => {
  const app = await appWith([]);
  t.teardown(() => app.close());
  const response = await app.inject({ method: 'GET', url: '/v1/things', headers: { origin: 'https://evil.example' } });
  t.equal(response.statusCode, 200);
  t.equal(response.headers['x-content-type-options'], 'nosniff');
  t.match(response.headers['content-security-policy'], /default-src 'self'/);
  t.notMatch(response.headers['content-security-policy'], /upgrade-insecure-requests/, '/docs works over plain HTTP');
  t.equal(response.headers['access-control-allow-origin'], undefined);
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/v1/things',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  });
  t.equal(preflight.statusCode, 404, 'no preflight route without CORS');
});

t.test('CORS answers listed origins only', async (t) => {
  const app = await appWith(['https://newsroom.example']);
  t.teardown(() => app.close());
  const allowed = await app.inject({ method: 'GET', url: '/v1/things', headers: { origin: 'https://newsroom.example' } });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://newsroom.example');
  t.match(allowed.headers['access-control-expose-headers'], /X-Request-Id/);
  const other = await app.inject({ method: 'GET', url: '/v1/things', headers: { origin: 'https://evil.example' } });
  t.equal(other.headers['access-control-allow-origin'], undefined);
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/v1/things',
    headers: { origin: 'https://newsroom.example', 'access-control-request-method': 'POST' },
  });
  t.equal(preflight.statusCode, 204);
  t.match(preflight.headers['access-control-allow-headers'], /Authorization/);
});
