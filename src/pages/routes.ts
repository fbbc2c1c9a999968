// The pages people look at: /, /officials/:id, /articles/:id and /try, server-rendered HTML with one
// stylesheet and one script (no inline script or style). Not part of /v1 nor of the OpenAPI document.
// When reads take a key, the server cannot render the data for an anonymous load: it sends the frame
// and a key form, and the script loads the data through the API with the reader's key.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { callerOf } from '../plugins/auth.js';
import { IdParams } from '../schemas/common.js';
import assetRoutes from './assets.js';
import { storeSource } from './data.js';
import { keyForm, layout, type PageFrame } from './layout.js';
import { html } from './public/html.js';
import { articlePage, homePage, officialPage, type PageContent } from './public/views.js';

/** The pages' policy: scripts, styles and data from this origin only; no inline code; DOM sinks take only TrustedHTML. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types pages',
].join('; ');

// A form's empty fields arrive as empty strings: accepted, and read as "not given".
const Words = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const DayOrBlank = Type.Optional(Type.String({ pattern: '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$', description: 'YYYY-MM-DD' }));
const HomeQuery = Type.Object({ who: Words(200), q: Words(500) }, { additionalProperties: false });
const OfficialQuery = Type.Object(
  {
    type: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('direct'), Type.Literal('indirect')])),
    from: DayOrBlank,
    to: DayOrBlank,
    q: Words(500),
    cursor: Words(1024),
    // The cursors of the pages before this one, for "Newer quotes" (see views.js: pageLinks).
    back: Type.Optional(Type.String({ maxLength: 16_384, pattern: '^[A-Za-z0-9_,=-]*$' })),
  },
  { additionalProperties: false },
);

/** The query without its blank fields. */
function given<Q extends Record<string, string | undefined>>(query: Q): { [K in keyof Q]?: Exclude<Q[K], ''> } {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== '')) as { [K in keyof Q]?: Exclude<Q[K], ''> };
}

const pageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const keys = app.config.apiKeys.length > 0;
  const reads = keys && app.config.requireKeyForReads ? 'key' : 'open';
  const parse = keys && !app.config.openParse ? 'key' : 'open';
  const schema = { hide: true };

  const send = (reply: FastifyReply, frame: Omit<PageFrame, 'reads' | 'parse'>, content: PageContent) =>
    reply
      .code(content.status)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      .send(layout(content.title, { ...frame, reads, parse }, content.main));
  /** The frame alone, for the script to fill in with the reader's key. */
  const keyed = (title: string): PageContent => ({ status: 200, title, main: html`<h1>${title}</h1>${keyForm}` });

  await app.register(assetRoutes);

  app.get('/', { schema: { ...schema, querystring: HomeQuery } }, async (request, reply) => {
    if (reads === 'key') return send(reply, { page: 'home' }, keyed('Newsroom quotes'));
    return send(reply, { page: 'home' }, await homePage(storeSource(app, callerOf(request)), given(request.query)));
  });

  app.get('/officials/:id', { schema: { ...schema, params: IdParams, querystring: OfficialQuery } }, async (request, reply) => {
    const { id } = request.params;
    if (reads === 'key') return send(reply, { page: 'official', id }, keyed(`Official ${id}`));
    return send(reply, { page: 'official', id }, await officialPage(storeSource(app, callerOf(request)), id, given(request.query)));
  });

  app.get('/articles/:id', { schema: { ...schema, params: IdParams } }, async (request, reply) => {
    const { id } = request.params;
    if (reads === 'key') return send(reply, { page: 'article', id }, keyed(`Article ${id}`));
    return send(reply, { page: 'article', id }, await articlePage(storeSource(app, callerOf(request)), id));
  });

  app.get('/try', { schema }, async (_request, reply) => send(reply, { page: 'try' }, tryPage(parse === 'key')));
};

/** /try: the script posts the text to POST /v1/parse?explain=true and shows the result under the form. */
function tryPage(needsKey: boolean): PageContent {
  const main = html`<h1>Try a text</h1>
<p>Paste an article, dateline included. It is parsed and shown here, and not stored.</p>
${needsKey ? keyForm : ''}
<form id="try-form" class="try-form">
  <label for="try-text">Article text</label>
  <textarea id="try-text" name="text" rows="14" required></textarea>
  <button type="submit">Parse</button>
</form>
<noscript><p>Parsing here needs JavaScript; without it, POST the text to /v1/parse.</p></noscript>
<p id="try-status" role="status"></p>
<div id="try-result"></div>`;
  return { status: 200, title: 'Try a text', main };
}

export default pageRoutes;
