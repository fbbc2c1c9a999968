// The reader thread's module, loaded in this process with its workerData set: coverage of code that
// runs inside worker threads is only written when a thread exits normally, and searches past their budget
// terminate theirs, so the module's own behaviour is proven here as well as through the pool.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openReadOnlyStore, openStore } from '../../src/store/index.js';
import type { SearchOutcome, SearchTask } from '../../src/store-reader/reader.js';
import { patelArticle } from '../store/fixtures.js';

type WorkerModule = { default: (task: SearchTask) => SearchOutcome; ping: () => boolean };

/**
 * Imports the thread's module as a thread with this workerData would: Node's own way to change what a
 * builtin module exports to ES modules (tap's module mocks cost every test process a loader of their own).
 */
async function importAsThread(workerData: unknown): Promise<WorkerModule> {
  const threads = createRequire(import.meta.url)('node:worker_threads');
  threads.workerData = workerData;
  syncBuiltinESMExports();
  try {
    return await import('../../src/store-reader/worker.js');
  } finally {
    threads.workerData = null;
    syncBuiltinESMExports();
  }
}

t.test('a reader thread searches quotes and articles on its read-only connection', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'reader-worker-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const databasePath = join(dir, 'quotes.db');
  const writable = openStore(databasePath);
  writable.saveArticles([patelArticle]);
  writable.close();

  const worker = await importAsThread({ databasePath });
  t.equal(worker.ping(), true);

  const quotes = worker.default({ list: 'quotes', filter: { q: 'stable' }, page: { limit: 10 } });
  t.equal(quotes.ok, true);
  t.ok(quotes.ok && quotes.page.items.length > 0, 'the search finds the stored quotes');

  const articles = worker.default({ list: 'articles', filter: { q: 'stable' }, page: { limit: 10 } });
  t.ok(articles.ok && articles.page.items.length === 1, 'and the article');

  const refused = worker.default({ list: 'quotes', filter: { q: 'stable' }, page: { limit: 10, cursor: 'not-a-cursor' } });
  t.equal(refused.ok, false, 'a store error comes back as data');
  t.ok(!refused.ok && refused.statusCode === 400, `with the store's status (${JSON.stringify(refused)})`);

  const broken = worker.default({ list: 'articles', filter: {}, page: { limit: Symbol('not a number') as never } });
  t.ok(!broken.ok && broken.statusCode === 500, `an error without a status is a 500 (${JSON.stringify(broken)})`);
});

t.test('a read-only store refuses writes and closes', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'reader-store-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const databasePath = join(dir, 'quotes.db');
  openStore(databasePath).close();
  const store = openReadOnlyStore(databasePath);
  t.throws(() => store.saveArticles([patelArticle]), /readonly/i);
  store.close();
  t.equal(store.db.open, false);
});
