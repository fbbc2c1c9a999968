// npm run bench:query [-- --db data/bench.db --seconds 15]
// GET /v1/quotes?speaker=<random official>&limit=20 at 50 connections against the API over the benchmark
// database, and a bare Fastify route with a fixed small body in the same run. Targets (issue 5): >= 0.5 of
// the bare route's requests/s, p99 <= 25 ms, server peak RSS <= 300 MB.
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { officials } from './data/generate.js';
import { apiServer, bareServer } from './servers.js';
import { printTable, summarise, type Row } from './report.js';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'data/bench.db' }, seconds: { type: 'string', default: '15' }, officials: { type: 'string', default: '20000' } },
});
const duration = Number(values.seconds);
const names = officials(Number(values.officials)).map((p) => p.name);

const rows: Row[] = [];
const bare = await bareServer(3501);
try {
  rows.push(summarise('bare Fastify, fixed JSON', await autocannon({ url: `${bare.url}/fixed`, connections: 50, duration }), bare.peakRssMb()));
} finally {
  await bare.stop();
}
const api = await apiServer(3502, { DATABASE_PATH: values.db as string });
try {
  const result = await autocannon({
    url: api.url,
    connections: 50,
    duration,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `/v1/quotes?speaker=${encodeURIComponent(names[Math.floor(Math.random() * names.length)])}&limit=20`,
        }),
      },
    ],
  });
  rows.push(summarise('GET /v1/quotes?speaker=random&limit=20', result, api.peakRssMb()));
} finally {
  await api.stop();
}
printTable(rows);
console.log(`ratio to bare: ${(rows[1].rps / rows[0].rps).toFixed(2)} (target >= 0.5); p99 ${rows[1].p99} ms (target <= 25)`);
