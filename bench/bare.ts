// The baselines: a bare Fastify server whose one route returns a fixed small JSON body and, given a
// database (DATABASE_PATH), a bare route answering the quotes query straight from the store: what reading
// a page of quotes costs on this machine before any of the API's own layers (auth, limits, schemas, metrics).
import Fastify from 'fastify';
import { openStore } from '../src/store/index.js';

const app = Fastify({ logger: false });
const body = { items: [{ id: 1, text: 'A fixed quote.', speaker: 'Vedant Patel' }], nextCursor: null };
app.get('/health', async () => ({ status: 'ok' }));
app.get('/fixed', async () => body);
const databasePath = process.env.DATABASE_PATH;
if (databasePath) {
  const store = openStore(databasePath);
  app.get<{ Querystring: { speaker: string } }>('/quotes', async (request) =>
    store.listQuotes({ speaker: request.query.speaker }, { limit: 20 }),
  );
  app.addHook('onClose', async () => store.close());
}
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close());
