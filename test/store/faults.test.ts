// SQLite's error codes to storage faults: which ones outlast their request, which are the request's own.
import t from 'tap';
import { faultOfCode } from '../../src/store/faults.js';

t.test('each code family is one fault; other codes and none are no fault', async (t) => {
  t.match(faultOfCode('SQLITE_READONLY_DIRECTORY', 'x'), { kind: 'read-only', transient: true });
  t.match(faultOfCode('SQLITE_LOCKED_SHAREDCACHE', 'x'), { kind: 'locked', transient: true });
  t.match(faultOfCode('SQLITE_BUSY_SNAPSHOT', 'x'), { kind: 'locked' });
  t.match(faultOfCode('SQLITE_NOTADB', 'file is not a database'), { kind: 'corrupt', transient: false, detail: /file is not a database/ });
  t.match(faultOfCode('SQLITE_CORRUPT_INDEX', 'x'), { kind: 'corrupt' });
  t.equal(faultOfCode('SQLITE_CONSTRAINT_UNIQUE', 'x'), null);
  t.equal(faultOfCode(undefined, 'x'), null);
});
