// Whether a content clause has a finite verb by the tagger, where the word lists know none: a present tense
// ("the party agrees with ...", "the plan works"), a plural's bare verb ("farmers face ..."). The lists hold
// auxiliaries, past forms and a few present ones; the tagger knows every verb.
import type { TaggedToken } from '../../syntax/index.js';
import type { Span } from '../text/segment.js';
import { mayBePresent } from './verb-reading.js';

/** The first `count` tagged tokens inside a span, tagged in their sentence (the document's). */
export type TagsIn = (span: Span, count: number) => readonly TaggedToken[];

// The clause's opening that is read: enough for the tokens read, and a bound on the work of each call (only
// the stretches of the sentence it touches are tagged, so a megabyte-long sentence of cues stays linear).
const WINDOW = 200;
const TOKENS_READ = 25;

const SUBJECT_HEAD = new Set(['NOUN', 'PROPN', 'PRON']);
const RELATIVE = /^(?:that|which|who|whom|whose|what)$/i;
const NEGATION = /^(?:not|never|n['’]t)$/i;

/**
 * A verb right after a noun or pronoun (adverbs, a negation and marks between: 'he “entirely” agrees'), in its bare or
 * -s form, before any relative or wh-pronoun ("what aid groups call"), among the first 25 tokens.
 * Participles ("the decision taken") and past forms (the word lists read those) do not count. The tags are
 * the document's, tagged in their sentence. With `misread`, a present verb the tagger read as a noun counts too.
 */
export function taggedClause(text: string, span: Span, tagsIn: TagsIn, misread = false): boolean {
  const opening = { start: span.start, end: Math.min(span.end, span.start + WINDOW) };
  // a clause takes two words at least, a subject and its verb
  if (!/\S\s+\S/.test(text.slice(opening.start, opening.end))) return false;
  let previous: TaggedToken | undefined;
  const tags = tagsIn(opening, TOKENS_READ);
  for (const [i, t] of tags.entries()) {
    if (RELATIVE.test(t.text)) return false;
    const form = t.text.toLowerCase();
    const present = form === t.lemma || (form.endsWith('s') && form !== t.lemma);
    if (previous && SUBJECT_HEAD.has(previous.upos) && t.upos === 'VERB' && present) return true;
    if (misread && previous && misreadVerb(previous, t, tags.slice(i + 1, i + 3))) return true;
    // ("such behaviour not only endangers lives": a negation stands between as an adverb does; "to" is no such word)
    if (t.upos !== 'ADV' && t.upos !== 'PUNCT' && !NEGATION.test(t.text)) previous = t;
  }
  return false;
}

// What may follow a verb and open its object or complement ("face heavy losses", "stem from", "signals Ghana's
// exit"), but rarely follows the second noun of a compound; "of" is left out ("the water supplies of the city").
const SUBJECT_NOUN = new Set(['NOUN', 'PROPN']);
const OBJECT_OPENING = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PRON', 'ADP', 'PART']);

/**
 * "Farmers face heavy losses", "the problems stem from", "the budget signals Ghana's exit": a word the tagger read
 * as a noun, right after a noun, that the word list allows as a present verb agreeing with that noun in number
 * (a plural and a bare form, a singular and an -s form), with an object or complement opening after it.
 */
function misreadVerb(subject: TaggedToken, t: TaggedToken, [next, after]: TaggedToken[]): boolean {
  if (!SUBJECT_NOUN.has(subject.upos) || t.upos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.text) || !next) return false;
  // (a possessor opens a noun phrase as a determiner does: "signals Ghana’s exit", whatever the possessor's tag)
  const possessor = after !== undefined && /^['’]s$/.test(after.text);
  if (!(OBJECT_OPENING.has(next.upos) || possessor) || /^of$/i.test(next.text)) return false;
  const subjectForm = subject.text.toLowerCase();
  const plural = subject.upos === 'NOUN' && subjectForm !== subject.lemma && subjectForm.endsWith('s');
  // a plural takes the bare form ("problems stem"), a singular the -s form ("budget signals")
  if (plural === t.text.endsWith('s')) return false;
  return mayBePresent(t.text, plural);
}
