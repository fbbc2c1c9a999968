// ?explain=true on stored quotes: their provenance, kept in its own column and read only when asked for, so
// the lists and pages that do not ask read no more than before.
import type { AsyncStore } from '../store/async-store.js';
import type { StoredQuote } from '../schemas/quotes.js';

/** The quotes with the provenance they were stored with (quotes stored without one stay as they are). */
export async function withProvenance<Q extends StoredQuote>(store: AsyncStore, quotes: Q[]): Promise<Q[]> {
  if (quotes.length === 0) return quotes;
  const found = await store.quoteProvenances(quotes.map((quote) => quote.id));
  return quotes.map((quote) => {
    const provenance = found.get(quote.id);
    return provenance ? { ...quote, provenance } : quote;
  });
}
