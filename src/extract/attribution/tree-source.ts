// The source of a reporting verb read from the sentence's dependency tree: the agent of a passive ("it was
// stated by the minister"), else its subject, nearest the verb; a verb coordinated with another ("stood up
// and said") takes that one's, and a participle describing a noun ("a witness saying", attached to the
// noun or to its verb) takes the noun, or for written words their author ("X issued a statement saying"). The phrase is the subject's own words: relative clauses, appositions
// and asides hanging from it are left out ("rules set by the State Department", "X, an economist at Y"),
// so the sieves read the name, not its description.
import { type ParsedToken, subtreeSpan } from '../../syntax/index.js';
import type { ArticleDocument } from '../document/index.js';
import { DOCUMENT_NOUNS } from '../lexicons/documents.js';
import type { Span } from '../text/segment.js';

const AGENT = ['obl:agent'];
/** The relations of a verb's subject, active or passive. */
export const SUBJECT = ['nsubj', 'nsubj:pass'];
const OBJECT = ['obj'];
/** Dependents that describe a phrase rather than name it, with everything under them. */
const ASIDE = new Set(['appos', 'acl', 'acl:relcl', 'punct', 'parataxis', 'conj', 'cc', 'advcl', 'dep', 'list']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
/**
 * "The State Bank on Monday cut ...": the parse may hang the verb's time on its subject; a day is no part of a
 * name, so it is an aside too, as a bare time ("The ministry Monday said") is.
 */
const DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)$/i;
const timeOf = (t: ParsedToken): boolean => t.deprel.endsWith(':tmod') || (t.deprel === 'nmod' && DAY.test(t.text));

/** The phrase naming who performs the reporting verb at `cue`, when the tree gives one. */
export function treeSource(doc: ArticleDocument, cue: Span): Span | null {
  const tree = doc.treeAt(cue.start);
  if (!tree) return null;
  const { tokens } = tree;
  const verb = tokens.findLastIndex((t) => t.start >= cue.start && t.end <= cue.end);
  if (verb < 0 || tokens[verb].upos !== 'VERB') return null;
  const subject = doerOf(tokens, verb);
  return subject < 0 ? null : phraseOf(tokens, antecedentOf(tokens, datelineless(tokens, subject)));
}

/**
 * "KARACHI: Governor X and Chief Minister Y said": a roundup opens each paragraph with its city's dateline, a word
 * in capitals and a colon, which the parse may take for the subject and hang the subject on as an apposition.
 */
function datelineless(tokens: readonly ParsedToken[], subject: number): number {
  const dateline = /^\p{Lu}{3,}$/u.test(tokens[subject].text) && tokens[subject + 1]?.text === ':';
  return dateline ? (nearestChild(tokens, subject, ['appos']) ?? subject) : subject;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const NAME_PARTS = new Set(['flat', 'compound']);

/**
 * A relative pronoun stands for the noun its clause describes ("X, who told reporters ..."): the clause's
 * head, or where the parse did not hang the clause on a noun, the name right before the pronoun.
 */
function antecedentOf(tokens: readonly ParsedToken[], subject: number): number {
  const { upos, lemma, head } = tokens[subject];
  if (upos !== 'PRON' || !RELATIVE_PRONOUNS.has(lemma.toLowerCase())) return subject;
  if (tokens[head].deprel === 'acl:relcl') return tokens[head].head;
  let before = tokens[subject - 1]?.upos === 'PUNCT' ? subject - 2 : subject - 1;
  if (before < 0 || !NOMINAL.has(tokens[before].upos)) return subject;
  while (NAME_PARTS.has(tokens[before].deprel) && tokens[before].head < before) before = tokens[before].head;
  return before;
}

/** A participle the parse attaches to the noun that does it: "a statement saying", "with the chief justice remarking". */
export function describesDoer(doc: ArticleDocument, participle: Span): boolean {
  const { tokens } = doc.treeAt(participle.start)!;
  return tokens.some((t, i) => t.start === participle.start && describedNoun(tokens, i) >= 0);
}

/**
 * The noun a participle describes, or -1: its head when it modifies that noun (acl), or the object of the
 * verb it modifies (advcl) when it directly follows that object. Right after an object the attachment is
 * ambiguous, as a prepositional phrase's is ("issued a statement saying ..." reads as the statement's
 * saying or the issuing's manner), and the treebank annotates both; either way the object does the saying.
 */
function describedNoun(tokens: readonly ParsedToken[], participle: number): number {
  const { deprel, head } = tokens[participle];
  if (deprel === 'acl') return head;
  if (deprel === 'advcl') return objectJustBefore(tokens, head, participle);
  // "The ministry issued a statement saying ...", parsed as a reduced relative ("the ministry [that was]
  // issued a statement") with the participle as the clause's verb. A participle that modifies a noun as a
  // reduced passive relative takes no direct object, so a verb hanging from the subject that has one is the
  // clause's own verb, and the participle right after its object reads as in the advcl case.
  const subject = nearestChild(tokens, participle, SUBJECT);
  const relative = subject === undefined ? undefined : nearestChild(tokens, subject, ['acl']);
  return relative === undefined ? -1 : objectJustBefore(tokens, relative, participle);
}

/** The object of `verb` when its phrase ends right before the participle, or -1. */
function objectJustBefore(tokens: readonly ParsedToken[], verb: number, participle: number): number {
  const object = nearestChild(tokens, verb, OBJECT);
  return object !== undefined && subtreeSpan(tokens, object).last === participle - 1 ? object : -1;
}

/**
 * Written words speak for their author (GUIDELINES.md): the subject of the verb whose object the document
 * is ("The ministry issued a statement saying ..."); any other noun, or a document with no such verb, itself.
 */
function authorOf(tokens: readonly ParsedToken[], noun: number): number {
  const { deprel, head, lemma } = tokens[noun];
  if (deprel !== 'obj' || !DOCUMENT_NOUNS.has(lemma.toLowerCase())) return noun;
  return nearestChild(tokens, head, SUBJECT) ?? noun;
}

/** Up a chain of conjoined or controlled verbs to one with a doer; the chain ends at the root, whose relation is neither. */
function doerOf(tokens: readonly ParsedToken[], at: number): number {
  const found = nearestChild(tokens, at, AGENT) ?? nearestChild(tokens, at, SUBJECT);
  if (found !== undefined) return found;
  // "a statement saying ...", "with the chief justice remarking that ...": the participle describes its doer
  const described = describedNoun(tokens, at);
  if (described >= 0) return authorOf(tokens, described);
  const { deprel, head } = tokens[at];
  // "Jonas Berg, an economist, said" parsed as a name conjoined with a verb: the name is the doer
  if (deprel === 'conj' && NOMINAL.has(tokens[head].upos)) return head;
  // "..., the minister started shouting, alleging that": a free adjunct's understood subject is its main clause's;
  // "The officials, commenting on X, stated that", parsed with the aside as the root and the verb hung on it:
  // the participle's subject is the verb's
  // an infinitive's too ("set aside the decision to place X on the list, observing that"): a bare infinitive's
  // understood subject is the clause's it hangs from
  const participle = (i: number) => tokens[i].upos === 'VERB' && /ing$/i.test(tokens[i].text);
  const adjunct = deprel === 'advcl' && (participle(at) || participle(head) || infinitive(tokens, at)) && tokens[head].upos === 'VERB';
  return deprel === 'conj' || deprel === 'xcomp' || adjunct ? doerOf(tokens, head) : -1;
}

/** A verb marked by "to" (one with no subject, as doerOf reaches it only then). */
function infinitive(tokens: readonly ParsedToken[], verb: number): boolean {
  const to = nearestChild(tokens, verb, ['mark']);
  return to !== undefined && tokens[to].text.toLowerCase() === 'to';
}

/** The dependent of `head` with one of the relations, nearest to it (the parser may give a verb two subjects). */
function nearestChild(tokens: readonly ParsedToken[], head: number, deprels: readonly string[]): number | undefined {
  const children = tokens.flatMap((t, i) => (t.head === head && deprels.includes(t.deprel) ? [i] : []));
  const nearest = Math.min(...children.map((i) => Math.abs(i - head)));
  return children.find((i) => Math.abs(i - head) === nearest);
}

/** The subject's words: its head and the dependents that name it, without asides, as one span. */
export function phraseOf(tokens: readonly ParsedToken[], head: number): Span {
  const children: number[][] = tokens.map(() => []);
  tokens.forEach((t, i) => {
    // "by the minister", "the minister's": the marker of the agent or possessor is no part of the name
    const marker = t.deprel === 'case' && t.head === head;
    if (t.head >= 0 && !ASIDE.has(t.deprel) && !marker && !timeOf(t)) children[t.head].push(i);
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
