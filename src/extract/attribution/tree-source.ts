// The source of a reporting verb read from the sentence's dependency tree: the agent of a passive ("it was
// stated by the minister"), else its subject, nearest the verb; a verb coordinated with another ("stood up
// and said") or modifying a noun ("a statement saying") takes that one's. The phrase is the subject's own
// words: relative clauses, appositions and asides hanging from it are left out ("rules set by the State
// Department", "X, an economist at Y"), so the sieves read the name, not its description.
import type { ParsedToken } from '../../syntax/index.js';
import type { ArticleDocument } from '../document/index.js';
import type { Span } from '../text/segment.js';

const AGENT = ['obl:agent'];
const SUBJECT = ['nsubj', 'nsubj:pass'];
/** Dependents that describe a phrase rather than name it, with everything under them. */
const ASIDE = new Set(['appos', 'acl', 'acl:relcl', 'punct', 'parataxis', 'conj', 'cc', 'advcl', 'dep', 'list']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** The phrase naming who performs the reporting verb at `cue`, when the tree gives one. */
export function treeSource(doc: ArticleDocument, cue: Span): Span | null {
  const tree = doc.treeAt(cue.start);
  if (!tree) return null;
  const { tokens } = tree;
  const verb = tokens.findLastIndex((t) => t.start >= cue.start && t.end <= cue.end);
  if (verb < 0 || tokens[verb].upos !== 'VERB') return null;
  const subject = doerOf(tokens, verb);
  return subject < 0 ? null : phraseOf(tokens, subject);
}

/** A participle the parse attaches to the noun that does it: "a statement saying", "with the chief justice remarking". */
export function describesDoer(doc: ArticleDocument, participle: Span): boolean {
  const tree = doc.treeAt(participle.start)!;
  return tree.tokens.some((t) => t.start === participle.start && t.deprel === 'acl');
}

/** Up a chain of conjoined or controlled verbs to one with a doer; the chain ends at the root, whose relation is neither. */
function doerOf(tokens: readonly ParsedToken[], at: number): number {
  const found = nearestChild(tokens, at, AGENT) ?? nearestChild(tokens, at, SUBJECT);
  if (found !== undefined) return found;
  const { deprel, head } = tokens[at];
  // "a statement saying ...", "with the chief justice remarking that ...": the participle describes its doer;
  // "Jonas Berg, an economist, said" parsed as a name conjoined with a verb: the name is the doer
  if (deprel === 'acl' || (deprel === 'conj' && NOMINAL.has(tokens[head].upos))) return head;
  return deprel === 'conj' || deprel === 'xcomp' ? doerOf(tokens, head) : -1;
}

/** The dependent of `head` with one of the relations, nearest to it (the parser may give a verb two subjects). */
function nearestChild(tokens: readonly ParsedToken[], head: number, deprels: readonly string[]): number | undefined {
  const children = tokens.flatMap((t, i) => (t.head === head && deprels.includes(t.deprel) ? [i] : []));
  const nearest = Math.min(...children.map((i) => Math.abs(i - head)));
  return children.find((i) => Math.abs(i - head) === nearest);
}

/** The subject's words: its head and the dependents that name it, without asides, as one span. */
function phraseOf(tokens: readonly ParsedToken[], head: number): Span {
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((t, i) => {
    // "by the minister", "the minister's": the marker of the agent or possessor is no part of the name
    const marker = t.deprel === 'case' && t.head === head;
    if (t.head >= 0 && !ASIDE.has(t.deprel) && !marker) children[t.head].push(i);
  });
  let first = head;
  let last = head;
  const stack = [head];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    first = Math.min(first, at);
    last = Math.max(last, at);
    stack.push(...children[at]);
  }
  return { start: tokens[first].start, end: tokens[last].end };
}
