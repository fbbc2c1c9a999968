// SQLite's error codes to storage faults: which ones outlast their request, which are the request's own; and
// files that cannot be opened as a database at all.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import t from 'tap';
import { DatabaseUnusable, faultOfCode } from '../../src/store/faults.js';
import { openStore } from '../../src/store/index.js';
import { holdWriteLock, tempDatabase } from '../store-writer/storage.js';

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
