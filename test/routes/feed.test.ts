// The quotes change feed (?since=N) and list totals (?count=true).
import t, { type Test } from 'tap';
import { article, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';
import { eachStore } from '../support/stores.js';
import type { AppOptions } from '../../src/app.js';

// Posted newest-dated first, so the feed's order (as stored) differs from the lists' (newest article first).
const june = article('ISLAMABAD - Hina Rabbani said talks would resume. "We are ready," she said.', {
  dateline: { date: '2023-06-07', city: 'Islamabad', country: 'Pakistan' },
  quotes: [quote('talks would resume', person('Hina Rabbani'), 'indirect'), quote('We are ready', person('Hina Rabbani', 'she'))],
  officials: [{ name: 'Hina Rabbani', title: 'Minister of State', organization: null, country: 'Pakistan', aliases: [] }],
});
const may = article('DHAKA - Farid Ahmed said the bridge opens in May.', {
  dateline: { date: '2023-05-02', city: 'Dhaka', country: 'Bangladesh' },
  quotes: [quote('the bridge opens in May', person('Farid Ahmed'), 'indirect')],
});
const july = article('LAHORE - "Not yet," Hina Rabbani said of the deal.', {
  dateline: { date: '2023-07-10', city: 'Lahore', country: 'Pakistan' },
  quotes: [quote('Not yet', person('Hina Rabbani'))],
});
const corrected = article('DHAKA - Farid Ahmed said the bridge opens in June.', {
  quotes: [quote('the bridge opens in June', person('Farid Ahmed'), 'indirect')],
});

type Feed = { items: { id: number; text: string; articleId: number }[]; nextSince: number; nextCursor: string | null; total?: number };

async function appWithFeed(t: Test, store: AppOptions) {
  const app = await testApp(t, store);
  fakeParser(app, (text) => [june, may, july, corrected].find((a) => a.text === text)?.parsed ?? {});
  const post = async (text: string) => (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text } })).json().id as number;
  const feed = async (query: string) => (await app.inject(`/v1/quotes?${query}`)).json() as Feed;
  return { app, post, feed, ids: [await post(june.text), await post(may.text)] };
}

const texts = (page: { items: { text: string }[] }) => page.items.map((q) => q.text);

eachStore(t, 'since=0 gives every quote in the order stored; nextSince follows new ones', async (t, store) => {
  const { post, feed } = await appWithFeed(t, store);
  const start = await feed('since=0');
  t.same(texts(start), ['talks would resume', 'We are ready', 'the bridge opens in May'], 'stored order, not article date');
  t.equal(start.nextSince, start.items[2].id);
  t.equal(start.nextCursor, null);
  const caughtUp = await feed(`since=${start.nextSince}`);
  t.same(caughtUp.items, [], 'nothing new yet');
  t.equal(caughtUp.nextSince, start.nextSince, 'an empty page keeps the point reached');
  await post(july.text);
  const next = await feed(`since=${caughtUp.nextSince}`);
  t.same(texts(next), ['Not yet'], 'only the quote stored since');
  t.same(
    texts(await feed('')),
    ['Not yet', 'talks would resume', 'We are ready', 'the bridge opens in May'],
    'the list: newest article first',
  );
});

eachStore(t, 'a feed page continues by cursor, and filters narrow the feed', async (t, store) => {
  const { post, feed } = await appWithFeed(t, store);
  await post(july.text);
  const first = await feed('since=0&limit=2');
  t.same(texts(first), ['talks would resume', 'We are ready']);
  t.ok(first.nextCursor, 'more to read');
  const second = await feed(`since=0&limit=2&cursor=${first.nextCursor}`);
  t.same(texts(second), ['the bridge opens in May', 'Not yet']);
  t.equal(second.nextCursor, null);
  t.equal(second.nextSince, second.items[1].id);
  t.same(texts(await feed(`since=${first.nextSince}&limit=2`)), texts(second), 'nextSince reads on from the same point');
  const hina = await feed('since=0&speaker=rabbani');
  t.same(texts(hina), ['talks would resume', 'We are ready', 'Not yet'], 'by surname');
  t.same(texts(await feed(`since=${hina.items[0].id}&speaker=Hina%20Rabbani&type=direct`)), ['We are ready', 'Not yet']);
  t.same(texts(await feed('since=0&q=bridge')), ['the bridge opens in May'], 'a search, in a reader');
});

eachStore(t, "a PUT stores the article's quotes again as new entries; the replaced ones leave the feed", async (t, store) => {
  const { app, feed, ids } = await appWithFeed(t, store);
  const before = await feed('since=0');
  const response = await app.inject({ method: 'PUT', url: `/v1/articles/${ids[1]}`, payload: { text: corrected.text } });
  t.equal(response.statusCode, 200);
  const after = await feed(`since=${before.nextSince}`);
  t.same(texts(after), ['the bridge opens in June']);
  t.equal(after.items[0].articleId, ids[1], "same article, so a consumer replaces that article's quotes");
  t.same(texts(await feed('since=0')), ['talks would resume', 'We are ready', 'the bridge opens in June']);
  t.equal((await app.inject(`/v1/quotes/${before.items[2].id}`)).statusCode, 404);
});

eachStore(t, 'a cursor belongs to its list: a feed cursor is no list cursor, and back', async (t, store) => {
  const { app, feed } = await appWithFeed(t, store);
  const listCursor = (await feed('limit=1')).nextCursor;
  const feedCursor = (await feed('since=0&limit=1')).nextCursor;
  for (const query of [`since=0&cursor=${listCursor}`, `cursor=${feedCursor}`, 'since=-1', 'since=1.5']) {
    const response = await app.inject(`/v1/quotes?${query}`);
    t.equal(response.statusCode, 400, query);
  }
});

eachStore(t, 'count=true adds the total on every page of each list', async (t, store) => {
  const { app, post, feed } = await appWithFeed(t, store);
  await post(july.text);
  const first = await feed('count=true&limit=1');
  t.equal(first.total, 4);
  t.equal((await feed(`count=true&limit=1&cursor=${first.nextCursor}`)).total, 4, 'the same on a later page');
  t.equal((await feed('limit=1')).total, undefined, 'only when asked');
  t.equal((await feed('count=true&speaker=rabbani')).total, 3);
  t.equal((await feed('count=true&q=%28%29')).total, 0, 'a search of nothing but punctuation');
  t.equal((await feed('count=true&q=bridge')).total, 1, 'a search');
  const since = (await feed('since=0&limit=1')).nextSince;
  t.equal((await feed(`count=true&since=${since}`)).total, 3, 'in the feed: the quotes after since');
  const total = async (url: string) => (await app.inject(url)).json().total;
  t.equal(await total('/v1/articles?count=true&limit=1'), 3);
  t.equal(await total('/v1/articles?count=true&country=Pakistan'), 2);
  t.equal(await total('/v1/articles?count=true&q=%2A'), 0);
  t.equal(await total('/v1/officials?count=true'), 1);
  t.equal(await total('/v1/officials?count=true&q=-'), 0);
  const [official] = (await app.inject('/v1/officials')).json().items;
  t.equal(await total(`/v1/officials/${official.id}/quotes?count=true`), 3);
});
