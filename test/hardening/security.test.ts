// Headers on every answer: helmet's and CORS (plugins/security), then the request id and what the log redacts
// (plugins/request-id).
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Writable } from 'node:stream';
import t from 'tap';
import Fastify from 'fastify';
import helmet from 'helmet';
import requestId, { logRedaction, requestIdOptions } from '../../src/plugins/request-id.js';
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

t.test("over a socket, every answer carries every header helmet's middleware sets, with its values", async (t) => {
  const raw = new ServerResponse(new IncomingMessage(new Socket()));
  helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } })(raw.req, raw, () => {});
  const expected = raw.getHeaders();
  t.ok(Object.keys(expected).length >= 10, 'helmet set its headers on the raw response');
  const app = await appWith([]);
  app.get('/v1/broken', async () => {
    throw new Error('broken');
  });
  t.teardown(() => app.close());
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  for (const [path, status] of [
    ['/v1/things', 200],
    ['/v1/nowhere', 404],
    ['/v1/broken', 500],
  ] as const) {
    const response = await fetch(`${base}${path}`);
    t.equal(response.status, status, path);
    for (const [name, value] of Object.entries(expected)) t.equal(response.headers.get(name), String(value), `${path}: ${name}`);
    t.equal(response.headers.get('x-powered-by'), null);
  }
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

t.test('accepts a well-formed X-Request-Id, replaces a bad one, logs it on every request line', async (t) => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = Fastify({ ...requestIdOptions, logger: { level: 'info', stream, redact: logRedaction } });
  t.teardown(() => app.close());
  await app.register(requestId);
  app.get('/v1/things', async (request) => {
    request.log.info({ headers: request.headers }, 'handler saw headers');
    return { id: request.id };
  });

  const kept = await app.inject({ method: 'GET', url: '/v1/things', headers: { 'x-request-id': 'upstream-42:abc.DEF_9' } });
  t.equal(kept.headers['x-request-id'], 'upstream-42:abc.DEF_9');
  t.equal(kept.json().id, 'upstream-42:abc.DEF_9');

  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  for (const bad of ['x'.repeat(129), 'has space', '<script>', '"},{"level":60']) {
    const replaced = await app.inject({ method: 'GET', url: '/v1/things', headers: { 'x-request-id': bad } });
    t.match(replaced.headers['x-request-id'], uuid, `replaced: ${bad.slice(0, 20)}`);
  }
  const generated = await app.inject({ method: 'GET', url: '/v1/things', headers: { authorization: 'Bearer secret-key-0123456789' } });
  t.match(generated.headers['x-request-id'], uuid);

  const requestLines = lines.filter((line) => line.msg !== 'Server listening');
  t.ok(requestLines.length >= 12, 'incoming, handler and completed lines for each request');
  for (const line of requestLines) t.type(line.reqId, 'string');
  t.ok(requestLines.some((line) => line.reqId === 'upstream-42:abc.DEF_9'));
  t.notMatch(JSON.stringify(lines), 'secret-key', 'the authorization header is redacted');
  t.match(JSON.stringify(lines), '[redacted]');
});
