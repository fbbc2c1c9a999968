// The parser's work is linear: 2n transitions and n - 1 labelling decisions for n words, whatever the
// words are, each a fixed number of features. Counted through the weight tables, not timed.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { readConllu } from '../../src/syntax/conllu.js';
import { parse } from '../../src/syntax/decode.js';
import { ACTION_FEATURES, LABEL_FEATURES, type ParserModel } from '../../src/syntax/parser.js';
import { LIST_FEATURES, TAGGER_FEATURES, tagWords } from '../../src/syntax/tagger.js';
import { compactTable, DenseTable, PerceptronTrainer, SparseTable, type WeightTable } from '../../src/syntax/perceptron.js';
import { trainSyntaxModel } from '../../src/syntax/train/index.js';
import { goldTree, actionCost } from '../../src/syntax/train/oracle.js';
import { LEFT, ParseState, RIGHT, SHIFT } from '../../src/syntax/transitions.js';
import { hashWords } from '../../src/syntax/words.js';

const tiny = readConllu(readFileSync(new URL('./fixtures/tiny.conllu', import.meta.url), 'utf8'));
const model = trainSyntaxModel(tiny, {
  tagger: { epochs: 4, rowBits: 12, seed: 1, dictionaryMinCount: 2, dictionaryMinShare: 0.99 },
  parser: { epochs: 4, actionRowBits: 12, labelRowBits: 12, seed: 1, exploration: 0.9, beam: 1 },
  jackknifeFolds: 1,
});

/** The same table, counting the rows that decisions read. */
function counting(table: WeightTable, counter: { reads: number }): WeightTable {
  return {
    rows: table.rows,
    classes: table.classes,
    addRow(row, scores) {
      counter.reads++;
      table.addRow(row, scores);
    },
    forEachCell: (visit) => table.forEachCell(visit),
  };
}

t.test('a sentence of n words takes 2n transitions and n - 1 labels', async (t) => {
  for (const word of ['said', '"', 'the']) {
    for (const n of [1, 500, 1000]) {
      const actions = { reads: 0 };
      const labels = { reads: 0 };
      const counted: ParserModel = {
        ...model.parser,
        actions: counting(model.parser.actions, actions),
        labels: counting(model.parser.labels, labels),
      };
      const words = Array<string>(n).fill(word);
      const tree = parse(counted, { words: hashWords(words), tags: Array<number>(n).fill(0) });
      t.equal(actions.reads, 2 * n * ACTION_FEATURES, `${n} x ${word}: transitions`);
      t.equal(labels.reads, (n - 1) * LABEL_FEATURES, `${n} x ${word}: labels`);
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
    const perWord = TAGGER_FEATURES - (model.tagger.external.classes.length > 0 ? 0 : LIST_FEATURES);
    t.equal(counter.reads, (n - inDictionary) * perWord, `${n} words`);
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
  const cells: number[] = [];
  averaged.forEachCell((index) => cells.push(index));
  t.same(cells, []);
});

t.test('a three-class table sums its rows as any table does, row by row', async (t) => {
  const weights = Int16Array.from([1, -2, 3, 40, 50, -60, 0, 7, 0, 5, 5, 5]);
  const table = new DenseTable(4, 3, weights);
  const hashes = Uint32Array.from([1, 3, 5, 2]);
  const scores = Float64Array.from([100, 0, 0]);
  table.addRows(hashes, 3, scores);
  const expected = Float64Array.from([100, 0, 0]);
  for (const row of [1, 3, 1]) table.addRow(row, expected);
  t.same(Array.from(scores), Array.from(expected), 'the rows of hashes 1, 3 and 5 (row 1 again) added to what was there');
});

t.test('weights are stored sparse when that is smaller, with the same scores', async (t) => {
  // 4 rows of 8 classes: cells 3, 5 (row 0) and 30 (row 3).
  const indices = Int32Array.from([3, 5, 30]);
  const values = Int16Array.from([7, -2, 9]);
  const sparse = compactTable(4, 8, indices, values);
  t.type(sparse, SparseTable);
  const dense = compactTable(4, 2, Int32Array.from([1, 6]), Int16Array.from([4, -4]));
  t.type(dense, DenseTable, 'few classes a row: dense is smaller');
  const scores = new Float64Array(8);
  sparse.addRow(0, scores);
  sparse.addRow(3, scores);
  sparse.addRow(2, scores);
  t.same(Array.from(scores), [0, 0, 0, 7, 0, -2, 9, 0]);
  const cells: number[][] = [];
  sparse.forEachCell((index, value) => cells.push([index, value]));
  t.same(cells, [
    [3, 7],
    [5, -2],
    [30, 9],
  ]);
  const denseScores = new Float64Array(2);
  dense.addRow(3, denseScores);
  t.same(Array.from(denseScores), [-4, 0]);
  const denseCells: number[][] = [];
  dense.forEachCell((index, value) => denseCells.push([index, value]));
  t.same(denseCells, [
    [1, 4],
    [6, -4],
  ]);
});
