// Sieve: "the IGP said", "the DG added": an acronym no body goes by is the initials of a title
// (Inspector General of Police, Director General): the person holding it, the latest heard from first;
// an unnamed holder when the article names none and the acronym is a title's ("the IGP", "the CM"). A body's
// acronym may stand before it ("the IHC CJ"), as a body's name does before a role noun ("the IHC chief
// justice"): it says whose title it is.
import { DEMONYMS } from '../lexicons/demonyms.js';
import { BODY_ROLES } from '../lexicons/role-nouns.js';
import { OFFICIAL_ROLES } from '../lexicons/titles.js';
import type { AttributionContext, KnownPerson } from './context.js';
import { type Sieve, withoutRegion } from './sieve.js';

// an optional word after the acronym: the force or the holder's surname ("IG Police", "CJ Minallah")
const TITLE_ACRONYM = /^(?:[Tt]he\s+)?(?:(\p{Lu}{2,6}|\p{Lu}\p{Ll}+)\s+)?(\p{Lu}{2,6})(?:\s+(\p{Lu}\p{Ll}+))?$/u;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'to', 'in']);

/** "Khyber Pakhtunkhwa Inspector General of Police (IGP)" -> "KPIGP": the acronym in brackets spells the words before it. */
const initials = (title: string): string =>
  title
    .replace(/\s*\([^)]*\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');

/**
 * How the article titles a person, each way it may be read: the title found, the body's name before it (an
 * entity finder may split "Capital City Police Officer" into body and title), and the capitalised words
 * written right before the name ("Azad Jammu Kashmir Prime Minister X").
 */
function titlings(p: KnownPerson, ctx: AttributionContext): string[] {
  if (p.title === null) return [];
  const written = p.mentions.map((m) => WRITTEN_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 80), m.start))?.[0] ?? '');
  return [p.title, `${p.organization ?? ''} ${p.title}`, ...written].filter((t) => t.trim() !== '');
}
const WRITTEN_BEFORE = /(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and)\s+)?)+$/u;

/**
 * "Chief Justice X ... the CJI said": a national office's acronym may add its country's initial, which the title
 * before the name leaves out (Chief Justice of India, of Pakistan); "Punjab IGP" and "Additional Advocate
 * General Punjab" both hold theirs: a place may stand either side.
 */
const spells = (title: string, acronym: string): boolean => {
  const t = initials(title);
  return t.endsWith(acronym) || t.startsWith(acronym) || (t.length >= 2 && acronym.length === t.length + 1 && acronym.startsWith(t));
};

/**
 * "CJ Minallah" for Chief Justice Athar Minullah: South Asian names are written in English with their vowels
 * varying, so a surname with the same consonants, after the holder's own title acronym, is the holder's. South
 * Asian copy also writes a title's initials before the holder's given name ("CM Maryam", "PM Shehbaz", "DCP
 * Manoj" for Manoj C, whose family name is an initial).
 */
const sameName = (written: string, p: KnownPerson): boolean => {
  const surname = p.parts[p.parts.length - 1];
  const consonants = (w: string) => w.replace(/[aeiouy]/g, '');
  const word = written.toLowerCase();
  return (
    word === surname ||
    (p.parts.length > 1 && word === p.parts[0]) ||
    (word.length >= 5 && word[0] === surname[0] && consonants(word) === consonants(surname))
  );
};

export const titleAcronym: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const m = TITLE_ACRONYM.exec(withoutRegion(mention));
  if (!m) return null;
  // "the DG PDMA", "DG ISPR": a title's acronym before a body's, as in the holder's own title ("DG ISPR X")
  const after = OFFICIAL_ROLES.has(m[1]?.toLowerCase()) && !OFFICIAL_ROLES.has(m[2].toLowerCase());
  const [body, acronym] = after ? [null, m[1]] : [m[1], m[2]];
  // "IG Police": the force after the acronym says where the title is held; any other word is the holder's name
  const force = m[3] !== undefined && BODY_ROLES.has(m[3].toLowerCase());
  const surname = m[3] !== undefined && !force ? m[3] : null;
  // "the Indian PM": a nationality places the title as a body does
  const country = body && DEMONYMS.get(body);
  if (ctx.bodyNamed(acronym)) return null;
  // "the AJK PM": initials of no body the article names may still spell, with the title's, the words before a
  // holder's name ("Azad Jammu Kashmir Prime Minister X")
  const placed = !body || ctx.bodyNamed(body) !== null || country !== undefined;
  const holds = (p: KnownPerson | null): p is KnownPerson =>
    p !== null &&
    titlings(p, ctx).some((t) => spells(t, acronym) && (placed || initials(t).endsWith(body + acronym))) &&
    !(country && p.country && p.country !== country) &&
    (surname === null || sameName(surname, p));
  const person =
    ctx.recall(np.start, (r) => holds(r.person))?.person ??
    ctx.people.filter((p) => holds(p) && p.mentions.some((x) => x.start < np.start)).pop();
  if (person) return { speaker: { kind: 'person', name: person.name, mention }, confidence: 0.75, person };
  const unnamed = placed && surname === null && OFFICIAL_ROLES.has(acronym.toLowerCase());
  return unnamed ? { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.5 } : null;
};
