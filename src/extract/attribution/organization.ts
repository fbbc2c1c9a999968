// Sieve: a body speaking as a whole: "the Foreign Office", "The United States", "Pakistan's
// embassy in Washington", "the Inter-Services Public Relations (ISPR)".
import { findCountry } from '../dateline/gazetteer.js';
import { companyCalled } from '../entities/company.js';
import { HONORIFICS } from '../lexicons/honorifics.js';
import { BODY_EPITHETS } from '../lexicons/organizations.js';
import { PLACE_BODY_NOUNS } from '../lexicons/places.js';
import { REGIONS } from '../lexicons/regions.js';
import { BODY_ROLES, COMPANY_WORDS } from '../lexicons/role-nouns.js';
import { OFFICIAL_ROLES } from '../lexicons/titles.js';
import type { Span } from '../text/segment.js';
import type { AttributionContext, KnownBody } from './context.js';
import { ACRONYM, bigCity, headOf, lowerWords, type Sieve } from './sieve.js';

export const BODY_WORD = new RegExp(`\\b(?:${[...BODY_ROLES, ...COMPANY_WORDS].join('|')})\\b`, 'i');
const COUNTRY_LIKE =
  /^(?:the\s+)?(?:united states|united kingdom|united nations|european union|china|india|iran|afghanistan|pakistan|russia|japan|turkey|türkiye|saudi arabia|qatar|washington|beijing|moscow|kabul|tehran|new delhi|islamabad|london)$/i;

/** The body's name as the article gives it, without article, acronym in brackets or descriptive prefix. */
export function bodyName(mention: string): string {
  const epithet = BODY_EPITHETS.get(
    mention
      .replace(/^the\s+/i, '')
      .replace(/’/g, "'")
      .toLowerCase(),
  );
  if (epithet) return epithet;
  let name = mention
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^the\s+/i, '')
    .trim();
  const possessive = /^.*['’]\s?s\s+(?=\p{Lu})/u.exec(name);
  if (possessive) name = name.slice(possessive[0].length);
  name = name.replace(/^(?:[\p{L}-]+-(?:run|led|backed|based|owned|controlled)\s+)+/u, '');
  name = name.replace(/^(?:as|by|from|with|and)\s+(?:the\s+)?/i, '');
  // "UN refugee agency UNHCR": a description before the acronym
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length > 1 && ACRONYM.test(last) && words.some((w) => /^\p{Ll}/u.test(w))) return last;
  return capitalisedRun(words) ?? name;
}

const TRAILING_JUNK = /^(?:in|of|at|on|for|and|to|with|as|who|which|that|after|before|over|during|from|by)$/;

// "Finance Ministry in its monthly outlook" -> "Finance Ministry"; "Union of Journalists" keeps its "of".
function capitalisedRun(words: string[]): string | null {
  const first = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (first < 0) return null;
  let end = first + 1;
  while (end < words.length) {
    if (/^\p{Lu}/u.test(words[end])) end++;
    else if (/^(?:of|and|for|on|to|the|&)$/.test(words[end]) && /^\p{Lu}/u.test(words[end + 1] ?? '')) end += 2;
    else break;
  }
  // cut only trailing junk that opens with a preposition or conjunction; "India's foreign ministry" stays whole
  if (first > 0 || end === words.length || !TRAILING_JUNK.test(words[end])) return null;
  return words.slice(first, end).join(' ');
}

// "The Congress", "the Joint Chiefs of Staff", "The Campaign to Protect Rural England": a personal name takes no
// article, so "the" before a run of capitalised words names a body, unless the run is a title ("the Prime Minister")
const THE_PROPER = /^[Tt]he\s+\p{Lu}[\p{L}.&-]*(?:(?:\s+(?:of|and|for|on|to|the))*\s+\p{Lu}[\p{L}.&-]*)*$/u;
const titleHead = (head: string): boolean => OFFICIAL_ROLES.has(head) || HONORIFICS.has(head);
// "VOA Pashto", "PML-N Punjab": a body's acronym and one capitalised word is its desk or chapter; a person is
// not named by one word after initials unless they are a title's ("CM Maryam", which is a role's acronym)
const ACRONYM_AND_WORD = new RegExp(`^(${ACRONYM.source.slice(1, -1)})\\s+\\p{Lu}\\p{Ll}+$`, 'u');
const bodyDesk = (bare: string): boolean => {
  const words = ACRONYM_AND_WORD.exec(bare);
  return words !== null && !titleHead(words[1].toLowerCase()) && !titleHead(headOf(lowerWords(bare)));
};

/**
 * An acronym after a description in lower case: "State broadcaster RTVE", "the ruling PML-N". An office
 * written as an acronym ("the district DPO") is a person's.
 */
function describedAcronym(bare: string): boolean {
  const words = bare.split(/\s+/);
  const last = words[words.length - 1];
  return words.length > 1 && ACRONYM.test(last) && !OFFICIAL_ROLES.has(last.toLowerCase()) && words.some((w) => /^\p{Ll}/u.test(w));
}

/**
 * Names a body rather than a person: a body word (Office, Fund, ministry), an acronym, a country ("North Korea
 * said") or a province, a proper name after "the".
 */
export function looksLikeBody(mention: string): boolean {
  const head = headOf(lowerWords(mention));
  const bare = mention
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^the\s+/i, '')
    .trim();
  return (
    BODY_WORD.test(head) ||
    (BODY_WORD.test(bare) && /^\p{Lu}/u.test(bare)) ||
    ACRONYM.test(bare) ||
    describedAcronym(bare) ||
    COUNTRY_LIKE.test(bare) ||
    findCountry(bare) !== undefined ||
    // "Ontario says", "Punjab said": a province or state speaks through its government, as a country does
    REGIONS.has(bare) ||
    bodyDesk(bare) ||
    (THE_PROPER.test(mention.trim()) && !titleHead(head))
  );
}

// "The spokesman of the Foreign Office", "Spokesperson Ministry of Finance": the body's spokesperson speaks,
// not the body (GUIDELINES): the one named before, else an unnamed one, as "the spokesman" alone would be
const SPOKESPERSON_OF = /^(?:the\s+|a\s+|an\s+)?(?:official\s+)?spokes(?:person|man|woman)(?=\s)/i;

/** A body the entity finder listed, named at the end of the phrase, or a company by its distinctive word. */
export const knownBody: Sieve = (np, ctx, resolve) => {
  const mention = ctx.slice(np);
  const body = firstConjunct(np, ctx) ?? ctx.bodyIn(np) ?? companyCalled(mention, ctx.bodies) ?? bodyCalled(mention, ctx);
  if (!body) return null;
  const spokesperson = SPOKESPERSON_OF.exec(mention);
  if (spokesperson) return resolve({ start: np.start, end: np.start + spokesperson[0].length });
  return { speaker: { kind: 'organization', name: body.name, mention }, confidence: 0.9 };
};

/**
 * "Xinhua" after "the Xinhua News Agency": a body called by its distinctive word once named in full, as a firm is
 * ("Nimbra" after "Nimbra Systems"), where the rest of its name is words any body of its kind has ("News Agency",
 * "Press Trust"); not a place, which names a country's or a city's bodies alike ("Punjab" of "Punjab Police").
 */
function bodyCalled(word: string, ctx: AttributionContext): KnownBody | undefined {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(word) || findCountry(word) !== undefined || REGIONS.has(word) || bigCity(word)) return undefined;
  const fits = ctx.bodies.filter(
    (b) => b.name.startsWith(`${word} `) && lowerWords(b.name.slice(word.length)).every((w) => BODY_WORD.test(w)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Victoria Police and the Australian Federal Police (AFP) said": joint speakers are credited to the first named,
 * bodies as people; the body named at the phrase's start when "and" follows it.
 */
function firstConjunct(np: Span, ctx: AttributionContext): KnownBody | null {
  const opening = (m: Span) => m.start >= np.start && m.end < np.end && /^(?:the\s+)?$/i.test(ctx.text.slice(np.start, m.start));
  return ctx.bodies.find((b) => b.mentions.some((m) => opening(m) && AND_NEXT.test(ctx.text.slice(m.end, np.end)))) ?? null;
}
const AND_NEXT = /^(?:\s*\([^)]*\))?,?\s+and\s/;

// "SM Mannan, acting president of the BGMEA": an apposition naming an office makes the phrase its holder
const OFFICE_APPOSITION = /^,\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:of|at|for)\s/iu;
const holdsOffice = (np: Span, ctx: AttributionContext): boolean => {
  const office = OFFICE_APPOSITION.exec(ctx.text.slice(np.end, np.end + APPOSITION_REACH))?.[1];
  return office !== undefined && OFFICIAL_ROLES.has(office.toLowerCase()) && !BODY_WORD.test(ctx.slice(np));
};
const APPOSITION_REACH = 60;
const LONE_NOUN = /^\p{Lu}\p{Ll}+$/u;

/**
 * "the Roads, Transport and Public Works committee": a body named by a list of portfolios, whose first ones the
 * finder's phrase lost at a comma. The list's words before the phrase, after "the"; none when the phrase does not
 * go on with the list's "and".
 */
function listOpening(np: Span, ctx: AttributionContext): string {
  if (!LIST_END.test(ctx.slice(np))) return '';
  return LIST_START.exec(ctx.text.slice(Math.max(0, np.start - LIST_REACH), np.start))?.[1] ?? '';
}
const LIST_START = /\bthe\s+((?:\p{Lu}[\p{L}-]*,\s+)+)$/u;
const LIST_END = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:and|&)\s+\p{Lu}/u;
const LIST_REACH = 60;

/**
 * "Transparency International UK", "Save the Children UK": an international body's national chapter is named by
 * the body's name and its country's, which no person's name is.
 */
function nationalChapter(mention: string, ctx: AttributionContext): boolean {
  const m = /^(?:the\s+)?(.+)\s+(\S+)$/i.exec(mention);
  return m !== null && findCountry(m[2]) !== undefined && ctx.bodyNamed(m[1]) !== null;
}

export const organization: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  if (!(looksLikeBody(mention) || nationalChapter(mention, ctx)) || holdsOffice(np, ctx)) return null;
  const name = listOpening(np, ctx) + bodyName(mention);
  // "Court while hearing the case ordered": agency copy drops the article before a body's noun as before a
  // title, so the noun alone is "the court", the body of that kind named last
  const lone = LONE_NOUN.test(mention) && BODY_ROLES.has(mention.toLowerCase());
  const known = ctx.bodyNamed(name) ?? (lone ? ctx.bodyOfKind(mention.toLowerCase(), np.start) : null);
  return { speaker: { kind: 'organization', name: known?.name ?? name, mention }, confidence: 0.8 };
};

/**
 * "the city said in a statement", "The province says": a place's government speaking as a body (GUIDELINES: a body
 * speaking as a whole), the place of that kind named last before it; the noun itself when the article names none.
 */
export const placeBody: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const noun = /^[Tt]he\s+(\p{Ll}+)$/u.exec(mention)?.[1];
  if (noun === undefined || !PLACE_BODY_NOUNS.has(noun)) return null;
  const isPlace = noun === 'province' ? (w: string) => REGIONS.has(w) : bigCity;
  const place = [...ctx.text.slice(0, np.start).matchAll(PROPER_WORDS)].map((m) => m[0]).findLast(isPlace);
  return { speaker: { kind: 'organization', name: place ?? noun, mention }, confidence: 0.6 };
};
const PROPER_WORDS = /\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/gu;
