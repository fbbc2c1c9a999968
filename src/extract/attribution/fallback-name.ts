// Sieves for capitalised names the entity finder did not list: a phrase ending in a name of two or
// more words is a person (before the organisation sieve); any name left at the end is one too.
import type { Span } from '../text/segment.js';
import type { AttributionContext, Resolution } from './context.js';
import { beforeRelative, type Sieve } from './sieve.js';
import { trailingName } from './names.js';
import { BODY_WORD, looksLikeBody } from './organization.js';
import { HONORIFICS } from '../lexicons/honorifics.js';
import { PLACE_PREPOSITIONS } from '../lexicons/places.js';
import { REGIONS } from '../lexicons/regions.js';
import { OFFICIAL_ROLES, TITLE_WORDS } from '../lexicons/titles.js';

/**
 * The name a phrase's head holds: "X of People Before Profit" is X, the name after "of" in its complement;
 * one after a place's preposition ("Our reporter in Lagos", "a decrease in Chenab") is a place, no one's.
 * A title before its portfolio holds no name ("Minister of State for Finance X"), so the whole phrase's then.
 */
function headName(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && (COMPLEMENT.has(w) || PLACE_PREPOSITIONS.has(w)));
  const head = at > 0 ? trailingName(words.slice(0, at).join(' ')) : null;
  // one capital opening a sentence may be any noun ("Rumours of a rift ... said")
  if (head?.includes(' ')) return head;
  const name = trailingName(phrase);
  const before = name === null ? undefined : words[words.length - name.split(' ').length - 1];
  return before !== undefined && PLACE_PREPOSITIONS.has(before) ? null : name;
}

const COMPLEMENT = new Set(['of', 'for', 'to']);

function asPerson(np: Span, ctx: AttributionContext, minWords: number): Resolution | null {
  const name = headName(ctx.slice(beforeRelative(np, ctx.text)));
  // a province is no one's name ("IG Punjab said" when no one holds the title), nor a style ("His Highness")
  if (!name || name.split(' ').length < minWords || REGIONS.has(name) || HONORIFICS.has(name.toLowerCase())) return null;
  const person = ctx.personNamed(name) ?? (name.includes(' ') ? ctx.addPerson(name, np) : null);
  if (!person) return { speaker: { kind: 'person', name, mention: ctx.slice(np) }, confidence: 0.4 };
  return { speaker: { kind: 'person', name: person.name, mention: ctx.slice(np) }, confidence: 0.55, person };
}

/**
 * "Foreign Office Spokesperson Dr Muhammad Faisal": a body word in the phrase, but the name after an
 * honorific or a role is the one speaking for it.
 */
function titledName(phrase: string): boolean {
  const name = trailingName(phrase);
  if (!name || name.split(' ').some((w) => TITLE_WORDS.has(w.toLowerCase()) || BODY_WORD.test(w))) return false;
  const before = phrase.slice(0, phrase.lastIndexOf(name)).trim().split(/\s+/);
  const word = before[before.length - 1].replace(/\.$/, '').toLowerCase();
  return HONORIFICS.has(word) || OFFICIAL_ROLES.has(word);
}

const personal = (phrase: string): boolean => !looksLikeBody(phrase) || titledName(phrase);

export const personalName: Sieve = (np, ctx) => (personal(ctx.slice(np)) ? asPerson(np, ctx, 2) : null);

/** The name of two or more words a source phrase ends in, when it names no one the entity finder listed. */
export function unlistedName(np: Span, ctx: AttributionContext): string | null {
  const name = personal(ctx.slice(np)) ? trailingName(ctx.slice(np)) : null;
  return name?.includes(' ') && !ctx.personIn(np) && !ctx.personNamed(name) ? name : null;
}
export const fallbackName: Sieve = (np, ctx) => asPerson(np, ctx, 1);
