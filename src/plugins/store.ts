// app.store: the database for this app instance, closed with the app.
import fp from 'fastify-plugin';
import { ensureDatabaseFolder } from '../config.js';
import { openStore, type Store } from '../store/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

export default fp<{ databasePath: string }>(
  async (app, { databasePath }) => {
    ensureDatabaseFolder(databasePath);
    const store = openStore(databasePath);
    app.decorate('store', store);
    app.addHook('onClose', async () => store.close());
  },
  { name: 'store' },
);
