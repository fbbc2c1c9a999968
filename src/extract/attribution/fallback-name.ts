// Sieves for capitalised names the entity finder did not list: a phrase ending in a name of two or
// more words is a person (before the organisation sieve); any name left at the end is one too.
import type { Span } from '../text/segment.js';
import type { AttributionContext, Resolution } from './context.js';
import type { Sieve } from './sieve.js';
import { trailingName } from './names.js';
import { looksLikeBody } from './organization.js';

function asPerson(np: Span, ctx: AttributionContext, minWords: number): Resolution | null {
  const name = trailingName(ctx.slice(np));
  if (!name || name.split(' ').length < minWords) return null;
  const person = ctx.personNamed(name) ?? (name.includes(' ') ? ctx.addPerson(name, np) : null);
  if (!person) return { speaker: { kind: 'person', name, mention: ctx.slice(np) }, confidence: 0.4 };
  return { speaker: { kind: 'person', name: person.name, mention: ctx.slice(np) }, confidence: 0.55, person };
}

export const personalName: Sieve = (np, ctx) => (looksLikeBody(ctx.slice(np)) ? null : asPerson(np, ctx, 2));
export const fallbackName: Sieve = (np, ctx) => asPerson(np, ctx, 1);
