// Storage faults through the whole app: writes are answered 503 (with Retry-After when the fault will pass),
// /ready says why, /health stays 200, and the log names the fault once. The writer thread where it matters
// (a thread takes seconds to start on a loaded machine), writes on the event loop otherwise. Another process's
// lock is a real child process; a read-only file is chattr +i when the tests run as root (chmod does not stop
// root).
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import t, { type Test } from 'tap';
import type { AppOptions } from '../../src/app.js';
import { testApp } from '../bulk/helpers.js';
import { openStore } from '../../src/store/index.js';
import {
  damageableDatabase,
  damagedDatabase,
  holdWriteLock,
  holdWriteLockElsewhere,
  setReadOnly,
  tempDatabase,
} from '../store-writer/storage.js';

function logLines() {
  const lines: { level: number; msg: string; storageFault?: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: { level: 'info', stream } };
}

async function appOn(t: Test, databasePath: string, options: AppOptions = {}) {
  const log = logLines();
  const app = await testApp(t, {
    databasePath,
    writerThread: true,
    checkpointIntervalMs: 0,
    searchThreads: 0,
    logger: log.logger,
    ...options,
  });
  const post = (text: string) => app.inject({ method: 'POST', url: '/v1/articles', payload: { text } });
  return { app, post, log: log.lines };
}

const text = (n: number) => `ISLAMABAD - Article number ${n}. "We are here," said Foreign Minister Ali Khan.`;

t.test('a database file deleted while running: writes 503, /ready says so, /health 200, one log line', async (t) => {
  const databasePath = tempDatabase(t);
  const { app, post, log } = await appOn(t, databasePath);
  t.equal((await post(text(1))).statusCode, 201);
  rmSync(databasePath);
  const refused = await post(text(2));
  t.equal(refused.statusCode, 503);
  t.match(refused.json(), { detail: /was deleted while the service ran/ });
  t.equal(refused.headers['retry-after'], undefined, 'it will not pass by itself');
  t.equal((await post(text(3))).statusCode, 503);
  const ready = await app.inject('/ready');
  t.equal(ready.statusCode, 503);
  t.match(ready.json(), { detail: /The database cannot be written to: the database file .* was deleted/ });
  t.equal((await app.inject('/health')).statusCode, 200, 'the process still serves: no restart by the orchestrator');
  const faults = log.filter((line) => line.storageFault);
  t.equal(faults.length, 1, 'logged once, not once per write');
  t.match(faults[0], { level: 50, storageFault: 'deleted', msg: /Restore the file from a backup/ });
});

t.test('another process holding the lock past busy_timeout: 503 with Retry-After, then writes resume', async (t) => {
  const databasePath = tempDatabase(t);
  const { app, post, log } = await appOn(t, databasePath, { busyTimeoutMs: 50, writerThread: false });
  const lock = holdWriteLock(databasePath);
  const refused = await post(text(1));
  t.equal(refused.statusCode, 503);
  t.equal(refused.headers['retry-after'], '1');
  t.match(refused.json(), { detail: /another process holds the database's write lock/ });
  const ready = await app.inject('/ready');
  t.equal(ready.statusCode, 503, '/ready says so at once (its probe does not wait for the lock)');
  t.equal(ready.headers['retry-after'], '1');
  lock.release();
  t.equal((await app.inject('/ready')).statusCode, 200);
  t.equal((await post(text(1))).statusCode, 201);
  t.match(
    log.filter((line) => line.storageFault || /again/.test(line.msg)),
    [
      { level: 40, storageFault: 'locked' },
      { level: 30, msg: 'database can be written to again' },
    ],
  );
});

/** Asks /ready every 100 ms until it answers `status` (the writer retries a read-only file once a second). */
async function readyBecomes(app: Awaited<ReturnType<typeof appOn>>['app'], status: number, withinMs = 20_000) {
  const until = Date.now() + withinMs;
  let last = 0;
  while (Date.now() < until) {
    last = (await app.inject('/ready')).statusCode;
    if (last === status) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
}

t.test('a read-only database file: writes 503 with Retry-After, /ready 503; made writable, writes resume', async (t) => {
  const databasePath = tempDatabase(t);
  openStore(databasePath).close();
  if (!setReadOnly(databasePath, true)) return t.plan(0, 'no way to make a file read-only here (chattr as root)');
  t.teardown(() => void setReadOnly(databasePath, false));
  const { app, post, log } = await appOn(t, databasePath);
  const refused = await post(text(1));
  t.equal(refused.statusCode, 503);
  t.equal(refused.headers['retry-after'], '5');
  t.match(refused.json(), { detail: /read-only .*writes resume once it is writable/ });
  const ready = await app.inject('/ready');
  t.equal(ready.statusCode, 503);
  t.equal(ready.headers['retry-after'], '5');
  t.equal((await app.inject('/health')).statusCode, 200);
  t.equal((await app.inject('/v1/articles')).statusCode, 200, 'reads go on');
  setReadOnly(databasePath, false);
  t.equal(await readyBecomes(app, 200), 200, 'no restart');
  t.equal((await post(text(1))).statusCode, 201);
  t.match(
    log.filter((line) => line.storageFault || /again/.test(line.msg)),
    [
      { level: 50, storageFault: 'read-only' },
      { level: 30, msg: 'database can be written to again' },
    ],
  );
});

t.test("another process's lock through the writer thread: 503 with Retry-After: 1, then writes resume", async (t) => {
  const databasePath = tempDatabase(t);
  const { app, post } = await appOn(t, databasePath, { busyTimeoutMs: 100 });
  t.equal((await post(text(1))).statusCode, 201);
  const lock = await holdWriteLockElsewhere(databasePath);
  const refused = await post(text(2));
  t.equal(refused.statusCode, 503);
  t.equal(refused.headers['retry-after'], '1');
  t.match(refused.json(), { detail: /another process holds the database's write lock/ });
  t.equal((await app.inject('/ready')).statusCode, 503);
  t.equal((await app.inject('/v1/articles')).statusCode, 200, 'reads go on (WAL)');
  await lock.release();
  t.equal((await app.inject('/ready')).statusCode, 200);
  t.equal((await post(text(2))).statusCode, 201);
});

t.test('a damaged file: found at start, writes refused, /ready 503 naming the recovery steps', async (t) => {
  const databasePath = damagedDatabase(t);
  const { app, post } = await appOn(t, databasePath);
  const ready = await app.inject('/ready');
  t.equal(ready.statusCode, 503);
  t.match(ready.json(), { detail: /damaged \(page \d+ of articles cannot be decoded\)[\s\S]*\.recover/ });
  t.equal((await post(text(1))).statusCode, 503);
  t.equal((await app.inject('/health')).statusCode, 200);
});

t.test('a read that meets a page damaged since the start is a 503, and stops writes from then on', async (t) => {
  const { path, damage } = damageableDatabase(t);
  const { app, post } = await appOn(t, path);
  t.equal((await app.inject('/ready')).statusCode, 200);
  damage();
  const list = await app.inject('/v1/articles?limit=500');
  t.equal(list.statusCode, 503);
  t.match(list.json(), { detail: /The database cannot be read: the database file is damaged/ });
  t.equal(list.headers['retry-after'], undefined);
  t.equal((await post(text(1))).statusCode, 503, 'writes stop');
  t.equal((await app.inject('/ready')).statusCode, 503);
});

t.test('a read refused for a lock is a 503 with Retry-After', async (t) => {
  const { app } = await appOn(t, tempDatabase(t), { writerThread: false });
  app.get('/locked-read', async () => {
    throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  });
  const locked = await app.inject('/locked-read');
  t.equal(locked.statusCode, 503);
  t.equal(locked.headers['retry-after'], '1');
});
