// The check of the file at start-up: a page walk that stops at its time budget, then quick_check when the
// walk was quick. Clocks are the tests' own, so the budget is exhausted (or not) exactly where a test says.
// Then SQLite's error codes as storage faults, and files that cannot be opened at all.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { DatabaseUnusable, faultOfCode } from '../../src/store/faults.js';
import { checkPages } from '../../src/store/integrity.js';
import { openStore } from '../../src/store/index.js';
import { damageableDatabase, holdWriteLock, tempDatabase } from '../store-writer/storage.js';
import { article } from './fixtures.js';

function readOnly(t: Test, path: string) {
  const db = new Database(path, { readonly: true });
  t.teardown(() => db.close());
  return db;
}

/** A sound database of 200 articles, in the file (not the WAL). */
function soundDatabase(t: Test) {
  const { path } = damageableDatabase(t);
  return readOnly(t, path);
}

/** A clock that moves `step` ms each time it is read. */
function ticking(step: number) {
  let now = 0;
  let reads = 0;
  return { now: () => ((reads += 1), (now += step)), reads: () => reads };
}

t.test('a sound file within its budget: every page walked, then quick_check', async (t) => {
  const db = soundDatabase(t);
  const check = checkPages(db, 60_000);
  t.match(check, { damage: null, complete: true, quickCheck: true });
  t.ok(check.pagesRead > 20 && check.pagesRead <= check.pageCount, `${check.pagesRead} of ${check.pageCount} pages`);
});

t.test('a damaged page is named, with the table it belongs to', async (t) => {
  const { path, damage } = damageableDatabase(t);
  damage();
  const check = checkPages(readOnly(t, path), 60_000);
  t.match(check, { damage: /^page \d+ of articles cannot be decoded$/, quickCheck: false });
});

/** A database whose articles table and full-text index take more pages than one turn reads (64). */
function largerDatabase(t: Test) {
  const path = tempDatabase(t);
  const store = openStore(path);
  const text = (i: number) => `Article ${i}: the minister spoke at length about the roads and the bridges. `.repeat(8);
  store.saveArticles(Array.from({ length: 1500 }, (_, i) => article(text(i))));
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  return readOnly(t, path);
}

t.test('past its budget the walk stops, having read the first pages of every b-tree', async (t) => {
  const db = largerDatabase(t);
  const trees = 1 + (db.prepare('SELECT count(*) FROM sqlite_schema WHERE rootpage > 0').pluck().get() as number);
  const firstTurn = checkPages(db, 0, ticking(1).now);
  t.match(firstTurn, { damage: null, complete: false, quickCheck: false });
  t.ok(firstTurn.pagesRead >= trees, `${firstTurn.pagesRead} pages read, ${trees} b-trees`);
  t.ok(firstTurn.pagesRead < firstTurn.pageCount, `${firstTurn.pagesRead} of ${firstTurn.pageCount} pages`);
  // Three more turns go to the b-trees not yet read whole.
  const fourTurns = checkPages(db, 3, ticking(1).now);
  t.match(fourTurns, { damage: null, complete: false });
  t.ok(fourTurns.pagesRead > firstTurn.pagesRead, `${fourTurns.pagesRead} pages in four turns`);
});

t.test('a walk that took more than half the budget skips quick_check', async (t) => {
  const db = soundDatabase(t);
  // Count the clock's reads on a walk that takes no time, then make the last read (after the walk) late.
  const still = ticking(0);
  checkPages(db, 1000, still.now);
  let reads = 0;
  const check = checkPages(db, 1000, () => (++reads === still.reads() ? 600 : 0));
  t.match(check, { damage: null, complete: true, quickCheck: false });
});

t.test('quick_check finds what the walk cannot see: a free-list count that is wrong', async (t) => {
  const path = tempDatabase(t);
  const store = openStore(path);
  store.saveArticles([article('One article is enough here.')]);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  const fd = openSync(path, 'r+');
  // Bytes 36-39 of the header: the number of free-list pages (there are none).
  writeSync(fd, Buffer.from([0, 0, 0, 5]), 0, 4, 36);
  closeSync(fd);
  t.match(checkPages(readOnly(t, path), 60_000), { complete: true, quickCheck: true, damage: /^quick_check: [\s\S]*Freelist/ });
});

// SQLite's error codes to storage faults: which ones outlast their request, which are the request's own; and
// files that cannot be opened as a database at all.
t.test('each code family is one fault; other codes and none are no fault', async (t) => {
  t.match(faultOfCode('SQLITE_READONLY_DIRECTORY', 'x'), { kind: 'read-only', transient: true });
  t.match(faultOfCode('SQLITE_LOCKED_SHAREDCACHE', 'x'), { kind: 'locked', transient: true });
  t.match(faultOfCode('SQLITE_BUSY_SNAPSHOT', 'x'), { kind: 'locked' });
  t.match(faultOfCode('SQLITE_NOTADB', 'file is not a database'), { kind: 'corrupt', transient: false, detail: /file is not a database/ });
  t.match(faultOfCode('SQLITE_CORRUPT_INDEX', 'x'), { kind: 'corrupt' });
  t.equal(faultOfCode('SQLITE_CONSTRAINT_UNIQUE', 'x'), null);
  t.equal(faultOfCode(undefined, 'x'), null);
});

t.test('a file that is not a database, or whose schema is damaged, cannot be opened: one error naming what to do', async (t) => {
  const notADatabase = tempDatabase(t);
  writeFileSync(notADatabase, 'These are the minutes of a meeting, saved where the database should be.\n'.repeat(100));
  t.throws(() => openStore(notADatabase), {
    name: 'DatabaseUnusable',
    message: /quotes\.db cannot be opened \(file is not a database\)\. If DATABASE_PATH names the wrong file[\s\S]*\.recover/,
  });
  t.ok(readFileSync(notADatabase, 'utf8').startsWith('These are the minutes'), 'the file is left as it was');

  const damagedSchema = tempDatabase(t);
  openStore(damagedSchema).close();
  const fd = openSync(damagedSchema, 'r+');
  // Page 1 after its 100-byte header is the schema table's root.
  writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, 100);
  closeSync(fd);
  t.throws(() => openStore(damagedSchema), { name: 'DatabaseUnusable', message: /cannot be opened \(database disk image is malformed\)/ });
});

t.test('other failures to open are not called damage', async (t) => {
  const path = tempDatabase(t);
  const lock = holdWriteLock(path);
  t.teardown(() => lock.release());
  const error = (() => {
    try {
      openStore(path, { busyTimeoutMs: 0 });
    } catch (thrown) {
      return thrown;
    }
  })();
  t.match(error, { code: 'SQLITE_BUSY' });
  t.notOk(error instanceof DatabaseUnusable);
});
