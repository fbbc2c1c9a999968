// Ids are never reused (migration 006): a deleted article's id, and its quotes' and officials' ids, are
// never given to anything else, even when the deleted rows were the newest.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { listMigrations, migrate, MIGRATIONS_DIR } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/index.js';
import { article, person, quote } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'quotes-ids-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const named = (text: string, name: string) =>
  article(text, {
    quotes: [quote(`${name} spoke`, person(name))],
    officials: [{ name, title: 'Minister', organization: null, country: null, aliases: [] }],
  });

t.test('deleting the newest article frees none of its ids: article, quotes or official', async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  store.saveArticles([named('First article.', 'Ali Raza')]);
  const deleted = store.saveArticles([named('Second article.', 'Sara Qureshi')])[0].article;
  t.ok(store.deleteArticle(deleted.id));
  const newer = named('A different article.', 'Omar Farooq');
  const next = store.saveArticles([newer])[0].article;
  t.ok(next.id > deleted.id, 'a new article id');
  t.ok(next.quotes[0].id > deleted.quotes[0].id, 'new quote ids');
  t.ok(next.officials[0].id > deleted.officials[0].id, 'a new official id');
  t.equal(store.getOfficial(deleted.officials[0].id), undefined, 'the old official id means no one');
  t.throws(() => store.replaceParses([{ id: deleted.id, parsed: newer.parsed }]), /no article \d+ to re-parse/, 'nor can it be re-parsed');
});

t.test("006 and 007 keep every id and full-text row and give quotes their article's url; a broken reference is refused", async (t) => {
  const v5 = join(dir, 'v5');
  mkdirSync(v5);
  for (const { file } of listMigrations(MIGRATIONS_DIR).filter((m) => m.version <= 5)) {
    writeFileSync(join(v5, file), readFileSync(join(MIGRATIONS_DIR, file)));
  }
  const path = join(dir, 'upgrade-6.db');
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, v5);
  db.exec(`INSERT INTO articles (id, content_hash, text, url, source, day, parser_version, created_at)
             VALUES (7, 'h', 'Khan said the talks went well.', 'https://example.com/7', 'Dawn', '', '0.1.0', 'now');
           INSERT INTO officials (id, name_key, name) VALUES (3, 'ali khan', 'Ali Khan');
           INSERT INTO official_roles (official_id, article_id, title) VALUES (3, 7, 'Minister');
           INSERT INTO quotes (id, article_id, ordinal, day, text, type, start, "end", speaker_kind, speaker_name,
             speaker_key, official_id, confidence)
             VALUES (41, 7, 0, '', 'the talks went well', 'indirect', 0, 1, 'person', 'Ali Khan', 'ali khan', 3, 1);
           INSERT INTO quotes_fts (rowid, text) VALUES (41, 'the talks went well');
           INSERT INTO articles_fts (rowid, text) VALUES (7, 'Khan said the talks went well.');`);
  db.close();
  const store = openStore(path);
  t.teardown(() => store.close());
  t.equal(store.db.pragma('foreign_keys', { simple: true }), 1, 'foreign keys on again after migrating');
  t.match(store.getArticle(7), {
    quotes: [{ id: 41, officialId: 3, url: 'https://example.com/7', source: 'Dawn' }],
    officials: [{ id: 3, title: 'Minister' }],
  });
  t.same(store.db.prepare('SELECT rank FROM quotes').pluck().all(), [7 * 1_048_576], 'ranked by article and position');
  t.same(
    store.listQuotes({ q: 'talks' }, { limit: 5 }).items.map((q) => q.id),
    [41],
  );
  t.same(
    store.listArticles({ q: 'talks' }, { limit: 5 }).items.map((a) => a.id),
    [7],
  );
  t.ok(store.deleteArticle(7), 'a cascade still reaches quotes and roles');
  t.same(store.stats(), { ...store.stats(), articles: 0, quotes: 0, officials: 0 });
  const next = store.saveArticles([named('After the upgrade.', 'Ali Khan')])[0].article;
  t.match(next, { id: 8, quotes: [{ id: 42 }], officials: [{ id: 4 }] }, 'past the largest id the database had given');

  const broken = join(dir, 'broken');
  mkdirSync(broken);
  writeFileSync(join(broken, '001_parent.sql'), 'CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p (id));');
  writeFileSync(join(broken, '002_orphan.sql'), 'INSERT INTO c VALUES (5);');
  const bad = new Database(':memory:');
  t.teardown(() => bad.close());
  t.throws(() => migrate(bad, broken), /002_orphan.sql leaves rows of c referring to rows that are gone/);
  t.equal(bad.pragma('user_version', { simple: true }), 1, 'the broken migration rolled back');
});
