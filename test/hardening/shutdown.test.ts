// Graceful shutdown of the real process: SIGTERM stops new connections, lets a request in flight finish,
// closes the database cleanly; a request that never finishes cannot hold the process past the timeout.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { compileServer, startServer } from './server-process.js';

const serverJs = compileServer();
const dir = mkdtempSync(join(tmpdir(), 'quotes-shutdown-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = JSON.stringify({
  text: 'GENEVA, March 3 (Reuters) - "The talks will resume next week," said Maria Lopez, a spokeswoman for the UN.',
  externalId: 'in-flight-1',
});

/** Starts a POST whose body is sent in two halves; resolves the response once the second half is sent. */
function slowPost(address: string) {
  const body = Buffer.from(ARTICLE);
  const req = request(`${address}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': body.length },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.subarray(0, 40));
  return { finish: () => req.end(body.subarray(40)), response };
}

t.test('SIGTERM: no new connections, the request in flight completes, the database closes cleanly', async (t) => {
  const databasePath = join(dir, 'graceful.db');
  const server = await startServer(serverJs, { DATABASE_PATH: databasePath, SHUTDOWN_TIMEOUT_MS: '10000' });
  const post = slowPost(server.address);
  await server.printed(/"url":"\/v1\/articles".*incoming request/);

  server.child.kill('SIGTERM');
  await server.printed(/shutting down: finishing requests in flight/);
  await t.rejects(fetch(`${server.address}/health`), 'the port no longer accepts connections');

  post.finish();
  const { status, body } = await post.response;
  t.equal(status, 201, 'the request in flight got its answer');
  const created = JSON.parse(body);
  t.equal(await server.exited, 0, 'then the process ended on its own');

  t.notOk(existsSync(`${databasePath}-wal`), 'the database was closed (WAL checkpointed and removed)');
  const db = new Database(databasePath, { readonly: true });
  t.teardown(() => db.close());
  t.equal(db.prepare('SELECT external_id FROM articles WHERE id = ?').pluck().get(created.id), 'in-flight-1');
  t.equal(db.prepare('SELECT count(*) FROM quotes WHERE article_id = ?').pluck().get(created.id), created.quotes.length);
});

t.test('a request that never finishes cannot hold the process past SHUTDOWN_TIMEOUT_MS', async (t) => {
  const server = await startServer(serverJs, { DATABASE_PATH: join(dir, 'stuck.db'), SHUTDOWN_TIMEOUT_MS: '300' });
  const post = slowPost(server.address);
  post.response.catch(() => {}); // its connection dies with the process
  await server.printed(/incoming request/);
  const killedAt = Date.now();
  server.child.kill('SIGTERM');
  t.equal(await server.exited, 1, 'exit code 1: the shutdown was cut short');
  t.ok(Date.now() - killedAt < 5000, 'within the timeout (plus start-up slack)');
  t.match(server.output(), /killed by timeout \(300ms\)/);
});
