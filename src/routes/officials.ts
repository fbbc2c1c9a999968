import { CloneType, Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, problems } from '../schemas/common.js';
import { OfficialDetail, OfficialListQuery, OfficialPage } from '../schemas/officials.js';
import { QuoteListQuery, QuoteMonths, QuoteMonthsQuery, QuotePage } from '../schemas/quotes.js';
import { problem } from '../plugins/errors.js';
import { splitListQuery } from './list-query.js';
import { sendQuotePageJson } from './quote-pages.js';

const OfficialQuotesQuery = Type.Omit(QuoteListQuery, ['speaker', 'officialId']);

const officialRoutes: FastifyPluginAsyncTypebox = async (app) => {
  /** The quotes of an official who does not exist are a 404, not an empty answer. */
  const mustExist = async (officialId: number) => {
    if (!(await app.store.officialExists(officialId))) throw problem(404, `No official ${officialId}.`);
  };

  app.get(
    '/officials',
    {
      schema: {
        tags: ['officials'],
        operationId: 'listOfficials',
        summary: 'List officials by name',
        querystring: OfficialListQuery,
        response: { 200: CloneType(OfficialPage, { description: 'One page of officials' }), ...problems(400) },
      },
    },
    async (request) => {
      const { filter, page } = splitListQuery(request.query);
      return app.store.listOfficials(filter, page);
    },
  );

  app.get(
    '/officials/:id',
    {
      schema: {
        tags: ['officials'],
        operationId: 'getOfficial',
        summary: 'An official: name, aliases, every role seen with its article, quote count',
        params: IdParams,
        response: { 200: CloneType(OfficialDetail, { description: 'The official' }), ...problems(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const official = await app.store.getOfficial(id);
      if (!official) throw problem(404, `No official ${id}.`);
      return official;
    },
  );

  app.get(
    '/officials/:id/quotes',
    {
      schema: {
        tags: ['officials'],
        operationId: 'listOfficialQuotes',
        summary: "An official's quotes, newest first",
        params: IdParams,
        querystring: OfficialQuotesQuery,
        response: { 200: CloneType(QuotePage, { description: "One page of the official's quotes" }), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const { id: officialId } = request.params;
      await mustExist(officialId);
      const { filter, page } = splitListQuery(request.query);
      if (await sendQuotePageJson(app.store, reply, { ...filter, officialId }, page)) return reply;
      return app.store.listQuotes({ ...filter, officialId }, page);
    },
  );

  app.get(
    '/officials/:id/quotes-per-month',
    {
      schema: {
        tags: ['officials'],
        operationId: 'countOfficialQuotesPerMonth',
        summary: "An official's quotes counted per month of their article's date",
        description:
          'Every quote the official is linked to, counted in the database (not a page of them); type, from and to filter as on the quotes list.',
        params: IdParams,
        querystring: QuoteMonthsQuery,
        response: { 200: CloneType(QuoteMonths, { description: 'Quotes per month, oldest first' }), ...problems(400, 404) },
      },
    },
    async (request) => {
      const { id: officialId } = request.params;
      await mustExist(officialId);
      return app.store.quoteMonthsOfOfficial(officialId, request.query);
    },
  );
};

export default officialRoutes;
