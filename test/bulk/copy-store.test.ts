// npm run copy-store: a SQLite file into PostgreSQL and back, ids and every column kept, resumable, with
// clear errors. Against the throwaway cluster (test/support/postgres.ts).
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import pg from 'pg';
import t, { type Test } from 'tap';
import { runCommand } from '../../src/cli/commands.js';
import type { CliIo } from '../../src/cli/ingest.js';
import { copyStore, openCopyEnd } from '../../src/store/copy/index.js';
import { COPIED_TABLES } from '../../src/store/copy/tables.js';
import { openStore } from '../../src/store/index.js';
import { article, patelArticle, person, quote } from '../store/fixtures.js';
import { freshDatabase, postgresUnavailable } from '../support/postgres.js';
import { tempDir } from './helpers.js';

function captured() {
  const streams = { out: new PassThrough(), err: new PassThrough(), progress: new PassThrough() };
  const text = { out: '', err: '', progress: '' };
  for (const name of ['out', 'err', 'progress'] as const) streams[name].on('data', (d) => (text[name] += d));
  const io: CliIo = { out: streams.out, err: streams.err, progress: { stream: streams.progress, isTTY: false }, sleep: async () => {} };
  return { io, text };
}

const copy = (args: string[]) => {
  const { io, text } = captured();
  return runCommand(['copy-store', ...args], io).then((code) => ({ code, ...text }));
};

/** A SQLite store with articles, quotes, officials and their aliases, roles and places; its newest article deleted. */
function sqliteWithArticles(t: Test): { path: string; deletedId: number } {
  const path = join(tempDir(t), 'source.db');
  const store = openStore(path);
  store.saveArticles([patelArticle]);
  for (let n = 1; n <= 6; n++) {
    const said = [
      quote(`Talks on item ${n} went well`, person('Ayesha Malik')),
      quote(`Item ${n} is closed`, person('Vedant Patel'), 'indirect'),
    ];
    const officials = [
      { name: 'Ayesha Malik', title: 'Spokeswoman', organization: 'Foreign Office', country: 'Pakistan', aliases: ['Malik'] },
    ];
    store.saveArticles([article(`LAHORE - Report ${n} about the talks with Peña.`, { quotes: said, officials }, { source: 'Dawn' })]);
  }
  const [newest] = store.saveArticles([
    article('KARACHI - The newest report, deleted.', { quotes: [quote('gone', person('Zara Ahmed'))] }),
  ]);
  const deletedId = newest.article.id;
  store.deleteArticle(deletedId);
  store.close();
  return { path, deletedId };
}

/** Every row of every copied table, in key order, as plain values. */
async function sqliteRows(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(
      COPIED_TABLES.map((table) => [table.name, db.prepare(`SELECT * FROM ${table.name} ORDER BY ${table.key.join(', ')}`).all()]),
    );
  } finally {
    db.close();
  }
}

t.test(
  'SQLite to PostgreSQL and back: every row and id kept, sequences and full text carried on',
  { skip: postgresUnavailable },
  async (t) => {
    const { path, deletedId } = sqliteWithArticles(t);
    const url = await freshDatabase(t);
    const there = await copy(['--from', path, '--to', url, '--batch', '2']);
    t.equal(there.code, 0, there.err);
    t.match(
      there.out,
      /^copied \d+ rows from .*source\.db to postgres:\/\/.*; counts agree: articles 7, officials 3, .*quotes 16, speakers 4,/,
    );
    t.match(there.progress, /copy-store: \d+\/\d+ \(\d+\/s, ETA 0 s\)/);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const next = await client.query(`INSERT INTO articles (content_hash, text, day, parser_version, created_at)
      VALUES ('x', 'A new one.', '', '0.5.0', '') RETURNING id`);
      t.ok(Number(next.rows[0].id) > deletedId, 'the next id is above the deleted newest one');
      await client.query(`DELETE FROM articles WHERE content_hash = 'x'`);
      const byAlias = await client.query(`SELECT name FROM officials WHERE search @@ to_tsquery('words', 'malik:*')`);
      t.same(byAlias.rows, [{ name: 'Ayesha Malik' }], 'officials are searchable by their aliases');
      const byWord = await client.query(`SELECT count(*)::int AS n FROM quotes WHERE search @@ plainto_tsquery('words', 'talks item')`);
      t.equal(byWord.rows[0].n, 6);
    } finally {
      await client.end();
    }

    const back = join(tempDir(t), 'nested', 'back.db');
    const home = await copy(['--from', url, '--to', back]);
    t.equal(home.code, 0, home.err);
    t.same(await sqliteRows(back), await sqliteRows(path), 'the round trip changes no value');
    const store = openStore(back);
    t.teardown(() => store.close());
    t.equal(store.listQuotes({ q: 'talks item' }, { limit: 50 }).items.length, 6, 'full text rebuilt');
    t.equal(store.listOfficials({ q: 'mal' }, { limit: 50 }).items[0]?.name, 'Ayesha Malik');
    const [again] = store.saveArticles([article('QUETTA - Another report after the copy.')]);
    t.ok(again.article.id > deletedId, 'SQLite continues above the deleted newest id too');
  },
);

t.test('a stopped copy continues where it stopped', { skip: postgresUnavailable }, async (t) => {
  const { path } = sqliteWithArticles(t);
  const url = await freshDatabase(t);
  const from = await openCopyEnd(path, { create: false });
  const to = await openCopyEnd(url, { create: true });
  let writes = 0;
  const failing = {
    ...to,
    write: async (...args: Parameters<typeof to.write>) => {
      if (++writes === 4) throw new Error('connection lost');
      return to.write(...args);
    },
  };
  await t.rejects(
    copyStore(from, failing, 2, () => {}),
    /connection lost/,
  );
  await from.close();
  await to.close();

  const resumed = await copy(['--from', path, '--to', url, '--batch', '3']);
  t.equal(resumed.code, 0, resumed.err);
  t.match(resumed.progress, /copy-store: continuing, 6 rows already in the target/);
  t.match(resumed.out, /counts agree: articles 7, officials 3/);
});

t.test('a target that holds other rows: the counts say so', { skip: postgresUnavailable }, async (t) => {
  const { path } = sqliteWithArticles(t);
  const url = await freshDatabase(t);
  t.equal((await copy(['--from', path, '--to', url])).code, 0);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`INSERT INTO speakers (key, surname) VALUES ('zz top', 'top')`);
  await client.end();
  const again = await copy(['--from', path, '--to', url]);
  t.equal(again.code, 1);
  t.match(again.err, /^copy-store: row counts differ .*: speakers: 4 in the source, 5 in the target\n$/);
});

t.test('a row the target refuses stops the copy with the reason', { skip: postgresUnavailable }, async (t) => {
  const { path } = sqliteWithArticles(t);
  const url = await freshDatabase(t);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const to = await openCopyEnd(url, { create: true });
  await to.close();
  const source = new Database(path, { readonly: true });
  const hash = source.prepare('SELECT content_hash FROM articles WHERE id = 2').pluck().get();
  source.close();
  await client.query(`INSERT INTO articles (id, content_hash, text, day, parser_version, created_at) VALUES (1, $1, 'x', '', '0', '')`, [
    hash,
  ]);
  await client.end();
  const result = await copy(['--from', path, '--to', url]);
  t.equal(result.code, 1);
  t.match(
    result.err,
    /^copy-store: duplicate key value violates unique constraint "articles_content_hash_key" \(run it again to continue\)\n$/,
  );
});

t.test('a connection the server closes between batches is replaced', { skip: postgresUnavailable }, async (t) => {
  const url = await freshDatabase(t);
  const end = await openCopyEnd(url, { create: true });
  t.teardown(() => end.close());
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { rowCount } = await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  await admin.end();
  t.equal(rowCount, 1, "the copy end's idle connection was closed");
  await new Promise((resolve) => setTimeout(resolve, 200));
  t.equal(await end.count(COPIED_TABLES[0]), 0, 'the next query works on a new connection');
});

t.test('usage, missing source, unreachable server', async (t) => {
  const help = await copy(['--help']);
  t.equal(help.code, 0);
  t.match(help.out, /usage: npm run copy-store -- --from SOURCE --to TARGET/);
  for (const args of [
    ['--from', 'a.db'],
    ['--from', 'a.db', '--to', 'b.db', '--batch', '0'],
    ['--from', 'a', '--to', 'b', 'extra'],
  ]) {
    const wrong = await copy(args);
    t.equal(wrong.code, 2, args.join(' '));
    t.match(wrong.err, /usage: npm run copy-store/);
  }
  const dir = tempDir(t);
  const missing = await copy(['--from', join(dir, 'none.db'), '--to', 'postgres://127.0.0.1:1/quotes']);
  t.equal(missing.code, 2);
  t.match(missing.err, /copy-store: no database at .*none\.db/);

  const { path } = sqliteWithArticles(t);
  const refused = await copy(['--from', path, '--to', 'postgres://quotes:s3cret@127.0.0.1:1/quotes']);
  t.equal(refused.code, 1);
  t.match(refused.err, /^copy-store: cannot open the target postgres:\/\/quotes:\*\*\*@127\.0\.0\.1:1\/quotes: .*ECONNREFUSED/);
  t.notMatch(refused.err, /s3cret/);
  const noSource = await copy(['--from', 'postgresql://127.0.0.1:1/quotes', '--to', join(dir, 'out.db')]);
  t.equal(noSource.code, 1);
  t.match(noSource.err, /^copy-store: cannot open the source postgresql:\/\/127\.0\.0\.1:1\/quotes: /);
});
