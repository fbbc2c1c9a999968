// A quotation found in the text, before its source is resolved to a speaker.
import type { Span } from '../text/segment.js';
import type { QuoteType } from '../types.js';
import type { Cue } from './cues.js';

export interface Candidate extends Span {
  type: QuoteType;
  /** The reporting verb or phrase, with its offsets, when one was found. */
  cue: Cue | null;
  /** The pass and rule that found the quotation ("direct:cue-before", "indirect:verb:that"), for provenance. */
  pass: string;
  /** The noun phrase naming the source, when the text gives one at this quote. */
  source: Span | null;
  /** Another candidate whose source this one shares (the other paragraphs of a run-on quotation). */
  sameSourceAs: Candidate | null;
  /** The first paragraph of a run-on quotation, or a quotation on its own with no cue: its speaker is the last one. */
  continues: boolean;
  /** A short phrase in marks inside a sentence: a quotation only when reported speech around it has a source. */
  embedded: boolean;
  paragraph: number;
}
