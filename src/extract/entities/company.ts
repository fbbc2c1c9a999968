// A company called by its distinctive word once named in full: "Nimbra" after "Nimbra Systems".
import { findCountry } from '../dateline/gazetteer.js';
import { ORG_KINDS } from '../lexicons/organizations.js';

/** What a firm's name ends in, its product or legal form: the words of the kind "company". */
const FIRM_WORDS = ORG_KINDS.get('company')!;
const designator = (w: string) => FIRM_WORDS.has(w.replace(/\.$/, '').toLowerCase());

/** The one listed body whose name is this word and words of a firm ("Systems", "Inc.", "Cement"), if exactly one. */
export function companyCalled<T extends { name: string }>(word: string, bodies: readonly T[]): T | undefined {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(word) || findCountry(word) !== undefined) return undefined;
  const fits = bodies.filter(
    (b) =>
      b.name.startsWith(`${word} `) &&
      b.name
        .slice(word.length + 1)
        .split(/\s+/)
        .every(designator),
  );
  return fits.length === 1 ? fits[0] : undefined;
}
