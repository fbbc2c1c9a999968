// Whether a content clause has a finite verb by the tagger, where the word lists know none: a present tense
// ("the party agrees with ...", "the plan works"), a plural's bare verb ("farmers face ..."). The lists hold
// auxiliaries, past forms and a few present ones; the tagger knows every verb.
import type { TaggedToken } from '../../syntax/index.js';
import type { Span } from '../text/segment.js';

/** Does the stretch read as a clause by its tags (taggedClause over the tags of its sentence)? */
export type ClauseByTags = (span: Span) => boolean;

const SUBJECT_HEAD = new Set(['NOUN', 'PROPN', 'PRON']);
const RELATIVE = /^(?:that|which|who|whom|whose|what)$/i;

/**
 * A verb right after a noun or pronoun (adverbs and marks between: 'he “entirely” agrees'), in its bare or
 * -s form, before any relative or wh-pronoun ("what aid groups call"), among the first 25 tokens.
 * Participles ("the decision taken") and past forms (the word lists read those) do not count.
 */
export function taggedClause(tags: readonly TaggedToken[], span: Span): boolean {
  let previous = '';
  let seen = 0;
  for (const t of tags) {
    if (t.start < span.start || t.end > span.end) continue;
    if (RELATIVE.test(t.text) || ++seen > 25) return false;
    const form = t.text.toLowerCase();
    const present = form === t.lemma || (form.endsWith('s') && form !== t.lemma);
    if (t.upos === 'VERB' && SUBJECT_HEAD.has(previous) && present) return true;
    if (t.upos !== 'ADV' && t.upos !== 'PUNCT') previous = t.upos;
  }
  return false;
}
