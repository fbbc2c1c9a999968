// app.store: the database's reads for this app instance, closed with the app; app.writer: the one way to
// write to it, from a thread of its own when the database is a file (see src/store-writer/).
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ensureDatabaseFolder } from '../config.js';
import { faultOfCode, type StoreFault } from '../store/faults.js';
import { asyncSqliteStore, type AsyncStore } from '../store/async-store.js';
import { openStore, type Durability, type Store } from '../store/index.js';
import { createWriter, type Writer } from '../store-writer/writer.js';
import { postgresStorage } from './postgres-store.js';
import { createReader, type Reader } from '../store-reader/reader.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: AsyncStore;
    /** The SQLite store itself, synchronous (null on another engine): for tools and tests that need its connection. */
    sqlite: Store | null;
    writer: Writer;
    reader: Reader;
  }
}

export interface StoreOptions {
  databasePath: string;
  /** PostgreSQL instead of SQLite when set, with its pool size and statement timeout. */
  databaseUrl: string | null;
  databasePoolSize: number;
  databaseWriteConcurrency: number;
  statementTimeoutMs: number;
  writerThread: boolean;
  maxArticlesPerTransaction: number;
  checkpointIntervalMs: number;
  fullTextDelayMs: number;
  durability: Durability;
  busyTimeoutMs: number;
  startupCheckMs: number;
  /** Threads for full-text searches (0: on the event loop, as for an in-memory database) and their time budget. */
  searchThreads: number;
  searchTimeoutMs: number;
}

const inMemory = (path: string) => path === '' || path === ':memory:';

/** One log line each time the storage's state changes (not one per refused write); a lock is only a warning. */
function faultLog(log: FastifyBaseLogger) {
  let last: string | null = null;
  return (fault: StoreFault | null) => {
    if ((fault?.kind ?? null) === last) return;
    last = fault?.kind ?? null;
    if (!fault) log.info('database can be written to again');
    else if (fault.kind === 'timeout') log.warn({ storageFault: fault.kind }, `database write stopped: ${fault.detail}`);
    else if (fault.kind === 'locked') log.warn({ storageFault: fault.kind }, `database write refused: ${fault.detail}`);
    else log.error({ storageFault: fault.kind }, `database cannot be written to: ${fault.detail}`);
  };
}

export default fp<StoreOptions>(
  async (app, options) => {
    if (options.databaseUrl) await postgresStorage(app, options, faultLog(app.log));
    else sqlite(app, options);
  },
  { name: 'store' },
);

function sqlite(
  app: FastifyInstance,
  {
    databasePath,
    writerThread,
    maxArticlesPerTransaction,
    checkpointIntervalMs,
    fullTextDelayMs,
    durability,
    busyTimeoutMs,
    startupCheckMs,
    searchThreads,
    searchTimeoutMs,
  }: StoreOptions,
) {
  ensureDatabaseFolder(databasePath);
  const store = openStore(databasePath, { durability, busyTimeoutMs });
  const writer = createWriter(store, databasePath, {
    threaded: writerThread && !inMemory(databasePath),
    maxArticlesPerTransaction,
    checkpointIntervalMs,
    fullTextDelayMs,
    durability,
    busyTimeoutMs,
    startupCheckMs,
    onStatus: faultLog(app.log),
  });
  const queries = asyncSqliteStore(store);
  const reader = createReader(queries, databasePath, { threads: inMemory(databasePath) ? 0 : searchThreads, timeoutMs: searchTimeoutMs });
  app.decorate('store', queries);
  app.decorate('sqlite', store);
  app.decorate('writer', writer);
  app.decorate('reader', reader);
  // A read that meets a damaged page stops writes too: they would go on into a damaged file.
  app.addHook('onError', async (_request, _reply, error) => {
    const fault = faultOfCode(error.code, error.message);
    if (fault?.kind === 'corrupt') writer.report(fault);
  });
  app.addHook('onClose', async () => {
    await reader.close();
    await writer.close();
    store.close();
  });
}
