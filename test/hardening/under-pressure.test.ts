import t from 'tap';
import Fastify from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import underPressure, { PRESSURE_RETRY_AFTER_SECONDS } from '../../src/plugins/under-pressure.js';

async function appWith(maxHeapUsedBytes: number) {
  const app = Fastify();
  await app.register(underPressure, { maxEventLoopDelayMs: 1000, maxHeapUsedBytes, sampleIntervalMs: 50 });
  app.get('/v1/things', async () => ({ ok: true }));
  app.get('/health', async () => ({ ok: true }));
  await app.ready();
  await sleep(250); // past the start-up samples (two intervals after ready)
  return app;
}

t.test('sheds load with 503 and Retry-After once a limit is crossed', async (t) => {
  const app = await appWith(1); // any heap is over one byte: permanently "saturated"
  t.teardown(() => app.close());
  const response = await app.inject({ method: 'GET', url: '/v1/things' });
  t.equal(response.statusCode, 503);
  t.equal(response.headers['retry-after'], String(PRESSURE_RETRY_AFTER_SECONDS));
  t.match(response.json().message, /overloaded/);
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200, 'probes are never shed');
});

t.test('serves normally below the limits (0 disables the heap check)', async (t) => {
  const app = await appWith(0);
  t.teardown(() => app.close());
  t.equal((await app.inject({ method: 'GET', url: '/v1/things' })).statusCode, 200);
});

t.test('an event loop blocked past the limit sheds load too', async (t) => {
  const app = Fastify();
  t.teardown(() => app.close());
  await app.register(underPressure, { maxEventLoopDelayMs: 20, maxHeapUsedBytes: 0, sampleIntervalMs: 50 });
  app.get('/v1/things', async () => ({ ok: true }));
  await app.ready();
  await sleep(150); // past the start-up samples
  // The histogram records a stall when its own timer runs, which may come after the sampler's reset, so
  // one stall can slip between two samples: stall again until a sample sees one (a hog keeps stalling).
  const statuses: number[] = [];
  for (let i = 0; i < 20 && !statuses.includes(503); i++) {
    const busyUntil = Date.now() + 200;
    while (Date.now() < busyUntil); // a synchronous hog, like a huge parse on the main thread
    await sleep(20);
    statuses.push((await app.inject({ method: 'GET', url: '/v1/things' })).statusCode);
  }
  t.ok(statuses.includes(503), `a request after the stall is shed (${statuses.join(' ')})`);
});

t.test('samples taken while the app starts shed nothing', async (t) => {
  const app = Fastify();
  t.teardown(() => app.close());
  await app.register(underPressure, { maxEventLoopDelayMs: 1000, maxHeapUsedBytes: 1, sampleIntervalMs: 200 });
  app.get('/v1/things', async () => ({ ok: true }));
  await app.ready();
  await sleep(250); // one sample over the limit, taken within the start-up grace
  t.equal((await app.inject({ method: 'GET', url: '/v1/things' })).statusCode, 200);
});
