import t from 'tap';
import { article, patelArticle, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';
import { eachStore } from '../support/stores.js';

const qureshi = article('Sara Qureshi, the Foreign Office spokesperson, spoke.', {
  dateline: { date: '2023-06-08', city: 'Islamabad', country: 'Pakistan' },
  quotes: [quote('talks were constructive', person('Sara Qureshi'))],
  officials: [{ name: 'Sara Qureshi', title: 'spokesperson', organization: 'Foreign Office', country: 'Pakistan', aliases: ['Qureshi'] }],
});

const undatedPatel = article('Vedant Patel spoke again, on no given day.', {
  dateline: { date: null, city: null, country: null },
  quotes: [quote('we are watching closely', person('Vedant Patel'))],
});

eachStore(t, 'officials: search, filters, detail and quotes', async (t, store) => {
  const app = await testApp(t, store);
  fakeParser(app, (text) => [patelArticle, qureshi].find((a) => a.text === text)?.parsed ?? {});
  const first = (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: patelArticle.text } })).json();
  await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: qureshi.text } });
  const names = async (query: string) => (await app.inject(`/v1/officials?${query}`)).json().items.map((o: { name: string }) => o.name);

  const masood = (await app.inject('/v1/officials?q=masood')).json().items;
  t.match(masood, [{ name: 'Masood Khan', title: 'Ambassador', country: 'Pakistan', aliases: ['Khan'] }]);
  t.same(await names(''), ['Masood Khan', 'Sara Qureshi', 'Vedant Patel'], 'by name');
  t.same(await names('q=qur'), ['Sara Qureshi'], 'a name prefix');
  t.same(await names('q=mr%20patel'), ['Vedant Patel'], 'an alias');
  t.same(await names('q=Dr.%20Masood'), ['Masood Khan'], 'whatever the honorific');
  t.same(await names('q=Mr'), [], 'an honorific alone names nobody');
  t.same(await names('country=pakistan'), ['Masood Khan', 'Sara Qureshi']);
  t.same(await names('organization=foreign%20office&country=Pakistan'), ['Sara Qureshi']);
  t.same(await names('q=*'), []);
  t.same(await names('limit=2'), ['Masood Khan', 'Sara Qureshi']);
  const next = (await app.inject('/v1/officials?limit=2')).json().nextCursor;
  t.same(await names(`limit=2&cursor=${next}`), ['Vedant Patel']);

  const patel = first.officials.find((o: { name: string }) => o.name === 'Vedant Patel');
  const detail = (await app.inject(`/v1/officials/${patel.id}`)).json();
  t.match(detail, {
    name: 'Vedant Patel',
    aliases: ['Mr Patel', 'Patel'],
    roles: [{ articleId: first.id, date: '2023-06-07', title: 'Principal Deputy Spokesperson', country: 'United States' }],
    quoteCount: 2,
  });
  const quotes = (await app.inject(`/v1/officials/${patel.id}/quotes?type=direct`)).json();
  t.same(
    quotes.items.map((q: { text: string }) => q.text),
    ['We engage directly'],
  );
  const perMonth = async (query = '') => (await app.inject(`/v1/officials/${patel.id}/quotes-per-month${query}`)).json();
  t.same(await perMonth(), { months: [{ month: '2023-06', count: 2 }], undated: 0 }, 'counted per month');
  t.same(await perMonth('?type=direct'), { months: [{ month: '2023-06', count: 1 }], undated: 0 }, 'the list filters apply');
  t.same(await perMonth('?from=2023-07-01'), { months: [], undated: 0 });
  fakeParser(app, () => undatedPatel.parsed);
  await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: undatedPatel.text } });
  t.same(await perMonth(), { months: [{ month: '2023-06', count: 2 }], undated: 1 }, 'undated quotes apart');
  t.equal((await app.inject('/v1/officials/999/quotes-per-month')).statusCode, 404);
  t.equal((await app.inject(`/v1/officials/${patel.id}/quotes-per-month?limit=5`)).statusCode, 400, 'not a list: no paging');
  t.equal((await app.inject('/v1/officials/999')).statusCode, 404);
  t.equal((await app.inject('/v1/officials/999/quotes')).statusCode, 404);
  t.equal((await app.inject('/v1/officials/x/quotes')).statusCode, 400);
});
