// npm run bench:data -- [--articles 100000] [--db data/bench.db] [--bulk]
// Builds a realistic benchmark database: generated articles (bench/data/generate.ts) with ~10 quotes each
// and officials from a fixed cast of 20k, stored through the real store (saveArticles, big transactions).
// Records are generated in the parser's output shape rather than parsed, so the build takes minutes and
// does not depend on how good the engine is at that moment.
// --bulk (for a 1M-article build): the secondary indexes no save looks anything up in are dropped while the
// articles are stored and made again at the end, each by one sort. Stored article by article, every one of
// them takes a page write per row in a random leaf, which on a large file is most of a save's cost; the
// rows are the same either way, only the indexes' leaves come out packed instead of grown.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureDatabaseFolder } from '../src/config.js';
import { openStore } from '../src/store/index.js';
import { createGenerator } from './data/generate.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    officials: { type: 'string', default: '20000' },
    db: { type: 'string', default: 'data/bench.db' },
    seed: { type: 'string', default: '42' },
    bulk: { type: 'boolean', default: false },
  },
});
const total = Number(values.articles);
const TRANSACTION = 2000;

for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.db}${suffix}`, { force: true });
ensureDatabaseFolder(values.db);
const store = openStore(values.db);
const generate = createGenerator({ seed: Number(values.seed), officials: Number(values.officials) });

// Not dropped: the unique keys and what saveArticles reads (quotes_by_speaker_and_id links a new official's
// earlier quotes, official_roles_by_article finds a repeated role), and the small tables' indexes.
const DEFERRED_INDEXES = [
  'articles_by_day',
  'articles_by_city',
  'articles_by_country',
  'articles_by_source',
  'articles_by_parser_version',
  'official_roles_by_official',
  'quotes_by_day',
  'quotes_by_speaker',
];
const indexSql = store.db.prepare<[string], string>("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").pluck();
const deferred = values.bulk ? DEFERRED_INDEXES.map((name) => indexSql.get(name) as string) : [];
for (const name of values.bulk ? DEFERRED_INDEXES : []) store.db.exec(`DROP INDEX ${name}`);
// The build's own page cache (256 MB): the leaves still written at random stay in memory, and the sorts too.
if (values.bulk) store.db.pragma('cache_size = -262144');

const startedAt = Date.now();
for (let done = 0; done < total; ) {
  const size = Math.min(TRANSACTION, total - done);
  store.saveArticles(
    Array.from({ length: size }, (_, i) => {
      const article = generate(done + i);
      return {
        text: article.text,
        externalId: article.externalId,
        source: article.source,
        publishedAt: article.publishedAt,
        parsed: article.result,
      };
    }),
  );
  done += size;
  const seconds = (Date.now() - startedAt) / 1000;
  console.log(`${done}/${total} articles, ${(done / seconds).toFixed(0)}/s, ETA ${((total - done) / (done / seconds)).toFixed(0)} s`);
}
for (const sql of deferred) {
  const indexStartedAt = Date.now();
  store.db.exec(sql);
  console.log(`${sql.split(' ')[2]} made in ${((Date.now() - indexStartedAt) / 1000).toFixed(0)} s`);
}
store.db.pragma('wal_checkpoint(TRUNCATE)');
// A bounded sample an index on a large file: a full ANALYZE reads every index to the end.
if (total > 200_000) store.db.pragma('analysis_limit = 1000');
store.db.exec('ANALYZE');
const stats = store.stats();
store.close();
console.log(
  `built ${values.db} in ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${stats.articles} articles, ${stats.quotes} quotes, ` +
    `${stats.officials} officials, ${(stats.databaseBytes / 1e6).toFixed(0)} MB`,
);
