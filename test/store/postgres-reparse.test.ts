// Re-parse work shared by replicas on PostgreSQL: a batch is claimed before it is parsed (row locks held
// while the parser works), so runs going at once parse each article once, and a claim ends when its
// replica dies or stays idle past the lease.
import t, { type Test } from 'tap';
import { reparse, type ReparseSteps } from '../../src/bulk/reparse.js';
import { parseArticle } from '../../src/extract/index.js';
import type { ParseResult } from '../../src/extract/types.js';
import { transaction } from '../../src/store/postgres/connection.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.js';
import { claimStale } from '../../src/store/postgres/reparse.js';
import { saveArticles } from '../../src/store/postgres/writes.js';
import { createPostgresWriter } from '../../src/store-writer/postgres.js';
import { freshDatabase, postgresUnavailable } from '../support/postgres.js';

const skip = postgresUnavailable;
const NEW = '9.0.0';

const text = (n: number) => `LIMA, May ${n} (Reuters) - "The port reopens on day ${n}," said Rosa Quispe, the trade minister.`;
const parsedAs = (version: string, n: number): ParseResult => ({ ...parseArticle(text(n)), parserVersion: version });

/** `replicas` stores on one new database holding `count` articles of an old parser. */
async function seeded(t: Test, count: number, replicas = 2): Promise<PostgresStore[]> {
  const url = await freshDatabase(t);
  const stores: PostgresStore[] = [];
  for (let i = 0; i < replicas; i++) {
    const store = await openPostgresStore(url, { poolSize: 3, statementTimeoutMs: 0 });
    t.teardown(() => store.close());
    stores.push(store);
  }
  const items = Array.from({ length: count }, (_, n) => ({ text: text(n + 1), parsed: parsedAs('0.1.0', n + 1) }));
  await transaction(stores[0].pool, (client) => saveArticles(client, items));
  return stores;
}

/** A re-parse run through a replica's writer; each parse is recorded and takes a few milliseconds. */
function run(store: PostgresStore, parsedIds: number[], batchSize: number) {
  const writer = createPostgresWriter(store, { maxArticlesPerTransaction: 500, onStatus: () => {} });
  const steps: ReparseSteps = {
    currentVersion: NEW,
    claimStale: writer.claimStale!,
    staleArticles: store.staleArticles,
    parse: async (article) => {
      const n = Number(/day (\d+)/.exec(article)![1]);
      parsedIds.push(n);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return parsedAs(NEW, n);
    },
  };
  return reparse(steps, { batchSize });
}

t.test('two runs at once on one database parse each article once', { skip }, async (t) => {
  const [first, second] = await seeded(t, 30);
  const parsed: number[] = [];
  const reports = await Promise.all([run(first, parsed, 4), run(second, parsed, 4)]);
  t.equal(reports[0].reparsed + reports[1].reparsed, 30, 'all re-parsed between them');
  t.ok(reports[0].reparsed > 0 && reports[1].reparsed > 0, 'both took a share');
  t.same(
    [...parsed].sort((a, b) => a - b),
    Array.from({ length: 30 }, (_, n) => n + 1),
    'each article parsed once',
  );
  t.same(await first.staleArticles(NEW, 0, 100), [], 'none left');
  const versions = await first.pool.query('SELECT DISTINCT parser_version FROM articles');
  t.same(versions.rows, [{ parser_version: NEW }]);
});

t.test('a claimed batch is skipped by other claims until it is written', { skip }, async (t) => {
  const [first, second] = await seeded(t, 4);
  const held = await claimStale(first.pool, NEW, 0, 2);
  t.same(
    held.articles.map((a) => a.id),
    [1, 2],
  );
  const next = await claimStale(second.pool, NEW, 0, 10);
  t.same(
    next.articles.map((a) => a.id),
    [3, 4],
    'the held rows skipped',
  );
  await next.replace([]);
  const again = await claimStale(second.pool, NEW, 0, 10);
  t.same(
    again.articles.map((a) => a.id),
    [3, 4],
    'a claim given up without parses leaves its articles to the next',
  );
  await again.replace([]);
  await held.replace(held.articles.map(({ id }) => ({ id, parsed: parsedAs(NEW, id) })));
  t.same(
    (await first.staleArticles(NEW, 0, 10)).map((a) => a.id),
    [3, 4],
  );
});

t.test('a claim ends when its replica dies, or stays idle past the lease', { skip }, async (t) => {
  const [first, second] = await seeded(t, 2);
  // The replica's connection goes away (a killed process): the server releases its locks at once.
  const lost = await claimStale(first.pool, NEW, 0, 10);
  await second.pool.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'",
  );
  const taken = await claimStale(second.pool, NEW, 0, 10);
  t.same(
    taken.articles.map((a) => a.id),
    [1, 2],
    'claimed again by another replica',
  );
  await taken.replace(taken.articles.map(({ id }) => ({ id, parsed: parsedAs(NEW, id) })));
  // The dead claim's late parses change nothing: the articles carry the new version already.
  await lost.replace([{ id: 1, parsed: { ...parsedAs(NEW, 1), quotes: [] } }]);
  const quotes = await first.pool.query('SELECT count(*)::int AS n FROM quotes WHERE article_id = 1');
  t.ok(quotes.rows[0].n > 0, 'the first replacement stands');

  // A hung replica: its transaction idles past the lease and the server ends it.
  await first.pool.query("UPDATE articles SET parser_version = '0.1.0'");
  const hung = await claimStale(first.pool, NEW, 0, 10, 50);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const after = await claimStale(second.pool, NEW, 0, 10);
  t.same(
    after.articles.map((a) => a.id),
    [1, 2],
    'free again once the lease ran out',
  );
  await after.replace([]);
  // Its parses, late, are written in a transaction of their own.
  await hung.replace(hung.articles.map(({ id }) => ({ id, parsed: parsedAs(NEW, id) })));
  t.same(await first.staleArticles(NEW, 0, 10), [], 'written after all');
});

t.test('a claim that fails gives its connection back and rejects', { skip }, async (t) => {
  const [store] = await seeded(t, 1, 1);
  await t.rejects(claimStale(store.pool, NEW, 0, -1), /LIMIT must not be negative/);
  t.equal(store.pool.totalCount - store.pool.idleCount, 0, 'no client left out');
  const batch = await claimStale(store.pool, NEW, 0, 1);
  t.equal(batch.articles.length, 1, 'the pool still serves');
  await batch.replace([]);
});

t.test("the writer's unclaimed re-parse writes as SQLite's does, for callers that hold no claim", { skip }, async (t) => {
  const [store] = await seeded(t, 2, 1);
  const writer = createPostgresWriter(store, { maxArticlesPerTransaction: 500, onStatus: () => {} });
  const [stale] = await store.staleArticles(NEW, 0, 1);
  await writer.replaceParses([{ id: stale.id, parsed: parsedAs(NEW, stale.id) }]);
  t.same(
    (await store.staleArticles(NEW, 0, 10)).map(({ id }) => id),
    [stale.id + 1],
    'that article re-parsed, the other still stale',
  );
});
