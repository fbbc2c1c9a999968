import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../schemas/common.js';
import { QuoteListQuery, QuotePage } from '../schemas/quotes.js';
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
          'surname alone when only one speaker has it.',
        querystring: QuoteListQuery,
        response: { 200: QuotePage, ...problems(400) },
      },
    },
    async (request) => {
      const { filter, page } = splitListQuery(request.query);
      return app.store.listQuotes(filter, page);
    },
  );
};

export default quoteRoutes;
