// Greedy dependency parser: arc-hybrid transitions chosen by an averaged perceptron over the
// Zhang and Nivre (2011) feature set (words, tags, distances, valencies and the labels of the children
// built so far) and the kinds of punctuation between the words an arc would join, and each new arc
// labelled at once by a second perceptron, so that later decisions can read the labels. Linear in the
// sentence length: 2n transitions of a fixed number of features.
import { feature1, feature2, feature3, feature4, hashText } from './hash.js';
import { argmax, Features, score, type WeightTable } from './perceptron.js';
import { ACTIONS, ParseState, SHIFT } from './transitions.js';
import type { WordHashes } from './words.js';

export interface ParserModel {
  /** The tag set of the tagger whose output the parser reads. */
  readonly tags: readonly string[];
  readonly deprels: readonly string[];
  readonly actions: WeightTable;
  readonly labels: WeightTable;
  /** Hypotheses kept at each step: 1 parses greedily. */
  readonly beam: number;
}

/** A sentence as the parser sees it: word hashes and tag indices, both 0-based. */
export interface ParserInput {
  readonly words: WordHashes;
  readonly tags: ArrayLike<number>;
}

export const ACTION_FEATURES = 76;
export const LABEL_FEATURES = 26;
const NONE = 0x3c6ef372;
const ROOT = 0x5be0cd19;

/** Punctuation that separates clauses, by kind: a comma, a quotation mark, a colon, semicolon, dash or bracket. */
const PUNCTUATION_KINDS = [[','], ['"', '“', '”', '‘', '’', "'", "''", '``'], [':', ';', '-', '--', '–', '—', '(', ')']];
const PUNCTUATION = new Map(PUNCTUATION_KINDS.flatMap((marks, kind) => marks.map((m) => [hashText(m), kind] as const)));

/** Per-position values with the root at 0 and NONE for -1, so templates need no bounds checks. */
export class Positions {
  readonly word: Uint32Array;
  readonly tag: Uint32Array;
  /** Marks of each kind of PUNCTUATION at positions 1..p, kind-major: counts[kind * (n + 1) + p]. */
  private readonly counts: Int32Array;
  private readonly size: number;
  constructor(input: ParserInput) {
    const n = input.words.lower.length;
    this.size = n + 1;
    this.word = new Uint32Array(n + 1);
    this.tag = new Uint32Array(n + 1);
    this.counts = new Int32Array(PUNCTUATION_KINDS.length * (n + 1));
    this.word[0] = ROOT;
    this.tag[0] = ROOT;
    for (let i = 0; i < n; i++) {
      this.word[i + 1] = input.words.lower[i];
      this.tag[i + 1] = input.tags[i] + 1;
      const kind = PUNCTUATION.get(input.words.lower[i]);
      for (let k = 0; k < PUNCTUATION_KINDS.length; k++) {
        this.counts[k * this.size + i + 1] = this.counts[k * this.size + i] + (k === kind ? 1 : 0);
      }
    }
  }
  /** Which kinds of punctuation lie strictly between positions a < b, as bits; 8 when either is absent. */
  between(a: number, b: number): number {
    if (a < 0 || b < 0) return 8;
    let bits = 0;
    for (let k = 0; k < PUNCTUATION_KINDS.length; k++) {
      if (this.counts[k * this.size + b - 1] > this.counts[k * this.size + a]) bits |= 1 << k;
    }
    return bits;
  }
  w(p: number): number {
    return p < 0 ? NONE : this.word[p];
  }
  t(p: number): number {
    return p < 0 ? NONE : this.tag[p];
  }
}

function label(state: ParseState, p: number): number {
  return p < 0 ? -2 : state.labels[p];
}

const at = (a: Int32Array, p: number) => (p < 0 ? -1 : a[p]);

function bucket(distance: number): number {
  return distance <= 5 ? distance : distance <= 10 ? 6 : 7;
}

export function actionFeatures(state: ParseState, x: Positions, out: Features): void {
  const s0 = state.stackAt(0),
    s1 = state.stackAt(1),
    s2 = state.stackAt(2);
  const b0 = state.bufferAt(0),
    b1 = state.bufferAt(1),
    b2 = state.bufferAt(2);
  const s0w = x.w(s0),
    s0t = x.t(s0),
    s1w = x.w(s1),
    s1t = x.t(s1),
    s2t = x.t(s2);
  const b0w = x.w(b0),
    b0t = x.t(b0),
    b1w = x.w(b1),
    b1t = x.t(b1),
    b2w = x.w(b2),
    b2t = x.t(b2);
  const s0l1 = at(state.left1, s0),
    s0l2 = at(state.left2, s0),
    s0r1 = at(state.right1, s0),
    s0r2 = at(state.right2, s0);
  const b0l1 = at(state.left1, b0),
    b0l2 = at(state.left2, b0),
    s1r1 = at(state.right1, s1),
    s1l1 = at(state.left1, s1);
  const d = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : 0;
  const d1 = s0 >= 0 && s1 >= 0 ? bucket(s0 - s1) : 0;
  const s0vl = at(state.leftCount, s0),
    s0vr = at(state.rightCount, s0),
    b0vl = at(state.leftCount, b0);
  out.clear();
  out.push(feature1(1, 0));
  out.push(feature1(2, s0w));
  out.push(feature1(3, s0t));
  out.push(feature2(4, s0w, s0t));
  out.push(feature1(5, s1w));
  out.push(feature1(6, s1t));
  out.push(feature2(7, s1w, s1t));
  out.push(feature1(8, b0w));
  out.push(feature1(9, b0t));
  out.push(feature2(10, b0w, b0t));
  out.push(feature1(11, b1w));
  out.push(feature1(12, b1t));
  out.push(feature2(13, b1w, b1t));
  out.push(feature1(14, b2w));
  out.push(feature1(15, b2t));
  out.push(feature1(16, s2t));
  // pairs
  out.push(feature4(17, s0w, s0t, b0w, b0t));
  out.push(feature3(18, s0w, s0t, b0w));
  out.push(feature3(19, s0w, b0w, b0t));
  out.push(feature3(20, s0w, s0t, b0t));
  out.push(feature3(21, s0t, b0w, b0t));
  out.push(feature2(22, s0w, b0w));
  out.push(feature2(23, s0t, b0t));
  out.push(feature2(24, b0t, b1t));
  out.push(feature2(25, s1t, s0t));
  out.push(feature2(26, s1w, s0w));
  out.push(feature3(27, s1t, s0w, s0t));
  out.push(feature3(28, s1w, s1t, s0t));
  out.push(feature3(29, s1w, s0w, s0t));
  out.push(feature3(30, s1w, s1t, s0w));
  out.push(feature2(31, s1t, b0t));
  out.push(feature2(32, s1w, b0w));
  // triples of tags
  out.push(feature3(33, b0t, b1t, b2t));
  out.push(feature3(34, s0t, b0t, b1t));
  out.push(feature3(35, s1t, s0t, b0t));
  out.push(feature3(36, s2t, s1t, s0t));
  out.push(feature3(37, s0t, x.t(s0l1), b0t));
  out.push(feature3(38, s0t, x.t(s0r1), b0t));
  out.push(feature3(39, s0t, b0t, x.t(b0l1)));
  out.push(feature3(40, s1t, s0t, x.t(s0l1)));
  out.push(feature3(41, s1t, x.t(s1r1), s0t));
  out.push(feature3(42, s1t, s0t, x.t(s0r1)));
  out.push(feature3(43, s0w, b0t, b1t));
  out.push(feature3(44, s0t, b0w, b1t));
  // distance
  out.push(feature2(45, s0w, d));
  out.push(feature2(46, s0t, d));
  out.push(feature2(47, b0w, d));
  out.push(feature2(48, b0t, d));
  out.push(feature4(49, s0w, b0w, d, 0));
  out.push(feature3(50, s0t, b0t, d));
  out.push(feature3(51, s1t, s0t, d1));
  out.push(feature3(52, s1w, s0w, d1));
  // valency
  out.push(feature2(53, s0w, s0vr));
  out.push(feature2(54, s0t, s0vr));
  out.push(feature2(55, s0w, s0vl));
  out.push(feature2(56, s0t, s0vl));
  out.push(feature2(57, b0w, b0vl));
  out.push(feature2(58, b0t, b0vl));
  // children and their labels
  out.push(feature1(59, x.w(s0l1)));
  out.push(feature2(60, x.t(s0l1), label(state, s0l1)));
  out.push(feature1(61, x.w(s0r1)));
  out.push(feature2(62, x.t(s0r1), label(state, s0r1)));
  out.push(feature1(63, x.w(b0l1)));
  out.push(feature2(64, x.t(b0l1), label(state, b0l1)));
  out.push(feature2(65, x.t(s0l2), label(state, s0l2)));
  out.push(feature2(66, x.t(s0r2), label(state, s0r2)));
  out.push(feature2(67, x.t(b0l2), label(state, b0l2)));
  out.push(feature3(68, s0t, label(state, s0l1), label(state, s0l2)));
  out.push(feature3(69, s0t, label(state, s0r1), label(state, s0r2)));
  out.push(feature3(70, b0t, label(state, b0l1), label(state, b0l2)));
  out.push(feature3(71, s1t, label(state, s1r1), label(state, s1l1)));
  out.push(feature4(72, s0t, label(state, s0l1), b0t, label(state, b0l1)));
  // the punctuation between the words an arc would join: a comma or closing quotation mark ends a clause
  // (template numbers are hash seeds: 85-88 are the ones the committed model was trained with)
  const pb = x.between(s0, b0),
    ps = x.between(s1, s0);
  out.push(feature3(85, s0t, b0t, pb));
  out.push(feature3(86, s0w, b0t, pb));
  out.push(feature3(87, s1t, s0t, ps));
  out.push(feature3(88, s0t, b0w, pb));
}

/** Features for labelling the arc head -> dependent that the next transition adds. */
export function labelFeatures(state: ParseState, x: Positions, head: number, dependent: number, out: Features): void {
  const dw = x.w(dependent),
    dt = x.t(dependent),
    hw = x.w(head),
    ht = x.t(head);
  const direction = dependent < head ? 1 : 2;
  const d = bucket(Math.abs(head - dependent));
  const dl1 = state.left1[dependent],
    dr1 = state.right1[dependent],
    dl2 = state.left2[dependent];
  const hl1 = state.left1[head],
    hr1 = state.right1[head];
  out.clear();
  out.push(feature1(101, direction));
  out.push(feature2(102, dw, direction));
  out.push(feature2(103, dt, direction));
  out.push(feature3(104, dw, dt, direction));
  out.push(feature2(105, hw, direction));
  out.push(feature2(106, ht, direction));
  out.push(feature3(107, dt, ht, direction));
  out.push(feature3(108, dw, ht, direction));
  out.push(feature3(109, dt, hw, direction));
  out.push(feature3(110, dw, hw, direction));
  out.push(feature4(111, dt, ht, direction, d));
  out.push(feature3(112, dt, x.t(dl1), label(state, dl1)));
  out.push(feature3(113, dt, x.t(dr1), label(state, dr1)));
  out.push(feature3(114, dt, x.w(dl1), direction));
  out.push(feature4(115, dt, ht, x.w(dl1), direction));
  out.push(feature3(116, dt, x.t(dependent - 1), x.t(dependent + 1 > state.n ? -1 : dependent + 1)));
  out.push(feature4(117, dt, ht, label(state, hl1), direction));
  out.push(feature4(118, dt, ht, label(state, hr1), direction));
  out.push(feature3(119, dt, label(state, dl1), label(state, dl2)));
  out.push(feature3(120, ht, x.t(head - 1), dt));
  out.push(feature3(121, dt, hw, x.w(dl1)));
  out.push(feature3(122, dt, ht, state.leftCount[dependent] + 8 * state.rightCount[dependent]));
  out.push(feature2(123, dt, dependent === 1 ? 1 : 0));
  out.push(feature3(124, hw, ht, direction));
  out.push(feature3(125, dt, x.w(dr1), direction));
  out.push(feature3(126, hw, x.w(dl1), direction));
}

export interface Parse {
  /** 1-based head of each word, 0 for the root word. */
  readonly heads: number[];
  readonly deprels: string[];
}

/** Parser state and scratch buffers for one sentence, shared by parsing and training. */
export class Decoder {
  readonly state: ParseState;
  readonly positions: Positions;
  readonly actionScores = new Float64Array(ACTIONS);
  readonly labelScores: Float64Array;
  readonly features = new Features(Math.max(ACTION_FEATURES, LABEL_FEATURES));
  private readonly rootLabel: number;

  constructor(
    readonly model: Pick<ParserModel, 'deprels'>,
    input: ParserInput,
  ) {
    this.state = new ParseState(input.words.lower.length);
    this.positions = new Positions(input);
    this.labelScores = new Float64Array(model.deprels.length);
    this.rootLabel = model.deprels.indexOf('root');
  }

  /** The model's best valid transition. */
  predictAction(actions: WeightTable, state = this.state): number {
    this.scoreActions(actions, state);
    return argmax(this.actionScores, ACTIONS, (a) => state.isValid(a));
  }

  /** Fills features and actionScores for a state. */
  scoreActions(actions: WeightTable, state = this.state): void {
    actionFeatures(state, this.positions, this.features);
    this.actionScores.fill(0);
    score(actions, this.features, this.actionScores);
  }

  /** The best label for the arc the action adds; "root" only and always for the root's dependent. */
  predictLabel(labels: WeightTable, action: number, state = this.state): number {
    if (action === SHIFT) return -1;
    const [head, dependent] = state.arcOf(action);
    if (head === 0) return this.rootLabel;
    labelFeatures(state, this.positions, head, dependent, this.features);
    this.labelScores.fill(0);
    score(labels, this.features, this.labelScores);
    return this.bestLabel();
  }

  /** argmax over every label but "root", ties to the lowest index. */
  private bestLabel(): number {
    const scores = this.labelScores;
    let best = -1;
    for (let k = 0; k < scores.length; k++) {
      if (k !== this.rootLabel && (best < 0 || scores[k] > scores[best])) best = k;
    }
    return best;
  }
}

/** The greedy parse: the best transition at each step. */
export function parseGreedy(model: Omit<ParserModel, 'beam'>, input: ParserInput): Parse {
  const decoder = new Decoder(model, input);
  const state = decoder.state;
  while (!state.isTerminal()) {
    const action = decoder.predictAction(model.actions);
    state.apply(action, decoder.predictLabel(model.labels, action));
  }
  return treeOf(model, state);
}

export function treeOf(model: Pick<ParserModel, 'deprels'>, state: ParseState): Parse {
  const heads = Array.from(state.heads.subarray(1));
  return { heads, deprels: Array.from(state.labels.subarray(1), (k) => model.deprels[k]) };
}
