// Tokens of the article body, which the entity passes read and the quote passes' words are made of:
// words (with possessive "’s" split off, even when noise puts a space before the s) and single
// punctuation marks, each with its offsets.
import { NAME_ABBREVIATIONS } from '../lexicons/abbreviations.js';
import { firstAtOrAfter } from '../text/search.js';
import { codePointLength, skipSpace, wordEnd } from './scan.js';
import type { Word } from '../text/words.js';

export interface Token {
  text: string;
  /** text in lower case */
  lower: string;
  start: number;
  end: number;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Followed by a possessive ’s ("Pakistan’s", "Iran’ s"). */
  poss: boolean;
  /** A line break stands between this token and the one before (only white space ever does). */
  lineBefore: boolean;
}

const APOSTROPHE = /^['’]$/;
/** "S", "U.S", "U.N": initials whose full stop ends no sentence ("S. Jaishankar", "U.S. Ambassador"). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;

export function wordTokens(text: string, from: number): Token[] {
  const out: Token[] = [];
  let newline = text.indexOf('\n', from);
  for (let next = skipSpace(text, from); next < text.length; ) {
    const start = next;
    const wordTo = wordEnd(text, start);
    const word = wordTo > start;
    const end = word ? wordTo : start + codePointLength(text, start);
    next = skipSpace(text, end);
    let value = text.slice(start, end);
    const lineBefore = newline >= 0 && newline < start;
    if (lineBefore) newline = text.indexOf('\n', start);
    const last = out[out.length - 1];
    // "Pakistan’ s" / "Pakistan’s": mark the possessor, drop the apostrophe and the s
    if (
      value === 's' &&
      last?.text.match(APOSTROPHE) &&
      out.length > 1 &&
      out[out.length - 2].word &&
      out[out.length - 2].end === last.start
    ) {
      out.pop();
      out[out.length - 1].poss = true;
      continue;
    }
    // "the Engineers’ Union", "the United Nations’ coordinator": a plural possessive, its apostrophe closing
    // a word in s before a space and a word (a closing quotation mark is as often followed by punctuation);
    // compared as strings, not by a regular expression: this runs for every token of every article
    if (
      (value === "'" || value === '’') &&
      last?.word &&
      last.end === start &&
      last.lower.endsWith('s') &&
      /^ \p{L}/u.test(text.slice(start + 1, start + 3))
    ) {
      last.poss = true;
      continue;
    }
    // "Dr.", "Lt.", "S. Jaishankar", "U.S. Ambassador": a full stop that ends no sentence
    if (value === '.' && last?.word && start === last.end && (NAME_ABBREVIATIONS.has(last.lower) || INITIALS.test(last.text))) continue;
    const poss = value.length > 2 && endsInApostropheS(value);
    if (poss) value = value.slice(0, -2);
    const lower = value.toLowerCase();
    // a capital is a letter whose lower case differs
    out.push({ text: value, lower, start, end: start + value.length, word, cap: word && value[0] !== lower[0], poss, lineBefore });
  }
  return out;
}

/** "Pakistan’s", "Imran's". */
function endsInApostropheS(value: string): boolean {
  const n = value.length;
  const c = value.charCodeAt(n - 2);
  return value.charCodeAt(n - 1) === 115 && (c === 39 || c === 0x2019);
}

/**
 * The first `limit` words of text[start, end), read off the body's tokens: tokens glued by hyphens,
 * apostrophes and full stops are one word ("U.S.-led", "Pakistan’s", "doubt...the"), as a reader takes
 * them; a word that `end` cuts is cut too, without the joiners it would end on.
 */
export function wordsIn(text: string, tokens: readonly Token[], start: number, end: number, limit = 40): Word[] {
  const out: Word[] = [];
  let i = firstEndingAfter(tokens, start);
  while (i < tokens.length && tokens[i].start < end && out.length < limit) {
    if (!tokens[i].word) {
      i++;
      continue;
    }
    let from = Math.max(tokens[i].start, start);
    while (isJoiner(text.charCodeAt(from))) from++;
    let to = tokens[i].end;
    for (;;) {
      let k = to;
      while (k < end && isJoiner(text.charCodeAt(k))) k++;
      while (i + 1 < tokens.length && tokens[i + 1].start < k) i++;
      // a possessive "s" is no token of its own (its apostrophe is the joiner before it)
      if (tokens[i].poss && k < end && text.charCodeAt(k) === 115) to = k + 1;
      else if (k < end && i + 1 < tokens.length && tokens[i + 1].word && tokens[i + 1].start === k) to = tokens[++i].end;
      else break;
    }
    to = Math.min(to, end);
    while (to > from && isJoiner(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ start: from, end: to, text: text.slice(from, to) });
    i++;
  }
  return out;
}

/** Full stop, hyphen, apostrophes: the marks a word may hold. */
const isJoiner = (c: number): boolean => c === 46 || c === 45 || c === 39 || c === 0x2019;

/** The first token ending after `at`: the one holding it, else the first after it (tokens never overlap). */
function firstEndingAfter(tokens: readonly Token[], at: number): number {
  const i = firstAtOrAfter(tokens, at);
  return i > 0 && tokens[i - 1].end > at ? i - 1 : i;
}
