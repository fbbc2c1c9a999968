// Organisations: names defined with an acronym ("National Electric Power Regulatory Authority (NEPRA)"),
// capitalised phrases around a head word ("Ministry of Refugees and Repatriation", "Lahore High Court"),
// "<Province> government", "<Country>’s embassy in <City>" and bodies known by name ("IMF", "UNICEF").
import type { Mention } from './types.js';
import {
  DIPLOMATIC_MISSIONS,
  INTERNATIONAL_BODIES,
  KNOWN_PARTIES,
  NAME_POSSESSIVES,
  NATIONAL_BODIES,
  PLACE_ADMINISTRATIONS,
  ORG_HEADS,
  ROLE_COMPOUND_HEADS,
} from '../lexicons/organizations.js';
import { findCity } from '../dateline/gazetteer.js';
import { DEMONYMS } from '../lexicons/demonyms.js';
import { CONTINENTAL_NAMES, REGIONS } from '../lexicons/regions.js';
import { NOT_NAMES } from '../lexicons/not-names.js';
import { OFFICIAL_ROLES, STANDING_WORDS, TITLE_WORDS } from '../lexicons/titles.js';
import { countryOf, isAcronym, isRole, isHonorific, lower, monthInName, nameLike, type CountrySpan } from './words.js';
import type { Token } from '../document/tokens.js';

export interface Organization {
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** The country it belongs to; null for international bodies; undefined when the article does not say. */
  country: string | null | undefined;
  /** Lower-case head word ("ministry"), to resolve a bare "Ministry spokesperson". */
  head: string;
}

export interface OrgSpan {
  org: Organization;
  /** Token range [first, last] of this mention. */
  first: number;
  last: number;
}

export interface OrgTable {
  orgs: Organization[];
  /** The mention covering token i, if any. */
  at: (i: number) => OrgSpan | undefined;
  /** The latest organisation named before token i, optionally with one of the given head words. */
  before: (i: number, heads?: ReadonlySet<string>) => Organization | undefined;
  /** The organisation this acronym or name stands for. */
  byName: (name: string) => Organization | undefined;
}

const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);

/**
 * "Inspector General of Police (IGP)", "Chief of Army Staff (COAS)": initials of a post, known as one, or
 * a role before the first connector with no body word beside it ("Office of the High Commissioner" is a body).
 */
function namesPost(tokens: Token[], first: number, paren: number): boolean {
  if (OFFICIAL_ROLES.has(tokens[paren + 1].lower)) return true;
  let end = first;
  while (end < paren && !CONNECTORS.has(tokens[end].text)) end++;
  const words = tokens.slice(first, end);
  return words.some(isRole) && !words.some(isHead);
}
/** Small words an acronym skips: "Board of Control for Cricket in India (BCCI)". */
const ACRONYM_SKIPS = new Set([...CONNECTORS, 'in', 'to', 'the', ',']);
/** A town big enough to say where a body it names is ("Karachi Chamber of Commerce"); GeoNames has villages
 * called like many words. */
const NAMING_TOWN = 100_000;
/** A body named for a continent serves no one country: "Africa Centres for Disease Control", "European Court". */
const CONTINENTAL = new RegExp(`^(?:${CONTINENTAL_NAMES.join('|')})\\s`);

/** A head word, also before a hyphenated suffix: "Movement-Pakistan", "League-Nawaz". */
const isHead = (t: Token): boolean => ORG_HEADS.has(t.lower) || ORG_HEADS.has(t.lower.split('-')[0]);
/** The head word of a head token: "league" in "League-Nawaz", "insaf" in "Tehreek-e-Insaf". */
const headWord = (t: Token): string => t.lower.split('-').findLast((part) => ORG_HEADS.has(part))!;
/** The capitals opening a name's words: "Inter-Services Public Relations" is "ISPR". */
export const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
/** "Irsa", "Pemra": newsrooms write a long acronym in title case; short ones ("Fo") are too often words. */
const titleCased = (name: string, org: Organization): boolean =>
  name.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(name) && org.aliases.includes(name.toUpperCase());
const acronymLetters = (acr: string): string => acr.replace(/[^A-Z]/g, '');
/**
 * An acronym a body's name defines in brackets; ministries' keep a small "o" for "of" ("Ministry of Public
 * Health (MoPH)", "MoFA", "MoIC"), as Afghan and South Asian copy writes them.
 */
const definedAcronym = (s: string): boolean => isAcronym(s) || /^[A-Z]+(?:o[A-Z]+)+$/.test(s);

export function findOrganizations(text: string, tokens: Token[], countries: (CountrySpan | undefined)[]): OrgTable {
  const orgs: Organization[] = [];
  const spans: OrgSpan[] = [];
  const covered: (OrgSpan | undefined)[] = new Array(tokens.length);
  const byKey = new Map<string, Organization>();
  const slice = (a: number, b: number) => text.slice(tokens[a].start, tokens[b].end);
  const gap = (a: number) => a > 0 && !tokens[a].lineBefore;

  const orgNamed = (name: string, head: string): Organization => {
    const k = name.toLowerCase();
    let org = byKey.get(k);
    if (!org) {
      org = { name, aliases: [], mentions: [], country: undefined, head };
      orgs.push(org);
      byKey.set(k, org);
    }
    return org;
  };
  const alias = (org: Organization, a: string) => {
    if (a !== org.name && !org.aliases.includes(a)) org.aliases.push(a);
    byKey.set(a.toLowerCase(), org);
  };
  // callers only mark tokens no other mention covers
  const mark = (org: Organization, first: number, last: number) => {
    const span = { org, first, last };
    spans.push(span);
    for (let k = first; k <= last; k++) covered[k] = span;
    org.mentions.push({ start: tokens[first].start, end: tokens[last].end, text: slice(first, last) });
  };
  /** A capitalised word that can carry a name on after "of", "and": not a role, honorific, weekday or another body. */
  const continues = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.cap && gap(k) && !covered[k] && !isRole(t) && !isHonorific(t) && !NOT_NAMES.has(lower(t));
  };
  // the capitalised words from k to the end of the run, two or more, with no connector carrying the name on
  // after them: a person's name, not the rest of a body's
  const holderFrom = (k: number): boolean => {
    let r = k;
    while (r < tokens.length && gap(r) && !covered[r] && (nameLike(tokens[r]) || monthInName(tokens, r))) r++;
    const carried = CONNECTORS.has(tokens[r]?.text ?? '') && (continues(r + 1) || (tokens[r + 1]?.lower === 'the' && continues(r + 2)));
    return r - k >= 2 && !tokens[r]?.cap && !carried;
  };
  // the acronyms the article writes: they tell where a body's name starts
  const written = new Set(tokens.filter((t) => definedAcronym(t.text)).map((t) => t.text));
  /**
   * "the Independent Electoral and Boundaries Commission ... the IEBC": capitalised words and "and" before
   * a name starting at `first` (head `h`) belong to it when the longer name's initials are an acronym the
   * article writes; without that, "and" more often joins two names ("PTI and Election Commission").
   */
  const pairedFirst = (first: number, h: number): number => {
    if (tokens[first - 1]?.lower !== 'and' || !continues(first - 2)) return first;
    let k = first - 2;
    while (k > first - 4 && continues(k - 1) && !tokens[k - 1].poss) k--;
    return written.has(initials(slice(k, h))) ? k : first;
  };
  // "Ceylon Electricity Board Engineers’ Union": a plural possessive right before the head names the members
  const pluralPossessive = (k: number): boolean =>
    tokens[k]?.poss === true &&
    tokens[k].cap &&
    !countries[k] &&
    text[tokens[k].end + 1] !== 's' &&
    tokens[k + 1] !== undefined &&
    isHead(tokens[k + 1]);
  const headOf = (a: number, b: number): string => {
    for (let k = b; k >= a; k--) if (isHead(tokens[k])) return headWord(tokens[k]);
    return '';
  };

  /**
   * Where the words before the bracket at `open` start whose initials spell `letters`, walking back; a
   * connector counts for its own letter only when `connectors` says so.
   */
  const initialsStart = (letters: string, open: number, connectors: boolean): number | undefined => {
    let need = letters.length;
    let first: number | undefined;
    for (let k = open - 1; k >= 0 && need > 0 && (tokens[k].word || tokens[k].text === ',') && !tokens[k + 1].lineBefore; k--) {
      const t = tokens[k];
      const spelt = connectors && need > 1 && !t.cap && CONNECTORS.has(t.lower) && letters[need - 1] === t.text[0].toUpperCase();
      if (t.cap || spelt) {
        const ini = spelt ? letters[need - 1] : initials(t.text);
        if (ini.length > need || letters.slice(need - ini.length, need) !== ini) return undefined;
        need -= ini.length;
        first = k;
      } else if (!ACRONYM_SKIPS.has(lower(t))) return undefined;
    }
    return need > 0 ? undefined : first;
  };

  // a post's words that its initials spell: no body's name starts or ends inside them
  const post: boolean[] = new Array(tokens.length).fill(false);
  // 1. "Full Name (ACR)": walk back from the parenthesis matching the acronym's letters to word initials.
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== '(' || tokens[i + 2].text !== ')' || !definedAcronym(tokens[i + 1].text)) continue;
    const letters = acronymLetters(tokens[i + 1].text);
    // "Water and Power Development Authority (WAPDA)": some acronyms spell their connectors too
    const first = initialsStart(letters, i, false) ?? initialsStart(letters, i, true) ?? -1;
    if (first < 0) continue;
    // "Chief Election Commissioner (CEC)": the initials of a post, not of a body; "Chairman Joint Chiefs of
    // Staff Committee (CJCSC)" is one office, whose last words are no "Staff Committee"
    const role = isRole(tokens[i - 1]);
    const postNamed = !role && namesPost(tokens, first, i);
    if (postNamed) post.fill(true, first, i);
    if (role || postNamed) continue;
    const org = orgNamed(slice(first, i - 1), headOf(first, i - 1));
    alias(org, tokens[i + 1].text);
    mark(org, first, i - 1);
    mark(org, i + 1, i + 1);
  }

  // 1b. "Justice and Development (AK) Party": an acronym bracketed before the head word; the name is the
  // words and the head without it, the acronym with the head its short form ("AK Party")
  for (let i = 1; i + 3 < tokens.length; i++) {
    const head = tokens[i + 3];
    if (
      tokens[i].text !== '(' ||
      tokens[i + 2].text !== ')' ||
      !isAcronym(tokens[i + 1].text) ||
      !head.cap ||
      !isHead(head) ||
      covered[i - 1] ||
      // "Deputy Inspector General (DIG) Police X": the initials of a post, the head word its force
      isRole(tokens[i - 1]) ||
      OFFICIAL_ROLES.has(tokens[i + 1].lower)
    )
      continue;
    // a role word names bodies too ("Justice"); a lower-case connector needs a capital before it
    const named = (k: number) => tokens[k]?.cap && !covered[k] && !NOT_NAMES.has(tokens[k].lower);
    let first = i;
    for (let k = i - 1; k >= 0 && gap(k + 1) && (named(k) || (CONNECTORS.has(tokens[k].text) && named(k - 1))); k--) {
      if (tokens[k].cap) first = k;
    }
    if (first === i) continue;
    const org = orgNamed(`${slice(first, i - 1)} ${head.text}`, head.lower);
    alias(org, `${tokens[i + 1].text} ${head.text}`);
    alias(org, tokens[i + 1].text);
    mark(org, first, i + 3);
  }

  // 2. Capitalised phrases around a head word.
  for (let h = 0; h < tokens.length; h++) {
    if (!tokens[h].cap || covered[h] || post[h] || !isHead(tokens[h])) continue;
    // "Supreme Court Bar Association": the last head of a run of them is the name's head
    for (let k = h + 1; k <= h + 3 && (continues(k) || pluralPossessive(k)); k++) if (isHead(tokens[k])) h = k;
    const t = tokens[h];
    // "Capital City Police Officer" is a post, not a body and a role
    if (ROLE_COMPOUND_HEADS.has(lower(t)) && tokens[h + 1] && isRole(tokens[h + 1])) continue;
    let first = h;
    while (
      first > 0 &&
      gap(first) &&
      tokens[first - 1].cap &&
      (!tokens[first - 1].poss || NAME_POSSESSIVES.has(tokens[first - 1].lower) || pluralPossessive(first - 1)) &&
      !covered[first - 1] &&
      !NOT_NAMES.has(lower(tokens[first - 1])) &&
      // "Former Pakistan Cricket Board chairman": a word of standing qualifies the person, not the body
      !STANDING_WORDS.has(lower(tokens[first - 1])) &&
      !/-\p{Ll}+$/u.test(tokens[first - 1].text) &&
      // a rank goes before a personal name; right before the head word it qualifies the body ("General
      // Directorate"), unless it ends a title ("Inspector General Police")
      // ... and a rank that with the next word names the members: "Vice Chancellors’ Committee"
      (pluralPossessive(first) ||
        ((!isHonorific(tokens[first - 1]) || (first === h && !(first > 1 && isRole(tokens[first - 2])))) &&
          (!isRole(tokens[first - 1]) || pluralPossessive(first - 1))))
    )
      first--;
    first = pairedFirst(first, h);
    let last = h;
    let complement = false;
    // "Election Commission of Pakistan": a country closes the name
    // "Organization of the Islamic Conference": "of the" joins as "of" does
    const the = (k: number) => (tokens[k + 1]?.text === 'of' && tokens[k + 2]?.text === 'the' && gap(k + 2) ? 1 : 0);
    // "Chamber of Commerce & Industry": the ampersand joins as "and" does
    const joins = (k: number) => tokens[k]?.word || tokens[k]?.text === '&';
    // "Federation of Nepalese Chambers of Commerce": a country before another head word (or its plural) does
    // not close it
    const headNext = (k: number) => continues(k + 1) && (isHead(tokens[k + 1]) || ORG_HEADS.has(tokens[k + 1].lower.replace(/s$/, '')));
    const closes = (k: number) => countries[k] !== undefined && !headNext(k);
    // "President of the Court of Appeal Mohamed Lafar Tahir": the body a title is "of" ends before its holder
    // ... or, in South Asian copy, right after it: "President Mohmand Chamber of Commerce X"
    const of = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
    const object = of >= 1 && (tokens[of].lower === 'of' ? isRole(tokens[of - 1]) : of === first - 1 && isRole(tokens[of]));
    // ... not inside a place of two words ("Government of Khyber Pakhtunkhwa X")
    const holderAt = (k: number) => object && holderFrom(k) && !REGIONS.has(`${tokens[k - 1].text} ${tokens[k].text}`);
    while (!tokens[last].poss && !closes(last) && joins(last + 1) && gap(last + 1) && continues(last + 2 + the(last))) {
      const c = tokens[last + 1].text;
      // "Chamber of Commerce and Industry", but not "Foreign Office and Ministry of Defence"
      if (c === 'and' || c === '&' ? !complement : !CONNECTORS.has(c)) break;
      complement = true;
      last += 2 + the(last);
      while (!tokens[last].poss && !closes(last) && continues(last + 1) && !holderAt(last + 1)) last++;
    }
    if (first === last) {
      // a bare head ("Ministry spokesperson") names an organisation given earlier, not a new one; but "the
      // House" in capitals mid-sentence is a chamber's own short name (a house is otherwise no body)
      if (t.text === 'House' && tokens[h - 1]?.text === 'the') mark(orgNamed('House', 'house'), h, h);
      continue;
    }
    const org = orgNamed(slice(first, last), headWord(t));
    mark(org, first, last);
    h = last;
  }

  // 2b. "Supreme Election Council (YSK)": an acronym in brackets right after a body's name is its acronym even
  // when its letters are another language's ("Republican People’s Party (CHP)", "Doctors Without Borders (MSF)")
  const bracketedAcronym = (org: Organization, i: number): boolean => {
    if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')' || !isAcronym(tokens[i + 1].text) || covered[i + 1]) return false;
    alias(org, tokens[i + 1].text);
    mark(org, i + 1, i + 1);
    return true;
  };
  for (let i = 1; i + 2 < tokens.length; i++) {
    const named = covered[i - 1];
    if (named && named.last === i - 1) bracketedAcronym(named.org, i);
  }

  // 3. "Sindh government", "Pakistan’s embassy in Washington"
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t.cap || covered[i] || NOT_NAMES.has(lower(t))) continue;
    // ... a town's council may say it is the city's: "Malé city council"
    const city = next.text === 'city' && tokens[i + 2]?.text === 'council' && gap(i + 2) ? 1 : 0;
    if (PLACE_ADMINISTRATIONS.has(tokens[i + 1 + city].text) && !t.poss) {
      // "the Uttar Pradesh government": the whole place; "the Narendra Modi government" is a person's
      let first = i;
      while (
        first > 0 &&
        first > i - 3 &&
        gap(first) &&
        tokens[first - 1].cap &&
        !covered[first - 1] &&
        !NOT_NAMES.has(tokens[first - 1].lower)
      )
        first--;
      const name = slice(first, i);
      if (!isAcronym(name) && !REGIONS.has(name) && !findCity(name) && !countries[first] && !NATIONAL_BODIES.has(name)) continue;
      mark(orgNamed(slice(first, i + 1 + city), tokens[i + 1 + city].text), first, i + 1 + city);
    } else if ((t.poss || DEMONYMS.has(t.text)) && DIPLOMATIC_MISSIONS.has(next.text) && countryOf(t.text)) {
      // "Pakistan’s embassy in Washington", "the Pakistani embassy in Beijing"
      const country = countryOf(t.text)!;
      const place = tokens[i + 2]?.text === 'in' && continues(i + 3) ? ` in ${tokens[i + 3].text}` : '';
      const name = `${next.text[0].toUpperCase()}${next.text.slice(1)} of ${country}${place}`;
      const org = orgNamed(name, next.text);
      org.country = country;
      mark(org, i, place ? i + 3 : i + 1);
    }
  }

  // 4. Bodies known by name, and acronyms of organisations named in full.
  for (const o of orgs) {
    // "Pakistan Muslim League-Nawaz" is "PML-N"
    const suffix = /(?<=\s\p{Lu}\p{Ll}+)-(\p{Lu})\p{Ll}+$/u.exec(o.name);
    const ini = suffix ? `${initials(o.name.slice(0, suffix.index))}-${suffix[1]}` : initials(o.name);
    if (ini.length >= 2 && o.aliases.length === 0 && !byKey.has(ini.toLowerCase())) alias(o, ini);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !tokens[i].cap) continue;
    let longest = 1;
    while (longest < 4 && tokens[i + longest]?.cap && gap(i + longest) && !covered[i + longest]) longest++;
    for (let n = longest; n >= 1; n--) {
      const name = text.slice(tokens[i].start, tokens[i + n - 1].end);
      const org = byKey.get(name.toLowerCase());
      const found =
        org && (n > 1 || org.name === name || org.aliases.includes(name) || titleCased(name, org))
          ? org
          : INTERNATIONAL_BODIES.has(name) || NATIONAL_BODIES.has(name)
            ? orgNamed(name, KNOWN_PARTIES.has(name) ? 'party' : headOf(i, i + n - 1))
            : undefined;
      if (!found) continue;
      mark(found, i, i + n - 1);
      i += n - 1;
      if (bracketedAcronym(found, i + 1)) i += 3;
      break;
    }
  }

  // 5. Which country each body belongs to.
  for (const o of orgs) {
    if (o.country !== undefined) continue;
    if (
      [o.name, ...o.aliases].some((n) => INTERNATIONAL_BODIES.has(n)) ||
      /^(UN|U\.N\.?|United Nations)\b/.test(o.name) ||
      CONTINENTAL.test(o.name)
    ) {
      o.country = null;
      continue;
    }
    // "Bharatiya Janata Party (BJP)": the acronym the article defines may be the name the lexicon knows, but
    // a name that says its country outranks it: "Australian Associated Press (AAP)" is no Indian party's AAP
    const known = [o.name, ...o.aliases].find((n) => NATIONAL_BODIES.has(n));
    o.country = nameCountry(o.name) ?? (known && NATIONAL_BODIES.get(known));
  }
  for (const s of spans) {
    if (s.org.country !== undefined) continue;
    // "Pakistan's Foreign Office", "the Afghan interim government’s Ministry of Commerce"
    for (let k = s.first - 1; k >= Math.max(0, s.first - 4); k--) {
      const t = tokens[k];
      if (!t.word) break;
      const c = countries[k];
      if (c && (c.length + k === s.first || t.poss || !tokens[k + c.length]?.cap)) {
        s.org.country = c.country;
        break;
      }
      // "Istanbul’s Bilgi University": a city owning the body says where it is
      const town = t.poss && k + 1 === s.first ? findCity(t.text) : undefined;
      if (town && town.population >= NAMING_TOWN) {
        s.org.country = town.country;
        break;
      }
    }
  }

  spans.sort((a, b) => a.first - b.first);
  // mentionsBefore[i]: how many mentions start before token i
  const mentionsBefore = new Array<number>(tokens.length + 1).fill(0);
  for (const sp of spans) mentionsBefore[sp.first + 1]++;
  for (let k = 1; k <= tokens.length; k++) mentionsBefore[k] += mentionsBefore[k - 1];
  return {
    orgs,
    at: (i) => covered[i],
    before: (i, heads) => {
      for (let k = mentionsBefore[i] - 1; k >= 0; k--) if (!heads || heads.has(spans[k].org.head)) return spans[k].org;
      return undefined;
    },
    byName: (name) => byKey.get(name.toLowerCase()),
  };
}

/** "Election Commission of Pakistan", "Pakistan Cricket Board", "Karachi Chamber of Commerce". */
export function nameCountry(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      // "County Durham and Darlington NHS Foundation Trust": a national body's acronym inside says whose
      const part = words.slice(i, i + n).join(' ');
      const c = countryOf(part) ?? (isAcronym(part) ? NATIONAL_BODIES.get(part) : undefined);
      if (c) return c;
    }
  }
  // "Karachi Chamber of Commerce", "Anjuman-e-Tajiran Lahore" (not "Union", "Council": towns somewhere too;
  // nor "Bilgi University": a village of that name somewhere says nothing)
  const town = (w: string) => {
    const place = ORG_HEADS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) ? undefined : findCity(w);
    return place && place.population >= NAMING_TOWN ? place : undefined;
  };
  // "Ontario Health", "Sindh Police": a province or state opening the name says whose, before a town
  const region = REGIONS.get(words.slice(0, 2).join(' ')) ?? REGIONS.get(words[0]);
  return region ?? (town(words[0]) ?? town(words[words.length - 1]))?.country;
}
