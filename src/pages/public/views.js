// @ts-check
// The pages' content, from data to SafeHtml: the same code renders on the server (data from the store)
// and in the browser (data from the API with the reader's key, and /try's parse). Plain JavaScript,
// served as /assets/views.js.
import { html, link } from './html.js';
import { markedText } from './marks.js';

/**
 * @typedef {import('../../schemas/articles.js').Article} Article
 * @typedef {import('../../schemas/articles.js').ArticleSummary} ArticleSummary
 * @typedef {import('../../schemas/officials.js').OfficialDetail} OfficialDetail
 * @typedef {import('../../schemas/officials.js').OfficialSummary} OfficialSummary
 * @typedef {import('../../schemas/quotes.js').StoredQuote} StoredQuote
 * @typedef {import('../../schemas/quotes.js').SpeakerCandidate} SpeakerCandidate
 * @typedef {import('../../schemas/quotes.js').QuoteMonths} QuoteMonths
 * @typedef {import('../../schemas/parse.js').ParseResult} ParseResult
 * @typedef {import('@sinclair/typebox').Static<typeof import('../../schemas/common.js').Dateline>} Dateline
 * @typedef {import('./html.js').SafeHtml} SafeHtml
 * @typedef {import('./marks.js').MarkedQuote} MarkedQuote
 */

/**
 * @template T
 * @typedef {{ items: T[], nextCursor: string | null }} Page
 */

/**
 * @typedef {{ type?: 'direct' | 'indirect', from?: string, to?: string, q?: string }} QuoteFilters
 * @typedef {{ limit: number, cursor?: string }} PageRequest
 */

/**
 * Where a page reads its data: the store on the server, the API in the browser. Every read is awaited.
 * @typedef {object} Source
 * @property {(id: number) => Promise<Article | undefined>} article
 * @property {(page: PageRequest) => Promise<Page<ArticleSummary>>} articles
 * @property {(id: number) => Promise<OfficialDetail | undefined>} official
 * @property {(q: string, page: PageRequest) => Promise<Page<OfficialSummary>>} officials
 * @property {(filter: QuoteFilters & { speaker?: string, officialId?: number }, page: PageRequest) =>
 *   Promise<Page<StoredQuote> & { candidates?: SpeakerCandidate[] }>} quotes
 * @property {(officialId: number) => Promise<QuoteMonths>} quoteMonths
 */

/** @typedef {{ status: number, title: string, main: SafeHtml }} PageContent */

/** Quotes a page lists. */
export const PAGE_SIZE = 20;
/** How many earlier pages "Newer quotes" can step back through; past them it leads to the first page. */
export const TRAIL_PAGES = 40;

/** @param {Dateline} dateline */
function datelineText(dateline) {
  const place = [dateline.city, dateline.country].filter(Boolean).join(', ');
  return [place, dateline.date].filter(Boolean).join(' · ') || 'no dateline';
}

/** @param {string | null} name @param {number | null} officialId */
function speakerName(name, officialId) {
  if (name === null) return html`<span class="muted">unnamed</span>`;
  return officialId === null ? html`${name}` : html`<a href="/officials/${officialId}">${name}</a>`;
}

/** A stored quote in a list: its words, who said it, and where. @param {StoredQuote} quote */
function quoteItem(quote) {
  const where = [quote.date, quote.source].filter(Boolean).join(' · ');
  return html`<li class="quote-item">
  <blockquote class="${quote.type}">${quote.text}</blockquote>
  <p class="meta">${speakerName(quote.speaker?.name ?? null, quote.officialId)} · ${quote.type} · ${where || 'undated'} ·
  <a href="/articles/${quote.articleId}#quote-${quote.ordinal}">the article</a>${quote.url ? html` · ${link(quote.url, 'original')}` : ''}</p>
</li>`;
}

/** @param {StoredQuote[]} quotes @param {string} empty */
function quoteList(quotes, empty) {
  return quotes.length === 0 ? html`<p>${empty}</p>` : html`<ol class="quotes">${quotes.map(quoteItem)}</ol>`;
}

/** @param {Record<string, string | undefined>} query */
function queryString(query) {
  const pairs = Object.entries(query).filter(([, value]) => value !== undefined && value !== '');
  return pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(/** @type {string} */ (value))}`).join('&');
}

/** @param {ArticleSummary} article */
function articleItem(article) {
  const label = [datelineText(article.dateline), article.source].filter(Boolean).join(' · ');
  return html`<li><a href="/articles/${article.id}">Article ${article.id}</a> <span class="meta">${label}</span></li>`;
}

/** @param {SpeakerCandidate} candidate */
function candidateItem(candidate) {
  const role = [candidate.title, candidate.organization, candidate.country].filter(Boolean).join(', ');
  return html`<li>${speakerName(candidate.name, candidate.officialId)} <span class="meta">${role}</span></li>`;
}

/** @param {OfficialSummary} official */
function officialItem(official) {
  const role = [official.title, official.organization, official.country].filter(Boolean).join(', ');
  return html`<li><a href="/officials/${official.id}">${official.name}</a> <span class="meta">${role}</span></li>`;
}

/**
 * The home page: search for an official or speaker (`who`), for words in quotes (`q`), the latest articles.
 * @param {Source} source
 * @param {{ who?: string, q?: string }} query
 * @returns {Promise<PageContent>}
 */
export async function homePage(source, { who, q }) {
  const latest = await source.articles({ limit: PAGE_SIZE });
  let results = html``;
  if (who) {
    const officials = await source.officials(who, { limit: PAGE_SIZE });
    const spoken = await source.quotes({ speaker: who }, { limit: PAGE_SIZE });
    results = html`<section aria-labelledby="who-results"><h2 id="who-results">Officials and speakers matching “${who}”</h2>
${officials.items.length > 0 ? html`<ul class="officials">${officials.items.map(officialItem)}</ul>` : html`<p>No official by that name.</p>`}
${spoken.candidates ? html`<p>“${who}” may mean:</p><ul>${spoken.candidates.map(candidateItem)}</ul>` : quoteList(spoken.items, 'No quotes by that speaker.')}
</section>`;
  }
  if (q) {
    const found = await source.quotes({ q }, { limit: PAGE_SIZE });
    results = html`${results}<section aria-labelledby="quote-results"><h2 id="quote-results">Quotes with “${q}”</h2>${quoteList(found.items, 'No quote has these words.')}</section>`;
  }
  const main = html`<h1>Newsroom quotes</h1>
<div class="searches">
<form class="search" action="/" method="get" role="search">
  <label for="who">Official or speaker</label>
  <input id="who" name="who" value="${who ?? ''}" list="who-suggestions" autocomplete="off" maxlength="200">
  <datalist id="who-suggestions"></datalist>
  <button type="submit">Find</button>
</form>
<form class="search" action="/" method="get" role="search">
  <label for="q">Words in a quote</label>
  <input id="q" name="q" value="${q ?? ''}" maxlength="500">
  <button type="submit">Search quotes</button>
</form>
</div>
${results}
<section aria-labelledby="latest"><h2 id="latest">Latest articles</h2>
${latest.items.length > 0 ? html`<ul class="articles">${latest.items.map(articleItem)}</ul>` : html`<p>No article stored yet.</p>`}
</section>`;
  return { status: 200, title: 'Newsroom quotes', main };
}

/** Every month from the first to the last with a quote, the empty ones at 0. @param {QuoteMonths['months']} counted */
export function quotesPerMonth(counted) {
  if (counted.length === 0) return [];
  const counts = new Map(counted.map(({ month, count }) => [month, count]));
  const [first, last] = [counted[0].month, counted[counted.length - 1].month];
  const all = [];
  for (let [year, month] = first.split('-').map(Number); `${year}-${String(month).padStart(2, '0')}` <= last; month++) {
    if (month > 12) [year, month] = [year + 1, 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    all.push({ month: key, count: counts.get(key) ?? 0 });
  }
  return all;
}

/** An SVG bar chart of every quote (attributes only: the page's CSP allows no inline style). @param {QuoteMonths} counted */
function monthChart(counted) {
  const months = quotesPerMonth(counted.months);
  const undated = counted.undated > 0 ? ` (${counted.undated} undated not shown)` : '';
  if (months.length === 0) return html`<p>No dated quote to chart${undated}.</p>`;
  const most = Math.max(...months.map((m) => m.count));
  const [barWidth, height] = [32, 120];
  const bars = months.map((m, i) => {
    const barHeight = Math.round((m.count / most) * (height - 20));
    const [x, y] = [i * barWidth + 3, height - barHeight];
    return html`<rect class="bar" x="${x}" y="${y}" width="${barWidth - 6}" height="${barHeight}"><title>${m.month}: ${m.count}</title></rect>
<text x="${x + (barWidth - 6) / 2}" y="${y - 4}" text-anchor="middle">${m.count || ''}</text>`;
  });
  const caption = `Quotes per month, ${months[0].month} to ${months[months.length - 1].month}${undated}`;
  return html`<figure class="chart"><svg role="img" aria-label="${caption}" width="${months.length * barWidth}" height="${height}" viewBox="0 0 ${months.length * barWidth} ${height}">${bars}</svg>
<figcaption>${caption}</figcaption></figure>`;
}

/** @param {QuoteFilters} filters */
function quoteFilterForm(filters) {
  const type = filters.type ?? '';
  /** @param {string} value @param {string} label */
  const option = (value, label) => html`<option value="${value}"${type === value ? html` selected` : ''}>${label}</option>`;
  return html`<form class="filters" method="get">
  <label>Type <select name="type">${option('', 'any')}${option('direct', 'direct')}${option('indirect', 'indirect')}</select></label>
  <label>From <input type="date" name="from" value="${filters.from ?? ''}"></label>
  <label>To <input type="date" name="to" value="${filters.to ?? ''}"></label>
  <label>Words <input name="q" value="${filters.q ?? ''}" maxlength="500"></label>
  <button type="submit">Filter</button>
</form>`;
}

/**
 * Links to the newer and older pages. The API's cursors go one way (older); the way back is the trail of the
 * cursors of the pages before this one (`back`, comma-separated), carried in the links so they work without
 * the script.
 * @param {number} id @param {QuoteFilters} filters @param {string | undefined} cursor @param {string | undefined} back
 * @param {string | null} nextCursor
 */
function pageLinks(id, filters, cursor, back, nextCursor) {
  const trail = back ? back.split(',') : [];
  const href = (/** @type {string | undefined} */ to, /** @type {string[]} */ before) => {
    const query = queryString({ ...filters, cursor: to, back: before.join(',') });
    return query ? `/officials/${id}?${query}` : `/officials/${id}`;
  };
  const newer = cursor ? html`<a class="newer" rel="prev" href="${href(trail.at(-1), trail.slice(0, -1))}">Newer quotes</a> ` : '';
  const first = trail.length > 0 ? html`<a href="${href(undefined, [])}">Newest quotes</a> ` : '';
  const onward = cursor ? [...trail, cursor].slice(-TRAIL_PAGES) : [];
  const older = nextCursor === null ? '' : html`<a class="next" rel="next" href="${href(nextCursor, onward)}">Older quotes</a>`;
  return html`<nav class="pages" aria-label="Pages of quotes">${first}${newer}${older}</nav>`;
}

/**
 * An official: who, the quotes per month, and the quotes, filtered and paged by the API's cursors.
 * @param {Source} source
 * @param {number} id
 * @param {QuoteFilters & { cursor?: string, back?: string }} query
 * @returns {Promise<PageContent>}
 */
export async function officialPage(source, id, query) {
  const official = await source.official(id);
  if (!official) return notFound(`No official ${id}.`);
  const { cursor, back, ...filters } = query;
  const page = await source.quotes({ ...filters, officialId: id }, { limit: PAGE_SIZE, cursor });
  const months = await source.quoteMonths(id);
  const main = html`<h1>${official.name}</h1>
<dl class="facts">
  <dt>Title</dt><dd>${official.title ?? '—'}</dd>
  <dt>Organisation</dt><dd>${official.organization ?? '—'}</dd>
  <dt>Country</dt><dd>${official.country ?? '—'}</dd>
  <dt>Also named</dt><dd>${official.aliases.join(', ') || '—'}</dd>
  <dt>Quotes</dt><dd>${official.quoteCount}</dd>
</dl>
${monthChart(months)}
<section aria-labelledby="quotes"><h2 id="quotes">Quotes, newest first</h2>
${quoteFilterForm(filters)}
${quoteList(page.items, 'No quote matches.')}
${pageLinks(id, filters, cursor, back, page.nextCursor)}
</section>`;
  return { status: 200, title: official.name, main };
}

/** @param {string} detail @returns {PageContent} */
export function notFound(detail) {
  return { status: 404, title: 'Not found', main: html`<h1>Not found</h1><p>${detail}</p><p><a href="/">Home</a></p>` };
}

/** @param {MarkedQuote & { officialId?: number | null, provenance?: { quote: string, speaker: string | null } }} quote @param {number} i */
function quoteDetail(quote, i) {
  const speaker = quote.speaker;
  const provenance = quote.provenance
    ? html` · found by ${quote.provenance.quote}${quote.provenance.speaker ? html`, speaker by ${quote.provenance.speaker}` : ''}`
    : '';
  return html`<li id="quote-detail-${i}"><a href="#quote-${i}">${quote.text.length > 80 ? `${quote.text.slice(0, 80)}…` : quote.text}</a>
<span class="meta">${speaker ? speakerName(speaker.name ?? speaker.mention, quote.officialId ?? null) : 'no speaker'} (${speaker?.kind ?? 'unknown'}) · ${quote.type} · confidence ${quote.confidence.toFixed(2)}${quote.cue ? ` · cue “${quote.cue}”` : ''}${provenance}</span></li>`;
}

/**
 * The text with its quotes highlighted, the quotes' details, the dateline and officials beside.
 * @param {{ text: string, dateline: Dateline, quotes: (MarkedQuote & { officialId?: number | null })[],
 *   officials: (OfficialSummary | import('../../schemas/parse.js').ParseResult['officials'][number])[] }} article
 */
export function articleView(article) {
  const officials = article.officials.map((official) => {
    const role = [official.title, official.organization, official.country].filter(Boolean).join(', ');
    const name = 'id' in official ? html`<a href="/officials/${official.id}">${official.name}</a>` : html`${official.name}`;
    return html`<li>${name} <span class="meta">${role}</span></li>`;
  });
  return html`<div class="article-layout">
<div class="article-text" lang="en">${markedText(article.text, article.quotes)}</div>
<aside class="article-side">
  <h2>Dateline</h2><p>${datelineText(article.dateline)}</p>
  <h2>Officials</h2>${officials.length > 0 ? html`<ul>${officials}</ul>` : html`<p>None named.</p>`}
  <div class="quote-panel" hidden></div>
</aside>
</div>
<section aria-labelledby="quote-list"><h2 id="quote-list">${article.quotes.length} quotes</h2>
<ol class="quote-details">${article.quotes.map(quoteDetail)}</ol></section>`;
}

/**
 * A stored article.
 * @param {Source} source
 * @param {number} id
 * @returns {Promise<PageContent>}
 */
export async function articlePage(source, id) {
  const article = await source.article(id);
  if (!article) return notFound(`No article ${id}.`);
  const about = [article.source, article.date].filter(Boolean).join(' · ');
  const main = html`<h1>Article ${article.id}</h1>
<p class="meta">${about}${article.url ? html` · ${link(article.url, 'original')}` : ''}</p>
${articleView(article)}`;
  return { status: 200, title: `Article ${article.id}`, main };
}

/** What /try shows after POST /v1/parse. @param {string} text @param {ParseResult} result */
export function parseView(text, result) {
  return html`<h2>What the parser found</h2>${articleView({ ...result, text })}`;
}
