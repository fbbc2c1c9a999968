// Schema migrations: migrations/NNN_name.sql, applied in number order at start-up, each in its own
// transaction together with the PRAGMA user_version that records it, so a crash never half-applies one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

/** migrations/ beside src/ (the build copies it into dist/ too, so this holds when compiled). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  version: number;
  file: string;
}

export function listMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d+_.*\.sql$/.test(file))
    .map((file) => ({ version: Number.parseInt(file, 10), file }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies every migration newer than the database's user_version; returns the versions applied.
 * Foreign keys are off while they run (SQLite's procedure for rebuilding a table: with them on, dropping
 * the old table would delete the rows that refer to it), and each migration must leave none broken.
 */
export function migrate(db: Database, dir = MIGRATIONS_DIR): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = listMigrations(dir).filter(({ version }) => version > current);
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    return pending.map(({ version, file }) => {
      const sql = readFileSync(join(dir, file), 'utf8');
      db.transaction(() => {
        db.exec(sql);
        const broken = db.pragma('foreign_key_check') as { table: string }[];
        if (broken.length > 0) throw new Error(`${file} leaves rows of ${broken[0].table} referring to rows that are gone`);
        db.pragma(`user_version = ${version}`);
      })();
      return version;
    });
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys}`);
  }
}
