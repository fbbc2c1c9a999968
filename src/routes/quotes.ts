import { CloneType, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../schemas/common.js';
import { QuoteListQuery, QuotePage } from '../schemas/quotes.js';
import { sendAll, wantsNdjson } from '../bulk/export.js';
import { splitListQuery } from './list-query.js';
import { callerOf } from '../plugins/auth.js';
import type { Page, PageRequest } from '../store/index.js';
import type { StoredQuote } from '../schemas/quotes.js';

const quoteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/quotes',
    {
      schema: {
        tags: ['quotes'],
        summary: 'List quotes across articles, newest first',
        description:
          '`speaker` matches a name whatever its case or honorific ("Mr Patel", "vedant patel"), and a ' +
          'surname alone when only one speaker has it. With `Accept: application/x-ndjson`, every matching quote ' +
          'is streamed, one JSON object a line, without pagination.',
        querystring: QuoteListQuery,
        response: { 200: CloneType(QuotePage, { description: 'One page of quotes' }), ...problems(400, 422) },
      },
    },
    async (request, reply) => {
      const { filter, page } = splitListQuery(request.query);
      // A full-text search runs in a reader thread (see store-reader/); other filters are index lookups.
      const list = (next: PageRequest) =>
        filter.q === undefined
          ? app.store.listQuotes(filter, next)
          : (app.reader.search({ list: 'quotes', filter, page: next }, callerOf(request)) as Promise<Page<StoredQuote>>);
      if (wantsNdjson(request)) return sendAll(reply, list, page.cursor);
      return list(page);
    },
  );
};

export default quoteRoutes;
