// Benchmark servers as child processes on real ports (S3's range, 3500-3599): the API from dist, and a
// bare Fastify route as the same-run baseline. Peak RSS is read from /proc (VmHWM) before stopping.
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The kernel's unit of CPU time in /proc (USER_HZ, `getconf CLK_TCK`): 100 on Linux everywhere. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface Server {
  url: string;
  child: ChildProcess;
  /** Peak resident memory so far, in MB. */
  peakRssMb(): number;
  /** CPU time the process (all its threads) has used so far, user and system, in seconds. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

// Two minutes: a server's start checks the whole database file (quick_check), which took over 30 s for the
// 100k-article one on the loaded shared machine.
async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** CPU seconds, user and system, that process `pid` (all its threads) has used so far. */
function cpuSecondsOf(pid: number | undefined): number {
  // utime and stime, the 14th and 15th fields, counted after the command name (which may hold spaces).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** A process counts as quiet below this share of a core over a second (the API idles at about 2%). */
const QUIET_SHARE_OF_A_CORE = 0.05;

/**
 * Waits until the server has finished starting in the background: it answers before its parser threads have
 * loaded their model and the writer has checked the file's pages (seconds of CPU on a loaded machine), and a
 * measurement taken meanwhile charges that work to the requests. Gives up after two minutes.
 */
async function untilQuiet(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const before = cpuSecondsOf(child.pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (cpuSecondsOf(child.pid) - before <= QUIET_SHARE_OF_A_CORE) return;
  }
}

export async function startServer(
  script: string,
  port: number,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<Server> {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    // The benchmarks measure the service's capacity, so the protections that cap it are lifted: the rate
    // limits (600 requests, 120 batches a minute) and load shedding (503s once the event loop lags, which a saturating
    // load on two shared cores triggers).
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
      BATCH_RATE_LIMIT_PER_MINUTE: '1000000',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      // As `npm start` and the Dockerfile run the server (see the Dockerfile for why).
      MALLOC_ARENA_MAX: '2',
      MALLOC_MMAP_THRESHOLD_: '131072',
      // SQLite unless a run names PostgreSQL: the shell's DATABASE_URL is for the runs that ask for it.
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/health`, child);
  await untilQuiet(child);
  return {
    url,
    child,
    peakRssMb: () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const apiServer = (port: number, env: Record<string, string>) =>
  startServer(fileURLToPath(new URL('../src/server.js', import.meta.url)), port, env, [
    '--max-semi-space-size=8',
    '--heap-growing-percent=20',
  ]);

export const bareServer = (port: number, env: Record<string, string> = {}) =>
  startServer(fileURLToPath(new URL('./bare.js', import.meta.url)), port, env);

/**
 * A load run on `server` after 3 s of the same load, with the server's CPU time a request: on a machine others
 * share, requests/s follows whatever else runs, while the CPU each request costs the server barely moves.
 * (A warm-up run of its own rather than autocannon's `warmup`, so the CPU counted is the measured run's alone.)
 */
export async function measureOn(server: Server, options: autocannon.Options): Promise<{ result: autocannon.Result; cpuUs: number }> {
  await autocannon({ ...options, duration: 3 });
  const before = server.cpuSeconds();
  const result = await autocannon(options);
  return { result, cpuUs: ((server.cpuSeconds() - before) * 1e6) / Math.max(1, result.requests.total) };
}
