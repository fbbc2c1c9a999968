import t from 'tap';
import Fastify from 'fastify';
import auth from '../../src/plugins/auth.js';
import rateLimit from '../../src/plugins/rate-limit.js';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { testApp } from '../routes/helpers.js';

const KEY_A = 'key-a-0123456789abcdef';
const KEY_B = 'key-b-0123456789abcdef';

t.test('limits each key, and each address without a valid key, to its own budget', async (t) => {
  const app = Fastify();
  t.teardown(() => app.close());
  await app.register(auth, {
    apiKeys: parseApiKeys(`${KEY_A}:read,${KEY_B}:read`, 'API_KEYS'),
    requireKeyForReads: false,
    failedAuthPerMinute: 100,
  });
  await app.register(rateLimit, { perMinute: 3 });
  app.get('/v1/things', async () => ({ ok: true }));
  app.get('/health', async () => ({ ok: true }));

  const get = (url: string, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
    app.inject({ method: 'GET', url, headers, remoteAddress });
  const a = { authorization: `Bearer ${KEY_A}` };

  for (let i = 0; i < 3; i++) t.equal((await get('/v1/things', a)).statusCode, 200);
  const limited = await get('/v1/things', a);
  t.equal(limited.statusCode, 429);
  t.match(limited.headers['retry-after'], /^\d+$/);
  t.match(limited.json().message, /Rate limit of 3 requests a minute exceeded/);

  t.equal((await get('/v1/things', { authorization: `Bearer ${KEY_B}` })).statusCode, 200, 'another key has its own budget');
  t.equal((await get('/v1/things')).statusCode, 200, 'so has an address without a key');
  for (let i = 0; i < 2; i++) await get('/v1/things', { authorization: 'Bearer made-up-key-0123456789' });
  t.equal((await get('/v1/things')).statusCode, 429, 'made-up keys count against their address');
  t.equal((await get('/v1/things', {}, '10.0.0.2')).statusCode, 200, 'another address is unaffected');
  for (let i = 0; i < 5; i++) t.equal((await get('/health', a)).statusCode, 200, 'health probes are never limited');
});

t.test('probing unknown paths spends the same budget: 404s until it is gone, then 429', async (t) => {
  const app = await testApp(t, { rateLimitPerMinute: 3 });
  const probe = (url: string, remoteAddress = '10.0.0.7') => app.inject({ method: 'GET', url, remoteAddress });

  const first = await probe('/v1/nothing-here?x=1');
  t.equal(first.statusCode, 404);
  t.equal(first.headers['x-ratelimit-remaining'], '2', 'counted');
  t.match(first.json(), { status: 404, detail: 'No route GET /v1/nothing-here' });
  t.equal((await probe('/admin.php')).statusCode, 404);
  t.equal((await probe('/v1/quotes')).statusCode, 200, 'a real route draws on the same budget');

  const limited = await probe('/.env');
  t.equal(limited.statusCode, 429, 'the fourth request of the minute, to an unknown path');
  t.match(limited.headers['content-type'], /^application\/problem\+json/);
  t.match(limited.headers['retry-after'], /^\d+$/);
  t.match(limited.json(), { status: 429, detail: /Rate limit of 3 requests a minute exceeded/ });
  t.equal((await probe('/v1/quotes')).statusCode, 429, 'and then known routes are limited too');
  t.equal((await probe('/v1/nothing-here', '10.0.0.8')).statusCode, 404, 'another caller has its own budget');
  t.equal((await probe('/health')).statusCode, 200, 'probes of health still answer');
});

t.test('refused requests spend the ordinary budget too: 401s until it is gone, then 429', async (t) => {
  const app = Fastify();
  t.teardown(() => app.close());
  await app.register(auth, { apiKeys: parseApiKeys(`${KEY_A}:write`, 'API_KEYS'), requireKeyForReads: false, failedAuthPerMinute: 100 });
  await app.register(rateLimit, { perMinute: 3 });
  app.post('/v1/things', async () => ({ ok: true }));
  const post = () => app.inject({ method: 'POST', url: '/v1/things', headers: { authorization: 'Bearer wrong-key-0123456789' } });
  for (let i = 0; i < 3; i++) t.equal((await post()).statusCode, 401);
  t.equal((await post()).statusCode, 429);
});
