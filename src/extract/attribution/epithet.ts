// Sieve: "the New Zealander", "the Pakistani", "the 34-year-old", "the California Republican": an epithet of
// nationality, age or party membership points back to the last person heard from, as a pronoun does; it names
// no one new (with no one before, the source is unnamed).
import { DEMONYMS, NATIONALITY_NOUNS } from '../lexicons/demonyms.js';
import { PARTY_NAMES } from '../lexicons/organizations.js';
import { beforeRelative, type Sieve } from './sieve.js';

// (an age however hyphenated: "the 30-year old", "the 30 year old")
const EPITHET = /^[Tt]he\s+(?:(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)|\d{1,3}[-\s]year[-\s]old)$/u;

export const epithet: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  // "said the 30-year-old who declined to give his surname": the relative clause describes the one meant
  const m = EPITHET.exec(ctx.slice(beforeRelative(np, ctx.text)));
  if (!m || (m[1] !== undefined && !DEMONYMS.has(m[1]) && !NATIONALITY_NOUNS.has(m[1]) && !member(m[1]))) return null;
  // (one the entity finder did not list counts: "said Mohammad, a taxi driver" ... "said the 30-year-old")
  const found = ctx.recall(np.start, (r) => r.speaker.kind === 'person' && !r.plural);
  // with no one named before, it describes someone the article never names
  if (!found) return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.5 };
  return { speaker: { ...found.speaker, mention }, confidence: 0.7, person: found.person };
};

/** "Republican", "the California Republican": one member of a party the press names by its members, a person. */
const member = (words: string): boolean => PARTY_NAMES.has(words.split(' ').at(-1)!);
