// Paragraphs and sentences as offset spans over the original text: nothing is normalised, so every
// span can be sliced back out of the posted article.
import { ABBREVIATIONS } from '../lexicons/abbreviations.js';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

const LINE = /[^\n]+/g;

/** Non-blank lines from `from` on, each trimmed of surrounding whitespace. */
export function paragraphs(text: string, from: number): Span[] {
  const out: Span[] = [];
  LINE.lastIndex = from;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const span = trim(text, m.index, m.index + m[0].length);
    if (span.end > span.start) out.push(span);
  }
  return out;
}

export function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x3000;
}

// Candidate sentence ends: terminal punctuation, closing marks, then space and a capital, digit or opening mark.
// Scraped pages lose the space after a full stop ("nuclear facilities.However"): a word of two or more
// lower-case letters, a stop, a capitalised word still ends a sentence, also when a quotation opens it
// ("Pakistan.”Now we are"; a stop inside a quotation's marks is shielded); so do a figure ("around 28%.”Grid
// stations"), a closing mark ('by the back door".Pennington'), and a question or exclamation closing a quotation
// ('be cancelled?”The lawyer said'), and a stop glued to an acronym ("the final draft.PFUJ President").
export const SENTENCE_END =
  /[.!?]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\d])|(?<=\p{Ll}{2}|[\d%]{2}|\p{Ll}["”])\.(?=["“”]?\p{Lu}(?:\p{Ll}|\p{Lu}+\s))|[?!]["”]+(?=\p{Lu}\p{Ll})/uy;
const LAST_WORD = /([\p{L}.]+)\.$/u;
// "J.", "R.R.", "A.H.": a person's or a place's initials, one or more
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** A name of one to five capitalised words and the lower-case word after it (sticky: read where a sentence may end). */
// (a space lost after the mark: '“Why?”Qazi asked')
const NAME_THEN_WORD = /\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(\p{Ll}+)/uy;

/**
 * '“Why was it not served?” Qazi asked.': a question or exclamation in marks followed by a name and its
 * reporting verb is one sentence with its attribution (after a full stop inside marks, English puts a comma).
 */
function attributedAfter(end: string, chunk: string, at: number): boolean {
  if (!/[?!]/.test(end) || !/["”’']$/.test(end)) return false;
  NAME_THEN_WORD.lastIndex = at;
  const verb = NAME_THEN_WORD.exec(chunk)?.[1];
  return verb !== undefined && REPORTING_VERBS.get(verb)?.form === 'finite';
}

/**
 * The first sentence end at or after `from`: SENTENCE_END tried (sticky) at each full stop, question or exclamation
 * mark, where every match starts. Searched as a global pattern it was tried at every character (a lookbehind
 * leads one branch), the dearest step of splitting.
 */
export function nextEnd(chunk: string, from: number): RegExpExecArray | null {
  for (let i = from; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    SENTENCE_END.lastIndex = i;
    const m = SENTENCE_END.exec(chunk);
    if (m) return m;
  }
  return null;
}

/**
 * Does the full stop at `dot` close an abbreviation or an initial ("U.S.", "Dr.", "J."), not a sentence?
 * A capital after a hyphen ends a party's acronym ("PML-N.", "JUI-F."), no initial. `lb`: where to look back no further.
 */
export function abbreviationStop(text: string, lb: number, dot: number): boolean {
  const w = LAST_WORD.exec(text.slice(Math.max(lb, dot - 11), dot + 1));
  if (w !== null && CURRENCIES.test(w[1]) && AMOUNT_AFTER.test(text.slice(dot + 1, dot + 4))) return true;
  return w !== null && (ABBREVIATIONS.has(w[1].toLowerCase()) || (INITIALS.test(w[1]) && text[dot - 2] !== '-'));
}
// "Rs. 2 billion", "Tk. 500 crore": a currency's abbreviation with its stop before an amount ends no sentence
const CURRENCIES = /^(?:Rs|NRs|Tk|Re)$/;
const AMOUNT_AFTER = /^\s?\d/;

/**
 * Sentences of each paragraph. `shielded` spans (quotations, sorted by start) are never cut, so a
 * multi-sentence quotation stays inside the sentence that attributes it.
 */
export function sentences(text: string, paras: Span[], shielded: Span[]): Sentence[] {
  const out: Sentence[] = [];
  let s = 0;
  paras.forEach((p, index) => {
    let start = p.start;
    const chunk = text.slice(p.start, p.end);
    for (let m = nextEnd(chunk, 0); m; m = nextEnd(chunk, m.index + m[0].length)) {
      const end = p.start + m.index + m[0].length;
      while (s < shielded.length && shielded[s].end <= end - 1) s++;
      if (s < shielded.length && shielded[s].start < end - 1 && shielded[s].end > end) continue;
      if (attributedAfter(m[0], chunk, m.index + m[0].length)) continue;
      if (m[0][0] === '.' && m[0].length === 1 && abbreviationStop(text, p.start, end - 1)) continue;
      out.push({ start, end, paragraph: index });
      start = trim(text, end, p.end).start;
    }
    if (start < p.end) out.push({ start, end: p.end, paragraph: index });
  });
  return out;
}
