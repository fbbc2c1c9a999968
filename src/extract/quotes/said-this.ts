// "He said this while addressing a seminar": "this" stands for the sentence before, which is what was
// said. South Asian wire copy often states the news first and names its source in the next sentence.
import { trim, type Sentence, type Span } from '../text/segment.js';
import type { WordsIn } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { REMARKS_LEMMA, type Cue } from './cues.js';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs.js';
import { sourceAfter, sourceBefore } from './source.js';

// the setting after "said this": "while ...", "on Monday", "here"
const SETTING = '(?:while|whilst|when|during|at|in|on|after|before|here)\\b';
// "this" as the verb's whole object: "said this while ...", "stated this on Monday.", not "said this is ..."
export const THIS_AS_OBJECT = new RegExp(`^\\s+this\\s*(?:[,.]|$|${SETTING})`, 'i');
/** "said this while ...": "this" and a setting after it, so the verb reports the sentence before. */
export const THIS_THEN_SETTING = new RegExp(`^\\s+this\\s+${SETTING}`, 'i');
// its passive opening a sentence: "This was stated by X in a statement", the source after "by"
const THIS_WAS_SAID_BY = /^(?:This|These)\s+(?:was|were)\s+(?:also\s+)?(\p{Ll}+)\s+by\s+/u;

/** "This was stated by X": the verb as a cue and the phrase after "by" as its source, or null. */
function passiveThis(text: string, s: Sentence): { cue: Cue; source: Span | null } | null {
  const m = THIS_WAS_SAID_BY.exec(text.slice(s.start, s.start + 40));
  const verb = m ? REPORTING_VERBS.get(m[1]) : undefined;
  if (!m || !verb || verb.form !== 'finite' || verb.directOnly) return null;
  const start = s.start + m[0].lastIndexOf(m[1]);
  const cue: Cue = { start, end: start + m[1].length, kind: 'verb', text: m[1], verb };
  return { cue, source: sourceAfter(text, s.start + m[0].length, s.end) };
}

/** The sentence before, as an indirect quotation of this sentence's "X said this"; null unless that is the form. */
export function saidThis(
  text: string,
  s: Sentence,
  previous: Sentence | undefined,
  cues: Cue[],
  previousHasQuote: boolean,
  words: WordsIn,
): Candidate | null {
  const cue = cues.find(
    (c) =>
      c.kind === 'verb' && !c.verb?.directOnly && (c.verb?.lemma === REMARKS_LEMMA || THIS_AS_OBJECT.test(text.slice(c.end, c.end + 16))),
  );
  const passive = cue ? null : passiveThis(text, s);
  if ((!cue && !passive) || !previous || previousHasQuote) return null;
  const content: Span = trim(text, previous.start, previous.end);
  while (content.end > content.start && /[.!?;,]/.test(text[content.end - 1])) content.end--;
  return {
    ...content,
    type: 'indirect',
    cue: cue ?? passive!.cue,
    pass: 'indirect:said-this',
    source: cue ? sourceBefore(text, s.start, cue.start, words) : passive!.source,
    sameSourceAs: null,
    continues: false,
    embedded: false,
    paragraph: previous.paragraph,
  };
}
