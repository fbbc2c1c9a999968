// The baselines: a bare Fastify server whose one route returns a fixed small JSON body and, given a
// database (DATABASE_PATH, or DATABASE_URL for PostgreSQL), a bare route answering the quotes query straight
// from the store: what reading a page of quotes costs on this machine before any of the API's own layers
// (auth, limits, schemas, metrics).
import Fastify from 'fastify';
import { openStore } from '../src/store/index.js';
import { openPostgresStore } from '../src/store/postgres/index.js';
import { storePageRoute } from './in-process.js';

const app = Fastify({ logger: false });
const body = { items: [{ id: 1, text: 'A fixed quote.', speaker: 'Vedant Patel' }], nextCursor: null };
app.get('/health', async () => ({ status: 'ok' }));
app.get('/fixed', async () => body);
const { DATABASE_PATH: databasePath, DATABASE_URL: databaseUrl } = process.env;
// The pool the API opens by default (DATABASE_POOL_SIZE), so both read PostgreSQL alike.
const store = databaseUrl
  ? await openPostgresStore(databaseUrl, { poolSize: 10, statementTimeoutMs: 0 })
  : databasePath
    ? openStore(databasePath)
    : undefined;
if (store) {
  storePageRoute(app, store);
  app.addHook('onClose', async () => void (await store.close()));
}
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close());
