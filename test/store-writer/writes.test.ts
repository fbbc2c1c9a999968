// The writer's transaction grouping, on a real store: consecutive saves share a transaction, a failure
// stays with its own request, other writes run alone and in order.
import t, { type Test } from 'tap';
import { openStore, type NewArticle, type Store } from '../../src/store/index.js';
import { runWrites, type WriteRequest } from '../../src/store-writer/writes.js';
import { article, patelArticle } from '../store/fixtures.js';

function counted(t: Test) {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  const transactions: number[] = [];
  const saveArticles = (items: NewArticle[]) => {
    transactions.push(items.length);
    if (items.some((item) => item.text === 'poison')) throw new Error('constraint failed');
    return store.saveArticles(items);
  };
  return { store, transactions, writes: { ...store, saveArticles } as Store };
}

const save = (texts: string[], withArticles = false): WriteRequest => ({
  kind: 'save',
  items: texts.map((text) => article(text)),
  withArticles,
});

t.test('consecutive saves share one transaction, each answered with its own results', async (t) => {
  const { store, transactions, writes } = counted(t);
  const outcomes = runWrites(writes, [save(['a', 'b']), save(['c']), save(['a'])], 100);
  t.same(transactions, [4]);
  t.same(
    outcomes.map((o) => o.ok && (o.value as { created: boolean }[]).map((r) => r.created)),
    [[true, true], [true], [false]],
  );
  t.equal(store.stats().articles, 3);
});

t.test('a group never passes maxArticles; deletes and re-parses run alone, in order', async (t) => {
  const { store, transactions, writes } = counted(t);
  const [[first]] = [store.saveArticles([article('first')])];
  const outcomes = runWrites(
    writes,
    [save(['x', 'y']), save(['z']), save(['w']), { kind: 'delete', id: first.id }, { kind: 'delete', id: first.id }, save(['v'])],
    3,
  );
  t.same(transactions, [3, 1, 1]);
  t.same(
    outcomes.slice(3).map((o) => o.ok && (typeof o.value === 'boolean' ? o.value : 'saved')),
    [true, false, 'saved'],
    'the second delete finds nothing',
  );
  const replaced = runWrites(writes, [{ kind: 'replace', items: [] }], 3);
  t.same(replaced, [{ ok: true, value: null }]);
});

t.test('a failed shared transaction is retried request by request: only the bad one fails', async (t) => {
  const { store, transactions, writes } = counted(t);
  const outcomes = runWrites(writes, [save(['good one']), save(['poison']), save(['good two'])], 100);
  t.same(transactions, [3, 1, 1, 1]);
  t.same(
    outcomes.map((o) => o.ok),
    [true, false, true],
  );
  t.match(outcomes[1], { ok: false, error: 'constraint failed' });
  t.equal(store.stats().articles, 2, 'nothing of the failed group is left half-written');
});

t.test('stored articles come back only when asked for', async (t) => {
  const { writes } = counted(t);
  const [plain, full] = runWrites(writes, [save(['plain']), { kind: 'save', items: [patelArticle], withArticles: true }], 100);
  t.same(plain, { ok: true, value: [{ id: 1, created: true, conflict: false }] });
  t.match(full, { ok: true, value: [{ id: 2, created: true, article: { id: 2, quotes: { length: 4 } } }] });
});

t.test('an error that is not an Error is reported as text', async (t) => {
  const { writes } = counted(t);
  const throwing = {
    ...writes,
    deleteArticle: () => {
      throw 'disk on fire';
    },
  };
  t.same(runWrites(throwing, [{ kind: 'delete', id: 1 }], 10), [{ ok: false, error: 'disk on fire' }]);
});
