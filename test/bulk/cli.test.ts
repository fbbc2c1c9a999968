import t, { type Test } from 'tap';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCommand } from '../../src/cli/commands.js';
import { runIngest, type CliIo } from '../../src/cli/ingest.js';
import { eta, formatDuration, smoothedRate } from '../../src/cli/rate.js';
import { MAX_ATTEMPTS } from '../../src/cli/post.js';
import { runReparse } from '../../src/cli/reparse.js';
import { problemBody } from '../../src/plugins/errors.js';
import { openStore } from '../../src/store/index.js';
import pg from 'pg';
import { freshDatabase, postgresUnavailable } from '../support/postgres.js';
import { article, tempDir, testApp } from './helpers.js';

function captured(isTTY = false) {
  const out = new PassThrough();
  const err = new PassThrough();
  const progress = new PassThrough();
  const text = { out: '', err: '', progress: '' };
  out.on('data', (d) => (text.out += d));
  err.on('data', (d) => (text.err += d));
  progress.on('data', (d) => (text.progress += d));
  // Retries are recorded, not waited for.
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  const io: CliIo = { out, err, progress: { stream: progress, isTTY }, sleep };
  return { io, text, waits };
}

function corpus(t: Test): string {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'in', 'a.txt'), article(1));
  writeFileSync(join(dir, 'in', 'notes.md'), 'not an article');
  writeFileSync(
    join(dir, 'in', 'sub', 'b.jsonl'),
    [JSON.stringify({ text: article(2), source: 'Dawn' }), '{broken', '', JSON.stringify(article(1))].join('\n') + '\n',
  );
  return dir;
}

t.test('--db: folders walked, .txt and .jsonl stored, bad lines named by file:line, summary printed', async (t) => {
  const dir = corpus(t);
  const db = join(dir, 'data', 'quotes.db');
  const { io, text } = captured();
  t.equal(await runIngest(['--db', db, '--workers', '0', join(dir, 'in')], io), 1, 'exit 1: one line failed');
  t.match(text.out, /4 articles from 2 files .*: 2 created, 1 existing, 1 failed/);
  t.match(text.err, /failed .*sub\/b\.jsonl:2: 400 Line 2: /);
  t.match(text.progress, /ingest: 4\/4 \(\d+\/s, ETA 0 s\)/);
  const store = openStore(db);
  t.teardown(() => store.close());
  t.equal(store.stats().articles, 2);

  const again = captured(true);
  t.equal(await runIngest(['--db', db, '--workers', '1', join(dir, 'in', 'a.txt')], again.io), 0, 'the pool, and a TTY bar');
  t.match(again.text.out, /1 articles from 1 files .*: 0 created, 1 existing, 0 failed/);
  t.match(again.text.progress, /ingest \[.*\] 1\/1/);
});

t.test('--url: posts batches to a running server and maps results back to files', async (t) => {
  const dir = corpus(t);
  const app = await testApp(t);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const { io, text } = captured();
  t.equal(await runIngest(['--url', url, '--batch', '2', join(dir, 'in')], io), 1);
  t.match(text.out, /2 created, 1 existing, 1 failed/);
  t.equal((await app.store.stats()).articles, 2);

  const keyed = captured();
  t.equal(await runIngest(['--url', url, '--key', 'k', join(dir, 'in', 'a.txt')], keyed.io), 0);

  // A server refusing the whole request (say, a wrong key): every article it carried fails with its reason.
  const refusing = createServer((_req, res) => {
    res.writeHead(401, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'A write key is needed.' }));
  });
  await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
  t.teardown(() => refusing.close());
  const refused = captured();
  t.equal(
    await runIngest(['--url', `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`, join(dir, 'in', 'a.txt')], refused.io),
    1,
  );
  t.match(refused.text.err, /a\.txt: 401 A write key is needed\./);

  const small = await testApp(t, { batchMaxArticles: 1 });
  const smallUrl = await small.listen({ port: 0, host: '127.0.0.1' });
  const over = captured();
  t.equal(await runIngest(['--url', smallUrl, '--batch', '3', join(dir, 'in')], over.io), 1);
  t.match(over.text.err, /413 /, 'a refused request fails its articles with the reason');

  const down = captured();
  t.equal(await runIngest(['--url', 'http://127.0.0.1:9', join(dir, 'in', 'a.txt')], down.io), 1);
  t.match(down.text.err, /ingest stopped: /);
});

/**
 * A real HTTP server in front of the app that answers the first requests with the given busy statuses (and
 * headers), then passes requests through; `seen` counts the requests it got.
 */
async function busyFront(t: Test, answers: { status: number; headers?: Record<string, string> }[]) {
  const app = await testApp(t);
  const seen = { requests: 0 };
  const server = createServer(async (req, res) => {
    seen.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const busy = answers.shift();
    if (busy) {
      res.writeHead(busy.status, { 'content-type': 'application/problem+json', ...busy.headers });
      res.end(JSON.stringify(problemBody(busy.status, `Busy, try again (${busy.status}).`)));
      return;
    }
    const answer = await app.inject({ method: 'POST', url: req.url, headers: req.headers, payload: Buffer.concat(chunks) });
    res.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type']) });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => server.close());
  return { app, seen, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

t.test('--url: a busy server (429, 503) is waited for and the same batch sent again', async (t) => {
  const dir = corpus(t);

  const limited = await busyFront(t, [
    { status: 429, headers: { 'retry-after': '2' } },
    { status: 429, headers: { 'retry-after': '7' } },
  ]);
  const first = captured();
  t.equal(await runIngest(['--url', limited.url, join(dir, 'in')], first.io), 1, 'only the broken line fails');
  t.same(first.waits, [2000, 7000], 'Retry-After honoured, in seconds');
  t.equal(limited.seen.requests, 3, 'one batch, sent three times');
  t.match(first.text.progress, /server busy \(429\), retrying in 2 s\nserver busy \(429\), retrying in 7 s\n/);
  t.match(first.text.out, /2 created, 1 existing, 1 failed/);
  t.equal((await limited.app.store.stats()).articles, 2);

  // Load shedding without a Retry-After (or one that is not a number of seconds): backoff from 1 s.
  const shedding = await busyFront(t, [
    { status: 503 },
    { status: 503, headers: { 'retry-after': 'Fri, 27 Nov 2026 23:00:00 GMT' } },
    { status: 503 },
  ]);
  const second = captured(true);
  t.equal(await runIngest(['--url', shedding.url, join(dir, 'in', 'a.txt')], second.io), 0);
  t.same(second.waits, [1000, 2000, 4000]);
  t.match(second.text.progress, /\nserver busy \(503\), retrying in 4 s\n/, 'on a terminal too, below the bar');
  t.match(second.text.out, /1 created, 0 existing, 0 failed/);
});

t.test('--url: a server that stays busy fails the articles with its reason after the last try', async (t) => {
  const dir = corpus(t);
  const always = await busyFront(
    t,
    Array.from({ length: 20 }, () => ({ status: 429 })),
  );
  const { io, text, waits } = captured();
  t.equal(await runIngest(['--url', always.url, join(dir, 'in', 'a.txt')], io), 1);
  t.equal(always.seen.requests, MAX_ATTEMPTS);
  t.same(waits, [1000, 2000, 4000, 8000, 16000, 30000, 30000], 'doubling, capped at 30 s');
  t.match(text.err, /a\.txt: 429 Busy, try again \(429\)\./);
  t.match(text.out, /0 created, 0 existing, 1 failed/);
  t.equal((await always.app.store.stats()).articles, 0);
});

t.test('usage errors exit 2', async (t) => {
  const dir = corpus(t);
  for (const argv of [[], ['--db', 'x.db'], ['--db', 'x', '--url', 'y', 'f'], ['--nope'], ['--db', 'x', '--batch', '0', 'f']]) {
    const { io, text } = captured();
    t.equal(await runIngest(argv, io), 2, argv.join(' '));
    t.match(text.err, /usage: npm run ingest/);
  }
  const { io, text } = captured();
  t.equal(await runIngest(['--db', join(dir, 'x.db'), join(dir, 'in', 'notes.md')], io), 2);
  t.match(text.err, /notes\.md: not a \.txt or \.jsonl file/);
  for (const argv of [['--bad'], ['stray.db'], ['--batch', '0']]) {
    const r = captured();
    t.equal(await runReparse(argv, r.io), 2, argv.join(' '));
    t.match(r.text.err, /usage: npm run reparse/);
  }
  const missing = captured();
  t.equal(await runReparse(['--db', join(dir, 'none.db')], missing.io), 2);
  t.match(missing.text.err, /no database at .*none\.db: give --db PATH or set DATABASE_PATH/, 'no empty database made');
});

t.test("--help (and -h) prints each command's help on stdout and exits 0", async (t) => {
  for (const [command, run] of [
    ['ingest', runIngest],
    ['reparse', runReparse],
  ] as const) {
    for (const flag of ['--help', '-h']) {
      const { io, text } = captured();
      t.equal(await run(['--db', 'x.db', flag], io), 0, `${command} ${flag}`);
      t.match(text.out, new RegExp(`^usage: npm run ${command} -- .*\\n\\n.*\\n  --db PATH`, 's'));
      t.match(text.out, /-h, --help {5}this help\n$/);
      t.equal(text.err, '');
    }
  }
});

t.test("the tool's entry: a command by name, help, or a usage error", async (t) => {
  for (const argv of [['--help'], ['-h'], ['help']]) {
    const { io, text } = captured();
    t.equal(await runCommand(argv, io), 0, argv.join(' '));
    t.match(text.out, /^usage: .*\n {2}ingest .*\n {2}reparse /s);
  }
  const help = captured();
  t.equal(await runCommand(['reparse', '--help'], help.io), 0, "a command's own help");
  t.match(help.text.out, /^usage: npm run reparse/);
  const none = captured();
  t.equal(await runCommand([], none.io), 2);
  t.match(none.text.err, /^usage: /);
  const unknown = captured();
  t.equal(await runCommand(['injest'], unknown.io), 2);
  t.match(unknown.text.err, /^unknown command: injest\nusage: /);
  const inherited = captured();
  t.equal(await runCommand(['toString'], inherited.io), 2, 'only the commands, not what every object has');
});

t.test('npm run reparse over a database file: nothing older, nothing done', async (t) => {
  const dir = corpus(t);
  const db = join(dir, 'q.db');
  await runIngest(['--db', db, '--workers', '0', join(dir, 'in')], captured().io);
  const store = openStore(db);
  store.db.prepare("UPDATE articles SET parser_version = '0.0.0'").run();
  store.close();
  const { io, text } = captured();
  t.equal(await runReparse(['--db', db, '--workers', '0', '--batch', '1'], io), 0);
  t.match(text.out, /re-parsed 2 articles to parser \S+ in .* s, 0 failed/);
  t.match(text.progress, /reparse: 1 articles re-parsed\nreparse: 2 articles re-parsed/);
  const second = captured();
  const saved = process.env.DATABASE_PATH;
  process.env.DATABASE_PATH = db;
  t.teardown(() => (saved === undefined ? delete process.env.DATABASE_PATH : (process.env.DATABASE_PATH = saved)));
  t.equal(await runReparse(['--workers', '0'], second.io), 0, "without --db, the server's DATABASE_PATH");
  t.match(second.text.out, /re-parsed 0 articles/);
});

t.test('an annotated corpus loads as it is: article fields taken, its id kept as externalId', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'gold.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({ id: 'dev-001', text: article(7), dateline: { city: 'Islamabad' }, quotes: [], officials: [] }),
      JSON.stringify({ id: 'dev-002', externalId: 'own-id', text: article(8), source: 'Dawn' }),
      JSON.stringify({ id: 3, text: '' }),
      JSON.stringify(['not', 'an', 'object']),
    ].join('\n') + '\n',
  );
  const db = join(dir, 'q.db');
  const { io, text } = captured();
  t.equal(await runIngest(['--db', db, '--workers', '0', file], io), 1);
  t.match(text.out, /4 articles from 1 files .*: 2 created, 0 existing, 2 failed/);
  t.match(text.err, /gold\.jsonl:3: 400 /, 'what is left is still checked');
  t.match(text.err, /gold\.jsonl:4: 400 /);
  const store = openStore(db);
  t.teardown(() => store.close());
  const ids = store.db.prepare('SELECT external_id AS id FROM articles ORDER BY id').all();
  t.same(ids, [{ id: 'dev-001' }, { id: 'own-id' }]);

  const again = captured();
  t.equal(await runIngest(['--db', db, '--workers', '0', file], again.io), 1);
  t.match(again.text.out, /0 created, 2 existing, 2 failed/, 'loading the file again duplicates nothing');
});

t.test('ingest and reparse on PostgreSQL: --db URL or DATABASE_URL, the same output', { skip: postgresUnavailable }, async (t) => {
  const dir = corpus(t);
  const url = await freshDatabase(t);
  const { io, text } = captured();
  t.equal(await runIngest(['--db', url, '--workers', '0', join(dir, 'in')], io), 1, 'exit 1: one line failed');
  t.match(text.out, /4 articles from 2 files .*: 2 created, 1 existing, 1 failed/);
  const again = captured();
  t.equal(await runIngest(['--db', url, '--workers', '0', join(dir, 'in', 'a.txt')], again.io), 0);
  t.match(again.text.out, /1 articles from 1 files .*: 0 created, 1 existing, 0 failed/);

  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  await sql.query("UPDATE articles SET parser_version = '0.0.0'");
  await sql.end();
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  t.teardown(() => (saved === undefined ? delete process.env.DATABASE_URL : (process.env.DATABASE_URL = saved)));
  const reparsed = captured();
  t.equal(await runReparse(['--workers', '0', '--batch', '1'], reparsed.io), 0, "without --db, the server's DATABASE_URL");
  t.match(reparsed.text.out, /re-parsed 2 articles to parser \S+ in .* s, 0 failed/);
  t.match(reparsed.text.progress, /reparse: 1 articles re-parsed\nreparse: 2 articles re-parsed/);
  const none = captured();
  t.equal(await runReparse(['--db', url, '--workers', '0'], none.io), 0);
  t.match(none.text.out, /re-parsed 0 articles/);
});

t.test('a database the CLI cannot open: exit 1, saying which (its password hidden)', async (t) => {
  const unreachable = 'postgres://quotes:secret@127.0.0.1:1/quotes';
  const dir = corpus(t);
  const ingestRun = captured();
  t.equal(await runIngest(['--db', unreachable, '--workers', '0', join(dir, 'in')], ingestRun.io), 1);
  t.match(ingestRun.text.err, /^ingest: cannot open postgres:\/\/quotes:\*\*\*@127\.0\.0\.1:1\/quotes: /);
  const reparseRun = captured();
  t.equal(await runReparse(['--db', unreachable, '--workers', '0'], reparseRun.io), 1);
  t.match(reparseRun.text.err, /^reparse: cannot open postgres:\/\/quotes:\*\*\*@/);
  t.notMatch(ingestRun.text.err + reparseRun.text.err, /secret/);
});

// The progress ETA: smoothed over time, so results that come in batches do not swing it from hours to zero.
t.test('batches of 500 every 10 s: a steady 50/s from the first whole batch, no swing', async (t) => {
  const rate = smoothedRate();
  const etas: { shown: string; left: number }[] = [];
  // Each batch is answered at once: 500 updates within a few ms, then a 10 s wait.
  for (let batch = 0; batch < 12; batch++) {
    for (let i = 1; i <= 500; i++) {
      const done = batch * 500 + i;
      rate.update(done, 10_000 * (batch + 1) + i / 100);
      etas.push({ shown: eta(rate, 6000 - done), left: 6000 - done });
    }
  }
  t.ok(
    etas.slice(0, 500).every((e) => e.shown === '?'),
    'no estimate before a whole batch was timed',
  );
  t.equal(etas[500].shown, '1 min 50 s', 'the first estimate: 5,499 left at 50/s');
  const off = etas.slice(500).filter((e) => e.shown !== formatDuration(e.left / 50));
  t.same(off, [], 'every later estimate is what is left at 50/s');
  t.ok(Math.abs(rate.perSecond()! - 50) < 1e-9);
  t.equal(etas.at(-1)!.shown, '0 s');
});

t.test('a change of pace moves the rate gradually, by the time passed', async (t) => {
  const rate = smoothedRate();
  rate.update(0, 0);
  rate.update(100, 1000);
  t.equal(rate.perSecond(), 100);
  rate.update(100, 1500);
  t.equal(rate.perSecond(), 100, 'updates less than a second after a sample wait for the next');
  rate.update(100, 16_000);
  t.equal(rate.perSecond(), 50, 'a pause of one half-life halves it');
  t.equal(eta(rate, 500), '10 s');
  rate.update(100, 1_000_000);
  t.ok(rate.perSecond()! < 1e-6);
  t.equal(eta(rate, 500), '?', 'nothing moves: no guess');
  t.equal(eta(rate, 0), '0 s');
});

t.test('durations read as seconds, minutes or hours', async (t) => {
  t.equal(formatDuration(0), '0 s');
  t.equal(formatDuration(44.2), '45 s');
  t.equal(formatDuration(200), '3 min 20 s');
  t.equal(formatDuration(7500), '2 h 05 min');
  t.equal(formatDuration(40_000), '11 h 06 min');
});
