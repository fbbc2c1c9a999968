// Sieve: a person named in the phrase, by full name, title and name, "Mr Khan" or a surname.
import type { Sieve } from './sieve.js';
import { stripHonorifics } from './names.js';

export const namedPerson: Sieve = (np, ctx) => {
  const person = ctx.personIn(np) ?? ctx.personNamed(stripHonorifics(ctx.slice(np)));
  if (!person) return null;
  return { speaker: { kind: 'person', name: person.name, mention: ctx.slice(np) }, confidence: 0.95, person };
};
