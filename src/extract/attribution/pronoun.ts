// Sieve: "he", "she", "they", "it" point back to the latest compatible source; a pronoun for an
// unnamed source stays anonymous.
import { SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import type { Recalled } from './context.js';
import type { Sieve } from './sieve.js';

export const pronoun: Sieve = (np, ctx) => {
  const word = ctx.slice(np).toLowerCase();
  const kind = SPEAKER_PRONOUNS.get(word);
  if (!kind) return null;
  const compatible = (r: Recalled): boolean => {
    if (kind === 'plural') return r.plural || r.speaker.kind === 'organization';
    if (kind === 'neuter') return r.speaker.kind === 'organization';
    if (r.plural || r.speaker.kind === 'organization') return false;
    return !r.person?.gender || r.person.gender === kind;
  };
  const found = ctx.recall(np.start, compatible);
  if (!found) return null;
  if (found.person && (kind === 'masculine' || kind === 'feminine')) found.person.gender = kind;
  // the mention is the pronoun at the quote; the name is the one it points back to
  return { speaker: { ...found.speaker, mention: ctx.slice(np) }, confidence: 0.75, plural: found.plural, person: found.person };
};
