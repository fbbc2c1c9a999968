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
  const best = new Best(width);
  for (const parent of beam) {
    decoder.scoreActions(model.actions, parent.state);
    if (training) parent.features = keptFeatures(decoder);
    for (let action = 0; action < ACTIONS; action++) {
      if (parent.state.isValid(action)) best.offer(parent, action, parent.score + decoder.actionScores[action]);
    }
  }
  const next: Hypothesis[] = [];
  for (let i = 0; i < best.size; i++) {
    const parent = best.parents[i];
    const action = best.actions[i];
    const gold = parent.gold && action === goldAction;
    next.push(successor(decoder, model, pool, training ? parent : undefined, parent.state, action, best.scores[i], gold));
  }
  return next;
}

/** The best few (parent, action) pairs offered, best first, the earlier offer first among equals, without sorting them all. */
class Best {
  readonly parents: Hypothesis[] = [];
  readonly actions: number[] = [];
  readonly scores: number[] = [];
  size = 0;
  constructor(readonly width: number) {}

  offer(parent: Hypothesis, action: number, score: number): void {
    let at = this.size;
    while (at > 0 && this.scores[at - 1] < score) at--;
    if (at >= this.width) return;
    if (this.size < this.width) this.size++;
    for (let i = this.size - 1; i > at; i--) {
      this.parents[i] = this.parents[i - 1];
      this.actions[i] = this.actions[i - 1];
      this.scores[i] = this.scores[i - 1];
    }
    this.parents[at] = parent;
    this.actions[at] = action;
    this.scores[at] = score;
  }
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

export function parseBeam(model: ParserModel, input: ParserInput, width = model.beam): Parse {
  const decoder = new Decoder(model, input);
  const pool = new StatePool(input.words.lower.length);
  let beam = [startHypothesis(pool.words)];
  while (!beam[0].state.isTerminal()) {
    const next = advance(decoder, model, pool, beam, width);
    pool.release(beam);
    beam = next;
  }
  return treeOf(model, beam[0].state);
}
