// A sieve names the source of one noun phrase, or passes (null) to the next sieve.
import { findCity } from '../dateline/gazetteer.js';
import { regionEnding } from '../entities/words.js';
import type { Span } from '../text/segment.js';
import type { SpeakerName } from '../types.js';
import type { AttributionContext, Resolution } from './context.js';

export type Sieve = (np: Span, ctx: AttributionContext, resolve: (np: Span) => Resolution | null) => Resolution | null;

/** A body's initials, as sieves read them in a phrase: "PTI", "PML-N", "MQM-P", "G20". */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

/** Lower-cased words of a noun phrase. */
export const lowerWords = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** Lower-cased words of the capitalised ones among `words`: what names a body before its noun ("the HC bench"). */
export const capitalisedWords = (words: string[]): string[] => lowerWords(words.filter((w) => /^\p{Lu}/u.test(w)).join(' '));

const STOPS_HEAD = new Set([
  'of',
  'in',
  'at',
  'from',
  'who',
  'whom',
  'which',
  'that',
  'familiar',
  'with',
  'for',
  'on',
  'to',
  'close',
  'based',
  'involved',
  'speaking',
  'requesting',
  'briefing',
]);

/** The head noun of a source's mention: "a finance ministry official" -> "official". */
export const mentionHead = (speaker: SpeakerName): string => phraseHead(speaker.mention ?? '');

// "Executive Editor of the Times X's lawyer": a possessive is a determiner, the noun after it the head
const POSSESSED_HEAD = /\S['’]s\s+(\p{Ll}[\p{Ll}-]*)$/u;

/** The head noun of a phrase, past a possessive that ends it ("X's lawyer"). */
export const phraseHead = (phrase: string): string => POSSESSED_HEAD.exec(phrase)?.[1] ?? headOf(lowerWords(phrase));

/** The head noun: the last word before the first preposition or relative pronoun. */
export function headOf(ws: string[]): string {
  let head = ws[0] ?? '';
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && STOPS_HEAD.has(ws[i])) break;
    head = ws[i];
  }
  return head.replace(/['’]s$/, '');
}

/**
 * The phrase up to a relative clause: "The eight Republicans who voted to oust X" -> "The eight Republicans".
 * A noun phrase's head comes before its relative clause, so a name inside the clause is not the source.
 */
export function beforeRelative(np: Span, text: string): Span {
  const m = RELATIVE.exec(text.slice(np.start, np.end));
  return m ? { start: np.start, end: np.start + m.index } : np;
}
const RELATIVE = /\s(?:who|whom|whose|which)\s/;

/**
 * "IG Punjab", "the governor Punjab", "Mayor Karachi": South Asian copy puts the province or city after a title
 * as in the holder's own ("Governor Punjab X"); the phrase without it, the title alone. Any other phrase as it is.
 */
export function withoutRegion(phrase: string): string {
  const region = regionEnding(phrase) ?? cityEnding(phrase);
  return region === undefined ? phrase : phrase.slice(0, -region.length).trimEnd();
}

/** A city's one-word name ending a phrase of more words; a town's is too often a surname too. */
function cityEnding(phrase: string): string | undefined {
  const last = /\s(\p{Lu}\p{Ll}+)$/u.exec(phrase)?.[1];
  return last !== undefined && bigCity(last) ? last : undefined;
}
/** A city big enough that a word naming it is more likely the city than anyone's name. */
export const bigCity = (word: string): boolean => (findCity(word)?.population ?? 0) >= CITY_POPULATION;
const CITY_POPULATION = 100_000;
