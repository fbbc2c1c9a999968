// Dateline: the `date YYYY-MM-DD` prefix, an optional headline, and the wire-style place line that opens
// the body ("ISLAMABAD - ", "KARACHI, June 7: ", "SUKKUR, Pakistan (AP) — ").
import type { Dateline } from '../types.js';
import { DEMONYMS } from '../lexicons/demonyms.js';
import { NOT_PLACES } from '../lexicons/places.js';
import { REGIONS } from '../lexicons/regions.js';
import { bigNamesakes, cityOfCountry, findCity, findCountry, findTown, key, type Place } from './gazetteer.js';
import { BRACKET_DATE, DATELINE, STAMP_DATE, STAMP_TIME, STAMP_TOWN } from './pattern.js';

export interface DatelineResult {
  dateline: Dateline;
  /** Index in the text where the article body starts, after the prefix, headline and dateline. */
  bodyStart: number;
  /** The agency in the dateline's brackets ("Reuters", "APP"), else null. */
  agency: string | null;
}

const DATE_PREFIX = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s*/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A town alone in brackets in capitals before a dash, "(WASHINGTON) — " (ABC News' style), at times after a
 * photo credit the page leaves on the same line ("Photographer/Getty Images(WASHINGTON) — ").
 */
const BRACKETED_TOWN = /\((?<city>[A-Z][A-Z.'’ -]{2,40})\)[ \t]*[-–—]+[ \t]*/;
/** Lines above the dateline that are not body: a headline, a byline, captions, a standfirst. */
const HEADER_LINES = 6;
const HEADLINE_MAX = 200;
/** Longest standfirst before a dateline. */
const SUMMARY_MAX = 400;

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const isoDate = (year: string | number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const prefixDate = (prefix: Prefix | null) => (prefix ? isoDate(prefix.year, prefix.month, prefix.day) : null);
const toPrefix = ([year, month, day]: string[]): Prefix => ({ year: Number(year), month: Number(month), day: Number(day) });

function titleCase(caps: string): string {
  const cased = caps.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  // a possessive's "s" stays small: "COX'S BAZAR" is Cox's Bazar, "O'HARE" O'Hare
  return cased.replace(/(['’])S(?!\p{L})/gu, '$1s');
}

interface Prefix {
  year: number;
  month: number;
  day: number;
}

interface Match {
  dateline: Dateline;
  end: number;
  /** The town is in capitals, as wire copy writes it, or a dash, colon or agency follows it. */
  marked: boolean;
  agency: string | null;
  /** A date stamp above the dateline, which gives the date but no place. */
  stamp?: boolean;
}

/** What a DATELINE match names, its numbered groups folded together. */
function partsOf(m: RegExpExecArray) {
  const g = m.groups!;
  // "Wayanad (Kerala):": a state in the brackets, as Indian copy writes it, is no agency
  const named = (g.agency ?? g.slashed ?? g.initials)?.trim();
  const stated = named !== undefined && REGIONS.has(named) ? named : undefined;
  const agency = stated ? undefined : named;
  return {
    whole: m[0],
    rawCity: g.city,
    line: g.line,
    /** The town is in capitals, as wire copy writes it. */
    caps: g.city === g.city.toUpperCase(),
    /** A dash, colon or agency ends the dateline on its line. */
    signed: g.line === undefined && (agency !== undefined || /[-–—:]\s*$/.test(m[0])),
    others: g.others?.split('/').slice(1) ?? [],
    agency,
    stated,
    region: g.region ?? g.bracketed ?? stated,
    nation: g.nation,
    month: g.month ?? g.month2 ?? g.month3,
    day: g.day ?? g.day2 ?? g.day3,
    year: g.year ?? g.year3,
  };
}
type Parts = ReturnType<typeof partsOf>;

function matchDateline(text: string, at: number, prefix: Prefix | null): Match | null {
  const m = DATELINE.exec(text.slice(at, at + 160));
  if (!m) return null;
  const parts = partsOf(m);
  const { rawCity, line } = parts;
  const nation = findCountry(rawCity);
  const place = townNamed(rawCity, text, at);
  if (!namesTown(parts, nation, place, text, at)) return null;
  const country = countryOf(parts, place, text.slice(at));
  const end = at + parts.whole.length;
  // a label the gazetteer does not know opening a photo caption is no town ("FLOOD WATERS: ... (Reuters)")
  if (!country && line === undefined && isCaption(text, end)) return null;
  const date = datelineDate(parts, prefix);
  const marked = parts.caps || parts.signed;
  if (isDateStamp(parts, place)) return { dateline: { date, city: null, country: null }, end, marked, agency: null, stamp: true };
  // The gazetteer's spelling only where it is the dateline's own: "ZURICH" stays Zurich, the English form,
  // rather than becoming Zürich, and "GENEVA" (found as Genève) stays Geneva.
  const city = place && (nation || place.name.toLowerCase() === rawCity.toLowerCase()) ? place.name : titleCase(rawCity);
  return { dateline: { date, city, country }, end, marked, agency: parts.agency ?? null };
}

/** The match opens with a town, not a word opening a sentence, a headline or initials. */
function namesTown(parts: Parts, nation: string | undefined, place: Place | undefined, text: string, at: number): boolean {
  const { rawCity, caps, line, others, month, stated } = parts;
  // a country's name heads a dateline only where its city bears it ("KUWAIT:" is Kuwait City): "Jordan- "
  // opening a headline or "Canada" over a section is no town, whatever namesake hamlet the gazetteer holds
  if (NOT_PLACES.has(key(rawCity)) || (nation && !place)) return false;
  // towns split by slashes are towns the gazetteer knows, not initials ("PTI/PML-N:") or a wire's name
  if (others.length > 0 && (!place || !others.every((town) => cityIn(town.trim(), text, at)))) return false;
  // Mixed-case openers ("Meanwhile: ") only count when the gazetteer knows the town, and so does a line of
  // its own without a date (a headline in capitals is no town).
  return !((!caps || line !== undefined) && !place && !month && !stated);
}

/**
 * "Published April 23, 2022", "Our Correspondent June 11, 2025", "SATURDAY, MAY 26, 2018": a date after words
 * that name no town, with no dash, colon or agency after it and no known region ("Ahram Online, Monday 21 Jan
 * 2013"), is the page's date stamp; the dateline, if any, comes below it.
 */
function isDateStamp({ signed, region, month }: Parts, place: Place | undefined): boolean {
  const known = region !== undefined && (findCountry(region) !== undefined || REGIONS.has(region));
  return !signed && !place && !known && month !== undefined;
}

/**
 * A region that is no country is a state or province of the city's country ("FOSTORIA, Ohio —"); a town the
 * gazetteer does not know is in the country whose provinces the article names. A country named after the
 * state (EIN Presswire's) is the town's.
 */
function countryOf({ region, nation }: Parts, place: Place | undefined, body: string) {
  const listed = nation && findCountry(nation);
  return listed || ((region && (findCountry(region) ?? REGIONS.get(region))) ?? place?.country ?? regionNamed(body));
}

/** The date in the agency's brackets ("27th Apr, 2023"), else the dateline's, else the prefix's. */
function datelineDate({ agency, month, day, year }: Parts, prefix: Prefix | null): string | null {
  const dated = agency === undefined ? null : BRACKET_DATE.exec(agency);
  if (dated) return isoDate(dated.groups!.year, monthNumber(dated.groups!.month), Number(dated.groups!.day));
  if (month && year) return isoDate(year, monthNumber(month), parseInt(day, 10));
  if (month && prefix) {
    const mm = monthNumber(month);
    // A December dateline on a January paper belongs to the year before.
    return isoDate(mm - prefix.month > 6 ? prefix.year - 1 : prefix.year, mm, parseInt(day, 10));
  }
  return prefixDate(prefix);
}

/** A photo caption's credit, in brackets at the end of its line with no full stop after: "(Getty Images)". */
const CREDIT_END = /\([^()\n]{1,60}\)[ \t]*$/;

/** The line at `from` is a photo caption: it ends in the photographer's or agency's credit. */
function isCaption(text: string, from: number): boolean {
  const nl = text.indexOf('\n', from);
  return CREDIT_END.test(text.slice(from, nl < 0 ? text.length : nl));
}

/** The town a dateline names; a country's name only where its own city bears it ("KUWAIT" is Kuwait City). */
function townNamed(name: string, text: string, at: number): Place | undefined {
  const nation = findCountry(name);
  return nation ? cityOfCountry(name, nation) : cityIn(name, text, at);
}

/**
 * The city a dateline names. Where big cities of several countries share the name ("HYDERABAD" is in India
 * and in Pakistan), the one whose country the article names most, by name, demonym or province; the largest
 * when it names none of them more.
 */
function cityIn(name: string, text: string, at: number): Place | undefined {
  const namesakes = bigNamesakes(name);
  if (namesakes.length === 0) return findTown(name);
  const body = text.slice(at);
  const counts = namesakes.map((place) => body.match(namesOf(place.country))?.length ?? 0);
  return namesakes[counts.indexOf(Math.max(...counts))];
}

/** What an article calls a country by, as whole words: its name, demonyms and provinces. */
function namesOf(country: string): RegExp {
  const own = (map: ReadonlyMap<string, string | null>) => [...map].filter(([, c]) => c === country).map(([n]) => n);
  return wholeWords([country, ...own(DEMONYMS), ...own(REGIONS)]);
}

/** Any of the names as a whole word, tried in the order given. */
function wholeWords(names: string[]): RegExp {
  const alternatives = names.map((n) => n.replace(/\./g, '\\.')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * The country whose states and provinces the text names most ("SKARDU: ... Gilgit-Baltistan"), null when
 * none or a tie: a story names the provinces of where it is set, seldom a foreign one's.
 */
function regionNamed(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of body.matchAll(REGION_NAMES)) {
    const country = REGIONS.get(m[0]);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** The names of REGIONS as whole words, longest first ("West Bengal" before "Bengal"). */
const REGION_NAMES = wholeWords([...REGIONS.keys()].sort((a, b) => b.length - a.length));

/** "(WASHINGTON) — " on the line at `from`, when the gazetteer knows the town. */
function bracketedTown(text: string, from: number, prefix: Prefix | null): Match | null {
  const nl = text.indexOf('\n', from);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  const m = BRACKETED_TOWN.exec(line);
  const place = m && cityIn(m.groups!.city, text, from);
  if (!place) return null;
  const dateline = { date: prefixDate(prefix), city: titleCase(m.groups!.city), country: place.country };
  return { dateline, end: from + m.index + m[0].length, marked: true, agency: null };
}

/** Longest stamp: publication and update times ("May 25, 2023 03:56 pm | Updated 04:21 pm IST"), no sentence. */
const STAMP_MAX = 60;

/** A date or a time, short, with no sentence's closing mark: "February 17, 2023 08:17 IST". */
const isStamp = (stamp: string, dated: boolean) =>
  stamp.length <= STAMP_MAX && !/[.!?"”]$/.test(stamp) && (dated || STAMP_TIME.test(stamp));

/** A town beside a stamp on the line at `from`, when the gazetteer knows it; the stamp's date before the prefix's. */
function stampTown(text: string, from: number, prefix: Prefix | null): Match | null {
  const line = text.slice(from, from + HEADLINE_MAX);
  for (const pattern of STAMP_TOWN) {
    const m = pattern.exec(line);
    if (!m) continue;
    const { city, stamp } = m.groups!;
    const place = townNamed(city, text, from);
    const d = STAMP_DATE.exec(stamp)?.groups;
    if (!place || !isStamp(stamp, d !== undefined)) continue;
    const date = d ? isoDate(d.year ?? d.year2, monthNumber(d.month ?? d.month2), Number(d.day ?? d.day2)) : prefixDate(prefix);
    const dateline = { date, city: titleCase(city), country: place.country };
    return { dateline, end: from + m[0].length, marked: true, agency: null };
  }
  return null;
}

/** A town in capitals with no mark after it, before a word in title case: "PUNE Pune Member of ...". */
const CAPITAL_TOWN = /^(?<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})[ \t]+(?=\p{Lu}\p{Ll})/u;
/** A town big enough that its name in capitals opening the body is the dateline, not an acronym's letters. */
const DATELINE_TOWN = 100_000;

/**
 * "PUNE Pune MP X said": a big town in capitals opening the body is the wire's dateline even where the page
 * lost its colon or dash; capitals are the dateline's own mark.
 */
function capitalTown(text: string, from: number, prefix: Prefix | null): Match | null {
  const m = CAPITAL_TOWN.exec(text.slice(from, from + 60));
  const place = m && bigNamesakes(m.groups!.city).length === 0 ? findCity(m.groups!.city) : undefined;
  if (!place || place.population < DATELINE_TOWN) return null;
  const date = prefixDate(prefix);
  return { dateline: { date, city: place.name, country: place.country }, end: from + m![0].length, marked: true, agency: null };
}

/**
 * A first paragraph that reads as a headline: short, one line, no closing sentence punctuation. A headline
 * may end on a quoted word ("IHC dismisses plea as ‘inadmissible’"): a closing mark with no full stop, comma
 * or other punctuation before it closes no sentence.
 */
function headlineEnd(text: string, at: number): number | null {
  const nl = text.indexOf('\n', at);
  if (nl < 0 || nl - at > HEADLINE_MAX) return null;
  // `at` is past leading whitespace, so the line is never blank
  const line = text.slice(at, nl).trimEnd();
  return /(?:[.!?:]|[.!?,:;]["”'’])$/.test(line) ? null : nextLine(text, nl);
}

/** A standfirst: a summary paragraph of a sentence or two. */
function summaryEnd(text: string, at: number): number | null {
  const nl = text.indexOf('\n', at);
  return nl < 0 || nl - at > SUMMARY_MAX ? null : nextLine(text, nl);
}

function nextLine(text: string, nl: number): number | null {
  let next = nl;
  while (next < text.length && /\s/.test(text[next])) next++;
  return next < text.length ? next : null;
}

/**
 * The dateline may follow a few header lines: a headline, a byline, a photo caption, an "Updated:" stamp
 * and at most one standfirst, a summary paragraph of a sentence or two. After a standfirst a town opening a
 * paragraph counts only with a dateline's mark, capitals or a dash, colon or agency after it: any paragraph
 * could open with a town's name.
 */
export function parseDateline(text: string): DatelineResult {
  const p = DATE_PREFIX.exec(text);
  let prefix = p ? toPrefix(p.slice(1, 4)) : null;
  let at = p ? p[0].length : text.length - text.trimStart().length;
  const nulls: Dateline = { date: p ? `${p[1]}-${p[2]}-${p[3]}` : null, city: null, country: null };

  let from: number | null = at;
  let summarised = false;
  for (let line = 0; line <= HEADER_LINES && from !== null; line++) {
    const found =
      stampTown(text, from, prefix) ??
      matchDateline(text, from, prefix) ??
      bracketedTown(text, from, prefix) ??
      capitalTown(text, from, prefix);
    if (found?.stamp) {
      // the stamp's date stands in for the prefix; without a dateline below, the body starts after it
      nulls.date = found.dateline.date;
      if (nulls.date) prefix = toPrefix(nulls.date.split('-'));
      at = found.end;
    } else if (found && (!summarised || found.marked)) {
      return { dateline: found.dateline, bodyStart: found.end, agency: found.agency };
    }
    let next = headlineEnd(text, from);
    if (next === null && !summarised) {
      next = summaryEnd(text, from);
      summarised = true;
    }
    // without a dateline the body starts after the headline; one that ends on a closing mark may as well be
    // the body's first sentence with its full stop missing: only a dateline after it says it is no body
    if (line === 0 && !summarised && next !== null && !/["”'’]\s*$/.test(text.slice(from, next))) at = next;
    from = next;
  }
  return { dateline: nulls, bodyStart: at, agency: null };
}
