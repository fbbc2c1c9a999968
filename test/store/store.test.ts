import t, { type Test } from 'tap';
import { openStore, type Store } from '../../src/store/index.js';
import { article, patelArticle, person, quote } from './fixtures.js';

const page = { limit: 50 };

function freshStore(t: Test): Store {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  return store;
}

t.test('saves an article with its quotes and officials in one go', async (t) => {
  const store = freshStore(t);
  const [saved] = store.saveArticles([patelArticle]);
  t.equal(saved.created, true);
  const { article: stored } = saved;
  t.equal(stored.date, '2023-06-07');
  t.same(stored.dateline, { date: '2023-06-07', city: 'Islamabad', country: 'Pakistan' });
  t.equal(stored.quotes.length, 4);
  t.same(
    stored.quotes.map((q) => q.ordinal),
    [0, 1, 2, 3],
  );
  const patel = stored.officials.find((o) => o.name === 'Vedant Patel');
  t.match(patel, { title: 'Principal Deputy Spokesperson', country: 'United States', aliases: ['Mr Patel', 'Patel'] });
  t.equal(stored.quotes[0].officialId, patel?.id, 'a person quote links to the official of the same name');
  t.equal(stored.quotes[3].officialId, null);
  t.same(store.getArticle(stored.id), stored);
  t.same(store.stats(), { articles: 1, quotes: 4, officials: 2, databaseBytes: store.stats().databaseBytes });
  t.doesNotThrow(() => store.ping());
});

t.test('is idempotent on the text and on externalId', async (t) => {
  const store = freshStore(t);
  const first = store.saveArticles([article('One text.', {}, { externalId: 'a-1' })])[0];
  const again = store.saveArticles([article('One text.'), article('Another text, same external id.', {}, { externalId: 'a-1' })]);
  t.same(
    again.map((s) => [s.created, s.conflict, s.article.id]),
    [
      [false, false, first.article.id],
      [false, true, first.article.id],
    ],
  );
  t.same(store.findExistingArticle('One text.'), { id: first.article.id, conflict: false });
  t.same(store.findExistingArticle('Unknown', 'a-1'), { id: first.article.id, conflict: true });
  t.equal(store.findExistingArticle('Unknown', 'b-2'), undefined);
  t.equal(store.stats().articles, 1);
});

t.test('one official across articles, found by any form of the name', async (t) => {
  const store = freshStore(t);
  store.saveArticles([patelArticle]);
  const second = store.saveArticles([
    article(
      'WASHINGTON - Mr. VEDANT PATEL spoke again.',
      {
        quotes: [quote('no comment', person('Mr. Vedant Patel'))],
        officials: [{ name: 'Mr. VEDANT PATEL', title: 'Spokesperson', organization: null, country: null, aliases: ['Vedant'] }],
      },
      { publishedAt: '2023-07-01T10:00:00Z' },
    ),
  ])[0].article;
  t.equal(second.date, '2023-07-01', 'publishedAt gives the date');
  const { items } = store.listOfficials({ q: 'patel' }, page);
  t.equal(items.length, 1);
  const detail = store.getOfficial(items[0].id);
  t.match(detail, {
    name: 'Vedant Patel',
    title: 'Spokesperson',
    organization: 'US State Department',
    country: 'United States',
    aliases: ['Mr Patel', 'Patel', 'Vedant'],
    quoteCount: 3,
  });
  t.same(
    detail?.roles.map((r) => [r.articleId, r.date, r.title]),
    [
      [1, '2023-06-07', 'Principal Deputy Spokesperson'],
      [second.id, '2023-07-01', 'Spokesperson'],
    ],
  );
  t.equal(store.getOfficial(999), undefined);
  t.equal(store.officialExists(items[0].id), true);
  t.equal(store.officialExists(999), false);
});

t.test('a person quoted before becoming a known official is linked when the official appears', async (t) => {
  const store = freshStore(t);
  const early = store.saveArticles([article('Early.', { quotes: [quote('hello', person('Sara Qureshi'))] })])[0];
  t.equal(early.article.quotes[0].officialId, null);
  const later = store.saveArticles([
    article('Later.', {
      officials: [{ name: 'Sara Qureshi', title: 'Spokesperson', organization: 'Foreign Office', country: 'Pakistan', aliases: [] }],
    }),
  ])[0];
  t.equal(store.getArticle(early.article.id)?.quotes[0].officialId, later.article.officials[0].id);
});

t.test('delete removes quotes, roles and officials no longer named anywhere', async (t) => {
  const store = freshStore(t);
  const first = store.saveArticles([patelArticle])[0].article;
  const second = store.saveArticles([
    article('Patel again.', {
      quotes: [quote('again', person('Vedant Patel'))],
      officials: [{ name: 'Vedant Patel', title: null, organization: null, country: null, aliases: [] }],
    }),
  ])[0].article;
  const names = (filter: { country?: string; organization?: string }) => store.listOfficials(filter, page).items.map((o) => o.name);
  t.same(names({ country: 'united states' }), ['Vedant Patel'], 'found by a country of any of their roles, any case');
  t.same(names({ organization: 'us state department' }), ['Vedant Patel']);
  t.same(names({ country: 'Pakistan' }), ['Masood Khan']);
  t.equal(store.deleteArticle(first.id), true);
  t.same(names({ country: 'United States' }), [], 'a country only the deleted role gave is gone');
  t.same(names({ organization: 'US State Department' }), [], 'and so is such an organisation');
  t.same(names({ country: 'Pakistan' }), [], 'an official who goes takes theirs along');
  t.same(store.db.prepare('SELECT count(*) AS n FROM official_countries').get(), { n: 0 });

  t.equal(store.deleteArticle(first.id), false, 'a second delete finds nothing');
  t.equal(store.getArticle(first.id), undefined);
  t.same(store.stats(), { ...store.stats(), articles: 1, quotes: 1, officials: 1 });
  const patel = store.getOfficial(second.officials[0].id);
  t.match(patel, { title: null, country: null, quoteCount: 1 }, 'the role left is the one still stored');
  t.same(store.listOfficials({ q: 'masood' }, page).items, [], 'Masood Khan is named nowhere now');
  t.same(store.listQuotes({ q: 'engage' }, page).items, [], 'deleted quotes leave the full-text index');
  t.same(store.listArticles({ q: 'islamabad' }, page).items, []);
  t.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
});

t.test("a place another of the official's roles still gives stays", async (t) => {
  const store = freshStore(t);
  const role = { name: 'Sara Qureshi', title: 'Spokesperson', organization: 'Foreign Office', country: 'Pakistan', aliases: [] };
  const [one, two] = store.saveArticles([article('One.', { officials: [role] }), article('Two.', { officials: [role] })]);
  store.deleteArticle(one.id);
  t.same(
    store.listOfficials({ country: 'Pakistan' }, page).items.map((o) => o.name),
    ['Sara Qureshi'],
  );
  t.same(
    store.listOfficials({ organization: 'Foreign Office' }, page).items.map((o) => o.name),
    ['Sara Qureshi'],
  );
  store.deleteArticle(two.id);
  t.same(store.listOfficials({ country: 'Pakistan' }, page).items, []);
});

t.test('officials with an empty name are not stored', async (t) => {
  const store = freshStore(t);
  const saved = store.saveArticles([
    article('Empty.', { officials: [{ name: 'Mr.', title: 'x', organization: null, country: null, aliases: [] }] }),
  ])[0];
  t.same(saved.article.officials, []);
});

t.test('quotes without a source, or with a name that is only an honorific, are stored unlinked', async (t) => {
  const store = freshStore(t);
  const { article: stored } = store.saveArticles([
    article('Odd.', {
      quotes: [quote('nobody said it', null), quote('a title said it', { kind: 'person', name: 'Mr', mention: null })],
    }),
  ])[0];
  t.match(stored.quotes, [
    { speaker: null, officialId: null },
    { speaker: { kind: 'person', name: 'Mr', mention: null }, officialId: null },
  ]);
  t.same(store.listQuotes({ speaker: 'Mr' }, page).items, [], 'an honorific alone names nobody');
});

t.test('the same person twice in one article is one official with one role', async (t) => {
  const store = freshStore(t);
  const { article: stored } = store.saveArticles([
    article('Twice.', {
      officials: [
        { name: 'Sara Qureshi', title: 'Spokesperson', organization: null, country: 'Pakistan', aliases: ['Qureshi'] },
        { name: 'Ms. Sara Qureshi', title: null, organization: 'Foreign Office', country: null, aliases: ['Ms Qureshi'] },
      ],
    }),
  ])[0];
  t.equal(stored.officials.length, 1);
  t.match(store.getOfficial(stored.officials[0].id), { aliases: ['Ms Qureshi', 'Qureshi'], roles: [{ title: 'Spokesperson' }] });
});

t.test('a surname is ambiguous only among speakers still quoted somewhere', async (t) => {
  const store = freshStore(t);
  const [imran, sadiq] = store.saveArticles([
    article('Imran.', { quotes: [quote('we will win', person('Imran Khan'))] }),
    article('Sadiq.', { quotes: [quote('London is open', person('Sadiq Khan'))] }),
  ]);
  t.match(
    store.listQuotes({ speaker: 'khan' }, page),
    { items: [], candidates: [{ name: 'Imran Khan' }, { name: 'Sadiq Khan' }] },
    'two Khans',
  );
  store.deleteArticle(sadiq.id);
  t.same(
    store.listQuotes({ speaker: 'khan' }, page).items.map((q) => q.articleId),
    [imran.id],
    'one Khan left',
  );
});
