import { CloneType, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../schemas/common.js';
import { QuoteListQuery, QuotePage } from '../schemas/quotes.js';
import { sendAll, wantsNdjson } from '../bulk/export.js';
import { splitListQuery } from './list-query.js';

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
        response: { 200: CloneType(QuotePage, { description: 'One page of quotes' }), ...problems(400) },
      },
    },
    async (request, reply) => {
      const { filter, page } = splitListQuery(request.query);
      if (wantsNdjson(request)) return sendAll(reply, (next) => app.store.listQuotes(filter, next), page.cursor);
      return app.store.listQuotes(filter, page);
    },
  );
};

export default quoteRoutes;
