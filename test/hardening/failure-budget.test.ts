import t from 'tap';
import { FailureBudget } from '../../src/plugins/failure-budget.js';

t.test('a caller is exhausted after its failures of the window, until the window ends', async (t) => {
  let now = 0;
  const budget = new FailureBudget(2, 60_000, () => now);
  budget.record('ip:a');
  t.equal(budget.exhausted('ip:a'), null);
  budget.record('ip:a');
  t.equal(budget.exhausted('ip:a'), 60, 'seconds left of the window');
  now = 59_900;
  t.equal(budget.exhausted('ip:a'), 1, 'never less than a second');
  t.equal(budget.exhausted('ip:b'), null, 'others are not affected');
  now = 60_000;
  t.equal(budget.exhausted('ip:a'), null, 'a new window forgives');
});

t.test('tracks a bounded number of callers a window', async (t) => {
  const budget = new FailureBudget(1, 60_000, () => 0, 2);
  for (const caller of ['a', 'b', 'c']) budget.record(caller);
  t.equal(budget.exhausted('b'), 60);
  t.equal(budget.exhausted('c'), null, 'the third caller of the window was not tracked');
});
