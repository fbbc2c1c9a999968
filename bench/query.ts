// npm run bench:query [-- --db data/bench.db --seconds 15]
// GET /v1/quotes?speaker=<random official>&limit=20 at 50 connections against the API over the benchmark
// database, and a bare Fastify route with a fixed small body in the same run. Targets (issue 5): >= 0.5 of
// the bare route's requests/s, p99 <= 25 ms, server peak RSS <= 300 MB. Two more rows show where the ceiling
// is: a bare route running the same store query (the database and JSON alone), and the API's /health.
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { officials } from './data/generate.js';
import { apiServer, bareServer } from './servers.js';
import { printTable, summarise, type Row } from './report.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    seconds: { type: 'string', default: '15' },
    officials: { type: 'string', default: '20000' },
  },
});
const duration = Number(values.seconds);
// Every run starts measuring after 3 s of the same load: JIT compilation and cold caches in the first
// requests are start-up, not the steady state the targets are about.
// (autocannon takes `warmup`; its type definitions do not list it.)
const measure = (options: autocannon.Options) => autocannon({ ...options, warmup: { connections: 50, duration: 3 } } as autocannon.Options);
const names = officials(Number(values.officials)).map((p) => p.name);

const randomSpeaker = () => encodeURIComponent(names[Math.floor(Math.random() * names.length)]);
const rows: Row[] = [];
const bare = await bareServer(3501, { DATABASE_PATH: values.db as string });
try {
  rows.push(
    summarise('bare Fastify, fixed JSON', await measure({ url: `${bare.url}/fixed`, connections: 50, duration }), bare.peakRssMb()),
  );
  // The same page of quotes read from the store by a bare route: what the database and JSON cost alone.
  const storeOnly = await measure({
    url: bare.url,
    connections: 50,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, path: `/quotes?speaker=${randomSpeaker()}` }) }],
  });
  rows.push(summarise("bare Fastify, the store's quotes query", storeOnly, bare.peakRssMb()));
} finally {
  await bare.stop();
}
const api = await apiServer(3502, { DATABASE_PATH: values.db as string });
try {
  // The same app's cheapest route: what its hooks (auth, rate limit, metrics, headers) leave of the bare figure.
  const health = await measure({ url: `${api.url}/health`, connections: 50, duration });
  rows.push(summarise('GET /health of the API (its ceiling)', health, api.peakRssMb()));
  const result = await measure({
    url: api.url,
    connections: 50,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, path: `/v1/quotes?speaker=${randomSpeaker()}&limit=20` }) }],
  });
  rows.push(summarise('GET /v1/quotes?speaker=random&limit=20', result, api.peakRssMb()));
} finally {
  await api.stop();
}
printTable(rows);
const [bareRow, storeRow, healthRow, quotesRow] = rows;
console.log(
  `ratio to bare: ${(quotesRow.rps / bareRow.rps).toFixed(2)} (target >= 0.5; the API's /health: ${(healthRow.rps / bareRow.rps).toFixed(2)}, ` +
    `the bare route reading the store: ${(storeRow.rps / bareRow.rps).toFixed(2)}); the API reaches ` +
    `${(quotesRow.rps / storeRow.rps).toFixed(2)} of the bare store route; p99 ${quotesRow.p99} ms (target <= 25)`,
);
