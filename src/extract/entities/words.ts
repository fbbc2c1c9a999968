// What a single token (or a few) is: a country, a demonym, an acronym, a word that cannot be a name.
import { findCountry } from '../dateline/gazetteer.js';
import { DEMONYMS } from '../lexicons/demonyms.js';
import { FACILITY_HEADS, KNOWN_PARTIES, ORG_HEADS } from '../lexicons/organizations.js';
import { COMPOUND_BRAND, MANNER_ADVERB, MONTH_ABBREVIATIONS, NOMINALISATION, NOT_NAMES } from '../lexicons/not-names.js';
import { HONORIFICS, POST_NOMINAL_TITLES, RETIRED, STYLE_ABBREVIATIONS } from '../lexicons/honorifics.js';
import { PARTICLES } from '../lexicons/particles.js';
import { REGIONS } from '../lexicons/regions.js';
import { ACRONYM_OFFICES, OFFICIAL_ROLES, PORTFOLIO_HEADS, PRIVATE_ROLES, TITLE_WORDS } from '../lexicons/titles.js';
import type { Token } from '../document/tokens.js';

export const lower = (t: Token): string => t.lower;
const bare = (s: string): string => (s.includes('.') ? s.replace(/\./g, '') : s);

/** All capitals, two letters or more, digits and hyphens allowed: "NEPRA", "MQM-P", "U.S". */
export const isAcronym = (s: string): boolean => /^[A-Z][A-Z0-9.&-]*[A-Z0-9]$/.test(s) && /[A-Z].*[A-Z]/.test(s);

/** A particle joined to a capitalised name by a hyphen: "al-Mannai", "el-Sisi", "ul-Haq". */
export const isJoinedParticle = (t: Token): boolean => {
  const joined = /^(\p{Ll}+)-\p{Lu}/u.exec(t.text);
  return joined !== null && PARTICLES.has(joined[1]);
};

/**
 * "justices" -> "justice", "leaders" -> "leader", "chairmen" -> "chairman", "secretaries" -> "secretary": the
 * singular of a plural office, else undefined.
 */
export const singularRole = (w: string): string | undefined => {
  if (OFFICIAL_ROLES.has(w)) return undefined;
  const singular = w.endsWith('men') ? `${w.slice(0, -3)}man` : w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return w.endsWith('s') || w.endsWith('men') ? [singular, w.slice(0, -1)].find((x) => OFFICIAL_ROLES.has(x)) : undefined;
};
/**
 * "-elect" makes any office or title word one its holder awaits: "Governor-elect", "Attorney General-elect";
 * "-in-chief" the top one of its kind: "editor-in-chief", "commander-in-chief".
 */
const unelected = (w: string): string => w.replace(/-(?:elect|in-chief)$/, '');
export const isOffice = (w: string): boolean => OFFICIAL_ROLES.has(unelected(w)) || singularRole(w) !== undefined;
/** An office word as written: an acronym office only in capitals ("MD", not the "Md" of a name). */
const officeToken = (t: Token): boolean => isOffice(lower(t)) && (!ACRONYM_OFFICES.has(lower(t)) || isAcronym(t.text));
export const isRole = (t: Token): boolean => officeToken(t) || PRIVATE_ROLES.has(lower(t));
export const isTitleWord = (t: Token): boolean => titleWord(unelected(lower(t))) || officeToken(t);
/** "Attorney-General", "Vice-Chancellor": title words joined by a hyphen make one. */
const titleWord = (w: string): boolean =>
  TITLE_WORDS.has(w) || (w.includes('-') && w.split('-').every((part) => TITLE_WORDS.has(part) || isOffice(part)));
export const isHonorific = (t: Token): boolean => t.cap && (HONORIFICS.has(bare(lower(t))) || STYLE_ABBREVIATIONS.test(t.text));

/** The country a name, alias or demonym stands for: "Pakistan", "US", "Chinese", "Iran’s". */
export function countryOf(text: string): string | undefined {
  const plain = bare(text);
  return DEMONYMS.get(plain) ?? (text[0] !== text[0].toLowerCase() ? findCountry(plain) : undefined);
}

// a province's words, two before one: "Khyber Pakhtunkhwa" is read before "Pakhtunkhwa" alone
const REGION_WORDS = [String.raw`\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*`, String.raw`\p{Lu}[\p{L}-]*`];
const REGION_ENDING = REGION_WORDS.map((words) => new RegExp(String.raw`^.*\S\s+(${words})$`, 'u'));
const REGION_OPENING = REGION_WORDS.map((words) => new RegExp(`^(${words})`, 'u'));

/** The province or state after a phrase's other words: "IG Khyber Pakhtunkhwa", "Governor Punjab". */
export const regionEnding = (phrase: string): string | undefined => regionIn(phrase, REGION_ENDING);
/** The province or state opening a phrase: "Punjab Inspector General". */
export const regionOpening = (phrase: string): string | undefined => regionIn(phrase, REGION_OPENING);

function regionIn(phrase: string, places: readonly RegExp[]): string | undefined {
  for (const place of places) {
    const name = place.exec(phrase)?.[1];
    if (name !== undefined && REGIONS.has(name)) return name;
  }
  return undefined;
}

export interface CountrySpan {
  length: number;
  country: string;
}

/** Longest country or demonym starting at token i (up to four capitalised words). */
export function countryAt(tokens: Token[], i: number): CountrySpan | undefined {
  if (!tokens[i]?.cap) return undefined;
  let n = 1;
  while (n < 4 && i + n < tokens.length && tokens[i + n].cap && !tokens[i + n].lineBefore && !tokens[i + n - 1].poss) n++;
  for (; n >= 1; n--) {
    let name = tokens[i].text;
    for (let k = i + 1; k < i + n; k++) name += ' ' + tokens[k].text;
    const country = countryOf(name);
    if (country) return { length: n, country };
  }
  return undefined;
}

/** countryAt for every token, computed once per article; `georgiaState`: Georgia is the US state. */
export function countrySpans(tokens: Token[], georgiaState = false): (CountrySpan | undefined)[] {
  const spans = tokens.map((_, i) => countryAt(tokens, i));
  return georgiaState ? spans.map((c) => (c?.country === 'Georgia' ? { ...c, country: 'United States' } : c)) : spans;
}

/**
 * Georgia is a US state as well as a country: an article that tags its politicians' parties as the US press
 * does ("X (R)", "X, D-Ga.") means the state.
 */
export const georgiaIsState = (tokens: Token[]): boolean => tokens.some((_, i) => i > 1 && usPartyTag(tokens, i));

/**
 * The US press's party letter after a name at `i`: "X (R)", "X (D-N.Y.)", "X, R-Ariz." ("Lt Gen (R) X" is a
 * retired rank).
 */
function usPartyTag(tokens: Token[], i: number): boolean {
  const open = tokens[i - 1].text;
  if (/^[RD]-\p{Lu}/u.test(tokens[i].text)) return open === '(' || open === ',';
  return /^[RD]$/.test(tokens[i].text) && open === '(' && tokens[i + 1]?.text === ')' && nameLike(tokens[i - 2]);
}

/** "Pakistanis", "Republicans", "Tories": the plural of a people's or a party's member's name. */
function membersOf(word: string): boolean {
  const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : '';
  return one !== '' && (DEMONYMS.has(one) || KNOWN_PARTIES.has(one));
}

/** "Ayesha A. Malik": a lone capital with its full stop between name words is a middle initial. */
export function middleInitial(text: string, tokens: Token[], k: number): boolean {
  return k + 1 < tokens.length && /^\p{Lu}$/u.test(tokens[k].text) && text[tokens[k].end] === '.' && nameLike(tokens[k + 1]);
}

/**
 * "vice president SM Mannan": South Asian copy writes given names as two or three initials without full
 * stops; after a role, before a name word, they are no body's, country's or province's letters.
 */
export function givenInitials(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return /^\p{Lu}{2,3}$/u.test(t.text) && isRole(tokens[k - 1]) && !countryAt(tokens, k) && !REGIONS.has(t.text) && !isRole(t);
}

/** "A MP", "A (Alias) MP": post-nominal letters at `k` closing the name of someone already read. */
export function postNominalAt(tokens: Token[], k: number, used: boolean[]): boolean {
  return k > 0 && POST_NOMINAL_TITLES.has(tokens[k].lower) && (used[k - 1] || (tokens[k - 1].text === ')' && used[k - 4]));
}

const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** Capitalised words that can be part of a person's name. */
export function nameLike(t: Token): boolean {
  if (!t.cap) return false;
  const w = lower(t);
  return (
    !NOT_NAMES.has(w) &&
    !isTitleWord(t) &&
    !isHonorific(t) &&
    !ORG_HEADS.has(w) &&
    !FACILITY_HEADS.has(w) &&
    !isAcronym(t.text) &&
    !PRIVATE_ROLES.has(w) &&
    // "SSP Investigation X", "Epidemics Prevention": an English noun in -tion or -sion names a wing or a
    // field, never a person
    !NOMINALISATION.test(t.text) &&
    !COMPOUND_BRAND.test(t.text) &&
    !MANNER_ADVERB.test(t.text) &&
    // "Bogus FIRs": an acronym's plural is a common noun, no name
    !ACRONYM_PLURAL.test(t.text) &&
    // "Act-2017": a name has no digits
    !/\d/.test(t.text) &&
    // "Col. Retired X": a retired rank's mark written out ("R" is as often an initial)
    !(RETIRED.has(w) && w.length > 1) &&
    // "Minister for Overseas Pakistanis Sajid Turi": a people's plural names no one, nor a party's members'
    // ("Pennsylvania Republicans X Y", "Leading Tories have ...")
    !membersOf(t.text)
  );
}

/**
 * "Nadeem Jan", "Jan Egeland": an abbreviated month beside a name word is a name's, unless a day's number or
 * an abbreviation's full stop follows it ("Jan 5", "Jan. 5").
 */
export function monthInName(tokens: Token[], x: number): boolean {
  const next = tokens[x + 1];
  if (!tokens[x].cap || !MONTH_ABBREVIATIONS.has(tokens[x].lower) || next?.text === '.' || /^\d/.test(next?.text ?? '')) return false;
  const prev = tokens[x - 1];
  return (prev !== undefined && !tokens[x].lineBefore && nameLike(prev)) || (next !== undefined && !next.lineBefore && nameLike(next));
}

/** "(retired)", "(retd)" opening at `k`: the mark of a retired rank, inside a title or before a name. */
export function retiredAt(tokens: Token[], k: number): boolean {
  const [open, mark, close] = tokens.slice(k, k + 3).map((t) => t.lower);
  return open === '(' && RETIRED.has(mark) && close === ')';
}

const OPENING_MARKS = new Set(['“', '‘', '"', "'"]);
const CLOSING_MARKS = new Set(['”', '’', '"', "'"]);

/**
 * "the slogan “Zimbabwe Will Be Saved.”", "the show “Sawal Yeh Hai”": capitalised words that fill a pair of
 * quotation marks alone (a full stop or comma aside) are a title, a slogan or a term, no person's mention.
 */
export function fillsQuotationMarks(tokens: Token[], first: number, last: number): boolean {
  const close = /^[.,!?]$/.test(tokens[last + 1]?.text ?? '') ? last + 2 : last + 1;
  return first > 0 && OPENING_MARKS.has(tokens[first - 1].text) && CLOSING_MARKS.has(tokens[close]?.text ?? '');
}

/** Words that join a title to its portfolio or place: "Minister for ...", "Chief Minister of Punjab". */
export const TITLE_CONNECTORS = new Set(['of', 'for', 'to', 'in']);
/** What joins the items of a list: "Ports, Shipping and Broadcasting". */
export const LIST_MARKS = new Set([',', 'and', '&']);

/**
 * "Minister for Physical Infrastructure and Transport X": the capitalised words right after a portfolio's
 * connector, with more of the list after them, are its first item, not a name.
 */
export function portfolioItem(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 2];
  return (
    first >= 2 &&
    TITLE_CONNECTORS.has(tokens[first - 1].lower) &&
    PORTFOLIO_HEADS.has(tokens[first - 2].lower) &&
    next !== undefined &&
    next.cap &&
    LIST_MARKS.has(tokens[last + 1].lower)
  );
}

/**
 * "Minister for Information and Broadcasting Ahsan Raza Gill": after "and" in a portfolio ("for" or "of"
 * after a role), the first capitalised word ends the portfolio, not starts the name.
 */
export function inPortfolio(tokens: Token[], first: number): boolean {
  if (first < 2 || (tokens[first - 1].lower !== 'and' && tokens[first - 1].text !== '&')) return false;
  let k = first - 2;
  while (k > 0 && (tokens[k].cap || LIST_MARKS.has(tokens[k].lower))) k--;
  return TITLE_CONNECTORS.has(tokens[k].lower) && k > 0 && isTitleWord(tokens[k - 1]);
}

/** A word that opens a place's name of two words: the "New" of "New York", "South" of "South Africa". */
export function placeOpens(tokens: Token[], i: number): boolean {
  const country = countryAt(tokens, i);
  const pair = tokens
    .slice(i, i + 2)
    .map((t) => t.text)
    .join(' ');
  return REGIONS.has(pair) || (country !== undefined && country.length > 1);
}
