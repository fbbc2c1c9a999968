// The whole training recipe: tagger, lemma table, and a parser trained on predicted tags. The parser's
// training tags come from taggers that did not see the sentence (jackknifing), so it learns from tags
// as wrong as the ones it will get on new text.
import type { TreebankSentence } from '../conllu.js';
import type { ExternalLexicon } from '../external.js';
import type { SyntaxModel } from '../model.js';
import { tagWords } from '../tagger.js';
import { learnLemmaExceptions } from './lemma.js';
import { type ParserExample, type ParserTraining, trainParser } from './parser.js';
import { type TaggerTraining, trainTagger } from './tagger.js';

export interface SyntaxTraining {
  readonly tagger: TaggerTraining;
  readonly parser: ParserTraining;
  /** 1 tags the parser's training data with the final tagger instead (for tiny data sets). */
  readonly jackknifeFolds: number;
  /**
   * A tagged word list for the tagger's words the treebank lacks (none if absent). Only the final tagger
   * reads it: the parser's jackknifed training tags come from taggers without it, which parsed dev
   * better than the parser trained on tags from taggers with it (README).
   */
  readonly external?: ExternalLexicon;
}

export function trainSyntaxModel(
  sentences: readonly TreebankSentence[],
  options: SyntaxTraining,
  log: (message: string) => void = () => {},
): SyntaxModel {
  const tagger = trainTagger(sentences, options.tagger, options.external);
  log('tagger trained');
  const examples =
    options.jackknifeFolds > 1
      ? jackknifedTags(sentences, tagger.tags, options)
      : sentences.map((sentence) => ({ sentence, tags: tagWords(tagger, sentence.words) }));
  log('jackknifed tags ready');
  const parser = trainParser(examples, tagger.tags, options.parser);
  log('parser trained');
  return { tagger, parser, lemmaExceptions: learnLemmaExceptions(sentences) };
}

function jackknifedTags(sentences: readonly TreebankSentence[], tags: readonly string[], options: SyntaxTraining): ParserExample[] {
  const folds = options.jackknifeFolds;
  const examples: ParserExample[] = [];
  for (let k = 0; k < folds; k++) {
    const heldOut = sentences.filter((_, i) => i % folds === k);
    const foldTagger = trainTagger(
      sentences.filter((_, i) => i % folds !== k),
      options.tagger,
    );
    for (const sentence of heldOut) {
      const predicted = tagWords(foldTagger, sentence.words).map((t) => tags.indexOf(foldTagger.tags[t]));
      examples.push({ sentence, tags: predicted });
    }
  }
  return examples;
}
