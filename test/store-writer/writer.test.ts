// The writer thread: its own connection to the same file, every write in order, answers to each caller;
// and when the thread is gone, writes fail with the reason instead of hanging. Last, the grouping of writes
// into transactions that the thread and the inline writer share.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t, { type Test } from 'tap';
import { openReadOnlyStore, openStore, type NewArticle, type Store } from '../../src/store/index.js';
import { encodeParse } from '../../src/parser-pool/codec.js';
import { createWriter } from '../../src/store-writer/writer.js';
import { runWrites, type WriteRequest } from '../../src/store-writer/writes.js';
import { article, patelArticle } from '../store/fixtures.js';

function fileStore(t: Test) {
  const dir = mkdtempSync(join(tmpdir(), 'writer-'));
  const path = join(dir, 'quotes.db');
  const store = openStore(path);
  t.teardown(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { store, path };
}

const fixture = (name: string) => fileURLToPath(new URL(`./${name}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

t.test('writes from a thread: concurrent saves all land, readable on the app connection at once', async (t) => {
  const { store, path } = fileStore(t);
  const writer = createWriter(store, path, { threaded: true, maxArticlesPerTransaction: 1000 });
  t.equal(writer.threaded, true);
  const results = await Promise.all([
    writer.saveArticles([article('one'), article('two')]),
    writer.saveArticles([article('three')]),
    writer.saveArticles([patelArticle], { withArticles: true }),
    writer.saveArticles([article('one')]),
  ]);
  t.same(
    results.map((r) => r.map((s) => s.created)),
    [[true, true], [true], [true], [false]],
  );
  const patel = results[2][0];
  t.equal(patel.article?.quotes.length, 4, 'the stored article comes back when asked for');
  t.same(store.getArticle(patel.id), patel.article, 'and the app connection reads the same');
  t.equal(store.stats().articles, 4);
  t.equal(await writer.deleteArticle(patel.id), true);
  t.equal(await writer.deleteArticle(patel.id), false);
  await writer.replaceParses([]);
  t.equal(store.stats().articles, 3);
  await writer.close();
  await t.rejects(writer.saveArticles([article('late')]), /exited/, 'a closed writer refuses');
});

t.test('encoded records are moved to the thread when they own their buffer, copied when they do not', async (t) => {
  const { store, path } = fileStore(t);
  const writer = createWriter(store, path, { threaded: true, maxArticlesPerTransaction: 10 });
  t.teardown(() => writer.close());
  const owning = encodeParse(patelArticle.parsed);
  const size = owning.byteLength;
  const padded = new Uint8Array(owning.length + 8);
  padded.set(owning, 8);
  const view = padded.subarray(8);
  const saved = await writer.saveArticles([
    { text: 'moved', parsed: owning },
    { text: 'copied', parsed: view },
  ]);
  t.equal(owning.byteLength, 0, 'the owning bytes went to the thread (detached here)');
  t.equal(view.byteLength, size, 'the view stayed');
  t.same(
    saved.map((s) => store.getArticle(s.id)?.quotes.length),
    [4, 4],
    'both decoded and stored',
  );
});

t.test('close waits for every write already asked for', async (t) => {
  const { store, path } = fileStore(t);
  const writer = createWriter(store, path, { threaded: true, maxArticlesPerTransaction: 10 });
  const saving = Promise.all(Array.from({ length: 30 }, (_, i) => writer.saveArticles([article(`article ${i}`)])));
  await writer.close();
  t.equal((await saving).length, 30);
  t.equal(store.stats().articles, 30);
});

t.test('a failed write is an error naming the cause', async (t) => {
  const { store, path } = fileStore(t);
  const writer = createWriter(store, path, { threaded: true, maxArticlesPerTransaction: 10 });
  t.teardown(() => writer.close());
  // The re-parse of an article that does not exist.
  await t.rejects(
    writer.replaceParses([
      {
        id: 999,
        parsed: {
          ...article('x').parsed,
          quotes: [{ text: 'q', type: 'direct', start: 0, end: 1, cue: null, speaker: null, confidence: 1 }],
        },
      },
    ]),
    /The store could not write: no article 999 to re-parse/,
  );
});

t.test('a writer thread that stops fails every write with the reason', async (t) => {
  const { store, path } = fileStore(t);
  const exiting = createWriter(store, path, { threaded: true, maxArticlesPerTransaction: 10, workerFile: fixture('exits-at-once') });
  t.equal(exiting.stopped, null, 'running until it is found gone');
  await t.rejects(exiting.saveArticles([article('a')]), /the writer thread exited \(code 3\)/);
  t.equal(exiting.stopped, 'the writer thread exited (code 3)');
  await t.rejects(exiting.deleteArticle(1), /exited/, 'and every write after it');
  t.equal(await exiting.probe(), null, 'a thread gone is no storage fault: `stopped` says it');
  exiting.report({ kind: 'corrupt', transient: false, detail: 'damaged' });
  await exiting.close();
  const broken = createWriter(store, path, { threaded: true, maxArticlesPerTransaction: 10, workerFile: fixture('throws-at-load') });
  await t.rejects(broken.saveArticles([article('a')]), /the writer thread failed: cannot open the database/);
  await broken.close();
  t.equal(store.stats().articles, 0);
});

// Only checkpoints move pages from the WAL into the database file, and the writer's own autocheckpoint waits
// for 40,000 pages: a file that grows after a few writes was checkpointed by the thread.
t.test('a thread of its own copies the WAL into the database file while writes go on', async (t) => {
  for (const checkpointIntervalMs of [20, 0]) {
    const { store, path } = fileStore(t);
    const writer = createWriter(store, path, { threaded: true, maxArticlesPerTransaction: 10, checkpointIntervalMs });
    const before = statSync(path).size;
    await writer.saveArticles(Array.from({ length: 20 }, (_, i) => article(`checkpointed ${i}`)));
    for (let waited = 0; waited < 3000 && statSync(path).size === before; waited += 20) await sleep(20);
    const grew = statSync(path).size > before;
    await writer.saveArticles([article('after a checkpoint')]);
    await writer.close();
    t.equal(grew, checkpointIntervalMs > 0, checkpointIntervalMs > 0 ? 'checkpointed from its thread' : 'no thread, no copy yet');
    t.equal(store.stats().articles, 21, 'every write landed');
  }
});

t.test('should the checkpoint thread fail, writes go on and close still finishes', async (t) => {
  const { store, path } = fileStore(t);
  const writer = createWriter(store, path, {
    threaded: true,
    maxArticlesPerTransaction: 10,
    checkpointIntervalMs: 20,
    checkpointerFile: fixture('throws-at-load'),
  });
  await sleep(100);
  t.equal((await writer.saveArticles([article('still written')]))[0].created, true);
  t.equal(writer.stopped, null, 'the writer is not stopped by it');
  await writer.close();
  t.equal(store.stats().articles, 1);
});

t.test('the writer thread indexes new text a delay after writes, and what is left when it closes', async (t) => {
  const found = (store: ReturnType<typeof openStore>) => store.listQuotes({ q: 'engage' }, { limit: 5 }).items.length;
  const later = fileStore(t);
  const waiting = createWriter(later.store, later.path, { threaded: true, maxArticlesPerTransaction: 10, fullTextDelayMs: 600_000 });
  await waiting.saveArticles([patelArticle]);
  t.equal(found(later.store), 0, 'not searchable while its indexing waits');
  await waiting.close();
  t.equal(found(later.store), 1, 'indexed before the thread stops');

  const soon = fileStore(t);
  const writer = createWriter(soon.store, soon.path, { threaded: true, maxArticlesPerTransaction: 10, fullTextDelayMs: 20 });
  t.teardown(() => writer.close());
  await writer.saveArticles([patelArticle]);
  for (let waited = 0; waited < 5000 && found(soon.store) === 0; waited += 20) await sleep(20);
  t.equal(found(soon.store), 1, 'searchable once the delay has passed');
});

t.test('inline, a read-only connection is replaced by a writable one of its own, the app connection kept', async (t) => {
  const { path } = fileStore(t);
  const appConnection = openReadOnlyStore(path);
  t.teardown(() => appConnection.close());
  const statuses: (string | null)[] = [];
  const writer = createWriter(appConnection, path, {
    threaded: false,
    maxArticlesPerTransaction: 10,
    onStatus: (fault) => statuses.push(fault?.kind ?? null),
  });
  await t.rejects(writer.saveArticles([article('refused')]), { statusCode: 503, retryAfter: 5, message: /read-only/ });
  await sleep(1000);
  t.equal((await writer.saveArticles([article('after a reopen')]))[0].created, true);
  t.same(statuses, ['read-only', null]);
  await writer.close();
  t.equal(appConnection.stats().articles, 1, 'the app connection is still open, and reads the write');
});

t.test('inline, the same writes run on the app connection', async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  const writer = createWriter(store, ':memory:', { threaded: false, maxArticlesPerTransaction: 10 });
  t.equal(writer.threaded, false);
  t.equal(writer.stopped, null);
  const [saved] = await writer.saveArticles([article('inline')]);
  t.equal(store.getArticle(saved.id)?.text, 'inline');
  t.equal(await writer.probe(), null, 'a sound connection: nothing stops writes');
  const damaged = { kind: 'corrupt', transient: false, detail: 'damaged' } as const;
  writer.report(damaged);
  t.same(await writer.probe(), damaged, 'a damaged page a read found stops inline writes too');
  await t.rejects(writer.saveArticles([article('after')]), { message: /cannot be written to: damaged/ });
  await writer.close();
});

// The writer's transaction grouping, on a real store: consecutive saves share a transaction, a failure
// stays with its own request, other writes run alone and in order.
function counted(t: Test) {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  const transactions: number[] = [];
  const saveArticles = (items: NewArticle[]) => {
    transactions.push(items.length);
    if (items.some((item) => item.text === 'poison')) throw new Error('constraint failed');
    return store.saveArticles(items);
  };
  return { store, transactions, writes: { ...store, saveArticles } as Store };
}

const save = (texts: string[], withArticles = false): WriteRequest => ({
  kind: 'save',
  items: texts.map((text) => article(text)),
  withArticles,
});

t.test('consecutive saves share one transaction, each answered with its own results', async (t) => {
  const { store, transactions, writes } = counted(t);
  const outcomes = runWrites(writes, [save(['a', 'b']), save(['c']), save(['a'])], 100);
  t.same(transactions, [4]);
  t.same(
    outcomes.map((o) => o.ok && (o.value as { created: boolean }[]).map((r) => r.created)),
    [[true, true], [true], [false]],
  );
  t.equal(store.stats().articles, 3);
});

t.test('a group never passes maxArticles; deletes and re-parses run alone, in order', async (t) => {
  const { store, transactions, writes } = counted(t);
  const [[first]] = [store.saveArticles([article('first')])];
  const outcomes = runWrites(
    writes,
    [save(['x', 'y']), save(['z']), save(['w']), { kind: 'delete', id: first.id }, { kind: 'delete', id: first.id }, save(['v'])],
    3,
  );
  t.same(transactions, [3, 1, 1]);
  t.same(
    outcomes.slice(3).map((o) => o.ok && (typeof o.value === 'boolean' ? o.value : 'saved')),
    [true, false, 'saved'],
    'the second delete finds nothing',
  );
  const replaced = runWrites(writes, [{ kind: 'replace', items: [] }], 3);
  t.same(replaced, [{ ok: true, value: null }]);
});

t.test('a failed shared transaction is retried request by request: only the bad one fails', async (t) => {
  const { store, transactions, writes } = counted(t);
  const outcomes = runWrites(writes, [save(['good one']), save(['poison']), save(['good two'])], 100);
  t.same(transactions, [3, 1, 1, 1]);
  t.same(
    outcomes.map((o) => o.ok),
    [true, false, true],
  );
  t.match(outcomes[1], { ok: false, error: 'constraint failed' });
  t.equal(store.stats().articles, 2, 'nothing of the failed group is left half-written');
});

t.test('stored articles come back only when asked for', async (t) => {
  const { writes } = counted(t);
  const [plain, full] = runWrites(writes, [save(['plain']), { kind: 'save', items: [patelArticle], withArticles: true }], 100);
  t.same(plain, { ok: true, value: [{ id: 1, created: true, conflict: false }] });
  t.match(full, { ok: true, value: [{ id: 2, created: true, article: { id: 2, quotes: { length: 4 } } }] });
});

t.test('an error that is not an Error is reported as text', async (t) => {
  const { writes } = counted(t);
  const throwing = {
    ...writes,
    deleteArticle: () => {
      throw 'disk on fire';
    },
  };
  t.same(runWrites(throwing, [{ kind: 'delete', id: 1 }], 10), [{ ok: false, error: 'disk on fire' }]);
});
