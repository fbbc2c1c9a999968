// Query latency must not grow with the database: every list query finds its rows through an index, on an
// empty database and after ANALYZE has given SQLite statistics of a realistic one (statistics once made it
// pick a skip-scan where a range was meant).
import t, { type Test } from 'tap';
import { articleListQuery } from '../../src/store/articles.js';
import { encodeCursor } from '../../src/store/cursor.js';
import { openStore, type Store } from '../../src/store/index.js';
import { officialListQuery } from '../../src/store/officials.js';
import { JSON_COLUMNS } from '../../src/store/quote-json.js';
import { quoteListQuery } from '../../src/store/quotes.js';
import type { ListQuery } from '../../src/store/sql.js';
import { article, person, quote } from './fixtures.js';

const page = { limit: 20 };
const after = { limit: 20, cursor: encodeCursor(['2023-06-07', 10]) };

const queries: Record<string, ListQuery | null> = {
  'articles, all': articleListQuery({}, page),
  'articles, next page': articleListQuery({}, after),
  'articles by city': articleListQuery({ city: 'Islamabad' }, after),
  'articles by country': articleListQuery({ country: 'Pakistan' }, page),
  'articles by source': articleListQuery({ source: 'The Nation' }, page),
  'articles by date': articleListQuery({ from: '2023-01-01', to: '2023-12-31' }, page),
  'articles by words': articleListQuery({ q: 'floods' }, page),
  'quotes, all': quoteListQuery({}, after),
  'quotes by speaker': quoteListQuery({ speakerKeys: ['patel', 'vedant patel'] }, after),
  'quotes by speaker and date': quoteListQuery({ speakerKeys: ['vedant patel'], from: '2023-01-01' }, page),
  'quotes by speaker, as JSON': quoteListQuery({ speakerKeys: ['vedant patel'] }, after, undefined, JSON_COLUMNS),
  'quotes by official': quoteListQuery({ officialId: 1 }, after),
  'quotes by article': quoteListQuery({ articleId: 1 }, page),
  'quotes by type': quoteListQuery({ type: 'direct' }, page),
  'quotes by date': quoteListQuery({ to: '2023-06-01' }, page),
  'quotes by words': quoteListQuery({ q: 'stable ties' }, page),
  'quote feed, all': quoteListQuery({}, { limit: 20, since: 0 }),
  'quote feed, next page': quoteListQuery({}, { limit: 20, since: 0, cursor: encodeCursor([40]) }),
  'quote feed by speaker': quoteListQuery({ speakerKeys: ['vedant patel'] }, { limit: 20, since: 10 }),
  'quote feed by surname': quoteListQuery({ speakerKeys: ['patel', 'vedant patel'] }, { limit: 20, since: 10 }),
  'quote feed by official': quoteListQuery({ officialId: 1 }, { limit: 20, since: 10 }),
  'quote feed by article': quoteListQuery({ articleId: 1 }, { limit: 20, since: 10 }),
  'quote feed by date': quoteListQuery({ from: '2023-01-01' }, { limit: 20, since: 10 }),
  'officials, all': officialListQuery({}, page),
  'officials, next page': officialListQuery({}, { limit: 20, cursor: encodeCursor(['khan']) }),
  'officials by words': officialListQuery({ q: 'masood' }, page),
  'officials by country': officialListQuery({ country: 'Pakistan' }, page),
  'officials by organization': officialListQuery({ organization: 'Foreign Office' }, page),
};

/** The steps of the query's plan. */
const planOf = (store: Store, query: ListQuery) =>
  store.db
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(query.params)
    .map((row) => (row as { detail: string }).detail);

// Pages of one speaker's quotes (by name or official) are read from the speaker index alone (migration 014).
const speakerPages = ['quotes by speaker', 'quotes by speaker and date', 'quotes by speaker, as JSON', 'quotes by official'];

function checkPlans(t: Test, store: Store) {
  for (const [name, query] of Object.entries(queries)) {
    t.test(name, async (t) => {
      if (!query) throw new Error('no query built');
      const plan = planOf(store, query);
      const fullScans = plan.filter((step) => /^SCAN \w+( AS \w+)?$/.test(step) && !/VIRTUAL TABLE/.test(step));
      t.same(fullScans, [], plan.join('\n'));
      t.ok(
        plan.some((step) => /USING (COVERING )?INDEX|INTEGER PRIMARY KEY|VIRTUAL TABLE INDEX/.test(step)),
        plan.join('\n'),
      );
      if (speakerPages.includes(name)) {
        t.ok(
          plan.some((step) => step.startsWith('SEARCH q USING COVERING INDEX quotes_by_speaker (speaker_key=?')),
          plan.join('\n'),
        );
      }
    });
  }
}

/**
 * A few thousand quotes shaped like the archive's: a few speakers quoted far more than most (Zipf), some
 * quotes with no speaker, two years of days, officials for a third of the speakers, two quote types.
 */
function fillRepresentatively(store: Store) {
  const speakers = Array.from({ length: 300 }, (_, i) => `Speaker${i} Surname${i % 120}`);
  const zipf = (i: number) => speakers[Math.floor(speakers.length ** (((i * 7919) % 1000) / 1000)) - 1];
  const articles = Array.from({ length: 600 }, (_, a) => {
    const day = new Date(Date.UTC(2022, 0, 1 + (a % 730))).toISOString().slice(0, 10);
    const names = Array.from({ length: 8 }, (_, q) => zipf(a * 8 + q));
    return article(`Article ${a} about the budget.`, {
      dateline: { date: day, city: 'Islamabad', country: 'Pakistan' },
      quotes: names.map((name, q) =>
        q === 7
          ? quote(`unattributed remark ${a}`, null)
          : quote(`remark ${q} of article ${a}`, person(name), q % 2 ? 'direct' : 'indirect'),
      ),
      officials: [...new Set(names)]
        .filter((name) => Number(name.slice(7, name.indexOf(' '))) % 3 === 0)
        .map((name) => ({ name, title: 'Minister', organization: 'Finance Ministry', country: 'Pakistan', aliases: [] })),
    });
  });
  for (let i = 0; i < articles.length; i += 100) store.saveArticles(articles.slice(i, i + 100));
  store.db.exec('ANALYZE');
}

t.test('on an empty database', async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  checkPlans(t, store);
});

t.test('after ANALYZE on representative data', async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  fillRepresentatively(store);
  t.ok(store.db.prepare("SELECT count(*) FROM sqlite_stat1 WHERE idx = 'quotes_by_speaker'").pluck().get(), 'statistics written');
  checkPlans(t, store);
});

t.test('queries that cannot match anything are not run', async (t) => {
  t.equal(articleListQuery({ q: '"*"' }, page), null);
  t.equal(quoteListQuery({ q: '()' }, page), null);
  t.equal(quoteListQuery({ speakerKeys: [] }, page), null);
  t.equal(officialListQuery({ q: '-' }, page), null);
});
