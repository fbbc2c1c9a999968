// Sentence subjects from the dependency tree, where a pronoun soon after needs them. The word-list subject
// finder takes the words before the first verb it recognises: it stops at a participle ("X and others, who
// retired, filed"), misses the subject after a fronted clause ("When asked about it, X said nothing") or a
// long relative clause. The parse's subject is not misled by these, but parsing every sentence would cost
// the parse most of its speed, so only the sentence right before a quotation whose source is a pronoun is
// parsed, and only where the finder's subject does not open as a subject should: there the subject decides
// who "he" is (docs/accuracy-0.12.md).
import type { ParsedToken } from '../../syntax/index.js';
import type { ArticleDocument } from '../document/index.js';
import { SUBJECT_PRONOUNS } from '../lexicons/pronouns.js';
import type { Candidate } from '../quotes/candidate.js';
import type { Span } from '../text/segment.js';
import { phraseOf, SUBJECT } from './tree-source.js';

/**
 * The subjects `attribute` remembers, with the tree's subject in place of the word-list finder's in each
 * sentence without quotation or cue right before a pronoun source's, where the antecedent a pronoun means
 * most often is.
 */
export function treeSubjects(doc: ArticleDocument, candidates: readonly Candidate[], subjects: readonly Span[]): Span[] {
  const replaced = new Map<number, Span>();
  const finders = new Map(subjects.map((x) => [doc.sentenceAt(x.start), x]));
  for (const k of sentencesToParse(doc, candidates)) {
    const finder = finders.get(k);
    if (finder && sure(doc.text.slice(finder.start, finder.end)) && !apposed(doc, doc.sentences[k], finder)) continue;
    const s = doc.sentences[k];
    const found = rootSubject(doc, s);
    if (found) replaced.set(k, found);
  }
  if (replaced.size === 0) return [...subjects];
  const kept = subjects.filter((x) => !replaced.has(doc.sentenceAt(x.start)));
  return [...kept, ...replaced.values()].sort((a, b) => a.start - b.start);
}

/**
 * The finder's subject is taken as it is when it opens like a noun phrase at the head of the sentence: a
 * capital, and a first word that opens no adverbial (a subordinator or preposition, "When asked ...", "In
 * what ...") and is no participle ("Flanked by ...", "Addressing ..."). Only the other sentences are parsed.
 */
function sure(subject: string | undefined): boolean {
  const first = subject && /^\p{Lu}[\p{L}'’-]*/u.exec(subject)?.[0];
  return !!first && !ADVERBIAL.has(first.toLowerCase()) && !/\p{Ll}(?:ed|ing)$/u.test(first);
}
/**
 * "Meanwhile, X, Secretary General of the zone, announced ...": the finder may take an apposition for the
 * subject, where a capitalised word past the sentence's first closes the phrase before the comma; the name
 * before it is the subject.
 */
function apposed(doc: ArticleDocument, sentence: Span, subject: Span): boolean {
  const before = doc.text.slice(sentence.start, subject.start);
  return NAME_COMMA.test(before) && !ONE_WORD.test(before);
}
const NAME_COMMA = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
// "Meanwhile, X": a sentence adverb alone before the comma
const ONE_WORD = /^\s*\S+,\s*$/;
const ADVERBIAL = new Set(
  'when while after before as if although though since until unless because once whereas in on at during despite amid with without under for from by following'.split(
    ' ',
  ),
);

/** The sentences before a pronoun source that hold no quotation and no cue, whose subject the history keeps. */
function sentencesToParse(doc: ArticleDocument, candidates: readonly Candidate[]): Set<number> {
  const busy = new Set<number>();
  const mark = (from: number, to: number): void => {
    for (let k = doc.sentenceAt(from); k >= 0 && k < doc.sentences.length && doc.sentences[k].start < to; k++) busy.add(k);
  };
  const asked: number[] = [];
  for (const c of candidates) {
    mark(c.start, c.end);
    if (c.cue) mark(c.cue.start, c.cue.end);
    if (c.source && SUBJECT_PRONOUNS.has(doc.text.slice(c.source.start, c.source.end).toLowerCase())) {
      asked.push(doc.sentenceAt(c.source.start));
    }
  }
  const chosen = new Set<number>();
  for (const q of asked) {
    if (q > 0 && !busy.has(q - 1)) chosen.add(q - 1);
  }
  return chosen;
}

/**
 * The main clause's subject, with any subjects coordinated with it ("X and Y met"): the root's, else that of
 * a clause the root governs (a participle misread as the root: "retired X opened ..."), else none.
 */
function rootSubject(doc: ArticleDocument, s: Span): Span | null {
  const { tokens } = doc.treeAt(s.start)!;
  const root = tokens.findIndex((t) => t.head < 0);
  const clauses = [root, ...tokens.flatMap((t, i) => (t.head === root && CLAUSE.has(t.deprel) ? [i] : []))];
  const found = clauses.map((c) => subjectOf(tokens, c)).find((i) => i >= 0);
  if (found === undefined) return nounsBefore(tokens, root);
  const head = namedAppositive(tokens, found);
  // a pronoun subject replaces the finder's too: the subject sieves take no pronoun, so nothing is remembered
  if (!(NOMINAL.has(tokens[head].upos) || tokens[head].upos === 'PRON')) return null;
  const last = lastConjunct(tokens, head);
  const end = nameEnd(tokens, phraseOf(tokens, last).end);
  // a word before a colon is a dateline or a label ("MUZAFFARABAD: ..."), which the parse may take for a subject
  if (doc.text.slice(end).trimStart().startsWith(':')) return null;
  return { start: tokens[titleBefore(tokens, phraseOf(tokens, head).start)].start, end };
}

/**
 * Where a name running on from the phrase ends: the parse may hang the rest of a long name elsewhere
 * ("Chief Election Commissioner X Y" split by appositions), but adjacent proper nouns, or ones joined by a
 * hyphen ("Anwar-ul-Haq"), are one name.
 */
function nameEnd(tokens: readonly ParsedToken[], end: number): number {
  let last = tokens.findIndex((t) => t.end === end);
  const glued = (i: number): boolean => tokens[i].start === tokens[i - 1].end;
  for (;;) {
    const next = tokens[last + 1];
    if (next?.upos === 'PROPN') last++;
    else if (next?.text === '-' && glued(last + 1) && tokens[last + 2]?.upos === 'PROPN' && glued(last + 2)) last += 2;
    else return tokens[last].end;
  }
}
const NOMINAL = new Set(['NOUN', 'PROPN']);
const CLAUSE = new Set(['ccomp', 'conj', 'parataxis']);

/**
 * A common noun's proper-name apposition names the one it means ("The minister, X, said"): the name is the
 * subject. It also mends a fronted time phrase the parse took for the subject ("Last week, X made ...", with X
 * hung on "week" as its apposition).
 */
function namedAppositive(tokens: readonly ParsedToken[], head: number): number {
  if (tokens[head].upos !== 'NOUN') return head;
  const name = tokens.findIndex((t) => t.head === head && t.deprel === 'appos' && t.upos === 'PROPN');
  return name < 0 ? head : name;
}

function subjectOf(tokens: readonly ParsedToken[], verb: number): number {
  return tokens.findIndex((t) => t.head === verb && SUBJECT.includes(t.deprel));
}

function lastConjunct(tokens: readonly ParsedToken[], head: number): number {
  const last = tokens.findLastIndex((t) => t.head === head && t.deprel === 'conj' && NOMINAL.has(t.upos));
  return last < 0 ? head : last;
}

/**
 * The first token of the phrase with the capitalised title words right before it, which the parse may hang
 * elsewhere ("Chief Engineer" read as an object before "X inspected"): the word-list finder keeps them, and
 * the sieves read a title there.
 */
function titleBefore(tokens: readonly ParsedToken[], start: number): number {
  let first = tokens.findIndex((t) => t.start === start);
  while (first > 0 && TITLE_TAGS.has(tokens[first - 1].upos) && /^\p{Lu}/u.test(tokens[first - 1].text)) first--;
  return first;
}
const TITLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A root verb the parse gave no subject ("When asked ..., Provincial Secretary X said nothing", the name hung
 * on the fronted clause): in English the noun phrase right before a main verb is its subject.
 */
function nounsBefore(tokens: readonly ParsedToken[], root: number): Span | null {
  if (tokens[root].upos !== 'VERB' || root === 0 || tokens[root - 1].upos !== 'PROPN') return null;
  const first = titleBefore(tokens, tokens[root - 1].start);
  return { start: tokens[first].start, end: tokens[root - 1].end };
}
