// Three server processes on one PostgreSQL database, as replicas behind a load balancer: clients post the
// same and different articles through all of them at once, singly and in batches, and one replica is killed
// with SIGKILL in the middle of a batch. Then every acknowledged article (a 201 or 200, or a batch line
// created or existing) is stored once, under the id it was acknowledged with, with all its quotes and
// officials; no article was created twice; each official is stored once under its name key, and every
// quote of a person is linked to the official of that name.
import pg from 'pg';
import t from 'tap';
import { parseArticle } from '../../src/extract/index.js';
import { nameKey } from '../../src/store/names.js';
import { freshDatabase, postgresUnavailable } from '../support/postgres.js';
import { compileServer, startServer, type ServerProcess } from './server-process.js';

const FIRST = ['Maria', 'John', 'Anna', 'Carlos', 'Leila', 'Pavel'];
const LAST = ['Lopez', 'Okafor', 'Berg', 'Ruiz', 'Haddad', 'Novak', 'Tanaka'];
const CITIES = ['GENEVA', 'NAIROBI', 'LIMA', 'OSLO', 'HANOI'];
const ARTICLES = 240;

/**
 * A distinct article for every n. Each of the 42 officials is named with a title by several articles and
 * quoted without one by others (n % 4 === 3), so replicas meet on officials and on the quotes linked to them.
 */
function article(n: number): string {
  const name = `${FIRST[n % FIRST.length]} ${LAST[n % LAST.length]}`;
  return (
    `${CITIES[n % CITIES.length]}, May ${(n % 28) + 1} (Reuters) - "We expect ${n} delegations at the talks," said ` +
    `${n % 4 === 3 ? name : `${name}, the trade minister of the host country`}. ${name.split(' ')[1]} said the agenda would cover tariffs. ` +
    `"Item ${n} stays open until an agreement is reached," a spokesperson for the ministry said.`
  );
}
// Even articles carry an externalId, odd ones are known by their text alone: both keys must hold.
const body = (n: number) => (n % 2 === 0 ? { text: article(n), externalId: `replica-${n}` } : { text: article(n) });

interface Ack {
  id: number;
  created: boolean;
}
const acks = new Map<number, Ack[]>();
const unexpected: string[] = [];
const acknowledge = (n: number, ack: Ack) => acks.set(n, [...(acks.get(n) ?? []), ack]);

/** Posts articles one by one, in `order`, until it ends or the replica dies. */
async function singles(server: ServerProcess, order: number[], dead: () => boolean): Promise<void> {
  for (const n of order) {
    let response: Response;
    try {
      response = await fetch(`${server.address}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body(n)),
      });
    } catch (error) {
      if (dead()) return; // the connection died with the replica: not acknowledged
      throw error;
    }
    const answer = await response.text();
    if (response.status === 201 || response.status === 200) {
      acknowledge(n, { id: (JSON.parse(answer) as { id: number }).id, created: response.status === 201 });
    } else unexpected.push(`POST article ${n}: ${response.status} ${answer}`);
  }
}

/** Posts NDJSON batches, reading each result line as it streams; `onLine` sees every line of batch `b`. */
async function batches(server: ServerProcess, list: number[][], dead: () => boolean, onLine: (b: number) => void): Promise<void> {
  for (const [b, batch] of list.entries()) {
    try {
      const response = await fetch(`${server.address}/v1/articles/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', accept: 'application/x-ndjson' },
        body: batch.map((n) => JSON.stringify(body(n))).join('\n'),
      });
      let rest = '';
      for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        for (const line of lines.filter(Boolean)) {
          const result = JSON.parse(line) as { line?: number; status?: string; id: number; problem?: unknown };
          if (result.line === undefined) continue; // the end line
          const n = batch[result.line - 1];
          if (result.status === 'created' || result.status === 'existing')
            acknowledge(n, { id: result.id, created: result.status === 'created' });
          else unexpected.push(`batch line for article ${n}: ${line}`);
          onLine(b);
        }
      }
    } catch (error) {
      if (dead()) return; // the stream was cut with the replica: the lines not received are not acknowledged
      throw error;
    }
  }
}

/** `count` article numbers starting at `from`, wrapping around. */
const run = (from: number, count: number) => Array.from({ length: count }, (_, i) => (from + i) % ARTICLES);

t.test(
  'replicas on one PostgreSQL, one killed mid-batch: acknowledged articles stored once, officials once',
  { skip: postgresUnavailable },
  async (t) => {
    t.ok(parseArticle(article(0)).quotes.length > 1 && parseArticle(article(0)).officials.length > 0, 'articles with quotes and officials');
    const serverJs = compileServer();
    const DATABASE_URL = await freshDatabase(t);
    const env = { DATABASE_URL, DATABASE_POOL_SIZE: '4', RATE_LIMIT_PER_MINUTE: '100000', BATCH_RATE_LIMIT_PER_MINUTE: '100000' };
    // Started together: they migrate the new database once, under the advisory lock.
    const replicas = await Promise.all([0, 1, 2].map(() => startServer(serverJs, env)));
    t.teardown(() => replicas.forEach((replica) => replica.child.kill('SIGKILL')));

    const [victim] = replicas;
    let killed = false;
    const dead = (replica: ServerProcess) => () => replica === victim && killed;
    // The victim is killed on the first result line of its second batch: that batch's first chunk of 50 is
    // committed, its second not yet answered.
    const killMidBatch = (replica: ServerProcess) => (b: number) => {
      if (replica !== victim || b !== 1 || killed) return;
      killed = true;
      victim.child.kill('SIGKILL');
    };
    await Promise.all(
      replicas.flatMap((replica, r) => [
        // Each replica's singles start a third of the way round from the last one's, and its batches go backwards
        // from there: every article goes through two or three replicas, often at the same moment.
        singles(replica, run(r * 80, 120), dead(replica)),
        batches(
          replica,
          [0, 1, 2].map((b) => run(r * 80 + 120 + b * 60, 60).reverse()),
          dead(replica),
          killMidBatch(replica),
        ),
      ]),
    );
    t.ok(killed, 'the victim was killed mid-batch');
    t.equal(await victim.exited, null, 'the victim died of the signal');
    t.same(unexpected, [], 'every post and batch line answered by a live replica was acknowledged');

    const db = new pg.Client({ connectionString: DATABASE_URL });
    await db.connect();
    t.teardown(() => db.end());
    const { rows } = await db.query<{ id: string; text: string; external_id: string | null; quotes: string; roles: string }>(
      `SELECT id, text, external_id, (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,
            (SELECT count(*) FROM official_roles WHERE article_id = a.id) AS roles FROM articles a`,
    );
    const byText = new Map(rows.map((row) => [row.text, row]));
    t.equal(byText.size, rows.length, 'no text stored twice');

    let wrong = 0;
    for (const [n, received] of acks) {
      const row = byText.get(article(n));
      const parsed = parseArticle(article(n));
      const whole = row && Number(row.quotes) === parsed.quotes.length && Number(row.roles) === parsed.officials.length;
      const sameId = received.every((ack) => ack.id === Number(row?.id));
      const keyed = row?.external_id === (body(n).externalId ?? null);
      if (!whole || !sameId || !keyed || received.filter((ack) => ack.created).length > 1) wrong++;
    }
    t.ok(acks.size > ARTICLES / 2, `${acks.size} of ${ARTICLES} articles acknowledged`);
    t.equal(wrong, 0, 'each acknowledged article stored once, under its one id, with all its quotes and officials, created once');
    const partial = rows.filter((row) => {
      const parsed = parseArticle(row.text);
      return Number(row.quotes) !== parsed.quotes.length || Number(row.roles) !== parsed.officials.length;
    });
    t.same(partial, [], `none of the ${rows.length} stored articles is half-written (acknowledged or not)`);

    const officials = (await db.query<{ name_key: string; name: string }>('SELECT name_key, name FROM officials')).rows;
    const named = new Set(rows.flatMap((row) => parseArticle(row.text).officials.map((official) => nameKey(official.name))));
    t.equal(new Set(officials.map((official) => official.name_key)).size, officials.length, 'no name key twice');
    t.equal(new Set(officials.map((official) => nameKey(official.name))).size, officials.length, 'no name twice');
    t.same(officials.map((official) => official.name_key).sort(), [...named].sort(), 'one official for each name the articles give');

    const unlinked = await db.query(
      `SELECT q.id, q.speaker_key FROM quotes q JOIN officials o ON o.name_key = q.speaker_key
       WHERE q.speaker_kind = 'person' AND q.official_id IS DISTINCT FROM o.id`,
    );
    t.same(unlinked.rows, [], "each person's quotes linked to the official of that name, whichever replica saved which first");

    // The replicas left still answer from the same database.
    const [[n, [ack]]] = [...acks].filter(([m]) => m % 2 === 0);
    const served = await fetch(`${replicas[1].address}/v1/articles/${ack.id}`);
    t.match(await served.json(), { externalId: `replica-${n}` });
  },
);
