// POST /v1/articles/batch: many articles in one request, as NDJSON (read line by line as it arrives, never
// buffered whole) or as a JSON array. Each article is checked, parsed in the worker pool and stored in
// transactions of many; the answer has one result per input line, in order, so a bad line costs only itself.
// With `Accept: application/x-ndjson` the results stream out as their transactions commit, and a last line
// says whether the batch ran to its end, so a client whose batch stopped (a store error) knows what is stored.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { storeSteps } from '../bulk/articles.js';
import { wantsNdjson } from '../bulk/export.js';
import { ingest, type Entry, type Outcome } from '../bulk/ingest.js';
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
      yield {
        ref: entry.ref,
        problem: problemBody(413, `Over the batch limit of ${max} articles: line ${entry.ref} and any after it were not read.`),
      };
      return;
    }
    yield entry;
  }
}

type Results = AsyncIterable<{ ref: number } & Outcome>;

/** What stopped a batch, as the problem its last line carries: a refusal (a 503...) keeps its status, anything else is a 500. */
function stopProblem(error: unknown, log: FastifyBaseLogger) {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') return problemBody(status, (error as Error).message);
  log.error({ err: error }, 'batch stopped');
  return problemBody(500, 'The server could not store the rest of the batch.');
}

/** One line a result as each commits, then `{"end": "complete" | "stopped", counts, problem?}`. */
async function* resultLines(results: Results, log: FastifyBaseLogger): AsyncGenerator<string> {
  const counts = { created: 0, existing: 0, failed: 0 };
  try {
    for await (const { ref, ...outcome } of results) {
      counts[outcome.status]++;
      yield `${JSON.stringify({ line: ref, ...outcome })}\n`;
    }
    yield `${JSON.stringify({ end: 'complete', ...counts })}\n`;
  } catch (error) {
    yield `${JSON.stringify({ end: 'stopped', ...counts, problem: stopProblem(error, log) })}\n`;
  }
}

const sendLines = (reply: FastifyReply, lines: AsyncIterable<string>) =>
  reply.type(NDJSON).send(Readable.from(lines, { objectMode: false }));

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
          `per line, in order: created or existing with the article id, or failed with a problem. With ` +
          `\`Accept: application/x-ndjson\` the results are streamed as they are stored, one JSON object a line ` +
          `(\`{"line", "status", "id" | "problem"}\`), and the last line is \`{"end": "complete", "created", "existing", ` +
          `"failed"}\`, or \`{"end": "stopped", ..., "problem"}\` when the batch stopped part way (only the lines ` +
          `before it were stored); a stream without an end line was cut.`,
        consumes: [NDJSON, 'application/json'],
        body: BatchBody,
        response: { 200: BatchResponse, ...problems(400, 413, 415) },
      },
    },
    async (request, reply) => {
      const max = app.config.batchMaxArticles;
      let entries: AsyncIterable<Entry<number>>;
      if (request.body instanceof Readable) {
        // Stopping early must leave the body to be read and dropped (see unread-bodies.ts), not destroy it.
        entries = upTo(ndjsonEntries(request.body.iterator({ destroyOnReturn: false }), app.config.maxArticleBytes * 2), max);
      } else if (Array.isArray(request.body)) {
        const items = request.body;
        if (items.length > max) throw problem(413, `${items.length} articles is over the batch limit of ${max}.`);
        entries = Readable.from(items.map((body, i) => ({ ref: i + 1, body })));
      } else {
        throw problem(400, 'A batch is NDJSON (application/x-ndjson) or a JSON array of articles.');
      }
      const results = ingest(entries, storeSteps(app.writer, app.parser, app.config.maxArticleBytes), CHUNK);
      if (wantsNdjson(request)) return sendLines(reply, resultLines(results, request.log));
      const response = { created: 0, existing: 0, failed: 0, results: [] as BatchResult[] };
      for await (const { ref, ...outcome } of results) {
        response[outcome.status]++;
        response.results.push({ line: ref, ...outcome });
      }
      return response;
    },
  );
};

export default batchRoutes;
