// One article's scan for people: its tokens and what is known of them, the people found so far and the indexes
// that find a later mention's person, and the questions every step asks of a token.
import { findCity } from '../../dateline/gazetteer.js';
import type { Token } from '../../document/tokens.js';
import { DEMONYMS } from '../../lexicons/demonyms.js';
import { KNOWN_PARTIES } from '../../lexicons/organizations.js';
import { PARTICLES } from '../../lexicons/particles.js';
import { REGIONS } from '../../lexicons/regions.js';
import { articlePlaces, placeNounNames } from '../context.js';
import { comparable, surnameOf } from '../name-forms.js';
import type { OrgTable } from '../organizations.js';
import type { PersonEntity, VerbAt } from '../types.js';
import { type CountrySpan, isAcronym, isRole, isTitleWord, nameLike } from '../words.js';
import { placeLists } from './places.js';

export interface Draft extends PersonEntity {
  /** The name's words, to match a later "Khan" or "Mr Khan". */
  parts: string[];
  /** The country is the article's default, nothing nearer said it. */
  defaulted?: boolean;
  /** The title is only the honorific the name was first given with. */
  addressed?: boolean;
}

export interface Scan {
  readonly text: string;
  readonly tokens: Token[];
  readonly countries: (CountrySpan | undefined)[];
  readonly orgs: OrgTable;
  readonly defaultCountry: string | null;
  readonly verbAt: VerbAt;
  /** Tokens inside a country's name (not a demonym's: "Danish Ahmed Lodhi"): never part of a name. */
  readonly countryMask: boolean[];
  /** Tokens already read as a person's mention. */
  readonly used: boolean[];
  readonly people: Draft[];
  readonly byName: Map<string, Draft>;
  /** People by the last word of their name, latest first, for "Khan" and "Mr Khan". */
  readonly bySurname: Map<string, Draft[]>;
  /** People by the first word of their name, for "Mr Kim" when no one's name ends in it. */
  readonly byFamily: Map<string, Draft>;
  /** The last name under a plural title, and where it ends. */
  list?: { head: Draft; end: number };
  /** The article's own places, read only when a title is followed by no place a list knows. */
  places?: Set<string>;
  /** Names the article writes before "district" or "tehsil", read when an untitled name is first met. */
  placeNouns?: Set<string>;
}

export function newScan(
  text: string,
  tokens: Token[],
  countries: (CountrySpan | undefined)[],
  orgs: OrgTable,
  defaultCountry: string | null,
  verbAt: VerbAt,
): Scan {
  const countryMask = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const c = countries[i];
    if (c && (c.length > 1 || !DEMONYMS.has(tokens[i].text))) for (let k = i; k < i + c.length; k++) countryMask[k] = true;
  }
  const used = new Array<boolean>(tokens.length).fill(false);
  return {
    text,
    tokens,
    countries,
    orgs,
    defaultCountry,
    verbAt,
    countryMask,
    used,
    people: [],
    byName: new Map(),
    bySurname: new Map(),
    byFamily: new Map(),
  };
}

/** Looks the person up by this form of the name from now on: the whole of it, and its surname. */
export function indexName(sc: Scan, person: Draft, parts: string[]): void {
  sc.byName.set(comparable(parts).join(' '), person);
  const surname = surnameOf(parts);
  sc.bySurname.set(surname, [person, ...(sc.bySurname.get(surname) ?? [])]);
}

/** The token follows the one before on the same line. */
export const spaced = (sc: Scan, a: number): boolean => !sc.tokens[a].lineBefore;

export function placesOnce(sc: Scan): Set<string> {
  sc.places ??= new Set([...articlePlaces(sc.tokens, (name) => findCity(name) !== undefined), ...placeLists(sc.tokens)]);
  return sc.places;
}

/** The article's names before a place noun ("Lakki Marwat district"), read once. */
export function placeNounsOnce(sc: Scan): Set<string> {
  sc.placeNouns ??= placeNounNames(sc.tokens);
  return sc.placeNouns;
}

/**
 * "Governor KP X" in Pakistani copy, "Prime Minister KP Sharma Oli" in Nepali: a province's initials name it
 * in its own country's news, elsewhere they are a person's
 */
export function homeRegion(sc: Scan, name: string): boolean {
  return REGIONS.has(name) && (!isAcronym(name) || sc.defaultCountry === null || REGIONS.get(name) === sc.defaultCountry);
}

/**
 * "Mayor Tory Whanau": a party's label stands before a title ("Tory MP X"), never between a title and a
 * name; there it is a given name (a role in lower case is a description: "fellow Democrat X")
 */
export function partyAsGivenName(sc: Scan, x: number): boolean {
  const { tokens } = sc;
  const span = sc.orgs.at(x);
  const [title, next] = [tokens[x - 1], tokens[x + 1]];
  return (
    span?.first === x &&
    span.last === x &&
    KNOWN_PARTIES.has(tokens[x].text) &&
    title?.cap === true &&
    !title.poss &&
    (isTitleWord(title) || isRole(title)) &&
    next !== undefined &&
    nameLike(next) &&
    spaced(sc, x + 1)
  );
}

/** "van der Berg": particles count only when a capitalised word follows them. */
export function particlesThenName(sc: Scan, a: number): boolean {
  const { tokens } = sc;
  let b = a;
  while (b < tokens.length && PARTICLES.has(tokens[b].text) && spaced(sc, b)) b++;
  return b < tokens.length && tokens[b].cap && spaced(sc, b);
}
