// Sieve: unnamed sources: "one diplomat", "officials", "a senior official who requested anonymity",
// "the official" (pointing back to one), "one of them".
import { ANONYMITY, INDEFINITE, SOURCE_NOUNS } from '../lexicons/anonymous-sources.js';
import { PERSON_ROLES } from '../lexicons/role-nouns.js';
import { headOf, lowerWords, type Sieve } from './sieve.js';

const AGENT_PLURAL = /^[a-z]{3,}(?:ers|ors|ists|ants|ents|ians|ees|ives|ics|ars)$/;

export const anonymous: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const ws = lowerWords(mention);
  if (ws.length === 0) return null;
  const head = headOf(ws);
  const plural = head.endsWith('s') || ws[0] === 'two' || ws[0] === 'several' || ws.join(' ').startsWith('one of them');
  const anon = (confidence: number) => ({ speaker: { kind: 'anonymous' as const, name: null, mention }, confidence, plural: plural && ws[0] !== 'one' });
  if (ANONYMITY.test(mention)) return anon(0.9);
  if (INDEFINITE.has(ws[0])) return anon(0.85);
  // a bare plural agent noun, capitalised only because it opens the sentence: "Headteachers", "Economists at Goldman Sachs"
  if (ws[0] === head && AGENT_PLURAL.test(head) && !/\s\p{Lu}/u.test(mention.split(/\s+(?:at|of|in|from|with|for)\s/)[0])) return anon(0.75);
  if (SOURCE_NOUNS.has(head)) {
    if (ws[0] === 'the' && PERSON_ROLES.has(head)) return null;
    return anon(0.8);
  }
  return null;
};
