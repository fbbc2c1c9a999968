// The store matrix: a test body run once per store engine, SQLite (in memory) and PostgreSQL (a fresh
// database on the test cluster, copied from one migrated once), so the same assertions hold for both. Without PostgreSQL its half is
// skipped with the helper's message.
import type { Test } from 'tap';
import type { AppOptions } from '../../src/app.js';
import { migratedDatabase, postgresUnavailable } from './postgres.js';

export type Engine = 'sqlite' | 'postgres';

/** What buildApp needs to run on `engine` with a database of this test's own. */
export async function storeOptions(t: Test, engine: Engine): Promise<AppOptions> {
  return engine === 'sqlite' ? { databasePath: ':memory:' } : { databaseUrl: await migratedDatabase(t) };
}

/** Runs `body` as two subtests, "<name> (sqlite)" and "<name> (postgres)", each with its store's options. */
export function eachStore(t: Test, name: string, body: (t: Test, options: AppOptions, engine: Engine) => Promise<void>): void {
  for (const engine of ['sqlite', 'postgres'] as const) {
    t.test(`${name} (${engine})`, { skip: engine === 'postgres' && postgresUnavailable }, async (t) =>
      body(t, await storeOptions(t, engine), engine),
    );
  }
}
