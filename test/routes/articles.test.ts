import t, { type Test } from 'tap';
import { article, patelArticle, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';
import { eachStore } from '../support/stores.js';
import type { AppOptions } from '../../src/app.js';

const articles = [
  patelArticle,
  article('LAHORE: Floods again. "We need help," Ali Raza said.', {
    dateline: { date: '2023-08-01', city: 'Lahore', country: 'Pakistan' },
    quotes: [quote('We need help', person('Ali Raza'))],
  }),
  article('NEW DELHI (AP) - Talks. The minister said talks went well.', {
    dateline: { date: '2023-05-02', city: 'New Delhi', country: 'India' },
    quotes: [quote('talks went well', person('Ravi Kumar', 'the minister'), 'indirect')],
  }),
];

async function appWithArticles(t: Test, store: AppOptions) {
  const app = await testApp(t, store);
  fakeParser(app, (text) => articles.find((a) => a.text === text)?.parsed ?? {});
  const ids: number[] = [];
  for (const [i, { text }] of articles.entries()) {
    const meta = i === 1 ? { source: 'The Nation', externalId: 'nation-1' } : {};
    const response = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text, ...meta } });
    ids.push(response.json().id);
  }
  return { app, ids };
}

eachStore(t, 'POST /v1/articles stores once: 201, then 200 with the same record', async (t, store) => {
  const app = await testApp(t, store);
  fakeParser(app, () => patelArticle.parsed);
  const body = { text: patelArticle.text, url: 'https://example.com/a', source: 'The Nation', publishedAt: '2023-06-07' };
  const created = await app.inject({ method: 'POST', url: '/v1/articles', payload: body });
  t.equal(created.statusCode, 201);
  const stored = created.json();
  t.equal(created.headers.location, `/v1/articles/${stored.id}`);
  t.match(stored, { url: body.url, source: 'The Nation', publishedAt: '2023-06-07', date: '2023-06-07', text: body.text });
  t.equal(stored.quotes.length, 4);
  t.equal(stored.officials.length, 2);

  let parsedAgain = false;
  fakeParser(app, () => {
    parsedAgain = true;
    return patelArticle.parsed;
  });
  const again = await app.inject({ method: 'POST', url: '/v1/articles', payload: body.text, headers: { 'content-type': 'text/plain' } });
  t.equal(again.statusCode, 200);
  t.notOk(parsedAgain, 'a re-post is not parsed again');
  t.same(again.json(), stored);
  t.same((await app.inject(`/v1/articles/${stored.id}`)).json(), stored);
  t.same(await app.store.stats(), { ...(await app.store.stats()), articles: 1, quotes: 4, officials: 2 });
});

eachStore(t, 'the same externalId again is the stored article; with another text, a 409 saying how to update', async (t, store) => {
  const { app, ids } = await appWithArticles(t, store);
  const same = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: articles[1].text, externalId: 'nation-1' } });
  t.equal(same.statusCode, 200);
  t.equal(same.json().id, ids[1]);
  const edited = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: 'Changed text.', externalId: 'nation-1' } });
  t.equal(edited.statusCode, 409);
  t.equal(edited.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(
    edited.json().detail,
    `externalId "nation-1" is article ${ids[1]}, stored with another text. To change article ${ids[1]}, PUT /v1/articles/${ids[1]}`,
  );
  t.equal((await app.inject(`/v1/articles/${ids[1]}`)).json().text, articles[1].text, 'the stored text is unchanged');
});

eachStore(t, 'GET /v1/articles filters, newest first', async (t, store) => {
  const { app, ids } = await appWithArticles(t, store);
  const list = async (query: string) => (await app.inject(`/v1/articles?${query}`)).json().items.map((a: { id: number }) => a.id);
  t.same(await list(''), [ids[1], ids[0], ids[2]], 'by date, newest first');
  t.same(await list('city=lahore'), [ids[1]]);
  t.same(await list('country=PAKISTAN'), [ids[1], ids[0]]);
  t.same(await list('source=the%20nation'), [ids[1]]);
  t.same(await list('from=2023-06-01&to=2023-07-31'), [ids[0]]);
  t.same(await list('from=2023-06-01'), [ids[1], ids[0]]);
  t.same(await list('to=2023-06-01'), [ids[2]]);
  t.same(await list('q=floods'), [ids[1]]);
  t.same(await list('q=talks%20minister'), [ids[2]], 'every word must be there');
  for (const q of ['"', '*', 'NEAR(talks', '-talks', '(talks', 'talks)', 'AND OR NOT', "'; DROP TABLE articles; --"]) {
    const response = await app.inject(`/v1/articles?q=${encodeURIComponent(q)}`);
    t.equal(response.statusCode, 200, `q=${q} is words, not FTS syntax`);
  }
  t.same(await list('q=%22'), [], 'no words, nothing found');
});

eachStore(t, 'pagination walks every article once, in a stable order', async (t, store) => {
  const { app, ids } = await appWithArticles(t, store);
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `limit=1&cursor=${cursor}` : 'limit=1';
    const page = (await app.inject(`/v1/articles?${query}`)).json();
    t.ok(page.items.length <= 1);
    seen.push(...page.items.map((a: { id: number }) => a.id));
    cursor = page.nextCursor;
  } while (cursor);
  t.same(seen, [ids[1], ids[0], ids[2]]);
});

eachStore(t, 'bad list parameters are 400', async (t, store) => {
  const { app } = await appWithArticles(t, store);
  const forged = Buffer.from(JSON.stringify(['2023-01-01', 'x'])).toString('base64url');
  for (const query of [
    'limit=0',
    'limit=501',
    'limit=ten',
    'from=2023-02-30',
    'from=20230101',
    'to=99999-01-01',
    'from=2023-06-02&to=2023-06-01',
    'cursor=not-a-cursor',
    `cursor=${forged}`,
    'limit=1&limit=2',
  ]) {
    const response = await app.inject(`/v1/articles?${query}`);
    t.equal(response.statusCode, 400, query);
  }
});

eachStore(t, 'GET and DELETE one article', async (t, store) => {
  const { app, ids } = await appWithArticles(t, store);
  t.equal((await app.inject('/v1/articles/abc')).statusCode, 400);
  t.equal((await app.inject('/v1/articles/0')).statusCode, 400);
  t.equal((await app.inject('/v1/articles/999')).statusCode, 404);
  const deleted = await app.inject({ method: 'DELETE', url: `/v1/articles/${ids[0]}` });
  t.equal(deleted.statusCode, 204);
  t.equal(deleted.body, '');
  t.equal((await app.inject(`/v1/articles/${ids[0]}`)).statusCode, 404);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${ids[0]}` })).statusCode, 404);
  t.same((await app.inject('/v1/quotes?speaker=patel')).json().items, [], 'its quotes went with it');
  t.same((await app.inject('/v1/officials?q=masood')).json().items, [], 'and its officials');
});

eachStore(t, 'a url other than http or https is refused', async (t, store) => {
  const app = await testApp(t, store);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: { text: 'GENEVA - Talks went on.', url: 'javascript:alert(1)' },
  });
  t.equal(response.statusCode, 400);
  t.match(response.json(), { detail: /url must match pattern/ });
});
