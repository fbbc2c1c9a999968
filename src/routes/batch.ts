// POST /v1/articles/batch: many articles in one request, as NDJSON (read line by line as it arrives, never
// buffered whole) or as a JSON array. Each article is checked, parsed in the worker pool and stored in
// transactions of many; the answer has one result per input line, in order, so a bad line costs only itself.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { storeSteps } from '../bulk/articles.js';
import { ingest, type Entry } from '../bulk/ingest.js';
import { NDJSON, ndjsonEntries } from '../bulk/ndjson.js';
import { BatchBody, BatchResponse, type BatchResult } from '../bulk/schemas.js';
import { problem, problemBody } from '../plugins/errors.js';
import { problems } from '../schemas/common.js';

/** Articles parsed in parallel and then handed to the writer together (which merges concurrent chunks). */
const CHUNK = 50;
/** A JSON array is buffered whole (that is JSON): this bounds it. NDJSON has no total limit, only per line. */
const MAX_ARRAY_BYTES = 100 * 1024 * 1024;

/** Stops at the limit: the first line past it says so, and nothing after it is read. */
async function* upTo(entries: AsyncIterable<Entry<number>>, max: number): AsyncGenerator<Entry<number>> {
  let count = 0;
  for await (const entry of entries) {
    if (++count > max) {
      yield { ref: entry.ref, problem: problemBody(413, `Over the batch limit of ${max} articles: line ${entry.ref} and any after it were not read.`) };
      return;
    }
    yield entry;
  }
}

const batchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // NDJSON bodies reach the handler as the raw request stream.
  app.addContentTypeParser(NDJSON, (_request, payload, done) => done(null, payload));

  app.post(
    '/articles/batch',
    {
      bodyLimit: MAX_ARRAY_BYTES,
      config: { rateLimit: { max: app.config.batchRateLimitPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['articles'],
        operationId: 'createArticles',
        summary: 'Parse and store many articles',
        description:
          `application/x-ndjson (one article a line, as for POST /v1/articles: an object with text and metadata, ` +
          `or a JSON string) or a JSON array of them; at most BATCH_MAX_ARTICLES (default 10,000). One result ` +
          `per line, in order: created or existing with the article id, or failed with a problem.`,
        consumes: [NDJSON, 'application/json'],
        body: BatchBody,
        response: { 200: BatchResponse, ...problems(400, 413, 415) },
      },
    },
    async (request) => {
      const max = app.config.batchMaxArticles;
      let entries: AsyncIterable<Entry<number>>;
      if (request.body instanceof Readable) {
        entries = upTo(ndjsonEntries(request.body, app.config.maxArticleBytes * 2), max);
      } else if (Array.isArray(request.body)) {
        const items = request.body;
        if (items.length > max) throw problem(413, `${items.length} articles is over the batch limit of ${max}.`);
        entries = Readable.from(items.map((body, i) => ({ ref: i + 1, body })));
      } else {
        throw problem(400, 'A batch is NDJSON (application/x-ndjson) or a JSON array of articles.');
      }
      const response = { created: 0, existing: 0, failed: 0, results: [] as BatchResult[] };
      for await (const { ref, ...outcome } of ingest(entries, storeSteps(app.writer, app.parser, app.config.maxArticleBytes), CHUNK)) {
        response[outcome.status]++;
        response.results.push({ line: ref, ...outcome });
      }
      return response;
    },
  );
};

export default batchRoutes;
