// The baseline: a bare Fastify server whose one route returns a fixed small JSON body.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const body = { items: [{ id: 1, text: 'A fixed quote.', speaker: 'Vedant Patel' }], nextCursor: null };
app.get('/health', async () => ({ status: 'ok' }));
app.get('/fixed', async () => body);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close());
