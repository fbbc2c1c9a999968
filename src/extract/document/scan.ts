// The scan of the body's tokens: what /([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*)|\S/gu matches, read a code
// point at a time with ASCII decided by table: that pattern, run over every article's body, cost the engine
// more than the rest of the tokeniser (figures in docs/benchmarks.md).

/** Where the word starting at `at` ends (letters and digits, joined by single hyphens, apostrophes, full stops or ampersands), `at` if none starts there. */
export function wordEnd(text: string, at: number): number {
  let end = alnumRun(text, at);
  if (end === at) return at;
  for (;;) {
    const c = text.charCodeAt(end);
    if (!(c === 45 || c === 39 || c === 46 || c === 38 || c === 0x2019)) return end;
    const next = alnumRun(text, end + 1);
    if (next === end + 1) return end;
    end = next;
  }
}

/** The end of the run of letters and digits from `at`. */
function alnumRun(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_ALNUM[c] === 0) return i;
      i++;
    } else {
      LETTER_OR_DIGIT.lastIndex = i;
      if (!LETTER_OR_DIGIT.test(text)) return i;
      i += codePointLength(text, i);
    }
  }
  return i;
}

const ASCII_ALNUM = Uint8Array.from({ length: 128 }, (_, c) => Number(/[\p{L}\p{N}]/u.test(String.fromCharCode(c))));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const SPACE = /\s/y;

/** The first offset from `at` on that is not white space (as \s has it). */
export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!(c === 32 || (c >= 9 && c <= 13))) return i;
    } else {
      SPACE.lastIndex = i;
      if (!SPACE.test(text)) return i;
    }
    i++;
  }
  return i;
}

/** 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}
