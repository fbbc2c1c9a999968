// Sentence boundaries over tokens: after . ! ? or an ellipsis (and any closing quotes or brackets
// attached to it) when the next token opens like a sentence, and at every line break, since news
// text puts each paragraph on a line of its own. A sentence never exceeds MAX_SENTENCE_TOKENS.
import type { Token } from './tokenize.js';

/**
 * Longer runs are cut into pieces of this size. Parsing is linear either way; the cap bounds the work
 * and memory for one tree, and keeps garbage (a page of quotation marks, a table) from becoming one.
 * Real sentences are shorter: the longest in the English Web Treebank's training part has 159 words.
 */
export const MAX_SENTENCE_TOKENS = 200;

export interface TokenRange {
  /** Index of the first token and one past the last. */
  readonly start: number;
  readonly end: number;
}

const TERMINAL = /^(?:[.!?]+|\.{2,}|…)$/u;
const CLOSING = /^["'”’)\]]$/u;
const OPENING = /^[\p{Lu}\d"'“‘([]/u;

export function sentences(text: string, tokens: readonly Token[]): TokenRange[] {
  const ranges: TokenRange[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    let end = i + 1;
    const terminal = TERMINAL.test(tokens[i].text);
    if (terminal) {
      while (end < tokens.length && CLOSING.test(tokens[end].text) && tokens[end].start === tokens[end - 1].end) end++;
    }
    const next = tokens[end];
    const boundary =
      end - start >= MAX_SENTENCE_TOKENS ||
      next === undefined ||
      hasLineBreak(text, tokens[end - 1].end, next.start) ||
      (terminal && OPENING.test(next.text));
    if (boundary) {
      ranges.push({ start, end });
      start = end;
      i = end - 1;
    }
  }
  return ranges;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
