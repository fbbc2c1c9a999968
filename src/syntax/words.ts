// Per-word hashes shared by the tagger and the parser: the parser's for a whole sentence at once, the
// tagger's word by word as far as it tags.
import { hashText } from './hash.js';

export interface WordHashes {
  /** Lower-cased form. */
  readonly lower: Uint32Array;
  /** The form as written, for capitalisation. */
  readonly form: Uint32Array;
  /** Character classes with runs collapsed: "McCain" -> "XxXx", "3.5" -> "d.d". */
  readonly shape: Uint32Array;
  readonly suffix1: Uint32Array;
  readonly suffix2: Uint32Array;
  readonly suffix3: Uint32Array;
  readonly suffix4: Uint32Array;
  readonly prefix1: Uint32Array;
  readonly prefix3: Uint32Array;
  /** 0 lower case, 1 capitalised, 2 all capitals, 3 no letter first. */
  readonly capitals: Uint32Array;
}

function capitalsOf(form: string, lower: string): number {
  const first = form[0];
  if (first === lower[0]) return first.toUpperCase() === first ? 3 : 0;
  return form === form.toUpperCase() && form.length > 1 ? 2 : 1;
}

export function hashWords(words: readonly string[]): WordHashes {
  const hashes = emptyHashes(words.length);
  for (let i = 0; i < words.length; i++) hashWord(hashes, i, words[i]);
  return hashes;
}

/** Room for n words' hashes, all zero until hashWord fills them. */
export function emptyHashes(n: number): WordHashes {
  return {
    lower: new Uint32Array(n),
    form: new Uint32Array(n),
    shape: new Uint32Array(n),
    suffix1: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    suffix4: new Uint32Array(n),
    prefix1: new Uint32Array(n),
    prefix3: new Uint32Array(n),
    capitals: new Uint32Array(n),
  };
}

/** Fills in word i's hashes. */
export function hashWord(hashes: WordHashes, i: number, form: string): void {
  const lower = form.toLowerCase();
  const len = lower.length;
  hashes.lower[i] = hashText(lower);
  hashes.form[i] = hashText(form);
  hashes.shape[i] = hashText(shapeOf(form));
  hashes.suffix1[i] = hashText(lower, Math.max(0, len - 1));
  hashes.suffix2[i] = hashText(lower, Math.max(0, len - 2));
  hashes.suffix3[i] = hashText(lower, Math.max(0, len - 3));
  hashes.suffix4[i] = hashText(lower, Math.max(0, len - 4));
  hashes.prefix1[i] = hashText(lower, 0, Math.min(1, len));
  hashes.prefix3[i] = hashText(lower, 0, Math.min(3, len));
  hashes.capitals[i] = capitalsOf(form, lower);
}

export function shapeOf(form: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < form.length && shape.length < 8; i++) {
    const c = form[i];
    const kind = c >= 'a' && c <= 'z' ? 'x' : c >= 'A' && c <= 'Z' ? 'X' : c >= '0' && c <= '9' ? 'd' : c;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}
