// Greedy left-to-right part-of-speech tagger (averaged perceptron, Collins 2002), with the feature set
// of Honnibal's "A good part-of-speech tagger in about 200 lines of Python" widened by word shape,
// capitalisation, longer affixes, a second word of right context, each word's ambiguity class (the
// tags it had in training), which carries over to words seen once, and, for words seen less than
// twice, their tag set in an external lexicon, which covers words the treebank lacks. Frequent
// unambiguous words skip the model.
import { type ExternalClasses, type ExternalLexicon, externalClasses, externalClassOf, noExternalClasses } from './external.js';
import { feature1, feature2, feature3 } from './hash.js';
import { argmax, Features, score, type WeightTable } from './perceptron.js';
import { emptyHashes, hashWord, type WordHashes } from './words.js';

export interface TaggerModel {
  readonly tags: readonly string[];
  readonly table: WeightTable;
  /** Lower-cased words that always carry one tag in the training data, with that tag's index. */
  readonly tagDictionary: ReadonlyMap<string, number>;
  /** Lower-cased words seen more than once in training, with the set of their tags as a bit mask. */
  readonly lexicon: ReadonlyMap<string, number>;
  readonly external: ExternalLexicon;
}

/** Each word's tag set from the lexicon (its ambiguity class), UNKNOWN for words not in it. */
export function ambiguityClasses(lexicon: ReadonlyMap<string, number>, words: readonly string[]): Uint32Array {
  return Uint32Array.from(words, (word) => ambiguityClass(lexicon, word));
}

function ambiguityClass(lexicon: ReadonlyMap<string, number>, word: string): number {
  return lexicon.get(word.toLowerCase()) ?? UNKNOWN;
}

/**
 * The external list's entries for the words training showed less than twice: for the others the
 * treebank's own ambiguity class is the better guide (the list for every word tagged and parsed dev
 * worse, README).
 */
export function rareWordEntries(
  external: ExternalLexicon,
  words: readonly string[],
  hashes: WordHashes,
  amb: Uint32Array,
): ExternalClasses {
  return externalClasses(external, words, hashes, (i) => isRare(amb, i));
}

/** Training and tagging ask the word list about the same words: those the treebank's lexicon lacks. */
const isRare = (amb: Uint32Array, i: number): boolean => amb[i] === UNKNOWN;

const NONE = 0x9e3779b9;
const START = 0x7f4a7c15;
const UNKNOWN = 0x40000000;
export const TAGGER_FEATURES = 46;
/** The last five features, read only with a word list. */
export const LIST_FEATURES = 5;

/** Fills features for word i given the two tags before it (indices, or -1 at the start). */
export function taggerFeatures(
  w: WordHashes,
  amb: Uint32Array,
  ext: ExternalClasses,
  i: number,
  prev: number,
  prev2: number,
  out: Features,
): void {
  const n = w.lower.length;
  const at = (a: Uint32Array, j: number) => (j < 0 ? START : j >= n ? NONE : a[j]);
  out.clear();
  out.push(feature1(1, 0));
  out.push(feature1(2, w.lower[i]));
  out.push(feature1(3, w.form[i]));
  out.push(feature1(4, w.suffix1[i]));
  out.push(feature1(5, w.suffix2[i]));
  out.push(feature1(6, w.suffix3[i]));
  out.push(feature1(7, w.suffix4[i]));
  out.push(feature1(8, w.prefix1[i]));
  out.push(feature1(9, w.prefix3[i]));
  out.push(feature2(10, w.shape[i], i === 0 ? 1 : 0));
  out.push(feature1(11, prev));
  out.push(feature2(12, prev, prev2));
  out.push(feature2(13, prev, w.lower[i]));
  out.push(feature2(14, prev, w.suffix3[i]));
  out.push(feature1(15, at(w.lower, i - 1)));
  out.push(feature1(16, at(w.suffix3, i - 1)));
  out.push(feature1(17, at(w.lower, i - 2)));
  out.push(feature1(18, at(w.lower, i + 1)));
  out.push(feature1(19, at(w.suffix3, i + 1)));
  out.push(feature1(20, at(w.lower, i + 2)));
  out.push(feature2(21, at(w.lower, i - 1), w.lower[i]));
  out.push(feature2(22, w.lower[i], at(w.lower, i + 1)));
  out.push(feature1(23, at(w.shape, i + 1)));
  out.push(feature1(24, at(w.shape, i - 1)));
  out.push(feature2(25, prev, at(w.lower, i + 1)));
  out.push(feature3(26, at(w.lower, i - 1), w.lower[i], at(w.lower, i + 1)));
  out.push(feature2(27, w.suffix2[i], at(w.suffix2, i + 1)));
  out.push(feature2(28, prev, w.shape[i]));
  out.push(feature1(29, amb[i]));
  out.push(feature1(30, at(amb, i - 1)));
  out.push(feature1(31, at(amb, i + 1)));
  out.push(feature1(32, at(amb, i + 2)));
  out.push(feature2(33, prev, amb[i]));
  out.push(feature2(34, amb[i], at(amb, i + 1)));
  out.push(feature3(35, prev, amb[i], at(amb, i + 1)));
  out.push(feature2(36, amb[i], w.suffix3[i]));
  out.push(feature3(37, at(w.capitals, i - 1), w.capitals[i], at(w.capitals, i + 1)));
  out.push(feature2(38, w.form[i], at(w.capitals, i + 1)));
  out.push(feature1(39, at(w.form, i - 1)));
  out.push(feature1(40, at(w.form, i + 1)));
  out.push(feature3(41, prev, w.capitals[i], at(w.capitals, i + 1)));
  // without a list, the features of a tagger trained before lists (the parser's jackknifed taggers)
  if (!ext.used) return;
  out.push(feature1(42, ext.tagSet[i]));
  out.push(feature1(43, ext.firstTag[i]));
  out.push(feature1(44, at(ext.tagSet, i - 1)));
  out.push(feature1(45, at(ext.tagSet, i + 1)));
  out.push(feature2(46, prev, ext.tagSet[i]));
}

/**
 * A sentence's tags, worked out left to right only as far as asked: a word's features read the words around
 * it and the tags before it, never a later tag, so the first n words' tags are those of the whole sentence.
 * What the features read of a word (hashes, ambiguity class, list entry) is worked out as late, up to two
 * words past the last tagged: a caller that asks about a sentence's opening (a title word, a clause's first
 * words) pays for that alone.
 */
export class SentenceTagger {
  readonly tags: Uint32Array;
  private done = 0;
  /** Words whose hashes, ambiguity class and list entry are filled in, from the first. */
  private prepared = 0;
  private readonly hashes: WordHashes;
  private readonly amb: Uint32Array;
  private readonly ext: ExternalClasses;
  private readonly features = new Features(TAGGER_FEATURES);
  private readonly scores: Float64Array;

  constructor(
    private readonly model: TaggerModel,
    private readonly words: readonly string[],
  ) {
    this.hashes = emptyHashes(words.length);
    this.amb = new Uint32Array(words.length);
    this.ext = noExternalClasses(model.external, words.length);
    this.scores = new Float64Array(model.tags.length);
    this.tags = new Uint32Array(words.length);
  }

  /** Tag indices of the first n words (all of them past the end), tagging those not tagged yet. */
  through(n: number): Uint32Array {
    const { model, words, tags } = this;
    for (; this.done < Math.min(n, words.length); this.done++) {
      const i = this.done;
      let tag = model.tagDictionary.get(words[i].toLowerCase());
      if (tag === undefined) {
        // the features read two words ahead
        this.prepare(i + 3);
        taggerFeatures(this.hashes, this.amb, this.ext, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, this.features);
        this.scores.fill(0);
        score(model.table, this.features, this.scores);
        tag = argmax(this.scores, model.tags.length);
      }
      tags[i] = tag;
    }
    return tags;
  }

  /** Fills in what the features read of each word up to the end-th (exclusive), as rareWordEntries would. */
  private prepare(end: number): void {
    const { model, words, hashes, amb } = this;
    for (; this.prepared < Math.min(end, words.length); this.prepared++) {
      const i = this.prepared;
      hashWord(hashes, i, words[i]);
      amb[i] = ambiguityClass(model.lexicon, words[i]);
      if (isRare(amb, i)) externalClassOf(model.external, this.ext, i, words[i], hashes);
    }
  }
}

/** Tag indices for a sentence's words. */
export function tagWords(model: TaggerModel, words: readonly string[]): Uint32Array {
  return new SentenceTagger(model, words).through(words.length);
}
