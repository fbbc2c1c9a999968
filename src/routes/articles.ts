import { CloneType, Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Article,
  ARTICLE_SUMMARY_EXAMPLES,
  ArticleBody,
  ArticleListQuery,
  ArticlePage,
  ArticleSummary,
  type ArticleMeta,
} from '../schemas/articles.js';
import { pageOrLines } from '../schemas/pagination.js';
import { ExternalIdParams, IdParams, IfMatchHeaders, problems } from '../schemas/common.js';
import { problem } from '../plugins/errors.js';
import { articleETag, names, oneAtATime } from '../plugins/preconditions.js';
import { ARTICLE_CONTENT_TYPES, articleText } from './article-text.js';
import { sendAll, wantsNdjson } from '../bulk/export.js';
import { splitListQuery } from './list-query.js';
import { withProvenance } from './explain.js';
import { ExplainQuery } from '../schemas/quotes.js';
import { whileClientWaits } from './client-gone.js';
import { callerOf } from '../plugins/auth.js';
import type { Page, PageRequest } from '../store/index.js';
import type { FastifyReply } from 'fastify';

/** How to change an article, said in every 409. */
const howToUpdate = (id: number) => `To change article ${id}, PUT /v1/articles/${id} with the new text.`;

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // PUTs and DELETEs of one article in turn: an If-Match checked at the start still holds at the write.
  const oneChangeAtATime = oneAtATime<number>();

  /** A 404 when the article is gone, a 412 when If-Match (if sent) does not name it as it is now. */
  async function checkIfMatch(id: number, ifMatch: string | undefined): Promise<void> {
    if (ifMatch === undefined) return;
    const article = await app.store.getArticle(id);
    if (!article) throw problem(404, `No article ${id}.`);
    if (!names(ifMatch, articleETag(article))) {
      throw problem(412, `Article ${id} has changed since that ETag was sent: GET it again and send its new ETag in If-Match.`);
    }
  }

  /** Re-parses and replaces an article (PUT); 404 when there is none, 409 when its new text or externalId is another's. */
  async function update(id: number, body: ArticleBody, ifMatch: string | undefined): Promise<Article> {
    return oneChangeAtATime(id, async () => {
      await checkIfMatch(id, ifMatch);
      return replace(id, body);
    });
  }

  async function replace(id: number, body: ArticleBody): Promise<Article> {
    const text = articleText(body);
    const meta: ArticleMeta = typeof body === 'string' ? {} : body;
    const parsed = await app.parser.parse(text);
    const outcome = await app.writer.updateArticle(id, { ...meta, text, parsed });
    if (outcome.status === 'missing') throw problem(404, `No article ${id}.`);
    if (outcome.status === 'conflict') {
      const what = outcome.field === 'text' ? 'This text' : `externalId "${meta.externalId}"`;
      throw problem(409, `${what} is already article ${outcome.id}: one article cannot take another's ${outcome.field}.`);
    }
    return (await app.store.getArticle(id)) as Article;
  }

  app.post(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'createArticle',
        summary: 'Parse and store an article',
        description:
          'JSON with `text` and optional metadata, or the raw article as text/plain. Posting the same text ' +
          '(line ends and whitespace at line ends aside) or the same externalId with the same text again changes ' +
          'nothing and answers 200 with the stored article. An externalId already stored with another text is a ' +
          '409: change an article with PUT.',
        consumes: ARTICLE_CONTENT_TYPES,
        body: ArticleBody,
        response: {
          200: CloneType(Article, { description: 'Already stored (same text or externalId): the stored article' }),
          201: CloneType(Article, { description: 'Stored: the new article with its ids' }),
          ...problems(400, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const text = articleText(body);
      const meta: ArticleMeta = typeof body === 'string' ? {} : body;
      const conflict = (id: number) =>
        problem(409, `externalId "${meta.externalId}" is article ${id}, stored with another text. ${howToUpdate(id)}`);
      // A re-post is answered without parsing again (a 1 MiB article takes the engine a while).
      const known = await app.store.findExistingArticle(text, meta.externalId);
      if (known?.conflict) throw conflict(known.id);
      const stored = known === undefined ? undefined : await app.store.getArticle(known.id);
      if (stored) return stored;
      // Parse outside the transaction; the store re-checks for the text inside it, so concurrent
      // identical posts still store one article.
      const parsed = await app.parser.parse(text, { signal: whileClientWaits(reply) });
      const [saved] = await app.writer.saveArticles([{ ...meta, text, parsed }], { withArticles: true });
      const { id, created, article } = saved;
      if (saved.conflict) throw conflict(id);
      if (created) reply.code(201).header('location', `/v1/articles/${id}`);
      return article;
    },
  );

  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        operationId: 'listArticles',
        summary: 'List articles, newest first',
        description: 'With `Accept: application/x-ndjson`, every matching article is streamed, one JSON object a line, without pagination.',
        querystring: ArticleListQuery,
        response: {
          200: pageOrLines(
            'One page of articles; with Accept: application/x-ndjson, every article, one a line',
            ArticlePage,
            ArticleSummary,
            ARTICLE_SUMMARY_EXAMPLES,
          ),
          ...problems(400, 422),
        },
      },
    },
    async (request, reply) => {
      const { filter, page } = splitListQuery(request.query);
      // A full-text search runs in a reader thread (see store-reader/); other filters are index lookups.
      const list = (next: PageRequest) =>
        filter.q === undefined
          ? app.store.listArticles(filter, next)
          : (app.reader.search({ list: 'articles', filter, page: next }, callerOf(request)) as Promise<Page<ArticleSummary>>);
      if (wantsNdjson(request)) return sendAll(reply, list, page.cursor);
      return list(page);
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        operationId: 'getArticle',
        summary: 'An article with its quotes and officials',
        params: IdParams,
        querystring: ExplainQuery,
        response: { 200: CloneType(Article, { description: 'The article' }), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const article = await app.store.getArticle(id);
      if (!article) throw problem(404, `No article ${id}.`);
      // The ETag a later PUT or DELETE compares If-Match with (the ETag plugin keeps one already set).
      reply.header('etag', articleETag(article));
      return request.query.explain ? { ...article, quotes: await withProvenance(app.store, article.quotes) } : article;
    },
  );

  const putSchema = {
    tags: ['articles'],
    description:
      'Replaces the text and metadata (metadata left out becomes null; an externalId left out is kept), re-parses ' +
      'the text and replaces its quotes and officials in one transaction. The quotes get new ids. With If-Match, ' +
      'only if the article still has that ETag (412 otherwise, and nothing changes); the answer carries the new ETag.',
    consumes: ARTICLE_CONTENT_TYPES,
    headers: IfMatchHeaders,
    body: ArticleBody,
    response: {
      200: CloneType(Article, { description: 'The updated article' }),
      ...problems(400, 404, 409, 412, 413, 415),
    },
  };

  /** The updated article, with the ETag GET would now give it. */
  async function put(id: number, request: { body: ArticleBody; headers: { 'if-match'?: string } }, reply: FastifyReply) {
    const article = await update(id, request.body, request.headers['if-match']);
    reply.header('etag', articleETag(article));
    return article;
  }

  app.put(
    '/articles/:id',
    { schema: { ...putSchema, operationId: 'updateArticle', summary: 'Update an article', params: IdParams } },
    async (request, reply) => put(request.params.id, request, reply),
  );

  app.put(
    '/articles/by-external-id/:externalId',
    {
      schema: {
        ...putSchema,
        operationId: 'updateArticleByExternalId',
        summary: 'Update the article with this externalId',
        params: ExternalIdParams,
      },
    },
    async (request, reply) => {
      const { externalId } = request.params;
      const { body } = request;
      if (typeof body !== 'string' && body.externalId !== undefined && body.externalId !== externalId) {
        throw problem(
          400,
          `body/externalId "${body.externalId}" differs from the path's "${externalId}": PUT /v1/articles/{id} changes an externalId.`,
        );
      }
      const id = await app.store.articleIdByExternalId(externalId);
      if (id === undefined) throw problem(404, `No article has externalId "${externalId}": POST /v1/articles stores a new one.`);
      return put(id, request, reply);
    },
  );

  app.delete(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        operationId: 'deleteArticle',
        summary: 'Delete an article, its quotes, and officials no longer named anywhere',
        description: 'With If-Match, only if the article still has that ETag (412 otherwise, and nothing is deleted).',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problems(400, 404, 412) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await oneChangeAtATime(id, async () => {
        await checkIfMatch(id, request.headers['if-match']);
        if (!(await app.writer.deleteArticle(id))) throw problem(404, `No article ${id}.`);
      });
      return reply.code(204).send(null);
    },
  );
};

export default articleRoutes;
