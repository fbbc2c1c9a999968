// node dist/bench/postgres-store.js --url postgres://... [--calls 3000 --articles 2000 --batch 100]
// What the PostgreSQL store costs, in-process and sequential over one connection: the quotes-by-speaker read
// (the route's listQuotes({ speaker }), limit 20, officials picked uniformly as bench:query does), and saving
// generated articles (no parsing: bench:store's records) in transactions of --batch, as batch ingest does.
// CPU microseconds a call or an article in this process (the driver: protocol, rows, objects), in the
// database server's backend serving the connection (/proc/PID/stat of pg_backend_pid(): parse, plan,
// execute, index) and in the whole server (every process of it: autovacuum and the WAL writer too; run it on a
// cluster nothing else uses). CPU time holds on the shared, loaded machine where wall time measures the others.
// The articles saved stay in the database: run it on a throwaway copy.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { NewArticle } from '../src/store/articles.js';
import { transaction } from '../src/store/postgres/connection.js';
import { openPostgresStore } from '../src/store/postgres/index.js';
import { saveArticles } from '../src/store/postgres/writes.js';
import { officials } from './data/generate.js';
import { newArticles } from './data/new-articles.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    calls: { type: 'string', default: '3000' },
    articles: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '100' },
    officials: { type: 'string', default: '20000' },
  },
});
if (!values.url) throw new Error('--url postgres://... is required');
const calls = Number(values.calls);
const names = officials(Number(values.officials)).map((p) => p.name);
const articles = Number(values.articles);
const batch = Number(values.batch);
const TICK_US = 10_000; // USER_HZ, 100 on Linux

/** A process's /proc stat fields after the command name (which may hold spaces): [0] is the state. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** utime + stime of a process, in microseconds. */
function processCpuUs(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

/**
 * The whole server's CPU: the postmaster, its live children (backends, autovacuum, WAL writer, checkpointer)
 * and the children that exited (cutime + cstime). Work the backend hands off, such as autovacuum flushing a
 * GIN index's pending list, counts here and not in the backend's own.
 */
function serverCpuUs(postmaster: number): number {
  const fields = statFields(postmaster);
  const children = readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').split(' ').filter(Boolean);
  const live = children.reduce((sum, pid) => {
    try {
      return sum + processCpuUs(Number(pid));
    } catch {
      return sum; // exited meanwhile: counted in the postmaster's cutime from now on
    }
  }, 0);
  return live + [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]) * TICK_US, 0);
}

const nextArticle = newArticles({ seed: 11, officials: Number(values.officials), label: 'postgres-bench' });

/** Client and server CPU and wall microseconds for `work`, divided by `per`. */
async function measure(pid: number, per: number, work: () => Promise<void>) {
  const postmaster = Number(statFields(pid)[1]);
  const server = processCpuUs(pid);
  const wholeServer = serverCpuUs(postmaster);
  const client = process.cpuUsage();
  const wall = performance.now();
  await work();
  const used = process.cpuUsage(client);
  return {
    clientCpuUs: Math.round((used.user + used.system) / per),
    // The kernel's share: socket writes and reads (on loopback, delivering the packets too).
    clientSystemUs: Math.round(used.system / per),
    serverCpuUs: Math.round((processCpuUs(pid) - server) / per),
    // Only meaningful when nothing else uses the cluster meanwhile.
    wholeServerCpuUs: Math.round((serverCpuUs(postmaster) - wholeServer) / per),
    wallUs: Math.round(((performance.now() - wall) * 1000) / per),
  };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const store = await openPostgresStore(values.url, { poolSize: 1, statementTimeoutMs: 0 });
try {
  const [{ pid }] = (await store.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
  const call = () => store.listQuotes({ speaker: names[Math.floor(Math.random() * names.length)] }, { limit: 20 });
  for (let i = 0; i < 300; i++) await call();
  let items = 0;
  const reads = await measure(pid, calls, async () => {
    for (let i = 0; i < calls; i++) items += (await call()).items.length;
  });
  console.log(
    JSON.stringify({
      read: 'listQuotes({ speaker }), limit 20',
      calls,
      quotesPerCall: +(items / calls).toFixed(1),
      ...reads,
      load: load(),
    }),
  );
  if (articles > 0) {
    const save = (items: NewArticle[]) => transaction(store.pool, (client) => saveArticles(client, items));
    await save(Array.from({ length: batch }, nextArticle));
    const batches = Math.ceil(articles / batch);
    // Generated before the clock starts: the generator's CPU is not the store's.
    const generated = Array.from({ length: batches }, () => Array.from({ length: batch }, nextArticle));
    const writes = await measure(pid, batches * batch, async () => {
      for (const items of generated) await save(items);
    });
    console.log(JSON.stringify({ write: `saveArticles, ${batch} a transaction`, articles: batches * batch, ...writes, load: load() }));
  }
} finally {
  await store.close();
}
