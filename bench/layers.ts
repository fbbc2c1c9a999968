// npm run bench:layers [-- --db data/bench.db --requests 3000 --rounds 3 --officials 20000]
// What each of the API's layers costs GET /v1/quotes?speaker=<random official>&limit=20 (issue 15): the API as
// built, then with one layer left out at a time, beside a bare Fastify app reading the same page from the store.
// The variants are a bench-only build: copies of the compiled app (dist/src/app.js) with one registration taken
// out, written beside it for the run and removed after; the server never runs them.
// Measured in one process through Fastify's inject (every hook, the router, validation and serialisation; no
// socket), as the process's CPU time a request, the least of several rounds: on a machine others load, a load
// test's requests/s follows their load, and a server's CPU at a few dozen requests a second is its timers'.
// The rounds interleave the variants, so a passing load weighs on all of them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';
import { openStore } from '../src/store/index.js';
import { officials } from './data/generate.js';
import { benchAppOptions, randomSpeakerRequests, storePageRoute } from './in-process.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    requests: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '3' },
    officials: { type: 'string', default: '20000' },
  },
});
const names = officials(Number(values.officials)).map((p) => p.name);

/** CPU µs a request of `path` (NAME a random official each time), after a tenth as many unmeasured. */
async function cpuPerRequest(app: FastifyInstance, path: string): Promise<number> {
  const count = Number(values.requests);
  const send = randomSpeakerRequests(app, path, names);
  for (let i = 0; i < count / 10; i++) await send();
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) await send();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

/** A registration in app.js, from `await app.register(name` to the statement's end. */
const registration = (name: string) => new RegExp(`await app\\.register\\(${name}\\b[^;]*;`);

/** Each variant: what it leaves out, and how app.js is changed to leave it out. */
const VARIANTS: [string, (app: string) => string][] = [
  // The rate limiter keys on the caller auth finds: a stand-in keeps request.apiKey (null, an anonymous caller).
  [
    'auth (API keys)',
    (app) =>
      `import authStandIn from 'fastify-plugin';\n${app.replace(
        registration('auth'),
        "await app.register(authStandIn(async (app) => app.decorateRequest('apiKey', null), { name: 'auth' }));",
      )}`,
  ],
  ['rate limit', (app) => app.replace(registration('rateLimit'), '')],
  ['metrics', (app) => app.replace(registration('metrics'), '').replace(registration('metricsRoutes'), '')],
  ['security (helmet headers, URL length)', (app) => app.replace(registration('security'), '')],
  ['ETag, conditional GETs, compression', (app) => app.replace(registration('responseEncoding'), '')],
  [
    'response schemas (JSON.stringify instead)',
    (app) => app.replace("app.decorate('config', config);", '$&\n    app.setSerializerCompiler(() => (data) => JSON.stringify(data));'),
  ],
  ['request ids', (app) => app.replace(registration('requestId'), '')],
  ['load shedding (under-pressure)', (app) => app.replace(registration('underPressure'), '')],
  ['unread bodies', (app) => app.replace(registration('unreadBodies'), '')],
  ['UTF-8 body checks', (app) => app.replace(registration('utf8Bodies'), '')],
];

const appFile = fileURLToPath(new URL('../src/app.js', import.meta.url));
const app = readFileSync(appFile, 'utf8');
const options = benchAppOptions(values.db as string);

/** Builds the app `source` (app.js or a variant of it), measures the quotes route on it, and closes it. */
async function measureApp(source: string, index: number): Promise<number> {
  const file = appFile.replace(/app\.js$/, `app-bench-variant-${index}.js`);
  writeFileSync(file, source);
  try {
    const { buildApp } = await import(pathToFileURL(file).href);
    const api = (await buildApp(options)) as FastifyInstance;
    try {
      return await cpuPerRequest(api, '/v1/quotes?speaker=NAME&limit=20');
    } finally {
      await api.close();
    }
  } finally {
    rmSync(file, { force: true });
  }
}

/** The bare app of bench/bare.ts, in this process: the store's page of quotes as JSON, nothing else. */
async function measureBare(): Promise<number> {
  const store = openStore(values.db as string);
  const bare = Fastify({ logger: false });
  storePageRoute(bare, store);
  try {
    return await cpuPerRequest(bare, '/quotes?speaker=NAME');
  } finally {
    await bare.close();
    store.close();
  }
}

const runs: [string, () => Promise<number>][] = [
  ["bare Fastify, the store's quotes query", measureBare],
  ['the API as built', () => measureApp(app, 0)],
  ...VARIANTS.map(([name, leaveOut], i): [string, () => Promise<number>] => {
    const variant = leaveOut(app);
    // A pattern that no longer matches app.js would measure the whole API under a wrong name.
    if (variant === app) throw new Error(`the variant without ${name} changes nothing in app.js: update bench/layers.ts`);
    return [`without ${name}`, () => measureApp(variant, i + 1)];
  }),
  [
    'without any of the above',
    () =>
      measureApp(
        VARIANTS.reduce((variant, [, leaveOut]) => leaveOut(variant), app),
        99,
      ),
  ],
];
const best = runs.map(() => Number.POSITIVE_INFINITY);
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [i, [, measure]] of runs.entries()) best[i] = Math.min(best[i], await measure());
}
const [bare, api] = best;
console.log('| run | CPU µs a request | the layer costs, µs |');
console.log('|---|---|---|');
for (const [i, [name]] of runs.entries()) console.log(`| ${name} | ${best[i].toFixed(1)} | ${i < 2 ? '' : (api - best[i]).toFixed(1)} |`);
console.log(
  `the API's quotes route costs ${(api / bare).toFixed(2)}x the bare app's CPU (so reaches ${(bare / api).toFixed(2)} of it; target >= 0.85)`,
);
