// npm run bench:data -- [--articles 100000] [--db data/bench.db]
// Builds a realistic benchmark database: generated articles (bench/data/generate.ts) with ~10 quotes each
// and officials from a fixed cast of 20k, stored through the real store (saveArticles, big transactions).
// Records are generated in the parser's output shape rather than parsed, so the build takes minutes and
// does not depend on how good the engine is at that moment.
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
  },
});
const total = Number(values.articles);
const TRANSACTION = 2000;

for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.db}${suffix}`, { force: true });
ensureDatabaseFolder(values.db);
const store = openStore(values.db);
const generate = createGenerator({ seed: Number(values.seed), officials: Number(values.officials) });

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
store.db.pragma('wal_checkpoint(TRUNCATE)');
store.db.exec('ANALYZE');
const stats = store.stats();
store.close();
console.log(
  `built ${values.db} in ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${stats.articles} articles, ${stats.quotes} quotes, ` +
    `${stats.officials} officials, ${(stats.databaseBytes / 1e6).toFixed(0)} MB`,
);
