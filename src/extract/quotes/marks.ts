// Pairs quotation marks inside each paragraph: straight and curly, double and single, telling an
// apostrophe (They’ll, Pakistan’ s, farmers’) from a closing single mark. Linear, no regex.
import type { Span } from '../text/segment.js';

export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quotation runs on. */
  close: number;
  /** The quoted words, without the marks, surrounding space, or a trailing comma or full stop. */
  inner: Span;
  paragraph: number;
  /** Opens at the start of its paragraph and is not closed in it: the quotation goes on in the next. */
  runsOn: boolean;
}

const MARK = /[“”"‘’']/g;
const OPENERS = '“"‘\'';
const AFTER_CUE = /[,:]\s*$/;
const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpaceOrStart = (ch: string | undefined): boolean => ch === undefined || /[\s([—–-]/u.test(ch);

function innerOf(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  while (end > start && (text[end - 1] === ',' || text[end - 1] === '.')) end--;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/** Quotation spans in the paragraphs, in text order. */
export function findMarkedSpans(text: string, paras: Span[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  paras.forEach((p, paragraph) => {
    let openDouble = -1;
    let openSingle = -1;
    // jump from mark to mark: only quotation marks and apostrophes change the state
    const chunk = text.slice(p.start, p.end);
    MARK.lastIndex = 0;
    for (let found = MARK.exec(chunk); found; found = MARK.exec(chunk)) {
      const i = p.start + found.index;
      const ch = found[0];
      const prev = i > p.start ? text[i - 1] : undefined;
      const next = i + 1 < p.end ? text[i + 1] : undefined;
      // '... Pakistan.”Now we are close': a closing glyph with no quotation open and a word right after it opens one
      const misturned = ch === '”' && openDouble < 0 && isLetterOrDigit(next) && !isLetterOrDigit(prev);
      if (ch === '“' || misturned || (ch === '"' && openDouble < 0)) {
        if (openDouble < 0 && (ch !== '"' || isSpaceOrStart(prev) || !isLetterOrDigit(prev))) {
          openDouble = i;
          openSingle = -1;
        }
      } else if (ch === '”' || ch === '"') {
        if (openDouble >= 0) {
          out.push({ open: openDouble, close: i + 1, inner: innerOf(text, openDouble + 1, i), paragraph, runsOn: false });
          openDouble = -1;
        }
      } else if (openDouble < 0 && (ch === '‘' || ch === "'") && openSingle < 0) {
        if (isSpaceOrStart(prev) && isLetterOrDigit(next)) openSingle = i;
      } else if (openDouble < 0 && openSingle >= 0 && (ch === '’' || ch === "'")) {
        // an apostrophe has a letter after it, or is the stray-space kind: "Pakistan’ s"
        const apostrophe = isLetterOrDigit(next) || (next === ' ' && text[i + 2] === 's' && !isLetterOrDigit(text[i + 3]));
        if (!apostrophe && !isSpaceOrStart(prev)) {
          out.push({ open: openSingle, close: i + 1, inner: innerOf(text, openSingle + 1, i), paragraph, runsOn: false });
          openSingle = -1;
        }
      }
    }
    const open = openDouble >= 0 ? openDouble : openSingle;
    const next = paras[paragraph + 1];
    // an unclosed quotation goes on only when the next paragraph opens with a mark; one a cue's comma or colon
    // opens ('told reporters, “We ...') and no mark goes on with ends at its paragraph's end, its closing mark lost
    const runsOn = open >= 0 && next !== undefined && OPENERS.includes(text[next.start]);
    if (runsOn || (open === openDouble && open >= 0 && AFTER_CUE.test(text.slice(Math.max(p.start, open - 3), open)))) {
      out.push({ open, close: p.end, inner: innerOf(text, open + 1, p.end), paragraph, runsOn });
    }
  });
  return out.filter((m) => m.inner.end > m.inner.start);
}
