// What bench:layers and bench:profile share: the API built in this process as the benchmark servers run it, and
// requests sent to it through Fastify's inject with a random official in each.
import type { FastifyInstance } from 'fastify';
import type { QuoteFilter } from '../src/schemas/quotes.js';
import type { PageRequest } from '../src/store/index.js';
import type { QuotePageJson } from '../src/store/quotes.js';

/** buildApp's options as the benchmark servers run (bench/servers.ts): limits lifted, no threads besides the event loop's. */
export const benchAppOptions = (databasePath: string) => ({
  databasePath,
  logger: false as const,
  parseWorkers: 0,
  writerThread: false,
  rateLimitPerMinute: 1_000_000,
  maxEventLoopDelayMs: 0,
  searchThreads: 0,
});

/** Sends one GET of `path` to `app`, NAME replaced by one of `names` picked at random; anything but a 200 throws. */
export function randomSpeakerRequests(app: FastifyInstance, path: string, names: readonly string[]): () => Promise<void> {
  return async () => {
    const name = encodeURIComponent(names[Math.floor(Math.random() * names.length)]);
    const response = await app.inject({ method: 'GET', url: path.replace('NAME', name) });
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
  };
}

/** What the bare route reads: either store (SQLite's answers at once, PostgreSQL's in promises). */
interface QuoteSource {
  listQuotes(filter: QuoteFilter, page: PageRequest): unknown;
  quotePageJson?(filter: QuoteFilter, page: PageRequest): QuotePageJson | Promise<QuotePageJson>;
}

/**
 * The bare route of bench:query and bench:layers, GET /quotes?speaker=: a page of 20 quotes straight from the store,
 * read as the API reads it (JSON text where the store writes it, else objects that Fastify serialises).
 */
export function storePageRoute(app: FastifyInstance, store: QuoteSource): void {
  app.get<{ Querystring: { speaker: string } }>('/quotes', async (request, reply) => {
    const filter = { speaker: request.query.speaker };
    const body = await store.quotePageJson?.(filter, { limit: 20 });
    if (typeof body === 'string') return reply.type('application/json; charset=utf-8').send(body);
    return store.listQuotes(filter, { limit: 20 });
  });
}
