// What the syntax layer returns: tokens with their tag, lemma, head and relation, in sentences.
import type { Token } from './tokenize.js';

export interface TaggedToken extends Token {
  /** Universal part-of-speech tag (https://universaldependencies.org/u/pos/). */
  readonly upos: string;
  readonly lemma: string;
}

export interface ParsedToken extends TaggedToken {
  /** Index of the head token in the same sentence, -1 for the sentence's root. */
  readonly head: number;
  /** Universal Dependencies relation to the head, subtype included ("nsubj:pass"); "root" at the root. */
  readonly deprel: string;
}

export interface AnalyzedSentence {
  /** Character offsets of the first token's start and the last token's end. */
  readonly start: number;
  readonly end: number;
  readonly tokens: ParsedToken[];
}
