// Sieve: "the petitioner", "the lawyer-petitioner" -> the person the article says a petition is of or was moved
// by ("heard the petition of X", "a petition moved by X", "X filed a writ petition"). A party to a case is named
// by the petition, not by a title, so no role noun finds them; with no mover named the source stays unnamed.
import type { Span } from '../text/segment.js';
import type { AttributionContext } from './context.js';
import type { Sieve } from './sieve.js';

// (one word may describe the party: "the lawyer-petitioner", "the writ petitioner")
const PETITIONER = /^the\s+(?:\p{Ll}+[\s-])?petitioner$/iu;

// "the petition of X", "a petition filed by former secretary X": only titles and names between the petition and X
const MOVED_BY =
  /\bpetition\s+(?:(?:filed|moved|submitted|lodged|brought)\s+)?(?:of|by)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|former|senior|retired)\s+)*$/u;
// "X filed a petition", "X had moved a writ petition": the mover before the verb
const MOVES = /^\s+(?:(?:has|had)\s+)?(?:filed|moved|submitted|lodged)\s+(?:a|the|his|her)\s+(?:[\p{L}-]+\s+){0,2}petition\b/u;

/** Does the article name the person, at this mention, as a petition's mover? */
function moves(ctx: AttributionContext, m: Span): boolean {
  return MOVED_BY.test(ctx.text.slice(Math.max(0, m.start - 120), m.start)) || MOVES.test(ctx.text.slice(m.end, m.end + 60));
}

export const petitioner: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  if (!PETITIONER.test(mention)) return null;
  // the mover named last before the phrase: a later petition has its own petitioner
  const found = ctx
    .mentionsIn({ start: 0, end: np.start })
    .filter((m) => moves(ctx, m))
    .at(-1);
  if (!found) return null;
  return { speaker: { kind: 'person', name: found.person.name, mention }, confidence: 0.7, person: found.person };
};
