// Query latency must not grow with the database: every list query finds its rows through an index.
import t from 'tap';
import { articleListQuery } from '../../src/store/articles.js';
import { encodeCursor } from '../../src/store/cursor.js';
import { openStore } from '../../src/store/index.js';
import { officialListQuery } from '../../src/store/officials.js';
import { quoteListQuery } from '../../src/store/quotes.js';
import type { ListQuery } from '../../src/store/sql.js';

const store = openStore(':memory:');
t.teardown(() => store.close());
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

for (const [name, query] of Object.entries(queries)) {
  t.test(name, async (t) => {
    if (!query) throw new Error('no query built');
    const plan = store.db
      .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .all(query.params)
      .map((row) => (row as { detail: string }).detail);
    const fullScans = plan.filter((step) => /^SCAN \w+( AS \w+)?$/.test(step) && !/VIRTUAL TABLE/.test(step));
    t.same(fullScans, [], plan.join('\n'));
    t.ok(
      plan.some((step) => /USING (COVERING )?INDEX|INTEGER PRIMARY KEY|VIRTUAL TABLE INDEX/.test(step)),
      plan.join('\n'),
    );
  });
}

t.test('queries that cannot match anything are not run', async (t) => {
  t.equal(articleListQuery({ q: '"*"' }, page), null);
  t.equal(quoteListQuery({ q: '()' }, page), null);
  t.equal(quoteListQuery({ speakerKeys: [] }, page), null);
  t.equal(officialListQuery({ q: '-' }, page), null);
});
