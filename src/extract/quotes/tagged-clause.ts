// Whether a content clause has a finite verb by the tagger, where the word lists know none: a present tense
// ("the party agrees with ...", "the plan works"), a plural's bare verb ("farmers face ..."). The lists hold
// auxiliaries, past forms and a few present ones; the tagger knows every verb.
import type { TaggedToken } from '../../syntax/index.js';
import type { Span } from '../text/segment.js';

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
 * the document's, tagged in their sentence.
 */
export function taggedClause(text: string, span: Span, tagsIn: TagsIn): boolean {
  const opening = { start: span.start, end: Math.min(span.end, span.start + WINDOW) };
  // a clause takes two words at least, a subject and its verb
  if (!/\S\s+\S/.test(text.slice(opening.start, opening.end))) return false;
  let previous = '';
  for (const t of tagsIn(opening, TOKENS_READ)) {
    if (RELATIVE.test(t.text)) return false;
    const form = t.text.toLowerCase();
    const present = form === t.lemma || (form.endsWith('s') && form !== t.lemma);
    if (t.upos === 'VERB' && SUBJECT_HEAD.has(previous) && present) return true;
    // ("such behaviour not only endangers lives": a negation stands between as an adverb does; "to" is no such word)
    if (t.upos !== 'ADV' && t.upos !== 'PUNCT' && !NEGATION.test(t.text)) previous = t.upos;
  }
  return false;
}
