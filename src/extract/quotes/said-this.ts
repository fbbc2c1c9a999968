// "He said this while addressing a seminar": "this" stands for the sentence before, which is what was
// said. South Asian wire copy often states the news first and names its source in the next sentence.
import { trim, type Sentence, type Span } from '../text/segment.js';
import type { WordsIn } from '../text/words.js';
import type { Candidate } from './candidate.js';
import type { Cue } from './cues.js';
import { sourceBefore } from './source.js';

// "this" as the verb's whole object: "said this while ...", "stated this on Monday.", not "said this is ..."
export const THIS_AS_OBJECT = /^\s+this\s*(?:[,.]|$|(?:while|whilst|when|during|at|in|on|after|before|here)\b)/i;

/** The sentence before, as an indirect quotation of this sentence's "X said this"; null unless that is the form. */
export function saidThis(
  text: string,
  s: Sentence,
  previous: Sentence | undefined,
  cues: Cue[],
  previousHasQuote: boolean,
  words: WordsIn,
): Candidate | null {
  const cue = cues.find((c) => c.kind === 'verb' && !c.verb?.directOnly && THIS_AS_OBJECT.test(text.slice(c.end, c.end + 16)));
  if (!cue || !previous || previousHasQuote) return null;
  const content: Span = trim(text, previous.start, previous.end);
  while (content.end > content.start && /[.!?;,]/.test(text[content.end - 1])) content.end--;
  return {
    ...content,
    type: 'indirect',
    cue,
    pass: 'indirect:said-this',
    source: sourceBefore(text, s.start, cue.start, words),
    sameSourceAs: null,
    continues: false,
    embedded: false,
    paragraph: previous.paragraph,
  };
}
