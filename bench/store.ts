// npm run bench:store [-- --db data/bench.db --articles 4000 --rounds 2]
// What storing an article costs the writer, in-process, on an empty database and on a copy of the benchmark
// database (npm run bench:data): generated records (no parsing) saved through the real store at 4 articles a
// transaction (single POSTs under load commit a few at a time) and at 800 (batches), with the full-text
// indexes updated by every transaction or deferred (indexed every 1,000 articles, about a second of
// ingest, as the writer thread does). Reported as CPU time per article (process.cpuUsage): it holds on a
// loaded shared machine, where wall time measures the other processes. Beside it, the bytes the process read
// and wrote an article (/proc/self/io rchar, wchar: pages SQLite read back from the OS after leaving its
// cache, and WAL and checkpoint writes), which say how many pages a save touches.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.js';
import { newArticles } from './data/new-articles.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    articles: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '2' },
  },
});
const perCase = Number(values.articles);
const DEFERRED_EVERY = 1000;
const nextArticle = newArticles({ seed: 7, officials: 20000, label: 'store-bench' });

const remove = (path: string) => ['', '-wal', '-shm'].forEach((s) => rmSync(`${path}${s}`, { force: true }));
const databases = [
  { label: 'empty DB', path: 'data/bench-store-empty.db' },
  { label: '100k DB', path: 'data/bench-store-100k.db', from: values.db as string },
];

/** Bytes this process has read and written through system calls (Linux; zero elsewhere). */
function ioBytes(): { read: number; written: number } {
  let text = '';
  try {
    text = readFileSync('/proc/self/io', 'utf8');
  } catch {}
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { read: field('rchar'), written: field('wchar') };
}

/** CPU and wall milliseconds, kB read and written, per article for `perCase` articles saved `perTransaction` at a time. */
function measure(path: string, perTransaction: number, deferred: boolean) {
  const store = openStore(path, { deferFullText: deferred });
  try {
    const ioBefore = ioBytes();
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    let unindexed = 0;
    for (let done = 0; done < perCase; done += perTransaction) {
      store.saveArticles(Array.from({ length: perTransaction }, nextArticle));
      unindexed += perTransaction;
      if (deferred && unindexed >= DEFERRED_EVERY) {
        store.indexPendingText();
        unindexed = 0;
      }
    }
    store.indexPendingText();
    const cpu = process.cpuUsage(cpuBefore);
    const io = ioBytes();
    return {
      cpu: (cpu.user + cpu.system) / 1000 / perCase,
      wall: (performance.now() - wallBefore) / perCase,
      readKb: (io.read - ioBefore.read) / 1024 / perCase,
      writtenKb: (io.written - ioBefore.written) / 1024 / perCase,
    };
  } finally {
    store.close();
  }
}

const results = new Map<string, number[]>();
for (const db of databases) {
  remove(db.path);
  if (db.from) copyFileSync(db.from, db.path);
  // Warm the page cache and the connection's first statements, as a running server has them.
  measure(db.path, 100, false);
}
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const perTransaction of [4, 800]) {
    for (const deferred of [false, true]) {
      for (const db of databases) {
        const { cpu, wall, readKb, writtenKb } = measure(db.path, perTransaction, deferred);
        const name = `${perTransaction} a transaction, full text ${deferred ? 'deferred' : 'per transaction'}, ${db.label}`;
        results.set(name, [...(results.get(name) ?? []), cpu]);
        console.log(
          `${name}, round ${round}: ${cpu.toFixed(3)} ms CPU (${wall.toFixed(3)} ms wall), ` +
            `${readKb.toFixed(0)} kB read, ${writtenKb.toFixed(0)} kB written an article`,
        );
      }
    }
  }
}
for (const db of databases) remove(db.path);
console.log('| case | ms CPU an article, empty DB | 100k DB | 100k / empty |');
console.log('|---|---|---|---|');
const best = (name: string) => Math.min(...(results.get(name) as number[]));
for (const name of results.keys()) {
  if (!name.endsWith('empty DB')) continue;
  const base = name.replace(/, empty DB$/, '');
  const [empty, full] = [best(name), best(`${base}, 100k DB`)];
  console.log(`| ${base} | ${empty.toFixed(3)} | ${full.toFixed(3)} | ${(full / empty).toFixed(2)} |`);
}
