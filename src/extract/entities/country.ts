// The country a person belongs to when nothing in the article says. A national outlet writes for its own
// country (the dateline's agency, "(APP)", or the outlet a source "told"): its unmarked officials are its
// own even abroad. Otherwise the dateline's country, else the country the article names most.
import { MINISTER_UNDER_RANKS, NO_MINISTERS, SOLE_OFFICES } from '../lexicons/titles.js';
import { OUTLETS, SPOKE_TO } from '../lexicons/outlets.js';
import { bigNamesakes, findCity } from '../dateline/gazetteer.js';
import { DEMONYMS, NATIONAL_AFTER, NATIONAL_BEFORE, NATIONALS } from '../lexicons/demonyms.js';
import { COMPASS_POINTS } from '../lexicons/places.js';
import { REGIONS } from '../lexicons/regions.js';
import type { Token } from '../document/tokens.js';
import { countrySpans, nameLike, type CountrySpan } from './words.js';

/** The country of the outlet the article is written for, when it says. */
export function homeCountry(agency: string | null, tokens: Token[]): string | undefined {
  // a dateline agency decides: a wire (null) writes from where it is datelined
  if (agency !== null && OUTLETS.has(agency)) return OUTLETS.get(agency) ?? undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "told Dawn", "talking to The Express Tribune"
    const spoke = tokens[i].lower === 'told' || (tokens[i].lower === 'to' && i > 0 && SPOKE_TO.has(tokens[i - 1].lower));
    if (!spoke) continue;
    // the longest outlet name: "The Times of India", not "The Times"
    let name = '';
    let found: string | null | undefined;
    for (let n = i + 1; n <= i + 4 && tokens[n]?.word && (tokens[n].cap || n > i + 1); n++) {
      name = name ? `${name} ${tokens[n].text}` : tokens[n].text;
      if (OUTLETS.has(name)) found = OUTLETS.get(name);
    }
    if (found) return outletsOwn(found, tokens);
  }
  return undefined;
}

/**
 * A source who "told Xinhua" in a story about Nepal is no Chinese official: the country of an outlet a
 * source spoke to, when the article names others but never it, is only where the outlet is from.
 */
function outletsOwn(country: string, tokens: Token[]): string | undefined {
  const named = countrySpans(tokens).filter((c, i) => c && !national(tokens, i));
  return named.length === 0 || named.some((c) => c?.country === country) ? country : undefined;
}

/**
 * `bodies`: the country of each body the article names, once per mention ("Labour", "the State Department"
 * say where an article is set when no country is named).
 */
export function defaultCountry(
  countries: (CountrySpan | undefined)[],
  datelineCountry: string | null,
  home: string | undefined,
  bodies: string[],
  tokens: Token[] = [],
): string | null {
  const settings = countries.map((c, i) => (c && national(tokens, i) ? undefined : c));
  if (home) return home;
  if (datelineCountry) return datelineCountry;
  // countries named as often as each other: the one whose towns and provinces the article names most
  // ("the Madras High Court ... in Chennai" over a Pakistan and a Bangladesh named once in a quotation)
  const leaders = topNamed(settings, bodies);
  const places = placesNamed(tokens);
  const placed = mostNamed([], places);
  if (leaders.length === 0) return placed;
  // a country named once is as often a comparison ("This is not Somalia") as the setting: towns and
  // provinces of another country named more often say where the story is
  if (leaders.length === 1) return outplaced(leaders[0], settings, bodies, places, placed) ? placed : leaders[0];
  return placed !== null && leaders.includes(placed) ? placed : leaders[0];
}

/** Whether `country`, named once, gives way to `placed`, the country whose places the article names twice or more. */
function outplaced(
  country: string,
  named: (CountrySpan | undefined)[],
  bodies: string[],
  places: string[],
  placed: string | null,
): boolean {
  if (placed === null || placed === country) return false;
  return namedCounts(named, bodies).get(country) === 1 && places.filter((p) => p === placed).length >= 2;
}

/**
 * A demonym that names a person, not a place's thing: "a Dutch national", "the Iranian claimed", "two
 * Chinese," says who someone is, as foreigners are named where a story is set; it says nothing of where.
 */
function national(tokens: Token[], i: number): boolean {
  const [before, word, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!DEMONYMS.has(word.text)) return false;
  if (NATIONALS.has(after?.lower ?? '')) return true;
  if (!before || !(NATIONAL_BEFORE.has(before.lower) || /^\d+$/.test(before.text))) return false;
  return word.poss || !after?.word || NATIONAL_AFTER.has(after.lower) || /^[a-z]+ed$/.test(after.text);
}

/** A town big enough to say where a story is set; GeoNames has villages called like many words. */
const SETTING_TOWN = 100_000;

/**
 * The country of each province and big town the article names, once per mention: with neither dateline nor
 * country named, the country named most so ("the Punjab government ... in Lahore") says where a story is set
 * as a dateline would. A name big towns of several countries share says nothing.
 */
function placesNamed(tokens: Token[]): string[] {
  const places: string[] = [];
  // "Premier Tim Houston ... Houston said": a town's name the article writes after a given name is a surname
  // ("East Cork" is a part of the town: a compass point is no given name)
  const given = (t: Token) => nameLike(t) && !COMPASS_POINTS.has(t.lower);
  const surnames = new Set(tokens.filter((t, i) => i > 0 && !t.lineBefore && t.cap && given(tokens[i - 1])).map((t) => t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue;
    const pair = tokens[i + 1]?.cap ? `${tokens[i].text} ${tokens[i + 1].text}` : '';
    const paired = REGIONS.has(pair);
    const region = paired ? REGIONS.get(pair) : REGIONS.get(tokens[i].text);
    if (paired) i++;
    const town =
      region === undefined && !surnames.has(tokens[i].text) && bigNamesakes(tokens[i].text).length === 0
        ? findCity(tokens[i].text)
        : undefined;
    const country = region ?? (town && town.population >= SETTING_TOWN ? town.country : undefined);
    if (country) places.push(country);
  }
  return places;
}

/** The country the article names most (by name or demonym, and by its bodies), else null. */
export function mostNamed(countries: (CountrySpan | undefined)[], bodies: string[] = [], except?: string | null): string | null {
  return topNamed(countries, bodies, except)[0] ?? null;
}

/** The countries the article names most, as often as each other, in the order it first names them. */
function topNamed(countries: (CountrySpan | undefined)[], bodies: string[], except?: string | null): string[] {
  const counts = namedCounts(countries, bodies);
  if (except) counts.delete(except);
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n === most).map(([country]) => country);
}

/** How often the article names each country, by name or demonym and by its bodies, in first-named order. */
function namedCounts(countries: (CountrySpan | undefined)[], bodies: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (country: string) => counts.set(country, (counts.get(country) ?? 0) + 1);
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i];
    if (!c) continue;
    count(c.country);
    i += c.length - 1;
  }
  bodies.forEach(count);
  return counts;
}

/**
 * A minister in a story datelined where government has no ministers (Washington: the US has secretaries)
 * is not that country's: an unmarked one takes the country of the ministers the article does mark
 * ("Pakistani Foreign Minister X ... Federal Minister for Planning Y"), the one most of them serve, else
 * the one most of its other marked officials serve if the article names it most after the dateline's, else
 * with no official marked elsewhere the one the article names most after the dateline's.
 */
export function settleMinisters(
  people: { title: string | null; country: string | null; defaulted?: boolean }[],
  defaultCountry: string | null,
  namedMost: string | null,
): void {
  settleDeputies(people);
  if (defaultCountry === null || !NO_MINISTERS.has(defaultCountry)) return;
  const minister = (title: string | null) => title !== null && /\bminister\b/i.test(title);
  const marked = people.filter((p) => !p.defaulted && p.country !== null && p.country !== defaultCountry);
  // with no marked minister, the country the other marked officials serve ("Pakistan's Ambassador X"), when
  // the story is about it (named most after the dateline's); with none of them either, that country
  const served = mostServed(marked);
  const top = mostServed(marked.filter((p) => minister(p.title))) ?? (marked.length === 0 || served === namedMost ? namedMost : undefined);
  if (top) for (const p of people) if (minister(p.title) && p.defaulted) p.country = top;
}

/** A minister's title under a rank: "Deputy Trade Minister" -> "Trade Minister". */
const UNDER_RANKS = new RegExp(`^(?:${MINISTER_UNDER_RANKS.join('|')})\\s+(.+\\bminister)$`, 'i');

/**
 * "Turkish Trade Minister A ... Deputy Trade Minister B": a deputy of a portfolio whose minister the article
 * marks with a country works in that minister's ministry; an unmarked one serves the same country.
 */
function settleDeputies(people: { title: string | null; country: string | null; defaulted?: boolean }[]): void {
  const ministers = new Map<string, string | null>();
  for (const p of people) if (!p.defaulted && p.title) ministers.set(p.title.toLowerCase(), p.country);
  for (const p of people) {
    const portfolio = p.defaulted ? UNDER_RANKS.exec(p.title ?? '')?.[1].toLowerCase() : undefined;
    const country = portfolio ? ministers.get(portfolio) : undefined;
    if (country) p.country = country;
  }
}

/**
 * "Turkish President Erdogan ... President Trump" in a story from Istanbul: a sole office whose holder in the
 * default country the article names is someone else's elsewhere; it takes the country the article names
 * most after the default one.
 */
export function settleSoleOffices(
  people: { title: string | null; country: string | null; defaulted?: boolean }[],
  defaultCountry: string | null,
  namedMost: string | null,
): void {
  if (defaultCountry === null || namedMost === null) return;
  const office = (title: string | null) => (title !== null && SOLE_OFFICES.has(title.toLowerCase()) ? title.toLowerCase() : undefined);
  const held = new Set(people.filter((p) => !p.defaulted && p.country === defaultCountry).map((p) => office(p.title)));
  for (const p of people) if (p.defaulted && office(p.title) && held.has(office(p.title))) p.country = namedMost;
}

/** The country most of the people serve, when one leads (a tie says nothing). */
function mostServed(people: { country: string | null }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.country!, (counts.get(p.country!) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}
