import t, { type Test } from 'tap';
import { article, patelArticle, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';
import { eachStore } from '../support/stores.js';
import type { AppOptions } from '../../src/app.js';

const khans = [
  article('Imran Khan spoke.', {
    dateline: { date: '2023-09-01', city: 'Lahore', country: 'Pakistan' },
    quotes: [quote('we will win', person('Imran Khan', 'Khan'))],
  }),
  article('Sadiq Khan spoke.', { quotes: [quote('London is open', person('Sadiq Khan'), 'indirect')] }),
];

async function appWithQuotes(t: Test, store: AppOptions) {
  const app = await testApp(t, store);
  const all = [patelArticle, ...khans];
  fakeParser(app, (text) => all.find((a) => a.text === text)?.parsed ?? {});
  const ids = [];
  for (const { text } of all) ids.push((await app.inject({ method: 'POST', url: '/v1/articles', payload: { text } })).json().id);
  return { app, ids };
}

type Item = { text: string };
const texts = (body: { items: Item[] }) => body.items.map((q) => q.text);

eachStore(t, 'speaker matches a name whatever the case and honorific, and an unambiguous surname', async (t, store) => {
  const { app, ids } = await appWithQuotes(t, store);
  const patel = ['the US wanted stable ties', 'We engage directly'];
  for (const speaker of ['Vedant Patel', 'vedant patel', 'Mr Patel', 'MR. VEDANT PATEL', 'patel', 'Dr  Patel']) {
    const response = await app.inject(`/v1/quotes?speaker=${encodeURIComponent(speaker)}`);
    t.same(texts(response.json()).sort(), [...patel].sort(), speaker);
  }
  const [first] = (await app.inject('/v1/quotes?speaker=patel')).json().items;
  t.match(first, {
    articleId: ids[0],
    date: '2023-06-07',
    dateline: { date: '2023-06-07', city: 'Islamabad', country: 'Pakistan' },
    speaker: { kind: 'person', name: 'Vedant Patel' },
    officialId: Number,
  });
  const masoodId = (await app.inject('/v1/officials?q=masood')).json().items[0].id;
  const khan = await app.inject('/v1/quotes?speaker=khan');
  t.equal(khan.statusCode, 300, 'two Khans: a surname alone is ambiguous');
  t.equal(khan.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.same(khan.json(), {
    type: 'about:blank',
    title: 'Multiple Choices',
    status: 300,
    detail: '"khan" may mean 3 people: ask again with a full name or officialId.',
    candidates: [
      { name: 'Imran Khan', officialId: null, title: null, organization: null, country: null, quoteCount: 1 },
      { name: 'Masood Khan', officialId: masoodId, title: 'Ambassador', organization: null, country: 'Pakistan', quoteCount: 1 },
      { name: 'Sadiq Khan', officialId: null, title: null, organization: null, country: null, quoteCount: 1 },
    ],
  });
  const masood = await app.inject('/v1/quotes?speaker=masood%20khan');
  t.equal(masood.statusCode, 200, 'a full name is never ambiguous');
  t.same(texts((await app.inject('/v1/quotes?speaker=imran%20khan')).json()), ['we will win']);
  t.same(texts((await app.inject('/v1/quotes?speaker=Mr.')).json()), [], 'nothing but an honorific');
  t.same(texts((await app.inject('/v1/quotes?speaker=%22%20OR%201%3D1%20--')).json()), []);
});

eachStore(t, 'a surname several people have is resolved by one read of the store', async (t, store) => {
  const { app } = await appWithQuotes(t, store);
  const reads: string[] = [];
  const { listQuotes, quotePageJson } = app.store;
  app.store.listQuotes = async (filter, page) => (reads.push('listQuotes'), listQuotes(filter, page));
  if (quotePageJson) app.store.quotePageJson = async (filter, page) => (reads.push('quotePageJson'), quotePageJson(filter, page));
  const expected = (await app.inject('/v1/quotes?speaker=khan')).json();
  t.equal(reads.length, 1, `one read: ${reads.join(', ')}`);
  t.equal(expected.candidates.length, 3);
  reads.length = 0;
  const ndjson = await app.inject({ url: '/v1/quotes?speaker=khan', headers: { accept: 'application/x-ndjson' } });
  t.equal(ndjson.statusCode, 300, 'an export of an ambiguous surname too');
  t.same(ndjson.json(), expected);
  t.same(reads, ['listQuotes'], 'which only the list answers');
});

eachStore(t, 'quote filters', async (t, store) => {
  const { app, ids } = await appWithQuotes(t, store);
  const get = async (query: string) => texts((await app.inject(`/v1/quotes?${query}`)).json());
  const patelId = (await app.inject('/v1/officials?q=patel')).json().items[0].id;
  t.same(await get(`officialId=${patelId}`), ['the US wanted stable ties', 'We engage directly']);
  t.same(await get('type=indirect&from=2023-01-01'), ['the US wanted stable ties', 'efforts were afoot']);
  t.same(await get(`articleId=${ids[1]}`), ['we will win']);
  t.same(await get('q=stable%20ties'), ['the US wanted stable ties']);
  t.same(await get('to=2023-06-30&type=direct'), ['We engage directly', 'The relationship is very old']);
  for (const q of ['"', 'NEAR(', '*', '-', ')(']) t.same(await get(`q=${encodeURIComponent(q)}`), [], `q=${q}`);
  t.equal((await app.inject('/v1/quotes?type=scare')).statusCode, 400);
  t.equal((await app.inject('/v1/quotes?officialId=-1')).statusCode, 400);
});

eachStore(t, 'quotes page through in a stable order', async (t, store) => {
  const { app } = await appWithQuotes(t, store);
  const all = texts((await app.inject('/v1/quotes')).json());
  t.equal(all.length, 6);
  const paged: string[] = [];
  let url = '/v1/quotes?limit=4';
  for (;;) {
    const page = (await app.inject(url)).json();
    paged.push(...texts(page));
    if (!page.nextCursor) break;
    url = `/v1/quotes?limit=4&cursor=${page.nextCursor}`;
  }
  t.same(paged, all);
  t.equal(all[0], 'we will win', 'newest article first');
  t.equal(all.at(-1), 'London is open', 'undated article last');
});

eachStore(t, 'one order everywhere: newest article first, then position in it; each quote carries its article', async (t, store) => {
  const app = await testApp(t, store);
  const two = (n: number) =>
    article(`Article ${n}.`, { quotes: [quote(`first of ${n}`, person('Ali Raza')), quote(`second of ${n}`, person('Ali Raza'))] });
  const articles = [two(1), two(2)];
  fakeParser(app, (text) => articles.find((a) => a.text === text)?.parsed ?? {});
  for (const [i, { text }] of articles.entries()) {
    await app.inject({
      method: 'POST',
      url: '/v1/articles',
      payload: { text, url: `https://example.com/${i}`, source: 'Dawn', publishedAt: '2024-01-05' },
    });
  }
  const order = ['first of 2', 'second of 2', 'first of 1', 'second of 1'];
  t.same(texts((await app.inject('/v1/quotes')).json()), order);
  t.same(texts((await app.inject('/v1/quotes?speaker=raza')).json()), order, 'by speaker too');
  const second = await app.inject('/v1/quotes?limit=1&cursor=' + (await app.inject('/v1/quotes?limit=1')).json().nextCursor);
  t.same(texts(second.json()), ['second of 2'], 'and page by page');
  const [quoted] = (await app.inject('/v1/quotes?limit=1')).json().items;
  t.match(quoted, { url: 'https://example.com/1', source: 'Dawn', date: '2024-01-05', dateline: { city: null } });
  const one = await app.inject(`/v1/quotes/${quoted.id}`);
  t.equal(one.statusCode, 200);
  t.same(one.json(), quoted, 'GET /v1/quotes/:id gives the same record');
  t.equal((await app.inject('/v1/quotes/999999')).statusCode, 404);
  t.equal((await app.inject('/v1/quotes/x')).statusCode, 400);
});
