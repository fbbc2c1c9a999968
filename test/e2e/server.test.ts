// The process entry: configuration errors and a file that is no database are one clear line and exit 1; a
// good configuration listens.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';

const dir = mkdtempSync(join(tmpdir(), 'quotes-server-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** Runs src/server.ts with the tests' TypeScript loader (in execArgv, see .taprc) and the given environment. */
function server(env: Record<string, string>) {
  const child = spawn(process.execPath, [...process.execArgv, 'src/server.ts'], {
    env: { ...process.env, DATABASE_PATH: join(dir, 'quotes.db'), PARSE_WORKERS: '0', MAX_EVENT_LOOP_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

t.test('a bad variable stops the start with a message naming it', async (t) => {
  const { child, output } = server({ PORT: 'eighty' });
  const [code] = await once(child, 'exit');
  t.equal(code, 1);
  t.match(output(), /Configuration error: PORT must be an integer/);
});

t.test('a file that is not a database stops the start with one line saying what to do', async (t) => {
  const notADatabase = join(dir, 'notes.txt');
  writeFileSync(notADatabase, 'Notes from the morning meeting, not a database.\n'.repeat(200));
  const { child, output } = server({ DATABASE_PATH: notADatabase });
  const [code] = await once(child, 'exit');
  t.equal(code, 1);
  t.match(output(), /^Cannot start: the database file .*notes\.txt cannot be opened \(file is not a database\)\. If DATABASE_PATH/);
  t.equal(output().trim().split('\n').length, 1, 'one line, no stack trace');
});

t.test('a good configuration listens, answers /health, and ends on SIGTERM', async (t) => {
  const { child, output } = server({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
  while (!/listening at (http:\/\/\S+)/.test(output())) await once(child.stdout, 'data');
  const address = /listening at (http:\/\/[^"\s]+)/.exec(output())?.[1];
  const response = await fetch(`${address}/health`);
  t.same(await response.json(), { status: 'ok' });
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  t.equal(code, 0);
});

t.test('a port in use is said plainly, not as a shutdown', async (t) => {
  const taken = createServer().listen(0, '127.0.0.1');
  await once(taken, 'listening');
  t.teardown(() => taken.close());
  const { port } = taken.address() as AddressInfo;
  const { child, output } = server({ PORT: String(port), HOST: '127.0.0.1' });
  const [code] = await once(child, 'exit');
  t.equal(code, 1);
  t.match(output(), `Configuration error: port in use: 127.0.0.1:${port} is taken by another process; set PORT to a free one`);
  t.notMatch(output(), /shutting down/);
});

t.test('a failure other than configuration is not hidden', async (t) => {
  // An address no interface of this machine has (TEST-NET-1): listening fails with EADDRNOTAVAIL.
  const { child, output } = server({ PORT: '0', HOST: '192.0.2.1', API_KEYS: `${'k'.repeat(32)}:write` });
  const [code] = await once(child, 'exit');
  t.not(code, 0);
  t.match(output(), /EADDRNOTAVAIL/);
});
