// @ts-check
// An article's text with its quotes highlighted, one colour per speaker, and each quote's cue and speaker
// mention marked. Offsets are JavaScript string indices, as the API gives them.
import { html } from './html.js';

/**
 * @typedef {import('@sinclair/typebox').Static<typeof import('../../schemas/parse.js').Quote>} MarkedQuote
 * @typedef {{ start: number, end: number, kind: 'cue' | 'mention', colour: number }} Mark
 */

/** Speaker colours in the stylesheet (.speaker-0 ...). */
export const COLOURS = 8;

/** @param {MarkedQuote} quote */
const speakerKey = (quote) => quote.speaker?.name ?? quote.speaker?.mention ?? '';

/** Intervals sorted by start, each dropped when it overlaps one kept before it. @template {{ start: number, end: number }} T @param {T[]} spans */
function disjoint(spans) {
  const kept = [];
  let end = -1;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start >= end && span.end > span.start) {
      kept.push(span);
      end = span.end;
    }
  }
  return kept;
}

/** @param {number | null | undefined} start @param {number | null | undefined} end @param {number} length */
const validSpan = (start, end, length) =>
  typeof start === 'number' && typeof end === 'number' && start >= 0 && start < end && end <= length;

/** The text from `from` to `to` with the marks inside it (clipped to it). @param {string} text @param {number} from @param {number} to @param {Mark[]} marks */
function markedRange(text, from, to, marks) {
  const parts = [];
  let at = from;
  for (const mark of marks) {
    const [start, end] = [Math.max(mark.start, from), Math.min(mark.end, to)];
    if (start >= end || start < at) continue;
    parts.push(text.slice(at, start), html`<span class="${mark.kind} speaker-${mark.colour}">${text.slice(start, end)}</span>`);
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts;
}

/**
 * The marked-up text. A quote that overlaps an earlier one, or whose offsets do not fit the text, is
 * left unmarked (it is still listed with the others).
 * @param {string} text
 * @param {MarkedQuote[]} quotes
 */
export function markedText(text, quotes) {
  /** @type {Map<string, number>} */
  const colours = new Map();
  const spans = quotes.map((quote, index) => {
    const key = speakerKey(quote);
    if (!colours.has(key)) colours.set(key, colours.size % COLOURS);
    return { start: quote.start, end: quote.end, index, colour: /** @type {number} */ (colours.get(key)) };
  });
  /** @type {Mark[]} */
  const marks = quotes.flatMap((quote, i) => {
    const colour = spans[i].colour;
    /** @type {Mark[]} */
    const own = [];
    if (validSpan(quote.cueStart, quote.cueEnd, text.length))
      own.push({ start: Number(quote.cueStart), end: Number(quote.cueEnd), kind: 'cue', colour });
    const { mentionStart, mentionEnd } = quote.speaker ?? {};
    if (validSpan(mentionStart, mentionEnd, text.length))
      own.push({ start: Number(mentionStart), end: Number(mentionEnd), kind: 'mention', colour });
    return own;
  });
  const kept = disjoint(marks);
  const parts = [];
  let at = 0;
  for (const span of disjoint(spans.filter((span) => validSpan(span.start, span.end, text.length)))) {
    parts.push(markedRange(text, at, span.start, kept));
    parts.push(
      html`<mark class="quote speaker-${span.colour}" id="quote-${span.index}" tabindex="0" data-quote="${span.index}" aria-describedby="quote-detail-${span.index}">${markedRange(text, span.start, span.end, kept)}</mark>`,
    );
    at = span.end;
  }
  parts.push(markedRange(text, at, text.length, kept));
  return html`${parts}`;
}
