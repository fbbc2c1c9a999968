import { readFileSync } from 'node:fs';
import t from 'tap';
import { threadId } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { defaultWorkerCount } from '../../src/config.js';
import { decodeParse } from '../../src/parser-pool/codec.js';
import { createLane, ParseQueueFull, ParseTimeout } from '../../src/parser-pool/lane.js';
import { createParser } from '../../src/parser-pool/pool.js';
import { WorkBudgetExceeded } from '../../src/extract/budget.js';
import { parseArticle } from '../../src/extract/index.js';

const corpus = readFileSync(new URL('../corpus/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** What the pool gives by default: the engine's result with provenance, as it is stored. */
const explained = (text: string) => parseArticle(text, { explain: true });

// One pool of two threads for the tests that need one (each thread loads the engine: about 1.6 s of CPU), its
// work budget well above the corpus articles' (at most 9,276 units) and below a few thousand cues'.
const workBudget = 20_000;
const limits = { timeoutMs: 600_000, openQueueMax: 1, workBudget };
const shared = createParser(2, limits);
t.teardown(() => shared.close());

t.test('the pool parses in worker threads exactly as the engine does inline', async (t) => {
  const parser = shared;
  t.equal(parser.workers, 2);
  const results = await Promise.all(corpus.map((text) => parser.parse(text)));
  t.same(
    results,
    corpus.map((text) => explained(text)),
  );
  t.equal(parser.completed, corpus.length, 'every article went through a worker');
  t.same(await parser.parse(corpus[0], { explain: false }), parseArticle(corpus[0]), 'without provenance when told');
});

t.test('workers = 0 parses inline', async (t) => {
  const parser = createParser(0);
  t.equal(parser.workers, 0);
  t.same(await parser.parse(corpus[0]), explained(corpus[0]), 'with provenance by default: it is stored');
  t.same(await parser.parse(corpus[0], { explain: false }), parseArticle(corpus[0]));
  t.equal(parser.completed, 0);
  await parser.close();
});

t.test('the default pool has one thread a core but the one left to storing, and never none', async (t) => {
  t.equal(defaultWorkerCount(), Math.max(1, availableParallelism() - 1));
  t.equal(threadId, 0, 'the test itself runs on the main thread');
});

t.test('encoded results decode to the very records, from the pool and inline', async (t) => {
  const pool = shared;
  const inline = createParser(0);
  const [fromPool, fromInline] = await Promise.all([pool.parseEncoded(corpus[1]), inline.parseEncoded(corpus[1])]);
  t.ok(fromPool instanceof Uint8Array);
  t.same(decodeParse(fromPool), explained(corpus[1]));
  t.same(decodeParse(fromInline), explained(corpus[1]));
});

t.test('inline, a caller already gone is not parsed for', async (t) => {
  const parser = createParser(0);
  const gone = new AbortController();
  gone.abort(new Error('gone'));
  await t.rejects(parser.parse(corpus[0], { signal: gone.signal }), { message: 'gone' });
  await t.rejects(parser.parseEncoded(corpus[0], { signal: gone.signal }), { message: 'gone' });
  t.same(await parser.parse(corpus[0], { lane: 'open' }), explained(corpus[0]), 'lanes make no difference inline');
  t.same(decodeParse(await parser.parseEncoded(corpus[0], {})), explained(corpus[0]));
  t.same(parser.pending, { main: 0, open: 0 });
});

t.test('over its work budget a parse fails with a 422, and its thread goes on', async (t) => {
  const cues = 'said '.repeat(1000);
  const inline = createParser(0, limits);
  for (const parser of [shared, inline]) {
    await t.rejects(parser.parse(cues), new WorkBudgetExceeded(workBudget));
    await t.rejects(parser.parseEncoded(cues), { statusCode: 422, name: 'WorkBudgetExceeded' });
    t.same(await parser.parse(corpus[0]), explained(corpus[0]), 'the next article parses');
  }
  t.equal(shared.threadsStarted, 2, 'the two threads the pool started with, none replaced');
  t.equal(inline.threadsStarted, 0);
});

// The lanes in front of the pool (src/parser-pool/lane.ts): how many parses wait, and for how long.
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
