// Pages of quotes written as JSON by SQLite must be byte for byte what the API's serialiser makes of the same
// page read as objects: every filter, cursor page, null and odd character, and any confidence.
import fc from 'fast-check';
import t from 'tap';
import type { Quote } from '../../src/extract/types.js';
import { serializationOptions } from '../../src/plugins/serialization.js';
import { QuotePage } from '../../src/schemas/quotes.js';
import type { QuoteFilter } from '../../src/schemas/quotes.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { QuotePageRequest } from '../../src/store/quotes.js';
import { fakeParser, testApp } from '../routes/helpers.js';
import { article, patelArticle, person, quote } from './fixtures.js';

const serialise = serializationOptions.schemaController.compilersFactory.buildSerializer(
  undefined,
  {},
)({ schema: QuotePage, method: 'GET', url: '/v1/quotes', httpStatus: '200' });

/** Quotes with every optional field set and unset, odd text, and confidences JavaScript and SQLite write apart. */
const varied = [
  patelArticle,
  article(
    'Odd quotes.',
    {
      dateline: { date: '2024-02-29', city: null, country: 'Côte d’Ivoire' },
      quotes: [
        { ...quote('tab\there, "quoted", back\\slash, \u0001 and \u2028', person('Ayesha Siddiqui')), confidence: 0.9 * 0.85 },
        { ...quote('émigré 😀 naïve', { ...person('Ayesha Siddiqui', 'she'), mentionStart: 3, mentionEnd: 6 }), cueStart: 1, cueEnd: 5 },
        {
          ...quote('no cue at all', { kind: 'organization', name: 'Finance Ministry', mention: 'the ministry' }),
          cue: null,
          confidence: 1,
        },
        { ...quote('nobody said it', null, 'indirect'), confidence: 0 },
        { ...quote('a third', person('Ayesha Siddiqui')), confidence: 1 / 3 },
      ],
      officials: [{ name: 'Ayesha Siddiqui', title: 'Minister', organization: null, country: 'Pakistan', aliases: [] }],
    },
    { url: 'https://example.com/a?b=c&d=%22', source: 'Dawn' },
  ),
  article('Undated.', { quotes: [quote('when was this', person('Ayesha Siddiqui'))] }),
];

function filled(articles = varied): Store {
  const store = openStore(':memory:');
  store.saveArticles(articles);
  return store;
}

/** The object path's answer, serialised as the route does. */
const expected = (store: Store, filter: QuoteFilter, page: QuotePageRequest) => serialise(store.listQuotes(filter, page));

t.test('every filter and every page: the same bytes as the serialised objects', async (t) => {
  const store = filled();
  t.teardown(() => store.close());
  const officialId = (store.listOfficials({ q: 'siddiqui' }, { limit: 1 }).items[0] as { id: number }).id;
  const filters: QuoteFilter[] = [
    {},
    { speaker: 'Ayesha Siddiqui' },
    { speaker: 'siddiqui' },
    { speaker: 'Mr.' },
    { officialId },
    { type: 'indirect' },
    { from: '2024-01-01', to: '2024-12-31' },
    { articleId: 2 },
  ];
  for (const filter of filters) {
    for (const limit of [1, 2, 3, 50]) {
      let page: QuotePageRequest = { limit };
      for (;;) {
        const body = store.quotePageJson(filter, page);
        t.equal(body, expected(store, filter, page), `${JSON.stringify(filter)} ${JSON.stringify(page)}`);
        const { nextCursor } = JSON.parse(body as string);
        if (!nextCursor) break;
        page = { limit, cursor: nextCursor };
      }
    }
  }
});

t.test('what only the object path answers: null; an ambiguous surname: its candidates', async (t) => {
  const store = filled([...varied, article('Two Siddiquis.', { quotes: [quote('another Siddiqui', person('Imran Siddiqui'))] })]);
  t.teardown(() => store.close());
  t.equal(store.quotePageJson({}, { limit: 5, since: 0 }), null, 'the feed');
  t.equal(store.quotePageJson({}, { limit: 5, count: true }), null, 'a count');
  t.equal(store.quotePageJson({ q: 'quoted' }, { limit: 5 }), null, 'a full-text search');
  const { candidates } = store.listQuotes({ speaker: 'siddiqui' }, { limit: 5 });
  t.equal(candidates?.length, 2, 'a surname two people have: list answers with candidates');
  t.same(store.quotePageJson({ speaker: 'siddiqui' }, { limit: 5 }), { candidates }, 'and so does the JSON page, not null');
});

t.test('any text, names and confidence', async (t) => {
  const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
  const quoteOf = fc.record({
    text,
    name: fc.option(text, { nil: null }),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    cueStart: fc.option(fc.nat(5000), { nil: undefined }),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(quoteOf, { minLength: 1, maxLength: 6 }), async (quotes) => {
      const records: Quote[] = quotes.map(({ text, name, confidence, cueStart }) => ({
        ...quote(text, name === null ? null : person(`Speaker ${name}`)),
        confidence,
        cueStart,
        cueEnd: cueStart === undefined ? undefined : cueStart + 4,
      }));
      const store = filled([article('Random.', { dateline: { date: '2024-01-01', city: 'Lahore', country: null }, quotes: records })]);
      try {
        for (const filter of [{}, { speaker: `Speaker ${quotes[0].name}` }]) {
          if (store.quotePageJson(filter, { limit: 4 }) !== expected(store, filter, { limit: 4 })) return false;
        }
        return true;
      } finally {
        store.close();
      }
    }),
    { numRuns: 60 },
  );
  t.pass('same bytes for every generated page');
});

t.test('the route sends those bytes as JSON', async (t) => {
  const app = await testApp(t);
  fakeParser(app, (text) => varied.find((a) => a.text === text)?.parsed ?? {});
  for (const { text, url, source } of varied) {
    t.equal((await app.inject({ method: 'POST', url: '/v1/articles', payload: { text, url, source } })).statusCode, 201);
  }
  for (const query of ['limit=3', 'speaker=Ayesha%20Siddiqui&limit=2', 'type=direct']) {
    const response = await app.inject(`/v1/quotes?${query}`);
    const params = new URLSearchParams(query);
    const filter = Object.fromEntries([...params].filter(([key]) => key !== 'limit'));
    const page = { limit: Number(params.get('limit') ?? 50) };
    t.equal(response.statusCode, 200);
    t.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    t.equal(response.body, serialise(await app.store.listQuotes(filter, page)), query);
  }
  const { officialId } = (await app.inject('/v1/quotes?speaker=Ayesha%20Siddiqui&limit=1')).json().items[0];
  const ofOfficial = await app.inject(`/v1/officials/${officialId}/quotes?limit=2`);
  t.equal(ofOfficial.headers['content-type'], 'application/json; charset=utf-8');
  t.equal(ofOfficial.body, serialise(await app.store.listQuotes({ officialId }, { limit: 2 })), "an official's quotes");
  const counted = await app.inject(`/v1/officials/${officialId}/quotes?limit=2&count=true`);
  t.match(counted.json(), { items: [{}, {}], total: 4 }, 'a count: read as objects');
});
