// npm run bench:profile [-- --db data/bench.db --requests 5000 --officials 20000 --top 30 --path PATH]
// Where the API's CPU goes on GET /v1/quotes?speaker=<random official>&limit=20 (or --path, NAME standing for the
// official): the API built in this process as bench:layers builds it, a tenth as many requests unmeasured, then
// the measured ones under V8's sampling profiler (only they are sampled), summed by function: self time (in the
// function itself) and inclusive time (with what it calls), as shares of the measured requests. On a loaded
// machine the shares are of a stretched run; compare them within one run.
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { officials } from './data/generate.js';
import { benchAppOptions, randomSpeakerRequests } from './in-process.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    requests: { type: 'string', default: '5000' },
    officials: { type: 'string', default: '20000' },
    top: { type: 'string', default: '30' },
    path: { type: 'string', default: '/v1/quotes?speaker=NAME&limit=20' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A function as a row: its name, and its file shortened to the package or the project's path. */
function label({ callFrame: { functionName, url, lineNumber } }: ProfileNode): string {
  const file = url.replace(/^file:\/\/.*?\/node_modules\//, '').replace(/^file:\/\/.*?\/dist\//, '') || '(native)';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Self and inclusive microseconds by function (a function recursing through itself is counted once a sample). */
export function sumByFunction(profile: Profile): { total: number; self: Map<string, number>; inclusive: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let total = 0;
  // A sample's time is the delta to the next one.
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const us = profile.timeDeltas[i + 1];
    total += us;
    let id: number | undefined = profile.samples[i];
    add(self, label(nodes.get(id) as ProfileNode), us);
    const seen = new Set<string>();
    for (; id !== undefined; id = parent.get(id)) {
      const name = label(nodes.get(id) as ProfileNode);
      if (!seen.has(name)) add(inclusive, name, us);
      seen.add(name);
    }
  }
  return { total, self, inclusive };
}

async function profileRequests(app: FastifyInstance): Promise<Profile> {
  const count = Number(values.requests);
  const send = randomSpeakerRequests(
    app,
    values.path as string,
    officials(Number(values.officials)).map((p) => p.name),
  );
  for (let i = 0; i < count / 10; i++) await send();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // A sample every 200 µs rather than every 1,000: a page of quotes takes a few hundred.
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) await send();
  const used = process.cpuUsage(before);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  console.log(
    `${values.path}: ${((used.user + used.system) / count).toFixed(1)} µs of CPU a request (profiled), load ${loadavg()[0].toFixed(1)}`,
  );
  return profile as unknown as Profile;
}

const app = (await buildApp(benchAppOptions(values.db as string))) as FastifyInstance;
try {
  const { total, self, inclusive } = sumByFunction(await profileRequests(app));
  for (const [title, sums] of [
    ['self', self],
    ['inclusive', inclusive],
  ] as const) {
    console.log(`\n| ${title} time | function |\n|---|---|`);
    const rows = [...sums].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
    for (const [name, us] of rows) console.log(`| ${((100 * us) / total).toFixed(1)}% | ${name} |`);
  }
} finally {
  await app.close();
}
