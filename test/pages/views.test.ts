// The pages' content from a hand-made data source: what each page shows, and every field escaped; last, the
// template tag the views are written in.
import t from 'tap';
import { escapeHtml, html, link, SafeHtml, safeHref } from '../../src/pages/public/html.js';
import { STORED_QUOTE_EXAMPLES, type QuoteMonths, type StoredQuote } from '../../src/schemas/quotes.js';
import type { OfficialDetail } from '../../src/schemas/officials.js';
import type { Article } from '../../src/schemas/articles.js';
import {
  articlePage,
  homePage,
  notFound,
  officialPage,
  parseView,
  quotesPerMonth,
  TRAIL_PAGES,
  type Source,
} from '../../src/pages/public/views.js';

const NOWHERE = { date: null, city: null, country: null };
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The OpenAPI document's example quote (Ayesha Malik, official 12), renumbered. */
const quote = (id: number, fields: Partial<StoredQuote> = {}): StoredQuote => ({
  ...STORED_QUOTE_EXAMPLES[0],
  id,
  articleId: 3,
  ordinal: id - 1,
  text: `Words number ${id}`,
  officialId: 7,
  confidence: 0.9,
  ...fields,
});

const OFFICIAL: OfficialDetail = {
  id: 7,
  name: 'Ayesha Malik',
  aliases: ['Malik', HOSTILE],
  title: 'Finance Minister',
  organization: null,
  country: 'Pakistan',
  roles: [],
  quoteCount: 2,
};

/** A source answering from fixed records; `calls` records each quotes read. */
function source(records: {
  quotes?: StoredQuote[];
  official?: OfficialDetail;
  article?: Article;
  candidates?: boolean;
  endless?: boolean;
  months?: QuoteMonths;
}) {
  const calls: unknown[] = [];
  const data: Source = {
    article: async () => records.article,
    articles: async () => ({ items: records.article ? [records.article] : [], nextCursor: null }),
    official: async () => records.official,
    officials: async () => ({ items: records.official ? [records.official] : [], nextCursor: null }),
    quotes: async (filter, page) => {
      calls.push({ filter, page });
      const candidates = records.candidates
        ? [{ name: HOSTILE, officialId: null, title: null, organization: null, country: 'Chad', quoteCount: 1 }]
        : undefined;
      return { items: records.quotes ?? [], nextCursor: records.endless ? 'more' : null, ...(candidates && { candidates }) };
    },
    quoteMonths: async () => records.months ?? { months: [], undated: 0 },
  };
  return { data, calls };
}

t.test('home: the latest articles, officials and quotes found, candidates for an ambiguous surname', async (t) => {
  const empty = await homePage(source({}).data, {});
  t.match(empty.main.markup, 'No article stored yet.');
  t.notMatch(empty.main.markup, 'matching');

  const article = { id: 3, dateline: NOWHERE, source: HOSTILE } as Article;
  const found = await homePage(source({ article, official: OFFICIAL, quotes: [quote(1, { url: null, date: null, source: null })] }).data, {
    who: HOSTILE,
    q: 'fuel',
  });
  t.match(found.main.markup, '<a href="/officials/7">Ayesha Malik</a> <span class="meta">Finance Minister, Pakistan</span>');
  t.match(found.main.markup, '<a href="/articles/3">Article 3</a> <span class="meta">no dateline · &lt;img');
  t.match(found.main.markup, 'direct · undated');
  t.match(found.main.markup, 'Quotes with “fuel”');
  t.notMatch(found.main.markup, '<img', 'nothing unescaped');

  const ambiguous = await homePage(source({ candidates: true }).data, { who: 'Khan' });
  t.match(ambiguous.main.markup, '“Khan” may mean:</p><ul><li>&lt;img src=x onerror=alert(1)&gt; <span class="meta">Chad</span>');
  t.match(ambiguous.main.markup, 'No official by that name.');
  const none = await homePage(source({}).data, { who: 'Nobody', q: 'nothing' });
  t.match(none.main.markup, 'No quotes by that speaker.');
  t.match(none.main.markup, 'No quote has these words.');
});

t.test('an official: facts, chart, filtered quotes, pages both ways', async (t) => {
  const { data, calls } = source({
    official: OFFICIAL,
    quotes: [quote(1), quote(2, { speaker: { kind: 'person', name: null, mention: 'she' }, officialId: null })],
    months: { months: [{ month: '2024-03', count: 2 }], undated: 0 },
  });
  const page = await officialPage(data, 7, { type: 'indirect', q: 'fuel', cursor: 'abc' });
  t.equal(page.title, 'Ayesha Malik');
  t.match(page.main.markup, '<dt>Organisation</dt><dd>—</dd>');
  t.match(page.main.markup, '<dd>Malik, &lt;img src=x onerror=alert(1)&gt;</dd>');
  t.match(page.main.markup, '<option value="indirect" selected>indirect</option>');
  t.match(page.main.markup, '<span class="muted">unnamed</span>');
  t.match(
    page.main.markup,
    '<a class="newer" rel="prev" href="/officials/7?type=indirect&amp;q=fuel">Newer quotes</a>',
    'page 2 steps back to page 1',
  );
  t.notMatch(page.main.markup, 'Newest quotes');
  t.notMatch(page.main.markup, 'Older quotes');
  t.match(page.main.markup, '<title>2024-03: 2</title>');
  t.match(page.main.markup, 'Quotes per month, 2024-03 to 2024-03</figcaption>');
  t.same(calls[0], { filter: { type: 'indirect', q: 'fuel', officialId: 7 }, page: { limit: 20, cursor: 'abc' } });

  const lone = await officialPage(source({ official: { ...OFFICIAL, aliases: [], title: null, country: null }, quotes: [] }).data, 7, {});
  t.match(lone.main.markup, '<dt>Also named</dt><dd>—</dd>');
  t.match(lone.main.markup, 'No dated quote to chart.');
  t.match(lone.main.markup, 'No quote matches.');
  t.notMatch(lone.main.markup, 'Newer quotes');

  const busy = source({ official: OFFICIAL, quotes: [quote(1)], endless: true });
  const firstPage = await officialPage(busy.data, 7, { from: '2024-01-01' });
  t.match(firstPage.main.markup, '<a class="next" rel="next" href="/officials/7?from=2024-01-01&amp;cursor=more">Older quotes</a>');
  const third = await officialPage(busy.data, 7, { cursor: 'c3', back: 'c2' });
  t.match(third.main.markup, 'href="/officials/7?cursor=c2">Newer quotes</a>', 'page 3 steps back to page 2');
  t.match(third.main.markup, '<a href="/officials/7">Newest quotes</a>');
  t.match(third.main.markup, 'href="/officials/7?cursor=more&amp;back=c2%2Cc3">Older quotes</a>', 'page 4 carries the trail');
  const trail = Array.from({ length: TRAIL_PAGES }, (_, i) => `c${i}`).join(',');
  const deep = await officialPage(busy.data, 7, { cursor: 'deep', back: trail });
  t.match(deep.main.markup, `back=${['c1', ...trail.split(',').slice(2), 'deep'].join('%2C')}">Older`, 'the trail keeps the latest pages');
  t.equal(busy.calls.length, 3, 'one page of quotes read per page, none for the chart');

  const gap = await officialPage(
    source({
      official: OFFICIAL,
      months: {
        months: [
          { month: '2024-01', count: 1 },
          { month: '2024-03', count: 1 },
        ],
        undated: 3,
      },
    }).data,
    7,
    {},
  );
  t.match(gap.main.markup, /<title>2024-02: 0<\/title><\/rect>\s*<text [^>]+><\/text>/, 'an empty month has a bar of 0 and no count');
  t.match(gap.main.markup, '2024-01 to 2024-03 (3 undated not shown)');
  const undatedOnly = await officialPage(source({ official: OFFICIAL, months: { months: [], undated: 2 } }).data, 7, {});
  t.match(undatedOnly.main.markup, 'No dated quote to chart (2 undated not shown).');

  t.equal((await officialPage(source({}).data, 9, {})).status, 404);
});

t.test('quotes per month: every month between the first and the last, across a year end', async (t) => {
  t.same(
    quotesPerMonth([
      { month: '2023-11', count: 2 },
      { month: '2024-02', count: 1 },
    ]),
    [
      { month: '2023-11', count: 2 },
      { month: '2023-12', count: 0 },
      { month: '2024-01', count: 0 },
      { month: '2024-02', count: 1 },
    ],
  );
  t.same(quotesPerMonth([]), []);
});

t.test('an article: its quotes highlighted and listed, its officials and dateline beside', async (t) => {
  const text = `KARACHI - "${HOSTILE} We will act," Ms Malik said.`;
  const start = text.indexOf(HOSTILE);
  const long = 'x'.repeat(100);
  const article: Article = {
    ...({} as Article),
    id: 3,
    text: text,
    url: 'javascript:alert(1)',
    source: 'Example News',
    date: '2024-03-02',
    dateline: { date: '2024-03-02', city: 'Karachi', country: null },
    quotes: [
      quote(1, { text: `${HOSTILE} We will act`, start, end: start + HOSTILE.length + 12 }),
      quote(2, { text: long, start: 0, end: 0, speaker: null, cue: null, officialId: null }),
    ],
    officials: [{ id: 7, name: 'Ayesha Malik', aliases: [], title: null, organization: 'Treasury', country: null }],
  };
  const page = await articlePage(source({ article }).data, 3);
  t.match(page.main.markup, '<p class="meta">Example News · 2024-03-02 · <span>original</span></p>', 'a javascript: URL is not a link');
  t.match(page.main.markup, '<mark class="quote speaker-0" id="quote-0"');
  t.match(page.main.markup, '<h2>Dateline</h2><p>Karachi · 2024-03-02</p>');
  t.match(page.main.markup, '<a href="/officials/7">Ayesha Malik</a> <span class="meta">Treasury</span>');
  t.match(page.main.markup, `${'x'.repeat(80)}…</a>\n<span class="meta">no speaker (unknown) · direct · confidence 0.90</span>`);
  t.notMatch(page.main.markup, '<img');
  t.notMatch((await articlePage(source({ article: { ...article, url: null } }).data, 3)).main.markup, 'original');
  t.same(await articlePage(source({}).data, 4), notFound('No article 4.'));
});

t.test('/try: the parse result with provenance, officials without pages', async (t) => {
  const text = 'LAHORE - The plan is ready, the minister said.';
  const view = parseView(text, {
    parserVersion: '1',
    dateline: NOWHERE,
    quotes: [
      {
        text: 'The plan is ready',
        type: 'indirect',
        start: 9,
        end: 26,
        cue: 'said',
        speaker: { kind: 'person', name: null, mention: 'the minister' },
        confidence: 0.5,
        provenance: { quote: 'indirect:comma', speaker: 'text > previous' },
      },
      {
        text: 'ready',
        type: 'indirect',
        start: 0,
        end: 1,
        cue: null,
        speaker: null,
        confidence: 0.5,
        provenance: { quote: 'direct:x', speaker: null },
      },
    ],
    officials: [],
  });
  t.match(
    view.markup,
    'the minister (person) · indirect · confidence 0.50 · cue “said” · found by indirect:comma, speaker by text &gt; previous',
  );
  t.match(view.markup, 'found by direct:x</span>');
  t.match(view.markup, '<h2>Officials</h2><p>None named.</p>');
  t.match(view.markup, '<p>no dateline</p>');
  const named = parseView(text, {
    parserVersion: '1',
    dateline: NOWHERE,
    quotes: [],
    officials: [{ name: HOSTILE, title: 'Minister', organization: null, country: null, aliases: [] }],
  });
  t.match(named.markup, '<li>&lt;img src=x onerror=alert(1)&gt; <span class="meta">Minister</span></li>');
});

// The template tag escapes by construction; links are http(s) or this site's paths only.
t.test('every interpolation is escaped unless it is SafeHtml', async (t) => {
  const hostile = `<script>alert("x")</script> & 'quoted'`;
  t.equal(
    html`<p title="${hostile}">${hostile}</p>`.toString(),
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>',
  );
  const inner = html`<b>${'a<b'}</b>`;
  t.ok(inner instanceof SafeHtml);
  t.equal(html`<i>${inner}</i>`.markup, '<i><b>a&lt;b</b></i>', 'markup from the tag is kept');
  t.equal(html`${'<x>'}`.markup, '&lt;x&gt;', 'a template starting with a value');
});

t.test('lists are joined at any depth; null, undefined and false render nothing; numbers and true as text', async (t) => {
  t.equal(html`${[html`<li>1</li>`, ['<li>', [html`<li>2</li>`]]]}`.markup, '<li>1</li>&lt;li&gt;<li>2</li>');
  t.equal(html`[${null}${undefined}${false}]`.markup, '[]');
  t.equal(html`${0} ${2.5} ${true}`.markup, '0 2.5 true');
});

t.test('direction controls are shown, not obeyed', async (t) => {
  const trojan = 'access\u202e\u2066 level\u2069\u202c \u200f\u061c';
  t.equal(escapeHtml(trojan), 'access\ufffd\ufffd level\ufffd\ufffd \ufffd\ufffd');
  t.notMatch(html`${trojan}`.markup, /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
});

t.test('hrefs: http(s) and this site only', async (t) => {
  t.equal(safeHref('https://news.example.com/a?b=1'), 'https://news.example.com/a?b=1');
  t.equal(safeHref(' HTTP://news.example.com/a '), 'HTTP://news.example.com/a', 'trimmed, any case');
  t.equal(safeHref('/articles/4'), '/articles/4');
  for (const bad of [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>',
    '//evil.example',
    '/\\evil.example',
    'https://a b',
    'vbscript:x',
    '',
  ]) {
    t.equal(safeHref(bad), null, JSON.stringify(bad));
  }
  t.equal(safeHref(null), null);
  t.equal(safeHref(undefined), null);
});

t.test('a link to an unsafe URL is its text alone', async (t) => {
  t.equal(
    link('https://x.example/"', 'original').markup,
    '<a href="https://x.example/&quot;" rel="noopener noreferrer nofollow">original</a>',
  );
  t.equal(link('javascript:alert(1)', '<b>x</b>').markup, '<span>&lt;b&gt;x&lt;/b&gt;</span>');
});
