// The real server as a child process on a real port, run the way production runs it: plain node on
// JavaScript. The sources are copied as JavaScript (from the tests' transpile cache; no type check: `npm test`
// does that) into a temporary folder once per test file, and the crash test restarts the server several times.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { transpile } from '../loader/transpile.mjs';

const root = resolve(import.meta.dirname, '../..');

/** Transpiles src/ into a temporary folder (removed at exit); returns the path of its server.js. */
export function compileServer(): string {
  const out = mkdtempSync(join(tmpdir(), 'quotes-server-build-'));
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  for (const file of readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = join(root, 'src', file);
    const target = join(out, 'src', file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, transpile(source, readFileSync(source, 'utf8')));
  }
  // The pages' browser modules and stylesheet are plain files the server reads and serves as they are.
  cpSync(join(root, 'src', 'pages', 'public'), join(out, 'src', 'pages', 'public'), { recursive: true });
  // The syntax model, which the parser loads from beside its module the first time a sentence is parsed.
  symlinkSync(join(root, 'src', 'syntax', 'model'), join(out, 'src', 'syntax', 'model'));
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
  symlinkSync(join(root, 'migrations'), join(out, 'migrations'));
  return join(out, 'src', 'server.js');
}

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** http://127.0.0.1:<port> */
  address: string;
  /** Everything the process printed so far (JSON log lines). */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves once a printed line matches. */
  printed(pattern: RegExp): Promise<void>;
}

/** Starts the server on an ephemeral port and resolves once it listens (it must log at info level). */
export async function startServer(serverJs: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [serverJs], {
    // Only what the server needs: nothing of tap's instrumentation or the caller's configuration.
    // Load shedding off (MAX_EVENT_LOOP_DELAY_MS=0): the tests' own load must not turn into 503s.
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      PARSE_WORKERS: '0',
      LOG_LEVEL: 'info',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      ...env,
    },
  });
  let output = '';
  const grew = new EventTarget();
  const collect = (chunk: Buffer) => {
    output += chunk;
    grew.dispatchEvent(new Event('data'));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  // A failed or timed-out test must not leave a server behind.
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  void exited.then(() => process.off('exit', kill));
  const printed = async (pattern: RegExp) => {
    while (!pattern.test(output)) {
      const more = once(grew, 'data');
      const stop = await Promise.race([more.then(() => false), exited.then(() => true)]);
      if (stop && !pattern.test(output)) throw new Error(`server exited before printing ${pattern}:\n${output}`);
    }
  };
  await printed(/listening at http:\/\/[^"\s]+/);
  const address = /listening at (http:\/\/[^"\s]+)/.exec(output)![1];
  return { child, address, output: () => output, exited, printed };
}
