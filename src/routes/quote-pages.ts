// A plain page of quotes as the JSON text a store writes itself (SQLite, see store/quote-json.ts): the bytes the
// serialiser would make of listQuotes' page, at half the CPU. Shared by the quotes list and an official's quotes.
import type { FastifyReply } from 'fastify';
import type { QuoteFilter } from '../schemas/quotes.js';
import type { AsyncStore } from '../store/async-store.js';
import type { QuotePageRequest } from '../store/quotes.js';

/** Sends the page when the store writes it and returns true; false when only listQuotes answers this request. */
export async function sendQuotePageJson(
  store: AsyncStore,
  reply: FastifyReply,
  filter: QuoteFilter,
  page: QuotePageRequest,
): Promise<boolean> {
  const body = await store.quotePageJson?.(filter, page);
  if (body == null) return false;
  // Already serialised: sent as it is, past the schema's serialiser.
  reply.type('application/json; charset=utf-8').send(body);
  return true;
}
