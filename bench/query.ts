// npm run bench:query [-- --db data/bench.db --seconds 15]; with DATABASE_URL set, PostgreSQL's rows too
// GET /v1/quotes?speaker=<random official>&limit=20 at 50 connections against the API over the benchmark
// database, and a bare Fastify route with a fixed small body in the same run. Targets (issue 5): >= 0.5 of
// the bare route's requests/s, p99 <= 25 ms, server peak RSS <= 300 MB. Two more rows show where the ceiling
// is: a bare route running the same store query (the database and JSON alone), and the API's /health.
// Given DATABASE_URL (a PostgreSQL copy of the same database, npm run copy-store), the store route and the
// API's quotes route run again on it, beside SQLite's (targets, issue 14: p99 <= 25 ms, >= 0.5 of SQLite's).
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { officials } from './data/generate.js';
import { apiServer, bareServer, type Server } from './servers.js';
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
const measure = (options: autocannon.Options) =>
  autocannon({ ...options, warmup: { connections: options.connections, duration: 3 } } as autocannon.Options);
const names = officials(Number(values.officials)).map((p) => p.name);

const randomSpeaker = () => encodeURIComponent(names[Math.floor(Math.random() * names.length)]);
/** 50 connections on `path` (the bare store route's or the API's) with a random official each request. */
const measureSpeakers = (url: string, path: '/quotes' | '/v1/quotes', connections = 50) =>
  measure({
    url,
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: path === '/quotes' ? `/quotes?speaker=${randomSpeaker()}` : `/v1/quotes?speaker=${randomSpeaker()}&limit=20`,
        }),
      },
    ],
  });
/** Two API replicas on one PostgreSQL database, 25 of the 50 connections on each (the client's round-robin). */
async function twoReplicas(first: Server, databaseUrl: string): Promise<Row> {
  const second = await apiServer(3505, { DATABASE_URL: databaseUrl });
  try {
    const halves = await Promise.all([first, second].map((replica) => measureSpeakers(replica.url, '/v1/quotes', 25)));
    const [a, b] = halves.map((result, i) => summarise(`replica ${i + 1}`, result, [first, second][i].peakRssMb()));
    // Latency percentiles do not add up across the halves: the worse of the two is shown.
    return {
      name: 'GET /v1/quotes?speaker=random&limit=20, PostgreSQL, two replicas',
      rps: a.rps + b.rps,
      p50: Math.max(a.p50, b.p50),
      p99: Math.max(a.p99, b.p99),
      errors: a.errors + b.errors,
      non2xx: a.non2xx + b.non2xx,
      rssMb: Math.max(a.rssMb, b.rssMb),
    };
  } finally {
    await second.stop();
  }
}

const rows: Row[] = [];
const bare = await bareServer(3501, { DATABASE_PATH: values.db as string });
try {
  rows.push(
    summarise('bare Fastify, fixed JSON', await measure({ url: `${bare.url}/fixed`, connections: 50, duration }), bare.peakRssMb()),
  );
  // The same page of quotes read from the store by a bare route: what the database and JSON cost alone.
  rows.push(summarise("bare Fastify, the store's quotes query", await measureSpeakers(bare.url, '/quotes'), bare.peakRssMb()));
} finally {
  await bare.stop();
}
const api = await apiServer(3502, { DATABASE_PATH: values.db as string });
try {
  // The same app's cheapest route: what its hooks (auth, rate limit, metrics, headers) leave of the bare figure.
  const health = await measure({ url: `${api.url}/health`, connections: 50, duration });
  rows.push(summarise('GET /health of the API (its ceiling)', health, api.peakRssMb()));
  rows.push(summarise('GET /v1/quotes?speaker=random&limit=20', await measureSpeakers(api.url, '/v1/quotes'), api.peakRssMb()));
} finally {
  await api.stop();
}
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const bareOnPostgres = await bareServer(3503, { DATABASE_URL: databaseUrl });
  try {
    const storeOnly = await measureSpeakers(bareOnPostgres.url, '/quotes');
    rows.push(summarise("bare Fastify, the store's quotes query, PostgreSQL", storeOnly, bareOnPostgres.peakRssMb()));
  } finally {
    await bareOnPostgres.stop();
  }
  const apiOnPostgres = await apiServer(3504, { DATABASE_URL: databaseUrl });
  try {
    const result = await measureSpeakers(apiOnPostgres.url, '/v1/quotes');
    rows.push(summarise('GET /v1/quotes?speaker=random&limit=20, PostgreSQL', result, apiOnPostgres.peakRssMb()));
    rows.push(await twoReplicas(apiOnPostgres, databaseUrl));
  } finally {
    await apiOnPostgres.stop();
  }
}
printTable(rows);
const [bareRow, storeRow, healthRow, quotesRow, postgresStoreRow, postgresRow, twoReplicasRow] = rows;
console.log(
  `ratio to bare: ${(quotesRow.rps / bareRow.rps).toFixed(2)} (target >= 0.5; the API's /health: ${(healthRow.rps / bareRow.rps).toFixed(2)}, ` +
    `the bare route reading the store: ${(storeRow.rps / bareRow.rps).toFixed(2)}); the API reaches ` +
    `${(quotesRow.rps / storeRow.rps).toFixed(2)} of the bare store route; p99 ${quotesRow.p99} ms (target <= 25)`,
);
if (postgresStoreRow && postgresRow) {
  console.log(
    `PostgreSQL: ${(postgresRow.rps / quotesRow.rps).toFixed(2)} of SQLite's quotes req/s (target >= 0.5), p99 ${postgresRow.p99} ms ` +
      `(target <= 25); it reaches ${(postgresRow.rps / postgresStoreRow.rps).toFixed(2)} of the bare route reading PostgreSQL; ` +
      `two replicas: ${(twoReplicasRow.rps / postgresRow.rps).toFixed(2)} of one, p99 ${twoReplicasRow.p99} ms`,
  );
}
