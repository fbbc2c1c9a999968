// Beam search and its global training: a beam of one is the greedy parser, the oracle's transitions
// rebuild the gold tree, and a beam-trained model learns its training sentences.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { parseBeam } from '../../src/syntax/beam.js';
import { readConllu } from '../../src/syntax/conllu.js';
import { DECODE_BEAM, parse } from '../../src/syntax/decode.js';
import { evaluate } from '../../src/syntax/evaluate.js';
import { decodeModel, encodeModel } from '../../src/syntax/model.js';
import { ACTION_FEATURES, Decoder, parseGreedy } from '../../src/syntax/parser.js';
import { PerceptronTrainer } from '../../src/syntax/perceptron.js';
import { oracleAction, trainSentenceBeam } from '../../src/syntax/train/beam.js';
import { trainSyntaxModel } from '../../src/syntax/train/index.js';
import { goldTree } from '../../src/syntax/train/oracle.js';
import { ACTIONS, ParseState, SHIFT } from '../../src/syntax/transitions.js';
import { hashWords } from '../../src/syntax/words.js';

const tiny = readConllu(readFileSync(new URL('./fixtures/tiny.conllu', import.meta.url), 'utf8'));
const recipe = (beam: number) => ({
  tagger: { epochs: 8, rowBits: 12, seed: 1, dictionaryMinCount: 2, dictionaryMinShare: 0.99 },
  parser: { epochs: 20, actionRowBits: 14, labelRowBits: 12, seed: 1, exploration: 0.9, beam },
  jackknifeFolds: 1,
});

t.test('a beam-trained model learns its sentences and keeps its width through the file', async (t) => {
  const model = trainSyntaxModel(tiny, recipe(4));
  t.equal(model.parser.beam, 4);
  const scores = evaluate(model, tiny);
  t.equal(scores.uas, 1);
  t.equal(scores.fullLas, 1);
  const decoded = decodeModel(encodeModel(model));
  t.equal(decoded.parser.beam, 4);
  t.same(evaluate(decoded, tiny), scores);
});

t.test('a beam of one makes the greedy choices; parse picks by the model', async (t) => {
  const model = trainSyntaxModel(tiny, recipe(1)).parser;
  for (const s of tiny) {
    const input = { words: hashWords(s.words), tags: s.words.map((_, i) => i % model.tags.length) };
    const greedy = parseGreedy(model, input);
    t.same(parseBeam({ ...model, beam: 1 }, input), greedy);
    t.same(parse(model, input), greedy);
    const wide = parse({ ...model, beam: 3 }, input);
    t.equal(wide.heads.filter((h) => h === 0).length, 1, 'one root word');
  }
});

t.test('a beam of k reads at most k states a step, 2n steps for n words', async (t) => {
  const model = trainSyntaxModel(tiny, recipe(3)).parser;
  for (const n of [1, 2, 200]) {
    const counter = { reads: 0 };
    const actions = model.actions;
    const counted = {
      ...model,
      actions: { ...actions, addRow: (row: number, scores: Float64Array) => (counter.reads++, actions.addRow(row, scores)) },
    };
    const words = Array<string>(n).fill('said');
    parse(counted, { words: hashWords(words), tags: Array<number>(n).fill(0) });
    const states = counter.reads / ACTION_FEATURES;
    t.ok(states >= 2 * n && states <= 2 * n * 3, `${n} words: ${states} states scored`);
  }
});

t.test('decoding keeps at most DECODE_BEAM hypotheses, whatever the training width', async (t) => {
  const model = trainSyntaxModel(tiny, recipe(3)).parser;
  const n = 40;
  const input = { words: hashWords(Array<string>(n).fill('said')), tags: Array<number>(n).fill(0) };
  const counter = { reads: 0 };
  const wide = { ...model, beam: DECODE_BEAM + 3 };
  const counted = {
    ...wide,
    actions: { ...model.actions, addRow: (row: number, scores: Float64Array) => (counter.reads++, model.actions.addRow(row, scores)) },
  };
  t.same(parse(counted, input), parseBeam(wide, input, DECODE_BEAM));
  t.ok(counter.reads / ACTION_FEATURES > 2 * n * 3, 'wider than the training beam');
  t.ok(counter.reads / ACTION_FEATURES <= 2 * n * DECODE_BEAM, `${counter.reads / ACTION_FEATURES} states scored`);
});

t.test('a copied state is equal and independent', async (t) => {
  const state = new ParseState(3);
  state.apply(SHIFT, -1);
  const copy = new ParseState(3).copyFrom(state);
  t.same(copy, state);
  copy.apply(SHIFT, -1);
  t.equal(state.front, 2);
  t.equal(copy.front, 3);
  t.equal(state.inStack[2], 0);
});

t.test("the oracle's transitions rebuild a projective gold tree", async (t) => {
  for (const s of tiny) {
    const gold = goldTree(s.heads);
    const state = new ParseState(s.words.length);
    while (!state.isTerminal()) state.apply(oracleAction(state, gold), 0);
    t.same(Array.from(state.heads.subarray(1)), s.heads);
  }
});

t.test('training updates towards the oracle, also past a gold arc it cannot build', async (t) => {
  // 1 -> 3 and 2 -> 4 cross: no arc-hybrid sequence builds both.
  const heads = [0, 1, 1, 2];
  const words = ['w', 'x', 'y', 'z'];
  const gold = goldTree(heads);
  const trainers = { actions: new PerceptronTrainer(1 << 10, ACTIONS), labels: new PerceptronTrainer(1 << 8, 2) };
  const input = { words: hashWords(words), tags: [0, 1, 2, 3] };
  for (let epoch = 0; epoch < 10; epoch++) {
    trainSentenceBeam(new Decoder({ deprels: ['dep', 'root'] }, input), gold, [1, 0, 0, 0], trainers, 1);
  }
  const model = {
    tags: ['A', 'B', 'C', 'D'],
    deprels: ['dep', 'root'],
    actions: trainers.actions.averaged(),
    labels: trainers.labels.averaged(),
    beam: 2,
  };
  const tree = parse(model, input);
  t.same(tree.deprels[0], 'root');
  t.equal(tree.heads.filter((h, i) => h === heads[i]).length, 3, 'all but the crossing arc');
});
