// npm run bench:query [-- --db data/bench.db --seconds 15]; with DATABASE_URL set, PostgreSQL's rows too
// GET /v1/quotes?speaker=<random official>&limit=20 at 50 connections against the API over the benchmark
// database, and a bare Fastify route with a fixed small body in the same run. Targets (issue 5): >= 0.5 of
// the bare route's requests/s, p99 <= 25 ms, server peak RSS <= 300 MB. Two more rows show where the ceiling
// is: a bare route running the same store query (the database and JSON alone), and the API's /health.
// Given DATABASE_URL (a PostgreSQL copy of the same database, npm run copy-store), the store route and the
// API's quotes route run again on it, beside SQLite's (targets, issue 14: p99 <= 25 ms, >= 0.5 of SQLite's).
// The store route and the API's quotes route run twice: speakers picked uniformly, then by Zipf's law (a few
// speakers asked for most often, as real traffic is; issue 15).
import type autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { officials } from './data/generate.js';
import { apiServer, bareServer, measureOn, type Server } from './servers.js';
import { printTable, summarise, type Row } from './report.js';
import { zipfIndex } from './zipf.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    seconds: { type: 'string', default: '15' },
    officials: { type: 'string', default: '20000' },
  },
});
const duration = Number(values.seconds);
const names = officials(Number(values.officials)).map((p) => p.name);

/**
 * A row for `options` run on `server`: measured after 3 s of the same load (JIT compilation and cold caches in
 * the first requests are start-up, not the steady state the targets are about), with the server's CPU a request.
 */
async function run(name: string, server: Server, options: autocannon.Options): Promise<Row> {
  const { result, cpuUs } = await measureOn(server, options);
  return { ...summarise(name, result, server.peakRssMb()), cpuUs };
}

const uniform = () => Math.floor(Math.random() * names.length);
const zipf = zipfIndex(names.length);
/**
 * 50 connections on `path` (the bare store route's or the API's) with an official each request, picked
 * uniformly or by Zipf's law.
 */
const speakerLoad = (server: Server, path: '/quotes' | '/v1/quotes', connections = 50, pick = uniform): autocannon.Options => {
  const randomSpeaker = () => encodeURIComponent(names[pick()]);
  return {
    url: server.url,
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
  };
};
/** Two API replicas on one PostgreSQL database, 25 of the 50 connections on each (the client's round-robin). */
async function twoReplicas(first: Server, databaseUrl: string): Promise<Row> {
  const second = await apiServer(3505, { DATABASE_URL: databaseUrl });
  try {
    const [a, b] = await Promise.all(
      [first, second].map((replica, i) => run(`replica ${i + 1}`, replica, speakerLoad(replica, '/v1/quotes', 25))),
    );
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
const zipfRows: Row[] = [];
const bare = await bareServer(3501, { DATABASE_PATH: values.db as string });
try {
  rows.push(await run('bare Fastify, fixed JSON', bare, { url: `${bare.url}/fixed`, connections: 50, duration }));
  // The same page of quotes read from the store by a bare route: what the database and JSON cost alone.
  rows.push(await run("bare Fastify, the store's quotes query", bare, speakerLoad(bare, '/quotes')));
  zipfRows.push(await run("bare Fastify, the store's quotes query, Zipf speakers", bare, speakerLoad(bare, '/quotes', 50, zipf)));
} finally {
  await bare.stop();
}
const api = await apiServer(3502, { DATABASE_PATH: values.db as string });
try {
  // The same app's cheapest route: what its hooks (auth, rate limit, metrics, headers) leave of the bare figure.
  rows.push(await run('GET /health of the API (its ceiling)', api, { url: `${api.url}/health`, connections: 50, duration }));
  rows.push(await run('GET /v1/quotes?speaker=random&limit=20', api, speakerLoad(api, '/v1/quotes')));
  zipfRows.push(await run('GET /v1/quotes?speaker=zipf&limit=20', api, speakerLoad(api, '/v1/quotes', 50, zipf)));
} finally {
  await api.stop();
}
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const bareOnPostgres = await bareServer(3503, { DATABASE_URL: databaseUrl });
  try {
    rows.push(await run("bare Fastify, the store's quotes query, PostgreSQL", bareOnPostgres, speakerLoad(bareOnPostgres, '/quotes')));
  } finally {
    await bareOnPostgres.stop();
  }
  const apiOnPostgres = await apiServer(3504, { DATABASE_URL: databaseUrl });
  try {
    rows.push(await run('GET /v1/quotes?speaker=random&limit=20, PostgreSQL', apiOnPostgres, speakerLoad(apiOnPostgres, '/v1/quotes')));
    rows.push(await twoReplicas(apiOnPostgres, databaseUrl));
  } finally {
    await apiOnPostgres.stop();
  }
}
// The Zipf rows go last, so the rows above keep their order and the PostgreSQL ones their place among them.
printTable([...rows, ...zipfRows]);
const [bareRow, storeRow, healthRow, quotesRow, postgresStoreRow, postgresRow, twoReplicasRow] = rows;
const [zipfStoreRow, zipfQuotesRow] = zipfRows;
console.log(
  `ratio to bare: ${(quotesRow.rps / bareRow.rps).toFixed(2)} (target >= 0.5; the API's /health: ${(healthRow.rps / bareRow.rps).toFixed(2)}, ` +
    `the bare route reading the store: ${(storeRow.rps / bareRow.rps).toFixed(2)}); the API reaches ` +
    `${(quotesRow.rps / storeRow.rps).toFixed(2)} of the bare store route (target >= 0.85); p99 ${quotesRow.p99} ms (target <= 25)`,
);
console.log(
  `Zipf speakers: the bare store route ${(zipfStoreRow.rps / bareRow.rps).toFixed(2)} of bare; the API ` +
    `${(zipfQuotesRow.rps / zipfStoreRow.rps).toFixed(2)} of the bare store route, p99 ${zipfQuotesRow.p99} ms`,
);
// On a shared machine req/s follows the other load; the server's CPU a request barely does.
const cpuRatio = (a: Row, b: Row) => ((b.cpuUs as number) / (a.cpuUs as number)).toFixed(2);
console.log(
  `by server CPU a request: the bare store route ${cpuRatio(storeRow, bareRow)} of bare, the API ${cpuRatio(quotesRow, storeRow)} ` +
    `of the bare store route; Zipf: ${cpuRatio(zipfStoreRow, bareRow)} and ${cpuRatio(zipfQuotesRow, zipfStoreRow)}`,
);
if (postgresStoreRow && postgresRow) {
  console.log(
    `PostgreSQL: ${(postgresRow.rps / quotesRow.rps).toFixed(2)} of SQLite's quotes req/s (target >= 0.5), p99 ${postgresRow.p99} ms ` +
      `(target <= 25); it reaches ${(postgresRow.rps / postgresStoreRow.rps).toFixed(2)} of the bare route reading PostgreSQL; ` +
      `two replicas: ${(twoReplicasRow.rps / postgresRow.rps).toFixed(2)} of one, p99 ${twoReplicasRow.p99} ms`,
  );
}
