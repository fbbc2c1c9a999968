// The parser's work is linear: 2n transitions and n - 1 labelling decisions for n words, whatever the
// words are, each a fixed number of features. Counted through the weight tables, not timed.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { readConllu } from '../../src/syntax/conllu.js';
import { parse, type ParserModel } from '../../src/syntax/parser.js';
import { tagWords } from '../../src/syntax/tagger.js';
import { PerceptronTrainer, type WeightTable } from '../../src/syntax/perceptron.js';
import { trainSyntaxModel } from '../../src/syntax/train/index.js';
import { goldTree, actionCost } from '../../src/syntax/train/oracle.js';
import { LEFT, ParseState, RIGHT, SHIFT } from '../../src/syntax/transitions.js';
import { hashWords } from '../../src/syntax/words.js';

const tiny = readConllu(readFileSync(new URL('./fixtures/tiny.conllu', import.meta.url), 'utf8'));
const model = trainSyntaxModel(tiny, {
  tagger: { epochs: 4, rowBits: 12, seed: 1, dictionaryMinCount: 2, dictionaryMinShare: 0.99 },
  parser: { epochs: 4, actionRowBits: 12, labelRowBits: 12, seed: 1, exploration: 0.9 },
  jackknifeFolds: 1,
});

/** The same tables, counting how often a decision reads them. */
function counting(table: WeightTable, counter: { reads: number }): WeightTable {
  return {
    rows: table.rows,
    classes: table.classes,
    get weights() {
      counter.reads++;
      return table.weights;
    },
  };
}

t.test('a sentence of n words takes 2n transitions and n - 1 labels', async (t) => {
  for (const word of ['said', '"', 'the']) {
    for (const n of [1, 500, 1000]) {
      const counter = { reads: 0 };
      const counted: ParserModel = {
        ...model.parser,
        actions: counting(model.parser.actions, counter),
        labels: counting(model.parser.labels, counter),
      };
      const words = Array<string>(n).fill(word);
      const tree = parse(counted, { words: hashWords(words), tags: Array<number>(n).fill(0) });
      t.equal(counter.reads, 3 * n - 1, `${n} x ${word}`);
      t.equal(tree.heads.filter((h) => h === 0).length, 1, 'one root');
      t.equal(tree.deprels.filter((d) => d === 'root').length, 1);
    }
  }
});

t.test('tagging reads the model once per word outside the tag dictionary', async (t) => {
  for (const n of [1, 1000, 2000]) {
    const counter = { reads: 0 };
    const counted = { ...model.tagger, table: counting(model.tagger.table, counter) };
    const words = Array.from({ length: n }, (_, i) => (i % 2 ? '"' : 'xyzzy'));
    t.equal(tagWords(counted, words).length, n);
    const inDictionary = words.filter((w) => model.tagger.tagDictionary.has(w)).length;
    t.equal(counter.reads, n - inDictionary, `${n} words`);
  }
});

t.test('transitions keep the root for last and the stack and buffer in bounds', async (t) => {
  const state = new ParseState(2);
  t.notOk(state.isValid(LEFT), 'nothing on the stack to attach');
  t.notOk(state.isValid(RIGHT));
  t.same(state.arcOf(SHIFT), [-1, -1]);
  state.apply(SHIFT, -1);
  t.notOk(state.isValid(RIGHT), 'the root waits for an empty buffer');
  t.same(state.arcOf(LEFT), [2, 1]);
  state.apply(SHIFT, -1);
  t.notOk(state.isValid(SHIFT));
  t.equal(state.bufferAt(0), -1);
  t.same(state.arcOf(RIGHT), [1, 2]);
  state.apply(RIGHT, 0);
  state.apply(RIGHT, 1);
  t.ok(state.isTerminal());
  t.same(Array.from(state.heads), [-1, 0, 1]);
  t.equal(state.stackAt(1), -1);
});

t.test('the dynamic oracle counts the gold arcs an action loses', async (t) => {
  // "Police arrested men": 1 <- 2 -> 3, root 2.
  const gold = goldTree([2, 0, 2]);
  const state = new ParseState(3);
  t.equal(actionCost(state, gold, SHIFT), 0);
  state.apply(SHIFT, -1);
  t.equal(actionCost(state, gold, LEFT), 0, 'police <- arrested');
  t.equal(actionCost(state, gold, SHIFT), 2, 'arrested above police loses the root and police');
  state.apply(LEFT, 0);
  state.apply(SHIFT, -1);
  t.equal(actionCost(state, gold, LEFT), 2, 'arrested under men loses the root and men');
  t.equal(actionCost(state, gold, RIGHT), 1, 'arrested reduced now loses men');
  t.equal(actionCost(state, gold, SHIFT), 0);
  state.apply(SHIFT, -1);
  t.equal(actionCost(state, gold, RIGHT), 0, 'men <- arrested');
});

t.test('a table that never learnt averages to zeros', async (t) => {
  const averaged = new PerceptronTrainer(4, 2).averaged();
  t.same(Array.from(averaged.weights), [0, 0, 0, 0, 0, 0, 0, 0]);
});
