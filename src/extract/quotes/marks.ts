// Pairs quotation marks inside each paragraph: straight and curly, double and single, telling an
// apostrophe (They’ll, Pakistan’ s, farmers’) from a closing single mark. Linear, no regex.
import type { Span } from '../text/segment.js';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs.js';

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
// an opening mark at the start of a sentence: '... improving. “Hopefully we ...'
const SENTENCE_END = /[.!?][”"’]?\s+$/;
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

const FINITE_CUES = [...REPORTING_VERBS].filter(([f, v]) => v.form === 'finite' && !v.nounLike && !f.includes(' ')).map(([f]) => f);
// '“I voted for them, said Hatice Demir': a cue after a comma, where the lost closing mark stood
const CUE_AFTER_COMMA = new RegExp(`,\\s+(?:\\S+\\s+){0,3}?(?:${FINITE_CUES.join('|')})\\b`, 'u');
const NEXT_SENTENCE = /[.!?]\s+\p{Lu}/u;
const FIRST_PERSON = /\b(?:I|we|We|us|our|Our|my|My)\b/;
const A_CUE = new RegExp(`\\b(?:${FINITE_CUES.join('|')})\\b`, 'u');

/**
 * An opening mark at a sentence start with no closing mark in its paragraph, read as a quotation up to the
 * paragraph's end: only when it opens the paragraph or a cue stands before it there, when no cue after a comma
 * shows where the lost mark stood, and (unless it is the article's last paragraph, or the paragraph's later sentences
 * are spoken) when it is the paragraph's last sentence, so that the writer's next one stays out.
 */
function lostAtSentence(text: string, p: Span, open: number, last: boolean): boolean {
  const rest = text.slice(open, p.end);
  // (inside a paragraph, the writer's sentences before it name a speaker: '... he said the roads were clear.
  // “Hopefully ...'; after a sentence with no cue ('The polls were quiet. “Nobody ...') the mark is a stray)
  const spoken = open === p.start || A_CUE.test(text.slice(p.start, open));
  // (a mark opening the paragraph whose later sentences speak in the first person: the speaker's words go on, as
  // no writer says "we"; 'She recalled that wages rose' after it is the writer's)
  const later = NEXT_SENTENCE.exec(rest);
  const spokenOn = open === p.start && later !== null && FIRST_PERSON.test(rest.slice(later.index));
  const whole = last || spokenOn;
  return spoken && startsSentence(text, p, open) && !CUE_AFTER_COMMA.test(rest) && (whole || !NEXT_SENTENCE.test(rest));
}

function startsSentence(text: string, p: Span, at: number): boolean {
  return at === p.start || SENTENCE_END.test(text.slice(Math.max(p.start, at - 4), at));
}

/** Quotation spans in the paragraphs, in text order. */
export function findMarkedSpans(text: string, paras: Span[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let wentOn = false;
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
      const opensSentence = startsSentence(text, p, i);
      // '... Boko Haram, “ the envoy said': an opener stands right before its first word, so one inside an open
      // quotation with a space after it is the closing mark typed with the wrong glyph
      const turnedClose = ch === '“' && openDouble >= 0 && (next === undefined || /\s/u.test(next));
      // '“I deny it. “Right now ...,” he said': a curly opener at a sentence start inside an open quotation
      // means the closing mark before it was lost; the first quotation ends where the second opens
      if (ch === '“' && openDouble >= 0 && opensSentence) {
        out.push({ open: openDouble, close: i, inner: innerOf(text, openDouble + 1, i), paragraph, runsOn: false });
        openDouble = -1;
      }
      if ((ch === '“' && !turnedClose) || misturned || (ch === '"' && openDouble < 0)) {
        if (openDouble < 0 && (ch !== '"' || isSpaceOrStart(prev) || !isLetterOrDigit(prev))) {
          openDouble = i;
          openSingle = -1;
        }
      } else if (ch === '”' || ch === '"' || turnedClose) {
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
    // opens ('told reporters, “We ...'), or one opening a sentence ('... soon. “Hopefully we ...'), and no mark
    // goes on with ends at its paragraph's end, its closing mark lost
    const runsOn = open >= 0 && next !== undefined && OPENERS.includes(text[next.start]);
    const lostClose = AFTER_CUE.test(text.slice(Math.max(p.start, open - 3), open)) || lostAtSentence(text, p, open, next === undefined);
    // a paragraph opening with a mark after one that ran on is that quotation's next paragraph, whatever its mark,
    // even when its own closing mark was lost
    const runOnEnd = wentOn && open === p.start;
    if (runsOn || runOnEnd || (open === openDouble && open >= 0 && lostClose)) {
      out.push({ open, close: p.end, inner: innerOf(text, open + 1, p.end), paragraph, runsOn });
    }
    wentOn = runsOn;
  });
  return out.filter((m) => m.inner.end > m.inner.start);
}
