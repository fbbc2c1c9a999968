// Dateline: the `date YYYY-MM-DD` prefix, an optional headline, and the wire-style place line that opens
// the body ("ISLAMABAD - ", "KARACHI, June 7: ", "SUKKUR, Pakistan (AP) — ").
import type { Dateline } from '../types.js';
import { DEMONYMS } from '../lexicons/demonyms.js';
import { NOT_PLACES } from '../lexicons/places.js';
import { REGIONS } from '../lexicons/regions.js';
import { bigNamesakes, cityOfCountry, findCity, findCountry, findTown, key, type Place } from './gazetteer.js';

export interface DatelineResult {
  dateline: Dateline;
  /** Index in the text where the article body starts, after the prefix, headline and dateline. */
  bodyStart: number;
  /** The agency in the dateline's brackets ("Reuters", "APP"), else null. */
  agency: string | null;
}

const DATE_PREFIX = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s*/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** Title case or capitals ("KATHMANDU, APRIL 18"). */
const MONTH = `${MONTH_NAMES}|${MONTH_NAMES.toUpperCase()}`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// any capital letter, not only ASCII's: towns keep their accents ("SÃO PAULO", "Bogotá"); no town ends in a
// hyphen ("SAN FRANCISCO--(BUSINESS WIRE)--")
const CAPS_WORD = "\\p{Lu}(?:[\\p{Lu}'’.\\-]*[\\p{Lu}'’.])?";
const REGION = '\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}';
// City (one to four words), then optional ", Country" (or a state: "AUSTIN, Texas", "WASHINGTON, D.C."),
// ", Month Day" (or "Day Month") and "(Agency)", then a dash or colon; after an agency the dash may be
// left out ("New Delhi, May 21 (PTI) Large parts ...", as PTI writes), after a date too ("WASHINGTON Nov 24
// The ...", older Reuters copy), and a dateline may be a line of its own ("KATHMANDU, APRIL 18").
// UrduPoint puts its date in the brackets: "Islamabad (UrduPoint / Pakistan Point News - 27th Apr, 2023 ) :",
// at times after a comma ("ISLAMABAD, (UrduPoint / ..."). ANI puts the country in square brackets, at times
// after the state in round ones ("Colombo [Sri Lanka], April 29 (ANI):", "Surat (Gujarat) [India], ...").
// A date may carry its year ("DUBAI, 30th June 2020 (WAM) –") when a dateline's mark follows it (a number
// opening the body is no year). A hyphen before a digit is a word's own ("COVID-19"), no dateline's dash.
// EIN Presswire writes the state and the country after the town ("LOS ANGELES, CA, UNITED STATES, ...").
// ACCESSWIRE sets its name and the date between slashes ("RALEIGH, NC / ACCESSWIRE / December 5, 2023 / "): a
// town before a slash-wrapped name is no second town.
// Press wires put their name between dashes ("SAN DIEGO — (BUSINESS WIRE) — ") or slashes ("ANAHEIM, Calif.,
// July 17, 2025 /PRNewswire/ — ", "MOSCOW, July 3. /TASS/. "), as brackets.
// A story filed from several towns names them all, split by slashes ("ISLAMABAD/KARACHI:", Anadolu's "ALGIERS,
// Algeria / ISTANBUL (AA) –"): the first is the dateline's town.
/** The Saudi Press Agency's name after the date, with no brackets: "Riyadh, February 14, 2023, SPA -- ". */
const INITIALS = (group: string) => `,[ \\t]*(?${group}\\p{Lu}{2,6})[ \\t]*(?:-+|[–—]+)`;
const DATELINE = new RegExp(
  `^(?<city>${CAPS_WORD}(?: ${CAPS_WORD}){0,3}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})` +
    `(?:,\\s*(?<region>${REGION})(?:,\\s*(?<nation>[A-Z]{2,}(?: [A-Z]{2,}){0,2}))?|(?:\\s*\\(${REGION}\\))?\\s*\\[(?<bracketed>${REGION})\\])??` +
    `(?<others>(?:[ \\t]*\\/[ \\t]*${CAPS_WORD}(?: ${CAPS_WORD}){0,3}(?![ \\t]*\\/[^/\\n]{1,40}\\/))+)?` +
    `(?:,?\\s*(?:(?<month>${MONTH})\\.?\\s+(?<day>${DAY})|(?<day2>${DAY})\\s+(?<month2>${MONTH})\\.?)(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?=,?\\s*[(/:\\-–—]|${INITIALS(':')}|[ \\t]*\\r?\\n))?)?` +
    `(?:(?:\\s*,?\\s*|\\s*(?:-+|[–—]+)\\s*)\\((?<agency>[^()\\n]{1,80})\\)\\s*(?:[-–—]+|:)?|\\.?\\s*\\/(?<slashed>[^/\\n]{1,40})\\/(?:[ \\t]*(?<month3>${MONTH})\\.?\\s+(?<day3>${DAY}),?\\s+(?<year3>(?:19|20)\\d\\d)[ \\t]*\\/)?\\.?\\s*(?:[-–—]+|:)?|(?<=\\d)${INITIALS('<initials>')}|\\s*(?:-+(?!\\d)|[–—]+|:)|(?<line>[ \\t]*\\r?\\n\\s*)|(?<=\\d(?:st|nd|rd|th)?)\\s+)[ \\t]*`,
  'u',
);
/**
 * A town alone in brackets in capitals before a dash, "(WASHINGTON) — " (ABC News' style), at times after a
 * photo credit the page leaves on the same line ("Photographer/Getty Images(WASHINGTON) — ").
 */
const BRACKETED_TOWN = /\((?<city>[A-Z][A-Z.'’ -]{2,40})\)[ \t]*[-–—]+[ \t]*/;
/** A date inside the agency's brackets: "27th Apr, 2023". */
const BRACKET_DATE = new RegExp(`(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>${MONTH_NAMES})[a-z]*\\.?,?\\s+(?<year>\\d{4})`);
/** Lines above the dateline that are not body: a headline, a byline, captions, a standfirst. */
const HEADER_LINES = 6;
const HEADLINE_MAX = 200;
/** Longest standfirst before a dateline. */
const SUMMARY_MAX = 400;

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const prefixDate = (prefix: Prefix | null) => (prefix ? `${prefix.year}-${pad(prefix.month)}-${pad(prefix.day)}` : null);
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

function matchDateline(text: string, at: number, prefix: Prefix | null): Match | null {
  const m = DATELINE.exec(text.slice(at, at + 160));
  if (!m) return null;
  const whole = m[0];
  const { city: rawCity, line } = m.groups!;
  const year = m.groups!.year ?? m.groups!.year3;
  // "Wayanad (Kerala):": a state in the brackets, as Indian copy writes it, is no agency
  const named = (m.groups!.agency ?? m.groups!.slashed ?? m.groups!.initials)?.trim();
  const stated = named !== undefined && REGIONS.has(named) ? named : undefined;
  const agency = stated ? undefined : named;
  const region = m.groups!.region ?? m.groups!.bracketed ?? stated;
  const month = m.groups!.month ?? m.groups!.month2 ?? m.groups!.month3;
  const day = m.groups!.day ?? m.groups!.day2 ?? m.groups!.day3;
  const caps = rawCity === rawCity.toUpperCase();
  const signed = line === undefined && (agency !== undefined || /[-–—:]\s*$/.test(whole));
  const marked = caps || signed;
  // a country's name heads a dateline only where its city bears it ("KUWAIT:" is Kuwait City): "Jordan- "
  // opening a headline or "Canada" over a section is no town, whatever namesake hamlet the gazetteer holds
  const nation = findCountry(rawCity);
  const place = townNamed(rawCity, text, at);
  if (NOT_PLACES.has(key(rawCity)) || (nation && !place)) return null;
  // towns split by slashes are towns the gazetteer knows, not initials ("PTI/PML-N:") or a wire's name
  const others = m.groups!.others?.split('/').slice(1) ?? [];
  if (others.length > 0 && (!place || !others.every((town) => cityIn(town.trim(), text, at)))) return null;
  // Mixed-case openers ("Meanwhile: ") only count when the gazetteer knows the town, and so does a line of
  // its own without a date (a headline in capitals is no town).
  if ((!caps || line !== undefined) && !place && !month && !stated) return null;
  // "Published April 23, 2022", "Our Correspondent June 11, 2025", "SATURDAY, MAY 26, 2018": a date after
  // words that name no town, with no dash, colon or agency after it and no known region ("Ahram Online,
  // Monday 21 Jan 2013"), is the page's date stamp; the dateline, if any, comes below it
  const known = region !== undefined && (findCountry(region) !== undefined || REGIONS.has(region));
  const stamp = !signed && !place && !known && month !== undefined;
  // a region that is no country is a state or province of the city's country ("FOSTORIA, Ohio —"); a town
  // the gazetteer does not know is in the country whose provinces the article names
  // a country named after the state (EIN Presswire's) is the town's
  const listed = m.groups!.nation && findCountry(m.groups!.nation);
  const country = listed || ((region && (findCountry(region) ?? REGIONS.get(region))) ?? place?.country ?? regionNamed(text.slice(at)));
  // a label the gazetteer does not know opening a photo caption is no town ("FLOOD WATERS: ... (Reuters)")
  if (!country && line === undefined && isCaption(text, at + whole.length)) return null;
  // The gazetteer's spelling only where it is the dateline's own: "ZURICH" stays Zurich, the English form,
  // rather than becoming Zürich, and "GENEVA" (found as Genève) stays Geneva.
  const city = place && (nation || place.name.toLowerCase() === rawCity.toLowerCase()) ? place.name : titleCase(rawCity);
  let date = prefixDate(prefix);
  const dated = agency === undefined ? null : BRACKET_DATE.exec(agency);
  if (dated) {
    date = `${dated.groups!.year}-${pad(monthNumber(dated.groups!.month))}-${pad(Number(dated.groups!.day))}`;
  } else if (month && year) {
    date = `${year}-${pad(monthNumber(month))}-${pad(parseInt(day, 10))}`;
  } else if (month && prefix) {
    const mm = monthNumber(month);
    // A December dateline on a January paper belongs to the year before.
    const year = mm - prefix.month > 6 ? prefix.year - 1 : prefix.year;
    date = `${year}-${pad(mm)}-${pad(parseInt(day, 10))}`;
  }
  if (stamp) return { dateline: { date, city: null, country: null }, end: at + whole.length, marked, agency: null, stamp };
  return { dateline: { date, city, country }, end: at + whole.length, marked, agency: agency ?? null };
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

/** A town in a stamp line: one to four words in capitals or up to three in title case. */
const STAMP_CITY = `(?<city>${CAPS_WORD}(?: ${CAPS_WORD}){0,3}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})`;
/**
 * A town set beside the page's stamp, a date or a time, on a line of its own: after it, behind a dash or a
 * bar ("May 25, 2023 03:56 pm | Updated 04:21 pm IST - CHENNAI", The Hindu; "04 March,2023 | Bengaluru",
 * Mid-day), or before it behind a bar ("Bengaluru | February 17, 2023 08:17 IST", The Indian Express). A
 * town before a dash is an ordinary dateline, whose line goes on with the body.
 */
const STAMP_TOWN = [
  new RegExp(`^(?<stamp>[^\\n]*?)(?:[ \\t]*\\|[ \\t]*|[ \\t]+[-–—][ \\t]+)${STAMP_CITY}[ \\t]*(?:\\r?\\n\\s*|$)`, 'u'),
  new RegExp(`^${STAMP_CITY}[ \\t]*\\|[ \\t]*(?<stamp>[^\\n]*?)[ \\t]*(?:\\r?\\n\\s*|$)`, 'u'),
];
/** A stamp's date with its year: "May 25, 2023", "25 May 2023", "04 March,2023". */
const STAMP_DATE = new RegExp(
  `\\b(?:(?<month>${MONTH_NAMES})[a-z]*\\.?\\s+(?<day>\\d{1,2}),?\\s*(?<year>\\d{4})|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH_NAMES})[a-z]*\\.?,?\\s*(?<year2>\\d{4}))\\b`,
);
/** A stamp's time: "03:56 pm", "16.21". */
const STAMP_TIME = /\b\d{1,2}[:.]\d\d\b/;
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
    const date = d ? `${d.year ?? d.year2}-${pad(monthNumber(d.month ?? d.month2))}-${pad(Number(d.day ?? d.day2))}` : prefixDate(prefix);
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
