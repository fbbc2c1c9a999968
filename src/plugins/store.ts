// app.store: the database for this app instance, closed with the app; app.writer: the one way to write to
// it, from a thread of its own when the database is a file (see src/store-writer/).
import fp from 'fastify-plugin';
import { ensureDatabaseFolder } from '../config.js';
import { openStore, type Durability, type Store } from '../store/index.js';
import { createWriter, type Writer } from '../store-writer/writer.js';
import { createReader, type Reader } from '../store-reader/reader.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    writer: Writer;
    reader: Reader;
  }
}

export interface StoreOptions {
  databasePath: string;
  writerThread: boolean;
  maxArticlesPerTransaction: number;
  checkpointIntervalMs: number;
  durability: Durability;
  /** Threads for full-text searches (0: on the event loop, as for an in-memory database) and their time budget. */
  searchThreads: number;
  searchTimeoutMs: number;
}

const inMemory = (path: string) => path === '' || path === ':memory:';

export default fp<StoreOptions>(
  async (app, { databasePath, writerThread, maxArticlesPerTransaction, checkpointIntervalMs, durability, searchThreads, searchTimeoutMs }) => {
    ensureDatabaseFolder(databasePath);
    const store = openStore(databasePath, { durability });
    const writer = createWriter(store, databasePath, {
      threaded: writerThread && !inMemory(databasePath),
      maxArticlesPerTransaction,
      checkpointIntervalMs,
      durability,
    });
    const reader = createReader(store, databasePath, { threads: inMemory(databasePath) ? 0 : searchThreads, timeoutMs: searchTimeoutMs });
    app.decorate('store', store);
    app.decorate('writer', writer);
    app.decorate('reader', reader);
    app.addHook('onClose', async () => {
      await reader.close();
      await writer.close();
      store.close();
    });
  },
  { name: 'store' },
);
