// A plain page of quotes as the JSON text a store writes itself (SQLite, see store/quote-json.ts): the bytes the
// serialiser would make of listQuotes' page, at half the CPU. Shared by the quotes list and an official's quotes.
import type { FastifyReply } from 'fastify';
import { problemBody } from '../plugins/errors.js';
import type { QuoteFilter, SpeakerCandidate } from '../schemas/quotes.js';
import type { AsyncStore } from '../store/async-store.js';
import type { QuotePageRequest } from '../store/quotes.js';

/**
 * Sends the page, or the 300 for a surname several people have, when the store answers it and returns true;
 * false when only listQuotes answers this request.
 */
export async function sendQuotePageJson(
  store: AsyncStore,
  reply: FastifyReply,
  filter: QuoteFilter,
  page: QuotePageRequest,
): Promise<boolean> {
  const body = await store.quotePageJson?.(filter, page);
  if (body == null) return false;
  if (typeof body !== 'string') {
    sendCandidates(reply, filter.speaker, body.candidates);
    return true;
  }
  // Already serialised: sent as it is, past the schema's serialiser, and as text: the hash, the length and the
  // socket encode it in C++, where a Buffer made here was a page-sized allocation a request (docs/benchmarks.md).
  reply.type('application/json; charset=utf-8').send(body);
  return true;
}

/** The 300 listing the people a surname in `speaker` may mean. */
export function sendCandidates(reply: FastifyReply, speaker: string | undefined, candidates: SpeakerCandidate[]): FastifyReply {
  const detail = `"${speaker}" may mean ${candidates.length} people: ask again with a full name or officialId.`;
  return reply
    .code(300)
    .type('application/problem+json')
    .send({ ...problemBody(300, detail), status: 300 as const, candidates });
}
