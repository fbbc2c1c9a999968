// Migration 014: a page of one speaker's quotes is read from the speaker index alone, on a database built
// before it as on a new one, and the index answers as the table does after every kind of write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openStore, type Store } from '../../src/store/index.js';
import { COLUMNS, SPEAKER_KEYS_AT_END_FROM } from '../../src/store/quotes.js';
import { article, official, patelArticle, person, quote } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'quotes-speaker-pages-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = `SELECT ${COLUMNS} FROM quotes q WHERE q.speaker_key = ? ORDER BY q.day DESC, q.rank DESC`;
const pageOf = (store: Store, key: string) => store.db.prepare(PAGE).all(key);
/** The same page read from the table, passing by every index. */
const tablePageOf = (store: Store, key: string) => store.db.prepare(PAGE.replace('quotes q', 'quotes q NOT INDEXED')).all(key);
const planOf = (store: Store) =>
  store.db
    .prepare(`EXPLAIN QUERY PLAN ${PAGE}`)
    .all('vedant patel')
    .map((row) => (row as { detail: string }).detail)
    .join('\n');

t.test('a database from before 014 gets the covering index, its quotes unchanged', async (t) => {
  const path = join(dir, 'old.db');
  const old = openStore(path);
  old.saveArticles([patelArticle]);
  // The layout before 014: the speaker index held the sort key alone (and 015's table and 016's column were not
  // there yet).
  old.db.exec(
    'DROP INDEX quotes_by_speaker; CREATE INDEX quotes_by_speaker ON quotes (speaker_key, day, rank); ALTER TABLE quotes DROP COLUMN provenance; DROP TABLE fts_indexed; PRAGMA user_version = 12',
  );
  t.match(planOf(old), /USING INDEX quotes_by_speaker/);
  const before = old.listQuotes({ speaker: 'Vedant Patel' }, { limit: 20 });
  old.close();

  const store = openStore(path);
  t.teardown(() => store.close());
  t.match(planOf(store), /USING COVERING INDEX quotes_by_speaker/);
  t.same(store.listQuotes({ speaker: 'Vedant Patel' }, { limit: 20 }), before);
  t.equal(before.items.length, 2);
  t.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
});

t.test('the index answers as the table after a save, an update, a re-parse and a delete', async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  const same = (when: string) => {
    for (const key of ['vedant patel', 'masood khan']) t.same(pageOf(store, key), tablePageOf(store, key), `${key}, ${when}`);
  };
  const [first] = store.saveArticles([patelArticle]);
  same('after a save');
  const edited = article('Patel said ties were stable.', {
    dateline: { date: '2023-07-01', city: 'Washington', country: 'United States' },
    quotes: [quote('ties were stable', person('Vedant Patel', 'Patel'), 'indirect')],
  });
  t.same(store.updateArticle(first.id, edited), { status: 'updated' });
  t.equal(pageOf(store, 'vedant patel').length, 1);
  same('after an update');
  store.replaceParses([{ id: first.id, parsed: patelArticle.parsed }]);
  t.equal(pageOf(store, 'vedant patel').length, 2);
  same('after a re-parse');
  store.deleteArticle(first.id);
  t.same(pageOf(store, 'vedant patel'), []);
  same('after a delete');
});

/**
 * Article i of a large batch: speakers shared across articles, Jane Roe in every one (named an official in
 * article `officialAt` only), an organisation and a quote without a speaker.
 */
const batchArticle = (i: number, officialAt: number) =>
  article(`Article ${i}: the minister spoke.`, {
    dateline: { date: `2024-0${1 + (i % 9)}-1${i % 10}`, city: null, country: null },
    quotes: [
      quote(`point ${i}`, person(`Speaker${i % 7} Surname${i % 3}`)),
      quote(`late ${i}`, person('Jane Roe', 'Roe')),
      quote(`statement ${i}`, { kind: 'organization', name: `Ministry ${i % 4}`, mention: 'the ministry' }),
      quote(`rumour ${i}`, { kind: 'anonymous', name: null, mention: 'an aide' }),
    ],
    officials: i === officialAt ? [official('Jane Roe', 'Minister', 'Norway')] : [],
  });
const rowsOf = (store: Store, table: string) => store.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();

t.test('a large batch, its speaker keys set at its end, stores what one article at a time stores', async (t) => {
  // Jane Roe's quotes before article 30 are linked to her official when it comes, as one at a time links them.
  const items = Array.from({ length: SPEAKER_KEYS_AT_END_FROM }, (_, i) => batchArticle(i, 30));
  const [oneByOne, batched] = [openStore(':memory:'), openStore(':memory:')];
  t.teardown(() => [oneByOne, batched].forEach((store) => store.close()));
  for (const item of items) oneByOne.saveArticles([item]);
  batched.saveArticles(items);
  t.same(rowsOf(batched, 'quotes'), rowsOf(oneByOne, 'quotes'));
  const linked = batched.db.prepare('SELECT count(*) FROM quotes WHERE official_id IS NOT NULL').pluck().get();
  t.equal(linked, items.length);
  for (const key of ['jane roe', 'speaker3 surname0', 'ministry 2']) {
    t.same(pageOf(batched, key), tablePageOf(batched, key), key);
    t.ok(pageOf(batched, key).length > 0, key);
  }
  t.same(batched.listQuotes({ speaker: 'Roe' }, { limit: 5 }), oneByOne.listQuotes({ speaker: 'Roe' }, { limit: 5 }));
  t.equal(batched.db.pragma('integrity_check', { simple: true }), 'ok');
});

t.test('a large re-parse batch, its speaker keys set at its end, stores what one at a time stores', async (t) => {
  // Stored with Jane Roe an official in article 30, re-parsed with her one in article 70: her official goes
  // (its quotes unlinked) and comes back with a new id partway through the batch.
  const count = SPEAKER_KEYS_AT_END_FROM;
  const [oneByOne, batched] = [openStore(':memory:'), openStore(':memory:')];
  t.teardown(() => [oneByOne, batched].forEach((store) => store.close()));
  const ids = [oneByOne, batched].map((store) =>
    store.saveArticles(Array.from({ length: count }, (_, i) => batchArticle(i, 30))).map((saved) => saved.id),
  );
  t.same(ids[0], ids[1]);
  const reparses = ids[0].map((id, i) => ({ id, parsed: batchArticle(i, 70).parsed }));
  for (const item of reparses) oneByOne.replaceParses([item]);
  batched.replaceParses(reparses);
  for (const table of ['quotes', 'officials']) t.same(rowsOf(batched, table), rowsOf(oneByOne, table), table);
  const linked = batched.db.prepare('SELECT count(*) FROM quotes WHERE official_id IS NOT NULL').pluck().get();
  t.equal(linked, count);
  t.same(pageOf(batched, 'jane roe'), tablePageOf(batched, 'jane roe'));
  t.equal(batched.db.pragma('integrity_check', { simple: true }), 'ok');
});
