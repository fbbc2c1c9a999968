// Telling a personal name inside a capitalised phrase, for people the entity finder did not list.
import { findCountry } from '../dateline/gazetteer.js';
import { HONORIFICS, OFFICIAL_HONORIFICS, RETIRED, STYLE_ABBREVIATIONS } from '../lexicons/honorifics.js';
import { COMPOUND_BRAND, NOT_NAMES } from '../lexicons/not-names.js';
import { ORG_HEADS } from '../lexicons/organizations.js';
import { ARTICLES } from '../lexicons/articles.js';
import { NAME_SUFFIXES, PARTICLES } from '../lexicons/particles.js';
import { BODY_ROLES, PERSON_ROLES } from '../lexicons/role-nouns.js';
import { TITLE_WORDS } from '../lexicons/titles.js';

const bare = (w: string): string => w.replace(/^\(|[.)]+$/g, '').toLowerCase();
const isHonorific = (w: string): boolean =>
  HONORIFICS.has(bare(w)) ||
  STYLE_ABBREVIATIONS.test(w.replace(/\.$/, '')) ||
  OFFICIAL_HONORIFICS.has(bare(w)) ||
  (/^\(.*\)$/.test(w) && RETIRED.has(bare(w)));

/** "Mr Soomro" -> "Soomro", "Maj Gen (retd) Rana" -> "Rana". Keeps a lone word whatever it is. */
export function stripHonorifics(s: string): string {
  const words = s.split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length && isHonorific(words[first])) first++;
  return first < words.length ? words.slice(first).join(' ') : s;
}

/** Capitalised words that head or qualify titles, bodies or clauses, or brand one: never part of a personal name. */
const notName = (w: string): boolean => {
  const lower = w.toLowerCase();
  return (
    NOT_NAMES.has(lower) ||
    TITLE_WORDS.has(lower) ||
    ORG_HEADS.has(lower) ||
    PERSON_ROLES.has(lower) ||
    BODY_ROLES.has(lower) ||
    findCountry(w) !== undefined ||
    COMPOUND_BRAND.test(w)
  );
};

/** The personal name at the end of a capitalised phrase: "PCB Chairman Zubair Hassan Qureshi" -> "Zubair Hassan Qureshi". */
export function trailingName(phrase: string): string | null {
  const ws = phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const name: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i].replace(/[,.;:]+$/, '');
    const capital = /^\p{Lu}\p{Ll}/u.test(w);
    if (!(capital || (PARTICLES.has(w) && name.length > 0))) break;
    const suffix = name.length === 0 && NAME_SUFFIXES.has(w.toLowerCase());
    if ((notName(w) && !suffix) || /['’]s$/.test(w)) break;
    name.unshift(w);
  }
  // a personal name is rarely longer than three words (plus "van der"); longer runs carry a title
  while (name.filter((w) => !PARTICLES.has(w)).length > 3) name.shift();
  while (name.length && PARTICLES.has(name[0])) name.shift();
  // "the spirit of the Constitution", "The Daily Caller": a personal name takes no article
  const before = ws[ws.length - name.length - 1];
  if (name.length && !isHonorific(name[0]) && before && ARTICLES.has(before.toLowerCase())) return null;
  const joined = stripHonorifics(name.join(' '));
  return joined ? joined : null;
}
