// A reporting verb in a relative clause has the relative pronoun for its subject, and "who" stands for the name
// right before it: "They asked Z, who dismissed it and said ..." and "X who had called them “garbage” claiming
// ..." are Z's and X's words, not those of the main clause's subject the finder took. A clause a comma closes
// before the verb is an aside ("Y who on Monday responded to claims made ..., stated"): the verb is the main
// clause's, whose subject is the name the clause hangs on only where that name opens the sentence.
import type { Candidate } from '../quotes/candidate.js';
import type { Span } from '../text/segment.js';
import type { AttributionContext } from './context.js';

/** "who" as a subject: the next word is its verb, not another subject ("who they said was ..."). */
const WHO = /(?<![\p{L}])who\s+(?!(?:he|she|they|we|i|you|it|the|a|an|his|her|their|its|this|that)\s)\p{Ll}/gu;
/** The capitalised name ending right before the pronoun, with "of", "for", "and" inside a body's name. */
const ANTECEDENT = /(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’.-]*)*)\s*,?\s*$/u;
/** "the people of X, who": the clause describes the head noun before "of", no name. */
const OF_BEFORE = /\sof\s*$/;
const REACH = 90;
const DESCRIBED = 'direct:described-as';

/** The antecedent of the relative pronoun whose clause holds the cue, where that is the cue's source; else null. */
export function relativeSource(c: Candidate, source: Span | null, ctx: AttributionContext): Span | null {
  // a phrase a source is said to have used ("who described it as “X”") has its verb before it, no cue
  const at = c.cue ? (['verb', 'participle'].includes(c.cue.kind) ? c.cue.start : null) : c.pass === DESCRIBED ? c.start : null;
  if (at === null) return null;
  const start = ctx.sentenceStart(at);
  const before = ctx.text.slice(start, at);
  const who = [...before.matchAll(WHO)].at(-1)?.index;
  if (who === undefined) return null;
  const reach = Math.max(0, who - REACH);
  const name = ANTECEDENT.exec(before.slice(reach, who));
  if (!name || OF_BEFORE.test(before.slice(0, reach + name.index))) return null;
  const antecedent = { start: start + reach + name.index, end: start + reach + name.index + name[1].length };
  // the finder's phrase already holds the name ("Officials who requested anonymity said")
  if (source && source.start <= antecedent.start && antecedent.end <= source.end) return null;
  const inClause = source !== null && source.start > start + who;
  if (!/,\s*$/.test(before.slice(who))) return inClause ? null : antecedent;
  // a closed clause: only an aside on the sentence's own subject, standing in for a phrase the finder took inside it
  return antecedent.start === start ? antecedent : null;
}
