// Sieve: "the IGP said", "the DG added": an acronym no body goes by is the initials of a title
// (Inspector General of Police, Director General): the person holding it, the latest heard from first.
import type { KnownPerson } from './context.js';
import type { Sieve } from './sieve.js';

const TITLE_ACRONYM = /^(?:the\s+)?(\p{Lu}{2,6})$/u;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'to', 'in']);

/** "Khyber Pakhtunkhwa Inspector General of Police" -> "KPIGP". */
const initials = (title: string): string =>
  title.split(/[\s-]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');

export const titleAcronym: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const m = TITLE_ACRONYM.exec(mention);
  if (!m || ctx.bodyNamed(m[1])) return null;
  const holds = (p: KnownPerson | null): p is KnownPerson => p !== null && p.title !== null && initials(p.title).endsWith(m[1]);
  const person = ctx.recall(np.start, (r) => holds(r.person))?.person ??
    ctx.people.filter((p) => holds(p) && p.mentions.some((x) => x.start < np.start)).pop();
  return person ? { speaker: { kind: 'person', name: person.name, mention }, confidence: 0.75, person } : null;
};
