// Training the parser with the dynamic oracle and error exploration (Goldberg and Nivre 2013): after the
// first epoch the parser mostly follows its own predictions, learning at each step the best of the
// actions that lose the fewest gold arcs. Labels are learnt on the arcs whose head is right.
import type { TreebankSentence } from '../conllu.js';
import { argmax, PerceptronTrainer } from '../perceptron.js';
import { Decoder, type ParserModel } from '../parser.js';
import { ACTIONS } from '../transitions.js';
import { hashWords } from '../words.js';
import { trainSentenceBeam } from './beam.js';
import { actionCost, type GoldTree, goldTree } from './oracle.js';
import { seededRandom, shuffled } from './random.js';

export interface ParserTraining {
  readonly epochs: number;
  readonly actionRowBits: number;
  readonly labelRowBits: number;
  readonly seed: number;
  /** Probability of following the model's own valid prediction, from the second epoch on (greedy only). */
  readonly exploration: number;
  /** Hypotheses kept at each step; above 1, the parser is trained globally for beam search. */
  readonly beam: number;
}

export interface ParserExample {
  readonly sentence: TreebankSentence;
  /** Tag indices as the tagger predicts them (in the tagger's tag set), not the gold tags. */
  readonly tags: ArrayLike<number>;
}

export function trainParser(examples: readonly ParserExample[], tags: readonly string[], options: ParserTraining): ParserModel {
  const deprels = [...new Set(examples.flatMap((e) => e.sentence.deprels))].sort();
  const deprelIndex = new Map(deprels.map((d, i) => [d, i]));
  const actions = new PerceptronTrainer(1 << options.actionRowBits, ACTIONS);
  const labels = new PerceptronTrainer(1 << options.labelRowBits, deprels.length);
  const random = seededRandom(options.seed);
  const prepared = examples.map((e) => ({
    input: { words: hashWords(e.sentence.words), tags: e.tags },
    gold: goldTree(e.sentence.heads),
    goldLabels: e.sentence.deprels.map((d) => deprelIndex.get(d)!),
  }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { input, gold, goldLabels } of shuffled(prepared, random)) {
      const decoder = new Decoder({ deprels }, input);
      if (options.beam > 1) {
        trainSentenceBeam(decoder, gold, goldLabels, { actions, labels }, options.beam);
        continue;
      }
      const explore = () => epoch > 0 && random() < options.exploration;
      trainSentence(decoder, gold, goldLabels, actions, labels, explore);
    }
  }
  return { tags, deprels, actions: actions.averaged(), labels: labels.averaged(), beam: options.beam };
}

function trainSentence(
  decoder: Decoder,
  gold: GoldTree,
  goldLabels: readonly number[],
  actions: PerceptronTrainer,
  labels: PerceptronTrainer,
  explore: () => boolean,
): void {
  const state = decoder.state;
  const costs = new Int32Array(ACTIONS);
  while (!state.isTerminal()) {
    const predicted = decoder.predictAction(actions);
    let best = -1;
    for (let a = 0; a < ACTIONS; a++) {
      costs[a] = state.isValid(a) ? actionCost(state, gold, a) : Infinity;
      if (costs[a] !== Infinity && (best < 0 || costs[a] < costs[best])) best = a;
    }
    const cheapest = costs[best];
    const correct = argmax(decoder.actionScores, ACTIONS, (a) => costs[a] === cheapest);
    actions.tick();
    if (costs[predicted] > cheapest) actions.update(correct, predicted, decoder.features);
    const action = costs[predicted] > cheapest && !explore() ? correct : predicted;
    const label = decoder.predictLabel(labels, action);
    const [head, dependent] = state.arcOf(action);
    if (head > 0 && gold.heads[dependent] === head) {
      labels.tick();
      labels.update(goldLabels[dependent - 1], label, decoder.features);
    }
    state.apply(action, label);
  }
}
