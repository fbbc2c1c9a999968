// Global training of the beam parser: a structured perceptron with max-violation updates (Huang, Fayong
// and Guo 2012). The sentence is decoded with the beam beside the oracle's sequence; at the step where
// the best hypothesis outscores the oracle's prefix by the most, the weights move towards the oracle's
// transitions and away from the best hypothesis's, back to the state they share. The label model
// learns locally, on the oracle's arcs.
import { advance, type Hypothesis, keptFeatures, StatePool, startHypothesis, successor } from '../beam.js';
import type { PerceptronTrainer } from '../perceptron.js';
import type { Decoder } from '../parser.js';
import { LEFT, type ParseState, RIGHT, SHIFT } from '../transitions.js';
import { actionCost, type GoldTree } from './oracle.js';

export interface BeamTrainers {
  readonly actions: PerceptronTrainer;
  readonly labels: PerceptronTrainer;
}

/** The oracle's transition: the cheapest, arcs before SHIFT (the static arc-hybrid oracle's order). */
export function oracleAction(state: ParseState, gold: GoldTree): number {
  let best = -1;
  let cheapest = Infinity;
  for (const action of [LEFT, RIGHT, SHIFT]) {
    if (!state.isValid(action)) continue;
    const cost = actionCost(state, gold, action);
    if (cost < cheapest) [best, cheapest] = [action, cost];
  }
  return best;
}

export function trainSentenceBeam(
  decoder: Decoder,
  gold: GoldTree,
  goldLabels: readonly number[],
  trainers: BeamTrainers,
  width: number,
): void {
  const pool = new StatePool(decoder.state.n);
  let beam = [startHypothesis(pool.words)];
  let oracle = beam[0];
  let worst: [predicted: Hypothesis, oracle: Hypothesis] | undefined;
  let margin = 0;
  while (!oracle.state.isTerminal()) {
    const action = oracleAction(oracle.state, gold);
    trainLabel(decoder, oracle.state, action, gold, goldLabels, trainers.labels);
    const next = advance(decoder, trainers, pool, beam, width, action);
    const nextOracle = next.find((h) => h.gold) ?? outsideBeam(decoder, trainers, pool, oracle, action);
    pool.release(beam.includes(oracle) ? beam : [...beam, oracle]);
    [beam, oracle] = [next, nextOracle];
    trainers.actions.tick();
    const violation = beam[0].score - oracle.score;
    if (!beam[0].gold && violation >= margin) {
      margin = violation;
      worst = [beam[0], oracle];
    }
  }
  if (worst) update(trainers.actions, worst[0], worst[1]);
}

/** The oracle's successor once it has fallen out of the beam, scored by the model all the same. */
function outsideBeam(decoder: Decoder, trainers: BeamTrainers, pool: StatePool, oracle: Hypothesis, action: number): Hypothesis {
  decoder.scoreActions(trainers.actions, oracle.state);
  oracle.features = keptFeatures(decoder);
  const score = oracle.score + decoder.actionScores[action];
  return successor(decoder, trainers, pool, oracle, oracle.state, action, score, true);
}

function trainLabel(
  decoder: Decoder,
  state: ParseState,
  action: number,
  gold: GoldTree,
  goldLabels: readonly number[],
  labels: PerceptronTrainer,
) {
  const [head, dependent] = state.arcOf(action);
  if (head <= 0 || gold.heads[dependent] !== head) return;
  const label = decoder.predictLabel(labels, action, state);
  labels.tick();
  labels.update(goldLabels[dependent - 1], label, decoder.features);
}

/** Both chains have the same length; their shared prefix would cancel out, so it is skipped. */
function update(actions: PerceptronTrainer, predicted: Hypothesis, oracle: Hypothesis): void {
  let p: Hypothesis | undefined = predicted;
  let o: Hypothesis | undefined = oracle;
  while (p !== o && p?.parent && o?.parent) {
    actions.add(p.parent.features!, p.action, -1);
    actions.add(o.parent.features!, o.action, 1);
    p = p.parent;
    o = o.parent;
  }
}
