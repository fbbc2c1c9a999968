// A linear multi-class model over hashed features. Training keeps float weights and the running sums
// needed to average them (Daume's trick: averaged = w - u / c); inference reads the averaged weights
// quantised to 16 bits, which keeps the committed model small and the memory per thread low.

/** Weights for `rows` hashed feature rows of `classes` scores each; rows is a power of two. */
export interface WeightTable {
  readonly rows: number;
  readonly classes: number;
  readonly weights: Float32Array | Int16Array;
}

/** A buffer of feature hashes for one decision, reused across decisions. */
export class Features {
  readonly hashes: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.hashes = new Uint32Array(capacity);
  }
  push(hash: number): void {
    this.hashes[this.length++] = hash;
  }
  clear(): void {
    this.length = 0;
  }
}

/** Adds each feature's row of class weights into scores (which the caller zeroes). */
export function score(table: WeightTable, features: Features, scores: Float64Array): void {
  const { classes, weights } = table;
  const mask = table.rows - 1;
  const { hashes, length } = features;
  for (let f = 0; f < length; f++) {
    const base = (hashes[f] & mask) * classes;
    for (let k = 0; k < classes; k++) scores[k] += weights[base + k];
  }
}

/** The best class among those allowed (all when allowed is omitted); ties go to the lowest index. */
export function argmax(scores: Float64Array, classes: number, allowed?: (k: number) => boolean): number {
  let best = -1;
  for (let k = 0; k < classes; k++) {
    if (allowed && !allowed(k)) continue;
    if (best < 0 || scores[k] > scores[best]) best = k;
  }
  return best;
}

export class PerceptronTrainer implements WeightTable {
  readonly weights: Float32Array;
  private readonly sums: Float64Array;
  private instances = 0;

  constructor(
    readonly rows: number,
    readonly classes: number,
  ) {
    this.weights = new Float32Array(rows * classes);
    this.sums = new Float64Array(rows * classes);
  }

  /** Counts one training decision, whether or not it needed an update. */
  tick(): void {
    this.instances++;
  }

  /** Moves weight from the guessed class to the true one for every feature of the decision. */
  update(truth: number, guess: number, features: Features): void {
    if (truth === guess) return;
    const mask = this.rows - 1;
    const { hashes, length } = features;
    const c = this.instances;
    for (let f = 0; f < length; f++) {
      const base = (hashes[f] & mask) * this.classes;
      this.weights[base + truth] += 1;
      this.sums[base + truth] += c;
      this.weights[base + guess] -= 1;
      this.sums[base + guess] -= c;
    }
  }

  /** The averaged weights, quantised to 16 bits with one scale for the whole table. */
  averaged(): WeightTable {
    const c = Math.max(1, this.instances);
    const averaged = new Float64Array(this.weights.length);
    let largest = 0;
    for (let i = 0; i < averaged.length; i++) {
      averaged[i] = this.weights[i] - this.sums[i] / c;
      largest = Math.max(largest, Math.abs(averaged[i]));
    }
    const scale = largest > 0 ? 32767 / largest : 1;
    const weights = new Int16Array(averaged.length);
    for (let i = 0; i < averaged.length; i++) weights[i] = Math.round(averaged[i] * scale);
    return { rows: this.rows, classes: this.classes, weights };
  }
}
