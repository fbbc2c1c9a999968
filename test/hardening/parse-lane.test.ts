import t from 'tap';
import { createLane, ParseQueueFull, ParseTimeout } from '../../src/parser-pool/lane.js';

// Work that ends when told to (resolve) or when its signal aborts, like a parse in a worker thread.
function controllable() {
  const started: { signal: AbortSignal; resolve: (value: string) => void }[] = [];
  const work = (signal: AbortSignal, start: () => void) =>
    new Promise<string>((resolve, reject) => {
      start();
      start(); // a second word of the same start changes nothing
      started.push({ signal, resolve });
      signal.addEventListener('abort', () => reject(new Error('pool aborted')), { once: true });
    });
  return { started, work };
}

t.test('runs as many as it has threads, queues a bounded number, refuses the rest with 503', async (t) => {
  const lane = createLane({ threads: 1, maxWaiting: 1, timeoutMs: 60_000 });
  const { started, work } = controllable();
  const first = lane.run(work);
  const second = lane.run(work, new AbortController().signal);
  const refused = await lane.run(work).catch((error: unknown) => error);
  t.ok(refused instanceof ParseQueueFull);
  t.match(refused, { statusCode: 503, retryAfter: 1, message: /1 articles are already waiting/ });
  t.equal(lane.pending, 2);
  await Promise.resolve();
  t.equal(started.length, 1, 'the second waits for the thread');
  started[0].resolve('one');
  t.equal(await first, 'one');
  await new Promise((resolve) => setImmediate(resolve));
  t.equal(started.length, 2, 'and then runs');
  started[1].resolve('two');
  t.equal(await second, 'two');
  t.equal(lane.pending, 0);
});

t.test('an article over its time budget is stopped with 422', async (t) => {
  const lane = createLane({ threads: 1, maxWaiting: 0, timeoutMs: 20 });
  const { started, work } = controllable();
  const error = await lane.run(work).catch((e: unknown) => e);
  t.ok(error instanceof ParseTimeout);
  t.match(error, { statusCode: 422, message: /longer than 20 ms/ });
  t.ok(started[0].signal.aborted, 'the work was told to stop');
  t.equal(lane.pending, 0);
});

t.test('a caller that goes away stops its parse, running or waiting', async (t) => {
  const lane = createLane({ threads: 1, maxWaiting: 5, timeoutMs: 60_000 });
  const { started, work } = controllable();
  const running = new AbortController();
  const waiting = new AbortController();
  const first = lane.run(work, running.signal).catch((e: unknown) => e);
  const second = lane.run(work, waiting.signal).catch((e: unknown) => e);
  t.equal(lane.pending, 2);
  waiting.abort(new Error('gone while waiting'));
  t.match(await second, { message: 'gone while waiting' });
  t.equal(lane.pending, 1, 'it left the queue');
  running.abort(new Error('gone while parsing'));
  t.match(await first, { message: 'gone while parsing' }, "the caller's reason, not the pool's");
  t.ok(started[0].signal.aborted);
  t.equal(started.length, 1, 'the one that left the queue never ran');

  const gone = new AbortController();
  gone.abort(new Error('gone before'));
  await t.rejects(lane.run(work, gone.signal), { message: 'gone before' });
  t.equal(lane.pending, 0);
});

t.test("the work's own failure passes through", async (t) => {
  const lane = createLane({ threads: 1, maxWaiting: 0, timeoutMs: 60_000 });
  await t.rejects(
    lane.run(async () => {
      throw new Error('engine bug');
    }),
    { message: 'engine bug' },
  );
  await t.rejects(
    lane.run(async () => {
      throw new Error('still');
    }, new AbortController().signal),
    { message: 'still' },
  );
});

t.test('the budget runs from the start of the parse, not from the hand-over', async (t) => {
  const lane = createLane({ threads: 1, maxWaiting: 0, timeoutMs: 50 });
  let start = () => {};
  const result = lane.run(
    (_signal, started) =>
      new Promise<string>((resolve) => {
        start = started;
        setTimeout(() => resolve('loaded late, parsed fast'), 120);
      }),
  );
  setTimeout(() => start(), 100); // the thread took 100 ms to load, over the whole budget
  t.equal(await result, 'loaded late, parsed fast');
  start(); // word of the start arriving after the result changes nothing
  t.equal(lane.pending, 0);
});
