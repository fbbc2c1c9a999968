// Training the tagger: averaged perceptron over shuffled epochs, previous tags from its own predictions.
import type { TreebankSentence } from '../conllu.js';
import { type ExternalLexicon, NO_EXTERNAL_LEXICON } from '../external.js';
import { argmax, Features, PerceptronTrainer, score } from '../perceptron.js';
import { ambiguityClasses, rareWordEntries, TAGGER_FEATURES, taggerFeatures, type TaggerModel } from '../tagger.js';
import { hashWords } from '../words.js';
import { seededRandom, shuffled } from './random.js';

export interface TaggerTraining {
  readonly epochs: number;
  /** log2 of the number of hashed feature rows. */
  readonly rowBits: number;
  readonly seed: number;
  /** A word joins the tag dictionary when seen this often with one tag at least this share of the time. */
  readonly dictionaryMinCount: number;
  readonly dictionaryMinShare: number;
}

export function trainTagger(
  sentences: readonly TreebankSentence[],
  options: TaggerTraining,
  external: ExternalLexicon = NO_EXTERNAL_LEXICON,
): TaggerModel {
  const tags = [...new Set(sentences.flatMap((s) => s.upos))].sort();
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const counts = countTags(sentences);
  const tagDictionary = buildTagDictionary(counts, tagIndex, options);
  const lexicon = buildLexicon(counts, tagIndex);
  const prepared = sentences.map((s) => {
    const hashes = hashWords(s.words);
    const amb = ambiguityClasses(lexicon, s.words);
    return { s, hashes, amb, ext: rareWordEntries(external, s.words, hashes, amb), gold: s.upos.map((t) => tagIndex.get(t)!) };
  });
  const trainer = new PerceptronTrainer(1 << options.rowBits, tags.length);
  const features = new Features(TAGGER_FEATURES);
  const scores = new Float64Array(tags.length);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { s, hashes, amb, ext, gold } of shuffled(prepared, random)) {
      const guesses = new Uint32Array(s.words.length);
      for (let i = 0; i < s.words.length; i++) {
        let guess = tagDictionary.get(s.words[i].toLowerCase());
        if (guess === undefined) {
          taggerFeatures(hashes, amb, ext, i, i > 0 ? guesses[i - 1] : -1, i > 1 ? guesses[i - 2] : -1, features);
          scores.fill(0);
          score(trainer, features, scores);
          guess = argmax(scores, tags.length);
          trainer.tick();
          trainer.update(gold[i], guess, features);
        }
        guesses[i] = guess;
      }
    }
  }
  return { tags, table: trainer.averaged(), tagDictionary, lexicon, external };
}

type TagCounts = Map<string, Map<string, number>>;

function countTags(sentences: readonly TreebankSentence[]): TagCounts {
  const counts: TagCounts = new Map();
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      const lower = word.toLowerCase();
      const byTag = counts.get(lower) ?? new Map<string, number>();
      byTag.set(s.upos[i], (byTag.get(s.upos[i]) ?? 0) + 1);
      counts.set(lower, byTag);
    });
  }
  return counts;
}

const total = (byTag: Map<string, number>) => [...byTag.values()].reduce((a, b) => a + b, 0);

function buildTagDictionary(counts: TagCounts, tagIndex: ReadonlyMap<string, number>, options: TaggerTraining): Map<string, number> {
  const dictionary = new Map<string, number>();
  for (const [word, byTag] of counts) {
    const [tag, count] = [...byTag].sort((a, b) => b[1] - a[1])[0];
    const seen = total(byTag);
    if (seen >= options.dictionaryMinCount && count / seen >= options.dictionaryMinShare) {
      dictionary.set(word, tagIndex.get(tag)!);
    }
  }
  return dictionary;
}

/** Words seen twice or more, so that words seen once train the model for unknown words. */
function buildLexicon(counts: TagCounts, tagIndex: ReadonlyMap<string, number>): Map<string, number> {
  const lexicon = new Map<string, number>();
  for (const [word, byTag] of counts) {
    const seen = total(byTag);
    if (seen < 2) continue;
    let mask = 0;
    for (const [tag, count] of byTag) if (count / seen >= 0.02) mask |= 1 << tagIndex.get(tag)!;
    lexicon.set(word, mask);
  }
  return lexicon;
}
