// Sieve (last): a capitalised name the entity finder did not list is taken as a person.
import type { Sieve } from './sieve.js';
import { trailingName } from './names.js';

export const fallbackName: Sieve = (np, ctx) => {
  const name = trailingName(ctx.slice(np));
  if (!name) return null;
  const person = ctx.personNamed(name) ?? (name.includes(' ') ? ctx.addPerson(name, np) : null);
  if (!person) return { speaker: { kind: 'person', name, mention: ctx.slice(np) }, confidence: 0.4 };
  return { speaker: { kind: 'person', name: person.name, mention: ctx.slice(np) }, confidence: 0.55, person };
};
