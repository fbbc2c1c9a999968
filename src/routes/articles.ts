import { CloneType, Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Article, ArticleBody, ArticleListQuery, ArticlePage, type ArticleMeta } from '../schemas/articles.js';
import { IdParams, problems } from '../schemas/common.js';
import { problem } from '../plugins/errors.js';
import { ARTICLE_CONTENT_TYPES, articleText } from './article-text.js';
import { sendAll, wantsNdjson } from '../bulk/export.js';
import { splitListQuery } from './list-query.js';
import { whileClientWaits } from './client-gone.js';
import { callerOf } from '../plugins/auth.js';
import type { Page, PageRequest } from '../store/index.js';
import type { ArticleSummary } from '../schemas/articles.js';

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Parse and store an article',
        description:
          'JSON with `text` and optional metadata, or the raw article as text/plain. Posting the same text ' +
          'or externalId again changes nothing and answers 200 with the stored article.',
        consumes: ARTICLE_CONTENT_TYPES,
        body: ArticleBody,
        response: {
          200: CloneType(Article, { description: 'Already stored (same text or externalId): the stored article' }),
          201: CloneType(Article, { description: 'Stored: the new article with its ids' }),
          ...problems(400, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const text = articleText(body);
      const meta: ArticleMeta = typeof body === 'string' ? {} : body;
      // A re-post is answered without parsing again (a 1 MiB article takes the engine a while).
      const known = app.store.findExistingArticle(text, meta.externalId);
      const stored = known === undefined ? undefined : app.store.getArticle(known);
      if (stored) return stored;
      // Parse outside the transaction; the store re-checks for the text inside it, so concurrent
      // identical posts still store one article.
      const parsed = await app.parser.parse(text, { signal: whileClientWaits(reply) });
      const [{ id, created, article }] = await app.writer.saveArticles([{ ...meta, text, parsed }], { withArticles: true });
      if (created) reply.code(201).header('location', `/v1/articles/${id}`);
      return article;
    },
  );

  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'List articles, newest first',
        description: 'With `Accept: application/x-ndjson`, every matching article is streamed, one JSON object a line, without pagination.',
        querystring: ArticleListQuery,
        response: { 200: CloneType(ArticlePage, { description: 'One page of articles' }), ...problems(400, 422) },
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
        summary: 'An article with its quotes and officials',
        params: IdParams,
        response: { 200: CloneType(Article, { description: 'The article' }), ...problems(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const article = app.store.getArticle(id);
      if (!article) throw problem(404, `No article ${id}.`);
      return article;
    },
  );

  app.delete(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'Delete an article, its quotes, and officials no longer named anywhere',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await app.writer.deleteArticle(id))) throw problem(404, `No article ${id}.`);
      return reply.code(204).send(null);
    },
  );
};

export default articleRoutes;
