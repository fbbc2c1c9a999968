// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta 2011): a stack that starts with
// the root, and a buffer that is always a suffix of the sentence. SHIFT pushes the buffer's front; LEFT
// makes the stack's top a dependent of the buffer's front; RIGHT makes it a dependent of the item below
// it. Each word is shifted once and reduced once, so a sentence of n words takes exactly 2n steps.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTIONS = 3;

/** The per-word arrays a state keeps, all views of one buffer, so that a copy is a single block copy. */
const ARRAYS = 10;

/** Words are 1..n; 0 is the root. Child slots hold -1 when empty. */
export class ParseState {
  /** Every array below, one after another: copying a state copies this. */
  private readonly cells: Int32Array;
  readonly stack: Int32Array;
  depth = 1;
  /** The buffer's front; the buffer is empty when it exceeds n. */
  front = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** 1 while the word is on the stack. */
  readonly inStack: Int32Array;
  /** Leftmost and second leftmost dependents, rightmost and second rightmost, and their counts. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(readonly n: number) {
    const size = n + 1;
    this.cells = new Int32Array(size * ARRAYS);
    const view = (k: number) => this.cells.subarray(k * size, (k + 1) * size);
    this.stack = view(0);
    this.heads = view(1).fill(-1);
    this.labels = view(2).fill(-1);
    this.inStack = view(3);
    this.inStack[0] = 1;
    this.left1 = view(4).fill(-1);
    this.left2 = view(5).fill(-1);
    this.right1 = view(6).fill(-1);
    this.right2 = view(7).fill(-1);
    this.leftCount = view(8);
    this.rightCount = view(9);
  }

  /** Makes this state a copy of another of the same sentence (beam search branches states). */
  copyFrom(other: ParseState): this {
    this.depth = other.depth;
    this.front = other.front;
    this.cells.set(other.cells);
    return this;
  }

  /** Stack item i from the top (0 is the top), or -1. */
  stackAt(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i] : -1;
  }

  /** Buffer item i from the front, or -1. */
  bufferAt(i: number): number {
    const word = this.front + i;
    return word <= this.n ? word : -1;
  }

  isTerminal(): boolean {
    return this.front > this.n && this.depth === 1;
  }

  /** The root takes a dependent only once the buffer is empty, so every tree has a single root word. */
  isValid(action: number): boolean {
    const bufferEmpty = this.front > this.n;
    if (action === SHIFT) return !bufferEmpty;
    if (action === LEFT) return this.depth > 1 && !bufferEmpty;
    return this.depth > 2 || (this.depth === 2 && bufferEmpty);
  }

  /** The head and dependent of the arc the action adds, or -1s for SHIFT. */
  arcOf(action: number): [head: number, dependent: number] {
    if (action === SHIFT) return [-1, -1];
    return [action === LEFT ? this.front : this.stackAt(1), this.stackAt(0)];
  }

  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.inStack[this.front] = 1;
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dependent = this.stack[this.depth - 1];
    const head = action === LEFT ? this.front : this.stack[this.depth - 2];
    this.depth--;
    this.inStack[dependent] = 0;
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    if (dependent < head) {
      this.left2[head] = this.left1[head];
      this.left1[head] = dependent;
      this.leftCount[head]++;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = dependent;
      this.rightCount[head]++;
    }
  }
}
