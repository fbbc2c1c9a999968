// The syntax layer: tokens with offsets, sentences, part-of-speech tags, lemmas and dependency trees
// for English text. Pure apart from reading the committed model once per thread (loadModel).
import { lemmatize } from './lemma.js';
import { loadModel, type SyntaxModel } from './model.js';
import { parse } from './decode.js';
import { sentences } from './sentences.js';
import { SentenceTagger } from './tagger.js';
import { tokenize, type Token } from './tokenize.js';
import type { AnalyzedSentence, ParsedToken, TaggedToken } from './types.js';
import { hashWords } from './words.js';

export { tokenize, type Token } from './tokenize.js';
export { sentences, MAX_SENTENCE_TOKENS, type TokenRange } from './sentences.js';
export { loadModel, type SyntaxModel } from './model.js';
export type { AnalyzedSentence, ParsedToken, TaggedToken } from './types.js';
export { appositionsOf, complementOf, reportingHeads, subjectOf, subtreeSpan } from './relations.js';

export function tag(tokens: readonly Token[], model: SyntaxModel = loadModel()): TaggedToken[] {
  return tagLazily(tokens, model)(tokens.length);
}

/**
 * A sentence's tokens tagged on demand: the function returns the tagged tokens from the first through the
 * n-th at least (all past the end), tagging each once; a prefix's tags are the whole sentence's (SentenceTagger).
 * The array it returns grows with later calls.
 */
export function tagLazily(tokens: readonly Token[], model: SyntaxModel = loadModel()): (n: number) => TaggedToken[] {
  const tagger = new SentenceTagger(
    model.tagger,
    tokens.map((t) => t.text),
  );
  const tagged: TaggedToken[] = [];
  return (n) => {
    const tags = tagger.through(n);
    for (let i = tagged.length; i < Math.min(n, tokens.length); i++) {
      const upos = model.tagger.tags[tags[i]];
      tagged.push({ ...tokens[i], upos, lemma: lemmatize(tokens[i].text, upos, model.lemmaExceptions) });
    }
    return tagged;
  };
}

export function parseTagged(tagged: readonly TaggedToken[], model: SyntaxModel = loadModel()): ParsedToken[] {
  const tagIndex = new Map(model.parser.tags.map((t, i) => [t, i]));
  const words = hashWords(tagged.map((t) => t.text));
  const tree = parse(model.parser, { words, tags: tagged.map((t) => tagIndex.get(t.upos) ?? 0) });
  return tagged.map((token, i) => ({ ...token, head: tree.heads[i] - 1, deprel: tree.deprels[i] }));
}

export function analyze(text: string, model: SyntaxModel = loadModel()): AnalyzedSentence[] {
  const tokens = tokenize(text);
  return sentences(text, tokens).map(({ start, end }) => {
    const parsed = parseTagged(tag(tokens.slice(start, end), model), model);
    return { start: parsed[0].start, end: parsed[parsed.length - 1].end, tokens: parsed };
  });
}
