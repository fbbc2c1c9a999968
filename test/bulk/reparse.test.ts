import t, { type Test } from 'tap';
import { reparse, unclaimedBatches, type ReparseSteps } from '../../src/bulk/reparse.js';
import { parseArticle } from '../../src/extract/index.js';
import type { ParseResult } from '../../src/extract/types.js';
import { isOlderVersion } from '../../src/store/reparse.js';
import { asyncSqliteStore } from '../../src/store/async-store.js';
import { openStore, type Store } from '../../src/store/index.js';

// An "old parser" result: the article as a previous version saw it.
function oldParse(n: number): ParseResult {
  return {
    parserVersion: '0.0.1',
    dateline: { date: '2020-01-0' + (1 + (n % 9)), city: 'Lahore', country: 'Pakistan' },
    quotes: [
      {
        text: 'old',
        type: 'direct',
        start: 0,
        end: 3,
        cue: 'said',
        speaker: { kind: 'person', name: `Old Speaker${n}`, mention: null },
        confidence: 0.5,
      },
    ],
    officials: [{ name: `Old Speaker${n}`, title: 'Minister', organization: null, country: null, aliases: [] }],
  };
}
// The "current parser": keeps one official of the old parse (id must survive), drops the rest.
function newParse(text: string): ParseResult {
  return {
    ...parseArticle(text),
    parserVersion: '9.0.0',
    dateline: { date: '2024-05-05', city: 'Karachi', country: 'Pakistan' },
    quotes: [
      {
        text: text.slice(0, 3),
        type: 'indirect',
        start: 0,
        end: 3,
        cue: 'told',
        speaker: { kind: 'person', name: 'Old Speaker1', mention: null },
        confidence: 0.9,
      },
    ],
    officials: [{ name: 'Old Speaker1', title: 'Adviser', organization: null, country: null, aliases: [] }],
  };
}

function seeded(t: Test, count: number): Store {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  store.saveArticles(Array.from({ length: count }, (_, n) => ({ text: `Text of article ${n + 1}`, parsed: oldParse(n + 1) })));
  return store;
}

function steps(store: Store, failOn?: string): ReparseSteps {
  return {
    currentVersion: '9.0.0',
    claimStale: unclaimedBatches(asyncSqliteStore(store).staleArticles, async (items) => store.replaceParses(items)),
    staleArticles: asyncSqliteStore(store).staleArticles,
    parse: async (text) => {
      if (text === failOn) throw new Error('engine failed');
      return newParse(text);
    },
  };
}

t.test('versions compare numerically', async (t) => {
  t.ok(isOlderVersion('0.9.1', '0.10.0'));
  t.ok(isOlderVersion('1.2', '1.2.1'));
  t.notOk(isOlderVersion('1.2.0', '1.2'));
  t.notOk(isOlderVersion('2.0.0', '1.9.9'));
});

t.test('re-parses older articles in place, ids stable, officials kept or dropped', async (t) => {
  const store = seeded(t, 5);
  const before = store
    .listArticles({}, { limit: 50 })
    .items.map((a) => a.id)
    .sort();
  const kept = store.listOfficials({ q: 'Speaker1' }, { limit: 5 }).items[0].id;
  const batches: number[] = [];
  const report = await reparse(steps(store), { batchSize: 2, onBatch: (r) => batches.push(r.reparsed) });
  t.same(report, { reparsed: 5, failedIds: [], more: false });
  t.same(batches, [2, 4, 5]);
  const after = store.listArticles({}, { limit: 50 }).items;
  t.same(after.map((a) => a.id).sort(), before, 'same article ids');
  t.ok(after.every((a) => a.parserVersion === '9.0.0' && a.dateline.city === 'Karachi' && a.date === '2024-05-05'));
  const article = store.getArticle(before[2])!;
  t.match(article.quotes, [{ cue: 'told', text: 'Tex' }]);
  t.equal(article.quotes.length, 1);
  const officials = store.listOfficials({}, { limit: 50 }).items;
  t.same(
    officials.map((o) => [o.id, o.name, o.title]),
    [[kept, 'Old Speaker1', 'Adviser']],
    'dropped officials are gone, the kept one kept its id',
  );
  t.equal(store.listQuotes({ speaker: 'Old Speaker1' }, { limit: 50 }).items.length, 5);
  const quotes = store.listQuotes({}, { limit: 50 }).items;
  t.ok(
    quotes.every((q) => q.dateline.city === 'Karachi' && q.date === '2024-05-05'),
    'quotes carry the new dateline',
  );
  t.equal(store.listQuotes({ q: 'Tex' }, { limit: 50 }).items.length, 5, 'the new quotes are in the full-text index');
  t.equal(store.listQuotes({ q: 'old' }, { limit: 50 }).items.length, 0, 'the old ones are out of it');
  t.equal(store.listQuotes({ officialId: kept }, { limit: 50 }).items.length, 5, 'and linked to the kept official');

  t.same(await reparse(steps(store), { batchSize: 2 }), { reparsed: 0, failedIds: [], more: false }, 'a second run finds nothing');
});

t.test('resumable: a limited run stops, the next one carries on; failures are left as they were', async (t) => {
  const store = seeded(t, 5);
  const first = await reparse(steps(store, 'Text of article 2'), { batchSize: 2, limit: 3 });
  t.match(first, { reparsed: 2, more: true });
  t.equal(first.failedIds.length, 1);
  const second = await reparse(steps(store, 'Text of article 2'), { batchSize: 10, limit: 10 });
  t.match(second, { reparsed: 2, more: false });
  t.same(second.failedIds, first.failedIds, 'the failing article is reported again, untouched');
  t.equal(store.getArticle(first.failedIds[0])!.parserVersion, '0.0.1');
});

t.test('nothing older: nothing to do', async (t) => {
  const store = seeded(t, 1);
  t.same(store.staleArticles('0.0.1', 0, 10), []);
});

t.test("an article's day stays its published day, else follows the new dateline", async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  const [published, undated] = store.saveArticles([
    { text: 'Published one', publishedAt: '2023-01-02T10:00:00Z', parsed: oldParse(1) },
    { text: 'Undated one', parsed: oldParse(2) },
  ]);
  const undatedParse = async (text: string) => ({ ...newParse(text), dateline: { date: null, city: null, country: null } });
  await reparse({ ...steps(store), parse: undatedParse }, { batchSize: 5 });
  t.equal(store.getArticle(published.article.id)!.date, '2023-01-02');
  t.equal(store.getArticle(undated.article.id)!.date, null);
});
