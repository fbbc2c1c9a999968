import t from 'tap';
import Fastify from 'fastify';
import { Writable } from 'node:stream';
import requestId, { logRedaction, requestIdOptions } from '../../src/plugins/request-id.js';

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
