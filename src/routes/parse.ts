import { CloneType, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../schemas/common.js';
import { ParseBody, ParseQuery, ParseResult } from '../schemas/parse.js';
import { ARTICLE_CONTENT_TYPES, articleText } from './article-text.js';
import { whileClientWaits } from './client-gone.js';

const parseRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/parse',
    {
      // Parsing changes nothing but costs the server: with keys configured it takes one, unless OPEN_PARSE.
      config: { access: app.config.openParse ? 'open' : 'key' },
      schema: {
        tags: ['service'],
        operationId: 'parseArticle',
        summary: 'Parse an article without storing it',
        description: 'Dateline, quotes with speakers and offsets, and officials. JSON `{"text": ...}` or text/plain.',
        consumes: ARTICLE_CONTENT_TYPES,
        body: ParseBody,
        querystring: ParseQuery,
        response: { 200: CloneType(ParseResult, { description: 'What the engine found' }), ...problems(400, 413, 415, 422) },
      },
    },
    // Callers without a key parse in a lane of their own (one thread, a bounded queue, 503 when full).
    async (request, reply) =>
      app.parser.parse(articleText(request.body), {
        lane: request.apiKey ? 'main' : 'open',
        signal: whileClientWaits(reply),
        explain: request.query.explain === true,
      }),
  );
};

export default parseRoutes;
