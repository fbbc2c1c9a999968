// The CLI's database on PostgreSQL (see database.ts): the replicas' store and writer, over a small pool.
import { openPostgresStore } from '../store/postgres/index.js';
import { createPostgresWriter } from '../store-writer/postgres.js';
import type { CliDatabase } from './database.js';

export async function openPostgresDatabase(url: string, batch: number): Promise<CliDatabase> {
  // Statements of a backfill may be long: no timeout, as for migrations.
  const store = await openPostgresStore(url, { poolSize: 2, statementTimeoutMs: 0 });
  const writer = createPostgresWriter(store, { maxArticlesPerTransaction: batch, onStatus: () => {} });
  return {
    writer,
    staleArticles: store.staleArticles,
    close: () => store.close(),
  };
}
