// Schema migrations: migrations/sqlite/NNN_name.sql, applied in number order at start-up, each in its own
// transaction together with the PRAGMA user_version that records it, so a crash never half-applies one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

/** migrations/sqlite/ beside src/ (the build copies migrations/ into dist/ too, so this holds when compiled). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/sqlite/', import.meta.url));

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
 * Applies every migration newer than the database's user_version; returns the versions applied. Each takes
 * the write lock first and reads the version under it: two processes starting on a new file at once had one
 * of them apply a migration the other had just applied ("table articles already exists").
 * Foreign keys are off while they run (SQLite's procedure for rebuilding a table: with them on, dropping
 * the old table would delete the rows that refer to it), and each migration must leave none broken.
 */
export function migrate(db: Database, dir = MIGRATIONS_DIR): number[] {
  const applied: number[] = [];
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of listMigrations(dir)) {
      if (migration.version <= version()) continue;
      const sql = readFileSync(join(dir, migration.file), 'utf8');
      db.transaction(() => {
        if (migration.version <= version()) return;
        db.exec(sql);
        const broken = db.pragma('foreign_key_check') as { table: string }[];
        if (broken.length > 0) throw new Error(`${migration.file} leaves rows of ${broken[0].table} referring to rows that are gone`);
        db.pragma(`user_version = ${migration.version}`);
        applied.push(migration.version);
      }).immediate();
    }
    return applied;
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys}`);
  }
}
