// Questions the extraction passes ask of a parsed sentence: who is the subject of this verb, what clause
// does it report, which nouns are in apposition, which words are reporting verbs. Indices are token
// positions in the sentence; -1 or null when there is no answer.
import type { ParsedToken } from './types.js';

function childWith(tokens: readonly ParsedToken[], head: number, deprels: readonly string[]): number {
  return tokens.findIndex((token) => token.head === head && deprels.includes(token.deprel));
}

/**
 * The doer of a verb: the agent of a passive ("was arrested by police"), else its subject; a verb
 * conjoined to another shares that verb's subject ("She stood up and said ...").
 */
export function subjectOf(tokens: readonly ParsedToken[], verb: number): number {
  const agent = childWith(tokens, verb, ['obl:agent']);
  if (agent >= 0) return agent;
  const subject = childWith(tokens, verb, ['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass']);
  if (subject >= 0) return subject;
  return tokens[verb].deprel === 'conj' ? subjectOf(tokens, tokens[verb].head) : -1;
}

/** The first and last token of the subtree under head (the span of its phrase). */
export function subtreeSpan(tokens: readonly ParsedToken[], head: number): { first: number; last: number } {
  let first = head;
  let last = head;
  tokens.forEach((_, i) => {
    let at = i;
    for (let steps = 0; at >= 0 && at !== head && steps < tokens.length; steps++) at = tokens[at].head;
    if (at !== head) return;
    first = Math.min(first, i);
    last = Math.max(last, i);
  });
  return { first, last };
}

/** The clause a verb reports (its ccomp or parataxis dependent), as a token span. */
export function complementOf(tokens: readonly ParsedToken[], verb: number): { first: number; last: number } | null {
  const clause = childWith(tokens, verb, ['ccomp', 'parataxis']);
  return clause < 0 ? null : subtreeSpan(tokens, clause);
}

/** Nouns in apposition to a noun ("Maria Lopez, the mayor,"). */
export function appositionsOf(tokens: readonly ParsedToken[], noun: number): number[] {
  return tokens.flatMap((token, i) => (token.head === noun && token.deprel === 'appos' ? [i] : []));
}

/** Verbs whose lemma is in the given list of reporting verbs (say, tell, add...). */
export function reportingHeads(tokens: readonly ParsedToken[], lemmas: ReadonlySet<string>): number[] {
  return tokens.flatMap((token, i) => (token.upos === 'VERB' && lemmas.has(token.lemma) ? [i] : []));
}
