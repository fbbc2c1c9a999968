// The PostgreSQL store where it differs from SQLite's: several app instances (replicas) on one database at
// once, re-parsing, a database that goes away and comes back, and how its errors are reported.
import { createServer, Socket, type Server } from 'node:net';
import { Writable } from 'node:stream';
import t from 'tap';
import type { App } from '../../src/app.js';
import { SearchRefused, createReader } from '../../src/store-reader/reader.js';
import type { AsyncStore } from '../../src/store/async-store.js';
import { createPool, positional, POSTGRES_FULL_TEXT, transaction } from '../../src/store/postgres/connection.js';
import { openPostgresStore, postgresStore } from '../../src/store/postgres/index.js';
import { createPostgresWriter, postgresFault } from '../../src/store-writer/postgres.js';
import { StoreUnavailable } from '../../src/store-writer/writer.js';
import { parseArticle } from '../../src/extract/index.js';
import type { ParseResult } from '../../src/extract/types.js';
import type { NewArticle } from '../../src/store/articles.js';
import { saveArticles } from '../../src/store/postgres/writes.js';
import { PARSER_VERSION } from '../../src/extract/version.js';
import pg from 'pg';
import { fakeParser, testApp } from '../routes/helpers.js';
import { freshDatabase, postgresUnavailable } from '../support/postgres.js';

const skip = postgresUnavailable;
const json = { 'content-type': 'application/json' };

const post = (app: App, body: object) => app.inject({ method: 'POST', url: '/v1/articles', payload: JSON.stringify(body), headers: json });

const ARTICLE =
  'GENEVA, March 3 (Reuters) - "The talks will resume next week," said Maria Lopez, a UN spokeswoman. Foreign Minister Omar Haddad said the delegations had agreed.';

t.test('named parameters become positional ones, each name bound once; @@ stays an operator', async (t) => {
  t.same(positional('SELECT @a, @b, @a WHERE s @@ q', { a: 1, b: 'x' }), { text: 'SELECT $1, $2, $1 WHERE s @@ q', values: [1, 'x'] });
  t.equal(POSTGRES_FULL_TEXT.match('"talks" -resume*'), "'talks' & 'resume'", 'user words only, never tsquery syntax');
  t.equal(POSTGRES_FULL_TEXT.match('mas', { prefix: true }), "'mas':*");
  t.equal(POSTGRES_FULL_TEXT.match('()*"'), null);
});

t.test('PostgreSQL errors as storage faults: unreachable and read-only are 503s, a bad request is not', async (t) => {
  t.match(postgresFault(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })), { kind: 'unreachable' });
  t.match(postgresFault(Object.assign(new Error('the database system is shutting down'), { code: '57P03' })), { kind: 'unreachable' });
  t.match(postgresFault(new Error('timeout exceeded when trying to connect')), { kind: 'unreachable', transient: true });
  t.match(postgresFault(Object.assign(new Error('read-only transaction'), { code: '25006' })), { kind: 'read-only' });
  t.equal(postgresFault(Object.assign(new Error('duplicate key'), { code: '23505' })), null);
  t.equal(postgresFault('odd'), null);
});

t.test(
  'a statement past STATEMENT_TIMEOUT_MS is its own 503, with Retry-After and a log line; a search past it a 422',
  { skip },
  async (t) => {
    const databaseUrl = await freshDatabase(t);
    const lines: { msg: string; storageFault?: string }[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const app = await testApp(t, { databaseUrl, statementTimeoutMs: 300, logger: { level: 'info', stream } });
    t.equal((await post(app, { text: ARTICLE })).statusCode, 201);
    // Another session holds the quotes table: the post's read of the articles answers, its write waits for the
    // lock until its timeout, and so does every read of quotes.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    t.teardown(() => blocker.end());
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE quotes IN ACCESS EXCLUSIVE MODE');
    const write = await post(app, { text: `${ARTICLE} Later.` });
    t.equal(write.statusCode, 503);
    t.equal(write.headers['retry-after'], '5');
    t.match(write.json(), { type: 'tag:newsroom-quotes-api,2026:statement-timeout', title: 'Database statement timed out' });
    t.match(write.json().detail, /did not finish in time.*STATEMENT_TIMEOUT_MS/);
    t.notMatch(write.json().detail, /cannot be reached/);
    t.match(
      lines.filter((line) => line.storageFault),
      [{ storageFault: 'timeout', msg: /database write stopped: .*STATEMENT_TIMEOUT_MS/ }],
      'the write logged as a timeout',
    );
    const read = await app.inject('/v1/articles/1');
    t.equal(read.statusCode, 503, 'a read past it too');
    t.match(lines.filter((line) => line.storageFault).at(-1), { storageFault: 'timeout', msg: /database read stopped/ });
    t.match(read.json(), { type: 'tag:newsroom-quotes-api,2026:statement-timeout' });
    const search = await app.inject('/v1/quotes?q=talks');
    t.equal(search.statusCode, 422, 'a search is told to narrow down, as on SQLite');
    await blocker.query('ROLLBACK');
    t.equal((await post(app, { text: `${ARTICLE} Later.` })).statusCode, 201, 'and writes go on once it is free');
    t.match(postgresFault(Object.assign(new Error('canceling statement due to user request'), { code: '57014' })), null);
  },
);

t.test('a search PostgreSQL cancels past its statement timeout is a 422, as a search past its budget', async (t) => {
  const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
  const store = { listQuotes: async () => Promise.reject(cancelled), listArticles: async () => Promise.reject(new Error('other')) };
  const reader = createReader(store as unknown as AsyncStore, '', { threads: 0, timeoutMs: 50 });
  const refused = await reader.search({ list: 'quotes', filter: { q: 'x' }, page: { limit: 1 } }, 'me').catch((error: unknown) => error);
  t.type(refused, SearchRefused);
  t.match(refused, { statusCode: 422, message: /longer than 50 ms/ });
  await t.rejects(reader.search({ list: 'articles', filter: { q: 'x' }, page: { limit: 1 } }, 'me'), /other/);
});

t.test('a DATABASE_URL that cannot be reached stops the start with the connection error', async (t) => {
  await t.rejects(testApp(t, { databaseUrl: 'postgres://quotes@127.0.0.1:1/quotes' }), { code: 'ECONNREFUSED' });
});

t.test('three replicas on one database: the same article posted through all at once is one record', { skip }, async (t) => {
  const databaseUrl = await freshDatabase(t);
  const replicas = await Promise.all([1, 2, 3].map(() => testApp(t, { databaseUrl })));
  const responses = await Promise.all(replicas.flatMap((app) => [post(app, { text: ARTICLE }), post(app, { text: ARTICLE })]));
  t.same(responses.map((r) => r.statusCode).sort(), [200, 200, 200, 200, 200, 201], 'one 201, and 200s');
  t.equal(new Set(responses.map((r) => r.json().id)).size, 1, 'one id');
  const stats = await replicas[0].store.stats();
  t.equal(stats.articles, 1);
  t.equal(stats.quotes, responses[0].json().quotes.length, 'its quotes once');

  // Different articles naming the same new official, through every replica at once: one official.
  const named = await Promise.all(
    replicas.map((app, i) => post(app, { text: `${ARTICLE} Talks resumed on day ${i + 2}.`, externalId: `wire-${i}` })),
  );
  t.same(
    named.map((r) => r.statusCode),
    [201, 201, 201],
  );
  const officials = await replicas[1].inject('/v1/officials?q=haddad');
  t.equal(officials.json().items.length, 1, 'one Omar Haddad, whichever replica saved him first');
  const detail = await replicas[2].inject(`/v1/officials/${officials.json().items[0].id}`);
  t.equal(detail.json().roles.length, 4, 'with a role in each article');
});

t.test('re-parsing on PostgreSQL replaces records in place, each once when two replicas run it', { skip }, async (t) => {
  const databaseUrl = await freshDatabase(t);
  const [first, second] = await Promise.all([1, 2].map(() => testApp(t, { databaseUrl })));
  const ids: number[] = [];
  for (let i = 0; i < 4; i++) ids.push((await post(first, { text: `${ARTICLE} Item ${i}.` })).json().id);
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  await sql.query("UPDATE articles SET parser_version = '0.0.0'");
  await sql.end();
  const stale = await first.store.staleArticles(PARSER_VERSION, 0, 10);
  t.same(
    stale.map((a) => a.id),
    ids,
  );
  for (const app of [first, second]) {
    fakeParser(app, () => ({
      parserVersion: PARSER_VERSION,
      officials: [{ name: 'Omar Haddad', aliases: [], title: 'Envoy', organization: null, country: null }],
    }));
  }
  const answers = await Promise.all([first, second].map((app) => app.inject({ method: 'POST', url: '/v1/admin/reparse' })));
  const reparsed = answers.map((a) => a.json().reparsed);
  t.equal(
    reparsed.reduce((a, b) => a + b),
    4,
    'every stale article re-parsed, by one replica or the other',
  );
  t.same(await first.store.staleArticles(PARSER_VERSION, 0, 10), [], 'none left');
  const article = (await first.inject(`/v1/articles/${ids[0]}`)).json();
  t.equal(article.parserVersion, PARSER_VERSION);
  t.same(article.quotes, [], 'the new parse has no quotes');
  t.match(article.officials, [{ name: 'Omar Haddad', title: 'Envoy' }]);
  t.equal((await first.inject('/v1/officials?q=lopez')).json().items.length, 0, 'an official no article names any more is gone');
});

/** A TCP proxy to the database that can be cut and restored: the database going away and coming back. */
async function proxyTo(url: string): Promise<{ url: string; cut(): void; restore(): Promise<void> }> {
  const target = new URL(url);
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket().connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => {});
          socket.on('close', () => (sockets.delete(socket), client.destroy(), upstream.destroy()));
        }
        client.pipe(upstream).pipe(client);
      }).listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  const port = await listen(0);
  const proxied = new URL(url);
  proxied.port = String(port);
  return {
    url: proxied.href,
    cut() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
    restore: async () => void (await listen(port)),
  };
}

t.test('/ready is 503 while PostgreSQL cannot be reached, and 200 again once it can, by itself', { skip }, async (t) => {
  const proxy = await proxyTo(await freshDatabase(t));
  const app = await testApp(t, { databaseUrl: proxy.url });
  t.equal((await app.inject('/ready')).statusCode, 200);
  proxy.cut();
  const down = await app.inject('/ready');
  t.equal(down.statusCode, 503);
  t.match(down.json().detail, /database/);
  const read = await app.inject('/v1/quotes?speaker=lopez');
  t.equal(read.statusCode, 503, 'a read is a 503 too, not a 500');
  const write = await post(app, { text: ARTICLE });
  t.equal(write.statusCode, 503, 'and a write');
  t.match(write.json().detail, /cannot be reached/);
  t.match(await app.writer.probe(), { kind: 'unreachable' }, 'the writer finds it unreachable too');
  await proxy.restore();
  t.equal((await app.inject('/ready')).statusCode, 200);
  t.equal((await post(app, { text: ARTICLE })).statusCode, 201);
  t.teardown(() => proxy.cut());
});

t.test('a transaction the database aborts as a deadlock runs again; other errors and the fifth deadlock do not', { skip }, async (t) => {
  const pool = createPool(await freshDatabase(t), { poolSize: 2, statementTimeoutMs: 0 });
  t.teardown(() => pool.end());
  const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
  let tries = 0;
  t.equal(
    await transaction(pool, async (client) => {
      if (++tries < 3) throw deadlock;
      return (await client.query('SELECT 7 AS n')).rows[0].n;
    }),
    7,
  );
  t.equal(tries, 3, 'run until it committed');
  tries = 0;
  await t.rejects(
    transaction(pool, async () => Promise.reject(Object.assign(new Error('duplicate key'), { code: '23505' }))),
    /duplicate key/,
  );
  await t.rejects(
    transaction(pool, async () => Promise.reject(new Error('no code at all'))),
    /no code/,
  );
  await t.rejects(
    transaction(pool, async () => (tries++, Promise.reject(deadlock))),
    /deadlock/,
  );
  t.equal(tries, 5, 'five tries at most');
});

const parsed = (n: number): ParseResult => ({
  parserVersion: '0.5.0',
  dateline: { date: '2024-05-0' + ((n % 9) + 1), city: null, country: null },
  quotes: [{ text: `Quote ${n}`, type: 'direct', start: 0, end: 7, cue: 'said', speaker: null, confidence: 0.5 }],
  officials: [],
});

t.test('a batch is cut into transactions of maxArticlesPerTransaction articles; a read-only database is a 503', { skip }, async (t) => {
  const url = await freshDatabase(t);
  const store = await openPostgresStore(url, { poolSize: 3, statementTimeoutMs: 0 });
  t.teardown(() => store.close());
  const statuses: unknown[] = [];
  const writer = createPostgresWriter(store, { maxArticlesPerTransaction: 2, onStatus: (fault) => statuses.push(fault?.kind ?? null) });
  let transactions = 0;
  store.pool.on('acquire', () => transactions++);
  const items = Array.from({ length: 5 }, (_, n) => ({ text: `Article ${n}`, parsed: parsed(n) }));
  const saved = await writer.saveArticles(items);
  t.same(
    saved.map((s) => s.created),
    [true, true, true, true, true],
  );
  t.equal(transactions, 3, '5 articles, 2 a transaction: 3 transactions');
  t.equal((await store.stats()).articles, 5);
  t.equal(await writer.probe(), null, 'writable');
  // Records the store skips, as SQLite's does: an official or speaker whose name is only an honorific, an alias
  // that is the name itself.
  const odd = parsed(9);
  odd.officials = [
    { name: 'Mr.', aliases: [], title: null, organization: null, country: null },
    { name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Ruiz'], title: null, organization: null, country: null },
  ];
  odd.quotes[0].speaker = { kind: 'person', name: 'Dr.', mention: 'Dr.' };
  const [stored] = await writer.saveArticles([{ text: 'Article odd', parsed: odd }], { withArticles: true });
  t.match(stored.article, {
    officials: [{ name: 'Ana Ruiz', aliases: ['Ruiz'] }],
    quotes: [{ speaker: { name: 'Dr.' }, officialId: null }],
  });
  // An error of the request itself (PostgreSQL text cannot hold NUL; the routes refuse it first) is no storage fault.
  const bad = await writer.saveArticles([{ text: 'a\u0000b', parsed: parsed(1) }]).catch((error: unknown) => error);
  t.match(bad, { code: /^22/ }, 'a data exception');
  t.notOk(bad instanceof StoreUnavailable);

  // The database made read-only: connections opened from now on take the setting.
  await store.pool.query(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET default_transaction_read_only = on`);
  const readOnly = postgresStore(createPool(url, { poolSize: 1, statementTimeoutMs: 0 }));
  t.teardown(() => readOnly.close());
  const refusing = createPostgresWriter(readOnly, {
    maxArticlesPerTransaction: 2,
    onStatus: (fault) => statuses.push(fault?.kind ?? null),
  });
  t.match(await refusing.probe(), { kind: 'read-only' });
  const refused = await refusing.deleteArticle(saved[0].id).catch((error: unknown) => error);
  t.match(refused, { statusCode: 503, message: /refuses writes/ });
  refusing.report({ kind: 'corrupt', transient: false, detail: 'a damaged page' });
  t.same(statuses.slice(-2), ['read-only', 'corrupt'], 'told of every fault, reported ones too');
  await writer.close();
});

t.test('a quote and the official of its speaker, saved by two transactions at once, are linked either way', { skip }, async (t) => {
  const store = await openPostgresStore(await freshDatabase(t), { poolSize: 3, statementTimeoutMs: 0 });
  t.teardown(() => store.close());
  const NAMES = ['', 'Leila Novak', 'Pavel Tanaka'];
  const article = (text: string): NewArticle => ({ text, parsed: parseArticle(text) });
  const quoting = (n: number) => article(`LIMA, May ${n} (Reuters) - "The port reopens on day ${n}," said ${NAMES[n]}.`);
  const naming = (n: number) =>
    article(`LIMA, May ${n} (Reuters) - "Tariffs fall on day ${n}," said ${NAMES[n]}, the trade minister of Peru.`);
  t.equal(quoting(1).parsed.officials.length, 0, 'a speaker with no title is no official');
  t.equal(naming(1).parsed.officials.length, 1);
  for (const [n, first, second] of [
    [1, quoting, naming],
    [2, naming, quoting],
  ] as const) {
    const [a, b] = [await store.pool.connect(), await store.pool.connect()];
    await a.query('BEGIN');
    await b.query('BEGIN');
    await saveArticles(a, [first(n)]);
    const secondPid = (await b.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    // The first commits once the second has saved all it could before waiting for a lock the first holds
    // (or all of it), so the second cannot have seen the first's rows before that lock.
    let saved = false;
    const secondSaved = saveArticles(b, [second(n)]).then(() => (saved = true));
    const waiting = 'SELECT 1 FROM pg_locks WHERE pid = $1 AND NOT granted';
    while (!saved && (await store.pool.query(waiting, [secondPid])).rowCount === 0);
    await a.query('COMMIT');
    await secondSaved;
    await b.query('COMMIT');
    a.release();
    b.release();
    const { rows } = await store.pool.query(
      `SELECT q.official_id, o.id FROM quotes q JOIN officials o ON o.name_key = q.speaker_key WHERE q.speaker_key = $1`,
      [NAMES[n].toLowerCase()],
    );
    t.equal(rows.length, 2, `${first === quoting ? 'quote' : 'official'} first: both quotes and the official`);
    t.ok(
      rows.every((row) => row.official_id === row.id),
      'every quote linked to the official',
    );
  }
});
