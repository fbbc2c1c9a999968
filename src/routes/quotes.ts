import { CloneType, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, problems } from '../schemas/common.js';
import { AmbiguousSpeaker, ExplainQuery, QuoteListQuery, QuotePage, STORED_QUOTE_EXAMPLES, StoredQuote } from '../schemas/quotes.js';
import { pageOrLines } from '../schemas/pagination.js';
import { problem } from '../plugins/errors.js';
import { firstExportPage, sendPages, wantsNdjson } from '../bulk/export.js';
import { withProvenance } from './explain.js';
import { splitListQuery } from './list-query.js';
import { sendCandidates, sendQuotePageJson } from './quote-pages.js';
import { callerOf } from '../plugins/auth.js';
import type { QuoteList } from '../store/async-store.js';
import type { PageRequest } from '../store/index.js';

const quoteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/quotes',
    {
      schema: {
        tags: ['quotes'],
        operationId: 'listQuotes',
        summary: 'List quotes across articles: newest article first, then by position in the article',
        description:
          '`speaker` matches a name whatever its case or honorific ("Mr Patel", "vedant patel"), and a ' +
          'surname alone when only one speaker has it; a surname several speakers have is a 300 listing them. ' +
          'With `Accept: application/x-ndjson`, every matching quote is streamed, one JSON object a line, ' +
          'without pagination.',
        querystring: QuoteListQuery,
        response: {
          200: pageOrLines(
            'One page of quotes; with Accept: application/x-ndjson, every quote, one a line',
            QuotePage,
            StoredQuote,
            STORED_QUOTE_EXAMPLES,
          ),
          300: {
            description: "The surname in `speaker` is several people's: each of them, to ask again by name or officialId",
            content: { 'application/problem+json': { schema: AmbiguousSpeaker } },
          },
          ...problems(400, 422),
        },
      },
    },
    async (request, reply) => {
      const { filter, page } = splitListQuery(request.query);
      // A full-text search runs in a reader thread (see store-reader/); other filters are index lookups.
      // An export's later pages are asked for by cursor alone: the feed's `since` goes with each.
      const list = (next: PageRequest) => {
        const feedPage = { ...next, since: page.since };
        return filter.q === undefined
          ? app.store.listQuotes(filter, feedPage)
          : (app.reader.search({ list: 'quotes', filter, page: feedPage }, callerOf(request)) as Promise<QuoteList>);
      };
      const ndjson = wantsNdjson(request);
      // A plain page as JSON text where the store writes it, or its 300 (never a full-text search: those go to a
      // reader thread).
      if (!ndjson && (await sendQuotePageJson(app.store, reply, filter, page))) return reply;
      // One read answers both the ambiguity check and the first page (an export's first page is bigger).
      const first = await list(ndjson ? firstExportPage(page.cursor) : page);
      if (first.candidates) return sendCandidates(reply, filter.speaker, first.candidates);
      return ndjson ? sendPages(reply, list, first) : first;
    },
  );

  app.get(
    '/quotes/:id',
    {
      schema: {
        tags: ['quotes'],
        operationId: 'getQuote',
        summary: 'A quote with its article id, url, source, date and dateline',
        params: IdParams,
        querystring: ExplainQuery,
        response: { 200: CloneType(StoredQuote, { description: 'The quote' }), ...problems(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const quote = await app.store.getQuote(id);
      if (!quote) throw problem(404, `No quote ${id}.`);
      return request.query.explain ? (await withProvenance(app.store, [quote]))[0] : quote;
    },
  );
};

export default quoteRoutes;
