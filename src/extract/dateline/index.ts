// Dateline: the `date YYYY-MM-DD` prefix, an optional headline, and the wire-style place line that opens
// the body ("ISLAMABAD - ", "KARACHI, June 7: ", "SUKKUR, Pakistan (AP) — ").
import type { Dateline } from '../types.js';
import { findCity, findCountry, key } from './gazetteer.js';

export interface DatelineResult {
  dateline: Dateline;
  /** Index in the text where the article body starts, after the prefix, headline and dateline. */
  bodyStart: number;
}

const DATE_PREFIX = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s*/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const CAPS_WORD = "[A-Z][A-Z'’.\\-]*";
// City (one to four words), then optional ", Country" (or a state: "AUSTIN, Texas", "WASHINGTON, D.C."),
// ", Month Day" (or "Day Month") and "(Agency)", then a dash or colon; after an agency the dash may be
// left out ("New Delhi, May 21 (PTI) Large parts ...", as PTI writes).
const DATELINE = new RegExp(
  `^(?<city>${CAPS_WORD}(?: ${CAPS_WORD}){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})` +
    `(?:,\\s*(?<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))??` +
    `(?:,\\s*(?:(?<month>${MONTH})\\.?\\s+(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH})\\.?))?` +
    `(?:\\s*\\([^()\\n]{1,40}\\)\\s*(?:[-–—]+|:)?|\\s*(?:[-–—]+|:))[ \\t]*`,
);
/** Lines above the dateline that are not body: a headline, a byline. */
const HEADER_LINES = 2;
/** All-caps openers that are not places. */
const NOT_PLACES = new Set(['breaking', 'update', 'updated', 'exclusive', 'analysis', 'opinion', 'editorial', 'watch', 'live', 'note', 'correction', 'urgent', 'flash']);
const HEADLINE_MAX = 200;

const pad = (n: number) => String(n).padStart(2, '0');

function titleCase(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

interface Match {
  dateline: Dateline;
  end: number;
}

function matchDateline(text: string, at: number, prefix: { year: number; month: number; day: number } | null): Match | null {
  const m = DATELINE.exec(text.slice(at, at + 160));
  if (!m) return null;
  const whole = m[0];
  const { city: rawCity, region } = m.groups!;
  const month = m.groups!.month ?? m.groups!.month2;
  const day = m.groups!.day ?? m.groups!.day2;
  const caps = rawCity === rawCity.toUpperCase();
  const place = findCity(rawCity);
  if (NOT_PLACES.has(key(rawCity))) return null;
  // Mixed-case openers ("Meanwhile: ") only count when the gazetteer knows the town.
  if (!caps && !place) return null;
  // a region that is no country is a state or province of the city's country
  const country = (region && findCountry(region)) ?? place?.country ?? null;
  // The gazetteer's spelling only where it is the dateline's own: "ZURICH" stays Zurich, the English form,
  // rather than becoming Zürich, and "GENEVA" (found as Genève) stays Geneva.
  const city = place && place.name.toLowerCase() === rawCity.toLowerCase() ? place.name : titleCase(rawCity);
  let date: string | null = prefix ? `${prefix.year}-${pad(prefix.month)}-${pad(prefix.day)}` : null;
  if (month && prefix) {
    const mm = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
    // A December dateline on a January paper belongs to the year before.
    const year = mm - prefix.month > 6 ? prefix.year - 1 : prefix.year;
    date = `${year}-${pad(mm)}-${pad(Number(day))}`;
  }
  return { dateline: { date, city, country }, end: at + whole.length };
}

/** A first paragraph that reads as a headline: short, one line, no closing sentence punctuation. */
function headlineEnd(text: string, at: number): number | null {
  const nl = text.indexOf('\n', at);
  if (nl < 0 || nl - at > HEADLINE_MAX) return null;
  // `at` is past leading whitespace, so the line is never blank
  const line = text.slice(at, nl).trimEnd();
  if (/[.!?"”'’:]$/.test(line)) return null;
  let next = nl;
  while (next < text.length && /\s/.test(text[next])) next++;
  return next < text.length ? next : null;
}

export function parseDateline(text: string): DatelineResult {
  const p = DATE_PREFIX.exec(text);
  const prefix = p ? { year: Number(p[1]), month: Number(p[2]), day: Number(p[3]) } : null;
  let at = p ? p[0].length : text.length - text.trimStart().length;
  const nulls: Dateline = { date: p ? `${p[1]}-${p[2]}-${p[3]}` : null, city: null, country: null };

  let from = at;
  for (let line = 0; line <= HEADER_LINES; line++) {
    const found = matchDateline(text, from, prefix);
    if (found) return { dateline: found.dateline, bodyStart: found.end };
    const next = headlineEnd(text, from);
    if (next === null) break;
    // without a dateline the body starts after the headline
    if (line === 0) at = next;
    from = next;
  }
  return { dateline: nulls, bodyStart: at };
}
