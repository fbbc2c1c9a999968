// The pages' only way to the stored data: every store read the pages make is here, awaited, so a store
// whose reads become asynchronous changes this file alone.
import type { FastifyInstance } from 'fastify';
import type { Page } from '../store/index.js';
import type { StoredQuote } from '../schemas/quotes.js';
import type { Source } from './public/views.js';
import { withProvenance } from '../routes/explain.js';

/** The store as the pages read it; `caller` is whose share of the search threads a `q` search spends. */
export function storeSource(app: FastifyInstance, caller: string): Source {
  return {
    // With each quote's provenance, shown in its details as /try shows a fresh parse's.
    article: async (id) => {
      const article = await app.store.getArticle(id);
      return article && { ...article, quotes: await withProvenance(app.store, article.quotes) };
    },
    articles: async (page) => await app.store.listArticles({}, page),
    official: async (id) => await app.store.getOfficial(id),
    quoteMonths: async (officialId) => await app.store.quoteMonthsOfOfficial(officialId, {}),
    officials: async (q, page) => await app.store.listOfficials({ q }, page),
    // Words are searched in a reader thread, as the API does (see store-reader/); the rest are index lookups.
    quotes: async (filter, page) =>
      filter.q === undefined
        ? await app.store.listQuotes(filter, page)
        : ((await app.reader.search({ list: 'quotes', filter, page }, caller)) as Page<StoredQuote>),
  };
}
