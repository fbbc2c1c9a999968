// POST /v1/admin/reparse: re-runs the current parser over up to `?limit=` stored articles parsed by an older
// version (write key). Call again while `more` is true; each call resumes where the last one stopped.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { claimsOf, reparse } from '../bulk/reparse.js';
import { PARSER_VERSION } from '../extract/version.js';
import { Id, problems } from '../schemas/common.js';

const BATCH = 200;

const adminRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/admin/reparse',
    {
      config: { access: 'write' },
      schema: {
        tags: ['admin'],
        operationId: 'reparseArticles',
        summary: 'Re-parse stored articles with the current parser',
        querystring: Type.Object(
          { limit: Type.Integer({ minimum: 1, maximum: 100_000, default: 1000, description: 'Most articles to re-parse in this call.' }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            parserVersion: Type.String(),
            reparsed: Type.Integer(),
            failedIds: Type.Array(Id, { description: 'Articles the parser failed on, left as they were.' }),
            more: Type.Boolean({ description: 'True when older articles remain: call again.' }),
          }),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request) => {
      const report = await reparse(
        {
          currentVersion: PARSER_VERSION,
          claimStale: claimsOf(app.writer, app.store.staleArticles),
          staleArticles: app.store.staleArticles,
          parse: app.parser.parse,
        },
        { batchSize: BATCH, limit: request.query.limit },
      );
      return { parserVersion: PARSER_VERSION, ...report };
    },
  );
};

export default adminRoutes;
