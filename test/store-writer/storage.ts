// Storage faults made for real on temporary files: a damaged page, a lock held by another connection.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Test } from 'tap';
import { openStore } from '../../src/store/index.js';
import { article } from '../store/fixtures.js';

/** A database file in a folder of its own, removed when the test ends. */
export function tempDatabase(t: Test, name = 'faults-'): string {
  const dir = mkdtempSync(join(tmpdir(), name));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'quotes.db');
}

/**
 * A database of 200 articles checkpointed into the file, and `damage()`, which overwrites a leaf page of the
 * articles table in the middle: the file still opens, and reading those rows fails with SQLITE_CORRUPT.
 */
export function damageableDatabase(t: Test): { path: string; damage(): void } {
  const path = tempDatabase(t, 'damaged-');
  const store = openStore(path);
  store.saveArticles(Array.from({ length: 200 }, (_, i) => article(`Article ${i}: the minister spoke at length about roads. `.repeat(5))));
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const leaves = store.db
    .prepare("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' ORDER BY pageno")
    .pluck()
    .all() as number[];
  const pageSize = store.db.pragma('page_size', { simple: true }) as number;
  store.close();
  const damage = () => {
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (leaves[leaves.length >> 1] - 1) * pageSize);
    closeSync(fd);
  };
  return { path, damage };
}

export function damagedDatabase(t: Test): string {
  const { path, damage } = damageableDatabase(t);
  damage();
  return path;
}

/** Another process's write lock on the database, held until released. */
export function holdWriteLock(path: string): { release(): void } {
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  return {
    release: () => {
      other.exec('ROLLBACK');
      other.close();
    },
  };
}
