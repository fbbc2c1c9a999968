import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { listMigrations, migrate, MIGRATIONS_DIR } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/index.js';
import { nameKey, surnameOf } from '../../src/store/names.js';

const dir = mkdtempSync(join(tmpdir(), 'quotes-migrate-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

t.test('a file database is migrated once, in WAL mode with foreign keys on', async (t) => {
  const path = join(dir, 'quotes.db');
  openStore(path).close();
  const store = openStore(path);
  t.teardown(() => store.close());
  const latest = listMigrations(MIGRATIONS_DIR).at(-1)?.version;
  t.equal(store.db.pragma('user_version', { simple: true }), latest);
  t.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  t.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
  t.same(migrate(store.db), [], 'nothing left to apply');
});

t.test('migrations apply in number order, each with its version, and a failed one leaves no trace', async (t) => {
  const migrations = join(dir, 'migrations');
  mkdirSync(migrations);
  writeFileSync(join(migrations, '002_more.sql'), 'CREATE TABLE b (x);');
  writeFileSync(join(migrations, '001_first.sql'), 'CREATE TABLE a (x);');
  writeFileSync(join(migrations, '010_broken.sql'), 'CREATE TABLE c (x); CREATE TABLE a (x);');
  writeFileSync(join(migrations, 'README.md'), 'not a migration');
  const db = new Database(':memory:');
  t.teardown(() => db.close());
  t.same(
    listMigrations(migrations).map((m) => m.file),
    ['001_first.sql', '002_more.sql', '010_broken.sql'],
  );
  t.throws(() => migrate(db, migrations), /already exists/);
  t.equal(db.pragma('user_version', { simple: true }), 2);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
  t.same(tables, ['a', 'b'], 'the broken migration rolled back whole');
});

t.test('name keys ignore case, accents, punctuation and honorifics', async (t) => {
  t.equal(nameKey('Mr. Vedant  Patel'), 'vedant patel');
  t.equal(nameKey('Lt Gen (retd) Asim Bajwa'), 'asim bajwa');
  t.equal(nameKey('Dr. José Martí'), 'jose marti');
  t.equal(nameKey('Mr.'), '');
  t.equal(nameKey('...'), '');
  t.equal(surnameOf('vedant patel'), 'patel');
  t.equal(surnameOf('patel'), 'patel');
});

t.test('002 moves surnames from every quote to one row a speaker, keeping what was stored', async (t) => {
  const v1 = join(dir, 'v1');
  mkdirSync(v1);
  writeFileSync(join(v1, '001_init.sql'), readFileSync(join(MIGRATIONS_DIR, '001_init.sql')));
  const path = join(dir, 'upgrade.db');
  const db = new Database(path);
  migrate(db, v1);
  db.exec(`INSERT INTO articles (id, content_hash, text, day, parser_version, created_at)
             VALUES (1, 'h', 'Patel said.', '', '0.1.0', 'now');
           INSERT INTO quotes (article_id, ordinal, day, text, type, start, "end", speaker_kind, speaker_name,
             speaker_key, speaker_surname, confidence)
             VALUES (1, 0, '', 'x', 'direct', 0, 1, 'person', 'Vedant Patel', 'vedant patel', 'patel', 1),
                    (1, 1, '', 'y', 'direct', 0, 1, 'person', 'Vedant Patel', 'vedant patel', 'patel', 1);`);
  db.close();
  const store = openStore(path);
  t.teardown(() => store.close());
  t.same(store.db.prepare('SELECT key, surname FROM speakers').all(), [{ key: 'vedant patel', surname: 'patel' }]);
  t.same(
    store.listQuotes({ speaker: 'patel' }, { limit: 10 }).items.map((q) => q.text),
    ['x', 'y'],
    'in article order (007)',
  );
});

t.test('003 to 005 rebuild quotes with their dateline, ids, links and full-text index intact, and list places', async (t) => {
  const v2 = join(dir, 'v2');
  mkdirSync(v2);
  for (const file of ['001_init.sql', '002_speakers.sql']) writeFileSync(join(v2, file), readFileSync(join(MIGRATIONS_DIR, file)));
  const path = join(dir, 'upgrade-3.db');
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, v2);
  db.exec(`INSERT INTO articles (id, content_hash, text, dateline_city, dateline_country, day, parser_version, created_at)
             VALUES (7, 'h', 'KARACHI - Khan said the talks went well.', 'Karachi', 'Pakistan', '2024-01-02', '0.1.0', 'now');
           INSERT INTO officials (id, name_key, name) VALUES (3, 'ali khan', 'Ali Khan');
           INSERT INTO official_roles (official_id, article_id, title, organization, country)
             VALUES (3, 7, 'Minister', 'Foreign Office', 'Pakistan'), (3, 7, 'Minister', 'foreign office', NULL);
           INSERT INTO quotes (id, article_id, ordinal, day, text, type, start, "end", speaker_kind, speaker_name,
             speaker_key, official_id, confidence)
             VALUES (41, 7, 0, '2024-01-02', 'the talks went well', 'indirect', 0, 1, 'person', 'Ali Khan', 'ali khan', 3, 1);`);
  db.close();
  const store = openStore(path);
  t.teardown(() => store.close());
  const [quote] = store.listQuotes({ q: 'talks' }, { limit: 10 }).items;
  t.match(
    quote,
    { id: 41, officialId: 3, dateline: { city: 'Karachi', country: 'Pakistan', date: null } },
    'found by its words, as before',
  );
  t.same(
    store.listQuotes({ officialId: 3 }, { limit: 10 }).items.map((q) => q.id),
    [41],
    'by official, through the speaker',
  );
  t.equal(store.getOfficial(3)?.quoteCount, 1);
  t.same(
    store.listOfficials({ country: 'pakistan' }, { limit: 5 }).items.map((o) => o.id),
    [3],
    'places come from the roles',
  );
  t.same(
    store.listOfficials({ organization: 'FOREIGN OFFICE' }, { limit: 5 }).items.map((o) => o.id),
    [3],
    'once each',
  );
  t.same(store.db.prepare('SELECT count(*) AS n FROM official_organizations').get(), { n: 1 });
  // New rows reach the index from the store now, not from triggers.
  const triggers = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
  t.same(triggers, ['articles_fts_delete', 'articles_fts_update', 'quotes_fts_delete']);
  t.same(store.db.pragma('foreign_key_check'), []);
  t.doesNotThrow(() => store.db.exec("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)"), 'index and content agree');
});

t.test('two processes migrating a new file at once: the second finds the work done under the lock', async (t) => {
  const path = join(dir, 'race.db');
  const first = new Database(path);
  const second = new Database(path);
  t.teardown(() => (first.close(), second.close()));
  // The second reads the version (0), and just then the first applies every migration.
  let raced = false;
  const racing = new Proxy(second, {
    get(target, property) {
      if (property === 'pragma') {
        return (sql: string, options?: { simple: boolean }) => {
          const value = target.pragma(sql, options);
          if (!raced && sql === 'user_version') {
            raced = true;
            migrate(first);
          }
          return value;
        };
      }
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  t.same(migrate(racing), [], 'nothing applied twice ("table articles already exists" before)');
  t.ok(raced);
  t.equal(second.pragma('user_version', { simple: true }), listMigrations(MIGRATIONS_DIR).at(-1)?.version);
});

t.test('DURABILITY: normal syncs the WAL at checkpoints, full at every commit', async (t) => {
  const normal = openStore(join(dir, 'normal.db'));
  const full = openStore(join(dir, 'full.db'), { durability: 'full' });
  t.teardown(() => (normal.close(), full.close()));
  t.equal(normal.db.pragma('synchronous', { simple: true }), 1, 'NORMAL');
  t.equal(full.db.pragma('synchronous', { simple: true }), 2, 'FULL');
});
