// The store plugin's PostgreSQL half (DATABASE_URL): app.store reads on a connection pool, app.writer writes
// in transactions of their own, and searches run on the pool too (the database server does their work).
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { AsyncStore } from '../store/async-store.js';
import type { StoreFault } from '../store/faults.js';
import { openPostgresStore } from '../store/postgres/index.js';
import { createReader } from '../store-reader/reader.js';
import { createPostgresWriter, postgresFault } from '../store-writer/postgres.js';
import { StoreUnavailable } from '../store-writer/writer.js';
import type { StoreOptions } from './store.js';

export async function postgresStorage(
  app: FastifyInstance,
  { databaseUrl, databasePoolSize, databaseWriteConcurrency, statementTimeoutMs, maxArticlesPerTransaction }: StoreOptions,
  onStatus: (fault: StoreFault | null) => void,
) {
  const store = await openPostgresStore(databaseUrl as string, { poolSize: databasePoolSize, statementTimeoutMs });
  const queries = readsReportingFaults(store, app.log);
  const writer = createPostgresWriter(store, { maxArticlesPerTransaction, writeConcurrency: databaseWriteConcurrency, onStatus });
  const reader = createReader(queries, '', { threads: 0, timeoutMs: statementTimeoutMs });
  app.decorate('store', queries);
  app.decorate('sqlite', null);
  app.decorate('writer', writer);
  app.decorate('reader', reader);
  app.addHook('onClose', async () => {
    await reader.close();
    await writer.close();
    await store.close();
  });
}

/** A read the database cannot answer (down, unreachable, cancelled past its timeout) is a 503 that says so, not a 500. */
function readsReportingFaults(store: AsyncStore, log: FastifyBaseLogger): AsyncStore {
  const reported = {} as Record<string, unknown>;
  for (const [name, read] of Object.entries(store) as [string, unknown][]) {
    if (typeof read !== 'function') continue;
    reported[name] = async (...args: unknown[]) => {
      try {
        return await read(...args);
      } catch (error) {
        const fault = postgresFault(error);
        if (fault?.kind === 'timeout') log.warn({ storageFault: fault.kind }, `database read stopped: ${fault.detail}`);
        throw fault ? new StoreUnavailable(fault) : error;
      }
    };
  }
  return reported as unknown as AsyncStore;
}
