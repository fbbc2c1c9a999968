// A linear multi-class model over hashed features. Training keeps float weights and the running sums
// needed to average them (Daume's trick: averaged = w - u / c); inference reads the averaged weights
// quantised to 16 bits, which keeps the committed model small and the memory per thread low.

/** Weights for `rows` hashed feature rows of `classes` scores each; rows is a power of two. */
export interface WeightTable {
  readonly rows: number;
  readonly classes: number;
  /** Adds the class weights of one row into scores. */
  addRow(row: number, scores: Float64Array): void;
  /** Visits the non-zero cells in index order (index = row * classes + class). */
  forEachCell(visit: (index: number, value: number) => void): void;
}

/** Every cell stored: the right form while training, and for tables with few classes. */
export class DenseTable implements WeightTable {
  constructor(
    readonly rows: number,
    readonly classes: number,
    readonly weights: Float32Array | Int16Array,
  ) {}

  addRow(row: number, scores: Float64Array): void {
    const { classes, weights } = this;
    const base = row * classes;
    for (let k = 0; k < classes; k++) scores[k] += weights[base + k];
  }

  /** addRow for each feature's row, in one loop the JIT keeps monomorphic. */
  addRows(hashes: Uint32Array, length: number, scores: Float64Array): void {
    const { classes, weights } = this;
    const mask = this.rows - 1;
    if (classes === 3) {
      addRows3(weights, hashes, length, mask, scores);
      return;
    }
    for (let f = 0; f < length; f++) {
      const base = (hashes[f] & mask) * classes;
      for (let k = 0; k < classes; k++) scores[k] += weights[base + k];
    }
  }

  forEachCell(visit: (index: number, value: number) => void): void {
    this.weights.forEach((value, index) => {
      if (value !== 0) visit(index, value);
    });
  }
}

/**
 * addRows for three classes (the parser's transitions), summed in locals: a row's loads need not wait for
 * the last row's sums to be stored, so more of the table's cache misses overlap. The weights are integers,
 * so the sums are exact in any order.
 */
function addRows3(weights: Float32Array | Int16Array, hashes: Uint32Array, length: number, mask: number, scores: Float64Array): void {
  let a = 0;
  let b = 0;
  let c = 0;
  for (let f = 0; f < length; f++) {
    const base = (hashes[f] & mask) * 3;
    a += weights[base];
    b += weights[base + 1];
    c += weights[base + 2];
  }
  scores[0] += a;
  scores[1] += b;
  scores[2] += c;
}

/**
 * Non-zero cells only, row by row (compressed sparse rows). A perceptron update touches two classes of
 * a row, so a row of the 51-label table holds a few non-zero cells: storing and adding only those
 * takes a fraction of the memory and time of the dense row. A cell packs its class (high 16 bits) with
 * its value (low 16) in one 32-bit word, so reading a row touches two arrays, not three: rows are read
 * at random, and each array is a cache miss.
 */
export class SparseTable implements WeightTable {
  constructor(
    readonly rows: number,
    readonly classes: number,
    /** Row r's cells are at offsets[r] up to offsets[r + 1]. */
    readonly offsets: Uint32Array,
    readonly cells: Int32Array,
  ) {}

  addRow(row: number, scores: Float64Array): void {
    const { cells } = this;
    const end = this.offsets[row + 1];
    for (let i = this.offsets[row]; i < end; i++) scores[cells[i] >>> 16] += (cells[i] << 16) >> 16;
  }

  addRows(hashes: Uint32Array, length: number, scores: Float64Array): void {
    const { cells, offsets } = this;
    const mask = this.rows - 1;
    for (let f = 0; f < length; f++) {
      const row = hashes[f] & mask;
      const end = offsets[row + 1];
      for (let i = offsets[row]; i < end; i++) scores[cells[i] >>> 16] += (cells[i] << 16) >> 16;
    }
  }

  forEachCell(visit: (index: number, value: number) => void): void {
    for (let row = 0; row < this.rows; row++) {
      for (let i = this.offsets[row]; i < this.offsets[row + 1]; i++) {
        visit(row * this.classes + (this.cells[i] >>> 16), (this.cells[i] << 16) >> 16);
      }
    }
  }
}

/**
 * Quantised weights in whichever form takes fewer bytes, from their non-zero cells in index order:
 * sparse rows cost 4 bytes a row and 4 a cell, dense ones 2 bytes a cell, zero or not.
 */
export function compactTable(rows: number, classes: number, indices: Int32Array, values: Int16Array): WeightTable {
  if ((rows + 1) * 4 + values.length * 4 >= rows * classes * 2) {
    const weights = new Int16Array(rows * classes);
    indices.forEach((index, i) => (weights[index] = values[i]));
    return new DenseTable(rows, classes, weights);
  }
  const offsets = new Uint32Array(rows + 1);
  const cells = new Int32Array(values.length);
  indices.forEach((index, i) => {
    offsets[Math.floor(index / classes) + 1]++;
    cells[i] = ((index % classes) << 16) | (values[i] & 0xffff);
  });
  for (let row = 0; row < rows; row++) offsets[row + 1] += offsets[row];
  return new SparseTable(rows, classes, offsets, cells);
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
  const { hashes, length } = features;
  if (table instanceof DenseTable || table instanceof SparseTable) {
    table.addRows(hashes, length, scores);
    return;
  }
  // any other table (a test's counting wrapper) row by row
  const mask = table.rows - 1;
  for (let f = 0; f < length; f++) table.addRow(hashes[f] & mask, scores);
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

export class PerceptronTrainer extends DenseTable {
  declare readonly weights: Float32Array;
  private readonly sums: Float64Array;
  private instances = 0;

  constructor(rows: number, classes: number) {
    super(rows, classes, new Float32Array(rows * classes));
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

  /** Adds delta to one class's weight for every feature (a structured update, one step at a time). */
  add(hashes: Uint32Array, klass: number, delta: number): void {
    const mask = this.rows - 1;
    const c = this.instances;
    for (const hash of hashes) {
      const index = (hash & mask) * this.classes + klass;
      this.weights[index] += delta;
      this.sums[index] += c * delta;
    }
  }

  /** The averaged weights, quantised to 16 bits with one scale for the whole table, in compact form. */
  averaged(): WeightTable {
    const c = Math.max(1, this.instances);
    const averaged = new Float64Array(this.weights.length);
    let largest = 0;
    for (let i = 0; i < averaged.length; i++) {
      averaged[i] = this.weights[i] - this.sums[i] / c;
      largest = Math.max(largest, Math.abs(averaged[i]));
    }
    const scale = largest > 0 ? 32767 / largest : 1;
    const indices: number[] = [];
    const values: number[] = [];
    averaged.forEach((weight, index) => {
      const value = Math.round(weight * scale);
      if (value === 0) return;
      indices.push(index);
      values.push(value);
    });
    return compactTable(this.rows, this.classes, Int32Array.from(indices), Int16Array.from(values));
  }
}
