// Beam search over arc-hybrid transitions (Zhang and Clark 2008; Zhang and Nivre 2011): the best few
// partial parses by the sum of their transition scores are kept at each step, so an early decision
// that looked best can lose to one that leads to a better tree. Each arc is labelled as it is made,
// by the same label model as the greedy parser. Still 2n steps for n words, each a fixed number of
// hypotheses, each copying its state (O(n)); sentences are at most MAX_SENTENCE_TOKENS long.
import { Decoder, type Parse, type ParserInput, type ParserModel, treeOf } from './parser.js';
import type { WeightTable } from './perceptron.js';
import { ACTIONS, ParseState } from './transitions.js';

export interface Hypothesis {
  readonly state: ParseState;
  readonly score: number;
  /** The hypothesis this one extends (kept only in training, which walks the chain to update). */
  readonly parent: Hypothesis | undefined;
  /** The transition from the parent's state to this one. */
  readonly action: number;
  /** True while every transition so far is the oracle's (training only). */
  readonly gold: boolean;
  /** The features of this state's next decision, once it is expanded in training. */
  features?: Uint32Array;
}

export interface BeamModel {
  readonly actions: WeightTable;
  readonly labels: WeightTable;
}

/** Spare states of one sentence, so that once the beam is full a step allocates no state. */
export class StatePool {
  private readonly spare: ParseState[] = [];
  constructor(readonly words: number) {}

  copyOf(from: ParseState): ParseState {
    return (this.spare.pop() ?? new ParseState(this.words)).copyFrom(from);
  }

  /** Takes back the states of hypotheses that no step will read again. */
  release(hypotheses: readonly Hypothesis[]): void {
    for (const h of hypotheses) this.spare.push(h.state);
  }
}

export function startHypothesis(words: number): Hypothesis {
  return { state: new ParseState(words), score: 0, parent: undefined, action: -1, gold: true };
}

interface Candidate {
  readonly parent: Hypothesis;
  readonly action: number;
  readonly score: number;
}

/**
 * The next beam: the `width` best successors of the hypotheses (ties keep the earlier parent and
 * action). Training passes the oracle's transition, to mark the successor that stays gold, and keeps
 * each parent's features and chain.
 */
export function advance(
  decoder: Decoder,
  model: BeamModel,
  pool: StatePool,
  beam: readonly Hypothesis[],
  width: number,
  goldAction?: number,
): Hypothesis[] {
  const training = goldAction !== undefined;
  const candidates: Candidate[] = [];
  for (const parent of beam) {
    decoder.scoreActions(model.actions, parent.state);
    if (training) parent.features = keptFeatures(decoder);
    for (let action = 0; action < ACTIONS; action++) {
      if (parent.state.isValid(action)) candidates.push({ parent, action, score: parent.score + decoder.actionScores[action] });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates
    .slice(0, width)
    .map(({ parent, action, score }) =>
      successor(decoder, model, pool, training ? parent : undefined, parent.state, action, score, parent.gold && action === goldAction),
    );
}

export function keptFeatures(decoder: Decoder): Uint32Array {
  return decoder.features.hashes.slice(0, decoder.features.length);
}

/** The parent's state advanced by one labelled transition, in a state of its own. */
export function successor(
  decoder: Decoder,
  model: BeamModel,
  pool: StatePool,
  parent: Hypothesis | undefined,
  from: ParseState,
  action: number,
  score: number,
  gold: boolean,
): Hypothesis {
  const state = pool.copyOf(from);
  state.apply(action, decoder.predictLabel(model.labels, action, state));
  return { state, score, parent, action, gold };
}

export function parseBeam(model: ParserModel, input: ParserInput): Parse {
  const decoder = new Decoder(model, input);
  const pool = new StatePool(input.words.lower.length);
  let beam = [startHypothesis(pool.words)];
  while (!beam[0].state.isTerminal()) {
    const next = advance(decoder, model, pool, beam, model.beam);
    pool.release(beam);
    beam = next;
  }
  return treeOf(model, beam[0].state);
}
