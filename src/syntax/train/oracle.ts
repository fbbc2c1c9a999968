// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of an action is the
// number of gold arcs that it makes unreachable from the current state, so training can continue from
// the parser's own mistakes. Gold arcs that are already unreachable (non-projective ones) cost nothing.
import { LEFT, type ParseState, SHIFT } from '../transitions.js';

export interface GoldTree {
  /** Gold head of each word 1..n (index 0 unused). */
  readonly heads: Int32Array;
  /** Gold dependents of each position 0..n. */
  readonly dependents: readonly number[][];
}

export function goldTree(heads: readonly number[]): GoldTree {
  const dependents: number[][] = Array.from({ length: heads.length + 1 }, () => []);
  heads.forEach((head, i) => dependents[head].push(i + 1));
  return { heads: Int32Array.from([-1, ...heads]), dependents };
}

export function actionCost(state: ParseState, gold: GoldTree, action: number): number {
  const front = state.front;
  if (action === SHIFT) {
    const top = state.stackAt(0);
    const head = gold.heads[front];
    let cost = head !== top && state.inStack[head] ? 1 : 0;
    for (const d of gold.dependents[front]) if (state.inStack[d]) cost++;
    return cost;
  }
  const top = state.stackAt(0);
  const head = gold.heads[top];
  let cost = 0;
  if (action === LEFT) {
    if (head !== front && (head > front || head === state.stackAt(1))) cost++;
  } else if (head >= front) {
    cost++;
  }
  for (const d of gold.dependents[top]) if (d >= front) cost++;
  return cost;
}
