// The engine's work budget: counted, not timed, so the same text and budget always give the same answer.
import t from 'tap';
import { CUE_UNITS, WorkBudgetExceeded, workMeter } from '../../src/extract/budget.js';
import { parseArticle } from '../../src/extract/index.js';

const ARTICLE = 'GENEVA - "We will talk," said Maria Lopez, a UN spokeswoman. She said the talks would go on.';
// Every word a reporting cue: far more work than its length.
const CUES = 'said '.repeat(2000);

t.test('a meter counts units and throws once they exceed its budget', async (t) => {
  const charge = workMeter(10);
  charge(4);
  charge(6);
  t.throws(() => charge(1), new WorkBudgetExceeded(10), 'one unit more than the budget');
  const unlimited = workMeter();
  t.doesNotThrow(() => unlimited(Number.MAX_SAFE_INTEGER));
});

t.test('the error says the budget and answers 422', async (t) => {
  const error = new WorkBudgetExceeded(1234);
  t.equal(error.name, 'WorkBudgetExceeded');
  t.equal(error.statusCode, 422);
  t.match(error.message, /more work to parse than one article may take \(1234 units\); send it in smaller parts/);
});

t.test('within its budget a parse is the same as without one', async (t) => {
  t.same(parseArticle(ARTICLE, { budget: 10 * ARTICLE.length }), parseArticle(ARTICLE));
  t.same(parseArticle(ARTICLE, { budget: 10 * ARTICLE.length, explain: true }), parseArticle(ARTICLE, { explain: true }));
});

t.test('a text of cues costs its length and its cues, and is stopped by a budget its length alone fits', async (t) => {
  const budget = 10 * CUES.length;
  t.ok(budget < CUE_UNITS * 2000, 'the cues alone are over it');
  for (let i = 0; i < 2; i++) t.throws(() => parseArticle(CUES, { budget }), new WorkBudgetExceeded(budget), 'every time');
  t.same(parseArticle(CUES, { budget: 2 * CUE_UNITS * 2000 }), parseArticle(CUES), 'with room for its cues it parses');
});
