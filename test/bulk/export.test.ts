import t from 'tap';
import { parseArticle } from '../../src/extract/index.js';
import type { ParseResult } from '../../src/extract/types.js';
import { testApp } from './helpers.js';

const parsed = (n: number): ParseResult => ({
  ...parseArticle(''),
  dateline: { date: `2024-01-${String(1 + (n % 28)).padStart(2, '0')}`, city: n % 2 ? 'Lahore' : 'Karachi', country: 'Pakistan' },
  quotes: [
    {
      text: 'Text',
      type: 'direct',
      start: 0,
      end: 4,
      cue: 'said',
      speaker: { kind: 'person', name: 'Ali Khan', mention: null },
      confidence: 1,
    },
  ],
});

const lines = (body: string) =>
  body
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

t.test('Accept: application/x-ndjson streams every matching row, in list order, past any page size', async (t) => {
  const app = await testApp(t);
  app.sqlite!.saveArticles(Array.from({ length: 1201 }, (_, n) => ({ text: `Text ${n}`, parsed: parsed(n) })));

  const all = await app.inject({ url: '/v1/articles', headers: { accept: 'application/x-ndjson' } });
  t.equal(all.statusCode, 200);
  t.equal(all.headers['content-type'], 'application/x-ndjson');
  const articles = lines(all.body);
  t.equal(articles.length, 1201);
  const firstPage = (await app.inject({ url: '/v1/articles?limit=3' })).json();
  t.same(articles.slice(0, 3), firstPage.items, 'same rows and order as the paged list');

  const lahore = lines((await app.inject({ url: '/v1/articles?city=lahore', headers: { accept: 'application/x-ndjson' } })).body);
  t.equal(lahore.length, 600);
  t.ok(lahore.every((a) => a.dateline.city === 'Lahore'));
  const rest = lines(
    (await app.inject({ url: `/v1/articles?cursor=${firstPage.nextCursor}`, headers: { accept: 'application/x-ndjson' } })).body,
  );
  t.equal(rest.length, 1198, 'from a cursor on');

  const quotes = lines((await app.inject({ url: '/v1/quotes?speaker=khan', headers: { accept: 'application/x-ndjson, */*' } })).body);
  t.equal(quotes.length, 1201);
  t.match(quotes[0], { text: 'Text', speaker: { name: 'Ali Khan' } });

  const none = await app.inject({ url: '/v1/quotes?speaker=nobody', headers: { accept: 'application/x-ndjson' } });
  t.equal(none.statusCode, 200);
  t.equal(none.body, '');
});

t.test('a bad cursor is still a 400 problem, not a broken stream', async (t) => {
  const app = await testApp(t);
  const response = await app.inject({ url: '/v1/quotes?cursor=bm9wZQ', headers: { accept: 'application/x-ndjson' } });
  t.equal(response.statusCode, 400);
  t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
});
