// Sieve: "the IGP said", "the DG added": an acronym no body goes by is the initials of a title
// (Inspector General of Police, Director General): the person holding it, the latest heard from first;
// an unnamed holder when the article names none and the acronym is a title's ("the IGP", "the CM"). A body's
// acronym may stand before it ("the IHC CJ"), as a body's name does before a role noun ("the IHC chief
// justice"): it says whose title it is.
import { DEMONYMS } from '../lexicons/demonyms.js';
import { OFFICIAL_ROLES } from '../lexicons/titles.js';
import type { KnownPerson } from './context.js';
import { type Sieve, withoutRegion } from './sieve.js';

const TITLE_ACRONYM = /^(?:[Tt]he\s+)?(?:(\p{Lu}{2,6}|\p{Lu}\p{Ll}+)\s+)?(\p{Lu}{2,6})$/u;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'to', 'in']);

/** "Khyber Pakhtunkhwa Inspector General of Police (IGP)" -> "KPIGP": the acronym in brackets spells the words before it. */
const initials = (title: string): string =>
  title
    .replace(/\s*\([^)]*\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');

export const titleAcronym: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const m = TITLE_ACRONYM.exec(withoutRegion(mention));
  if (!m) return null;
  // "the DG PDMA", "DG ISPR": a title's acronym before a body's, as in the holder's own title ("DG ISPR X")
  const after = OFFICIAL_ROLES.has(m[1]?.toLowerCase()) && !OFFICIAL_ROLES.has(m[2].toLowerCase());
  const [body, acronym] = after ? [null, m[1]] : [m[1], m[2]];
  // "the Indian PM": a nationality places the title as a body does
  const country = body && DEMONYMS.get(body);
  if (ctx.bodyNamed(acronym) || (body && !ctx.bodyNamed(body) && !country)) return null;
  // "Punjab IGP" and "Additional Advocate General Punjab" both hold theirs: a place may stand either side
  // "Chief Justice X ... the CJI said": a national office's acronym may add its country's initial, which the
  // title before the name leaves out (Chief Justice of India, of Pakistan)
  const spells = (title: string): boolean => {
    const t = initials(title);
    return t.endsWith(acronym) || t.startsWith(acronym) || (t.length >= 2 && acronym.length === t.length + 1 && acronym.startsWith(t));
  };
  const holds = (p: KnownPerson | null): p is KnownPerson =>
    p !== null && p.title !== null && spells(p.title) && !(country && p.country && p.country !== country);
  const person =
    ctx.recall(np.start, (r) => holds(r.person))?.person ??
    ctx.people.filter((p) => holds(p) && p.mentions.some((x) => x.start < np.start)).pop();
  if (person) return { speaker: { kind: 'person', name: person.name, mention }, confidence: 0.75, person };
  return OFFICIAL_ROLES.has(acronym.toLowerCase()) ? { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.5 } : null;
};
