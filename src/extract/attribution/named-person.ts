// Sieve: a person named in the phrase, by full name, title and name, "Mr Khan" or a surname.
import type { Sieve } from './sieve.js';
import { stripHonorifics } from './names.js';
import { BODY_WORD } from './organization.js';

export const namedPerson: Sieve = (np, ctx) => {
  let person = ctx.personIn(np) ?? ctx.personNamed(stripHonorifics(ctx.slice(np)));
  // guard against entity-finder slips: a "person" named like a company, a lone surname listed apart from its full name
  if (!person || BODY_WORD.test(person.name)) return null;
  if (person.parts.length === 1) person = ctx.fullerPerson(person) ?? person;
  return { speaker: { kind: 'person', name: person.name, mention: ctx.slice(np) }, confidence: 0.95, person };
};
