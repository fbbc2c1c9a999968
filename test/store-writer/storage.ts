// Storage faults made for real on temporary files: a damaged page, a lock held by another connection or
// process, a read-only file.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Test } from 'tap';
import { openStore } from '../../src/store/index.js';
import { article } from '../store/fixtures.js';

const ROOT = resolve(import.meta.dirname, '../..');

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

/**
 * Another process (a child node) holding the database's write lock until `release()`, which resolves once it
 * has rolled back and exited.
 */
export async function holdWriteLockElsewhere(path: string): Promise<{ release(): Promise<void> }> {
  const script =
    "const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('BEGIN IMMEDIATE'); console.log('locked');" +
    "process.stdin.resume().on('end', () => { db.exec('ROLLBACK'); db.close(); });";
  const child = spawn(process.execPath, ['-e', script, path], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  await once(child.stdout, 'data');
  return {
    release: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/**
 * Makes a file read-only for this process or undoes it. chmod does not stop root, so as root the file is made
 * immutable (chattr +i), which does; false when neither can be done here (a filesystem without attributes).
 */
export function setReadOnly(path: string, readOnly: boolean): boolean {
  if (process.getuid?.() !== 0) {
    chmodSync(path, readOnly ? 0o444 : 0o644);
    return true;
  }
  try {
    execFileSync('chattr', [readOnly ? '+i' : '-i', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
