// npm run bench:ingest [-- --db data/bench.db --seconds 20 --batch 100 --rounds 2]; with DATABASE_URL set,
// PostgreSQL's rows too
// Articles per second through POST /v1/articles/batch (NDJSON, `--batch` articles a request) and through
// single POST /v1/articles, 16 connections each, on an empty database and on a copy of the benchmark
// database (npm run bench:data). Every article is a new generated text, parsed by the real engine in the
// worker pool. Targets (issue 5): >= 1,000 articles/s in batch; 100k rate >= 0.8 of the empty rate;
// server peak RSS <= 300 MB. The runs alternate between the two databases round after round, and the ratios
// compare the medians, so a load that comes and goes on the shared machine weighs on both sides alike.
// Given DATABASE_URL, each round also loads the PostgreSQL database there as it is (a copy of the benchmark
// database made by npm run copy-store; every run adds its articles to it). Target (issue 14): >= 500 a second in batch.
import autocannon from 'autocannon';
import { copyFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createGenerator } from './data/generate.js';
import { printTable, summarise, type Row } from './report.js';
import { apiServer } from './servers.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    seconds: { type: 'string', default: '20' },
    batch: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '2' },
  },
});
const duration = Number(values.seconds);
const perBatch = Number(values.batch);
const generate = createGenerator({ seed: 7, officials: 20000 });
let counter = 0;
// A fresh text every time (the store would answer a repeat as `existing` without parsing it).
const nextText = () => `${generate(counter).text}Reference ${process.pid}-${counter++}.\n`;

interface Database {
  label: string;
  /** A SQLite file made afresh for each run, empty or a copy of `from`... */
  path?: string;
  from?: string;
  /** ...or a PostgreSQL database, used as it is. */
  url?: string;
}
const dbs: Database[] = [
  { label: 'empty DB', path: 'data/bench-ingest-empty.db' },
  { label: '100k DB', path: 'data/bench-ingest-100k.db', from: values.db as string },
];
if (process.env.DATABASE_URL) dbs.push({ label: 'PostgreSQL DB', url: process.env.DATABASE_URL });
const remove = (path: string) => ['', '-wal', '-shm'].forEach((s) => rmSync(`${path}${s}`, { force: true }));

let port = 3510;

/** One run: a server on a fresh copy of `db`, loaded for `duration` seconds. */
async function measure(mode: 'batch' | 'single', db: Database, round: number): Promise<Row> {
  if (db.path) remove(db.path);
  if (db.path && db.from) copyFileSync(db.from, db.path);
  const server = await apiServer(port++, db.url ? { DATABASE_URL: db.url } : { DATABASE_PATH: db.path as string });
  try {
    const result = await autocannon({
      url: server.url,
      connections: 16,
      duration,
      timeout: 60,
      requests: [
        mode === 'batch'
          ? {
              method: 'POST',
              path: '/v1/articles/batch',
              headers: { 'content-type': 'application/x-ndjson' },
              setupRequest: (request) => ({
                ...request,
                body: Array.from({ length: perBatch }, () => JSON.stringify({ text: nextText() })).join('\n') + '\n',
              }),
            }
          : {
              method: 'POST',
              path: '/v1/articles',
              headers: { 'content-type': 'text/plain' },
              setupRequest: (request) => ({ ...request, body: nextText() }),
            },
      ],
    });
    const name = `${mode === 'batch' ? `batch of ${perBatch}` : 'single POST'}, ${db.label}, round ${round}`;
    return summarise(name, result, server.peakRssMb(), mode === 'batch' ? perBatch : 1);
  } finally {
    await server.stop();
    if (db.path) remove(db.path);
  }
}

const rows: Row[] = [];
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const mode of ['batch', 'single'] as const) {
    for (const db of dbs) {
      const row = await measure(mode, db, round);
      rows.push(row);
      // As it comes, with the load it ran under: a run that fails later keeps the rows already measured.
      console.log(`${row.name}: ${row.articlesPerSecond?.toFixed(0)} articles/s, load average ${loadavg()[0].toFixed(1)}`);
    }
  }
}
printTable(rows);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const rate = (prefix: string) => median(rows.filter((r) => r.name.startsWith(prefix)).map((r) => r.articlesPerSecond!));
const batchEmpty = rate(`batch of ${perBatch}, empty`);
const singleEmpty = rate('single POST, empty');
console.log(
  `medians: batch ${batchEmpty.toFixed(0)} articles/s on empty (target >= 1000); 100k/empty: batch ` +
    `${(rate(`batch of ${perBatch}, 100k`) / batchEmpty).toFixed(2)}, single ${(rate('single POST, 100k') / singleEmpty).toFixed(2)} ` +
    `(target >= 0.8); peak RSS ${Math.max(...rows.map((r) => r.rssMb)).toFixed(0)} MB (target <= 300)`,
);
if (process.env.DATABASE_URL) {
  console.log(
    `PostgreSQL medians: batch ${rate(`batch of ${perBatch}, PostgreSQL`).toFixed(0)} articles/s (target >= 500), ` +
      `single ${rate('single POST, PostgreSQL').toFixed(0)} articles/s`,
  );
}
