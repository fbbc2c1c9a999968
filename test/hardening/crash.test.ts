// Nothing lost, nothing half-written: the real server posts articles from several clients at once and is
// killed with SIGKILL mid-stream, at several points; after each kill the database must hold every
// acknowledged article with all its quotes, no article without the quotes its text has, no quote or role
// without its article, and pass SQLite's and FTS5's integrity checks. Then the server restarts on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { parseArticle } from '../../src/extract/index.js';
import { compileServer, startServer, type ServerProcess } from './server-process.js';

const serverJs = compileServer();
const dir = mkdtempSync(join(tmpdir(), 'quotes-crash-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const databasePath = join(dir, 'crash.db');
const env = { DATABASE_PATH: databasePath, RATE_LIMIT_PER_MINUTE: '100000' };

const CITIES = ['GENEVA', 'NAIROBI', 'LIMA', 'OSLO', 'HANOI'];
const PEOPLE = ['Maria Lopez', 'John Okafor', 'Anna Berg', 'Tran Van Minh', 'Carlos Ruiz'];

/** A distinct article for every n, with direct and indirect quotes and a titled official. */
function article(n: number): string {
  const city = CITIES[n % CITIES.length];
  const person = PEOPLE[n % PEOPLE.length];
  return (
    `${city}, March ${(n % 28) + 1} (Reuters) - "We expect ${n} delegations to attend the summit," said ` +
    `${person}, the foreign minister of the host country. ${person.split(' ')[1]} said the agenda ` +
    `would cover trade and climate finance. "Talks on item ${n} will continue until an agreement is reached," ` +
    `a spokesperson for the ministry said.`
  );
}

interface Ack {
  n: number;
  externalId: string;
  quotes: number;
}
const acknowledged = new Map<number, Ack>();
let nextArticle = 0;

/** Four clients post until the server has acknowledged `killAfter` articles in this round, then SIGKILL. */
async function postUntilKilled(server: ServerProcess, killAfter: number): Promise<void> {
  let acks = 0;
  let killed = false;
  const client = async () => {
    while (!killed) {
      const n = nextArticle++;
      const externalId = `crash-${n}`;
      let response: Response;
      try {
        response = await fetch(`${server.address}/v1/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: article(n), externalId }),
        });
      } catch (error) {
        if (killed) return; // the connection died with the server: not acknowledged
        throw error;
      }
      if (response.status !== 201) throw new Error(`POST gave ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as { id: number; quotes: unknown[] };
      acknowledged.set(body.id, { n, externalId, quotes: body.quotes.length });
      if (++acks === killAfter) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all([client(), client(), client(), client()]);
  t.equal(await server.exited, null, 'the server died of the signal');
}

function checkDatabase(t: Test, round: string): void {
  const db = new Database(databasePath);
  try {
    t.equal(db.pragma('integrity_check', { simple: true }), 'ok', `${round}: PRAGMA integrity_check`);
    t.same(db.pragma('foreign_key_check'), [], `${round}: no quote or role without its article or official`);
    for (const fts of ['articles_fts', 'quotes_fts']) {
      t.doesNotThrow(() => db.exec(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`), `${round}: ${fts} in step`);
    }

    const stored = db.prepare<[number], { external_id: string; quotes: number }>(
      'SELECT external_id, (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes FROM articles a WHERE id = ?',
    );
    let missing = 0;
    for (const [id, ack] of acknowledged) {
      const row = stored.get(id);
      if (row?.external_id !== ack.externalId || row.quotes !== ack.quotes) missing++;
    }
    t.equal(missing, 0, `${round}: all ${acknowledged.size} acknowledged articles are there with all their quotes`);

    // Articles committed but never acknowledged (killed before the response) must be whole too.
    const articles = db
      .prepare<[], { text: string; quotes: number; roles: number }>(
        `SELECT text, (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,
                (SELECT count(*) FROM official_roles WHERE article_id = a.id) AS roles FROM articles a`,
      )
      .all();
    const partial = articles.filter((row) => {
      const parsed = parseArticle(row.text);
      return row.quotes !== parsed.quotes.length || row.roles !== parsed.officials.length;
    });
    t.same(partial, [], `${round}: each of the ${articles.length} stored articles has exactly its quotes and officials`);
    t.ok(articles.length >= acknowledged.size);
  } finally {
    db.close();
  }
}

t.test('SIGKILL mid-stream at several points loses nothing acknowledged and leaves nothing half-written', async (t) => {
  t.ok(parseArticle(article(0)).quotes.length > 0, 'the generated articles have quotes to lose');
  for (const killAfter of [3, 12, 30]) {
    const server = await startServer(serverJs, env);
    await postUntilKilled(server, killAfter);
    checkDatabase(t, `killed after ${killAfter} acknowledgements`);
  }

  const server = await startServer(serverJs, env);
  t.teardown(() => server.child.kill('SIGKILL'));
  const sample = [...acknowledged].filter((_, i) => i % 7 === 0);
  for (const [id, ack] of sample) {
    const response = await fetch(`${server.address}/v1/articles/${id}`);
    const body = (await response.json()) as { externalId: string; quotes: unknown[] };
    t.match(body, { externalId: ack.externalId }, `article ${id} served after the restarts`);
    t.equal(body.quotes.length, ack.quotes);
  }
  const [firstId, first] = [...acknowledged][0];
  const again = await fetch(`${server.address}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: article(first.n), externalId: first.externalId }),
  });
  t.equal(again.status, 200, 're-posting an article stored before a crash is still idempotent');
  t.equal(((await again.json()) as { id: number }).id, firstId);
});

// The writer indexes full text for many writes at once, FULL_TEXT_DELAY_MS after them (src/store/fts.ts):
// text stored but not yet indexed when the process dies is indexed as the next start begins.
t.test('text stored but not yet indexed when the server is killed is searchable after the restart', async (t) => {
  const path = join(dir, 'full-text.db');
  const waiting = { DATABASE_PATH: path, FULL_TEXT_DELAY_MS: '600000' };
  const search = async (server: ServerProcess) =>
    ((await (await fetch(`${server.address}/v1/quotes?q=delegations`)).json()) as { items: unknown[] }).items.length;
  const first = await startServer(serverJs, waiting);
  const posted = await fetch(`${first.address}/v1/articles`, { method: 'POST', body: article(1) });
  t.equal(posted.status, 201);
  t.equal(await search(first), 0, 'stored, its indexing still waiting');
  first.child.kill('SIGKILL');
  t.equal(await first.exited, null);

  const second = await startServer(serverJs, waiting);
  t.equal(await search(second), 1, 'indexed at the start, before the delay could pass');
  await fetch(`${second.address}/v1/articles`, { method: 'POST', body: article(2) });
  second.child.kill('SIGTERM');
  t.equal(await second.exited, 0);
  const db = new Database(path, { readonly: true });
  t.teardown(() => db.close());
  t.same(
    db.prepare('SELECT quotes, articles FROM fts_indexed').get(),
    db.prepare('SELECT (SELECT max(id) FROM quotes) AS quotes, 2 AS articles').get(),
    'a clean stop indexes what waits',
  );
});
