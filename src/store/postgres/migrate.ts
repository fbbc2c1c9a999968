// PostgreSQL's schema migrations: migrations/postgres/NNN_name.sql, numbered as SQLite's, each applied in its
// own transaction with the row of schema_migrations that records it. Replicas starting together take an
// advisory lock first, so one applies the migrations and the others, once it is released, find them done.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool, PoolClient } from 'pg';
import { listMigrations } from '../migrate.js';

/** migrations/postgres/ beside src/ (the build copies migrations/ into dist/ too). */
export const POSTGRES_MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/postgres/', import.meta.url));

/** Held for the whole run (re-keying takes it too); a session lock, so a replica that dies mid-migration releases it with its connection. */
export const LOCK = "hashtext('newsroom-quotes-api migrations')";

async function appliedVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return rows[0].version ?? 0;
}

/** One migration and its schema_migrations row, in one transaction. */
async function applyOne(client: PoolClient, dir: string, file: string, version: number): Promise<void> {
  const sql = readFileSync(join(dir, file), 'utf8');
  try {
    await client.query('BEGIN');
    await client.query(sql);
    await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    await client.query('COMMIT');
  } catch (error) {
    throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
  }
}

async function applyNewer(client: PoolClient, dir: string): Promise<number[]> {
  await client.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const current = await appliedVersion(client);
  const applied: number[] = [];
  for (const { file, version } of listMigrations(dir)) {
    if (version <= current) continue;
    await applyOne(client, dir, file, version);
    applied.push(version);
  }
  return applied;
}

/** Applies every migration newer than the database's; resolves with the versions applied. */
export async function migratePostgres(pool: Pool, dir = POSTGRES_MIGRATIONS_DIR): Promise<number[]> {
  const client = await pool.connect();
  try {
    // A pool's statement_timeout would cut short both the wait for the lock and a long migration.
    await client.query('SET statement_timeout = 0');
    await client.query(`SELECT pg_advisory_lock(${LOCK})`);
    const applied = await applyNewer(client, dir);
    await client.query(`SELECT pg_advisory_unlock(${LOCK})`);
    await client.query('RESET statement_timeout');
    client.release();
    return applied;
  } catch (error) {
    // The connection is closed rather than returned: that rolls back an open transaction and releases the
    // lock, whatever state the session was left in.
    client.release(error as Error);
    throw error;
  }
}
