// An external word list with its tags (a Penn Treebank lexicon such as en-lexicon's), read by the tagger
// as one more ambiguity class: it knows many words the treebank never shows, which is where the tagger
// errs most. Stored in the model file, so nothing but the model is read at run time. Held as an
// open-addressing table of word hashes, not a Map of strings: a Map of its 112k words costs each
// parser thread several MB of heap, the table a fraction of that. Two words with one 32-bit hash
// share the first one's entry, as hashed features share a row.
import { hashText } from './hash.js';
import { hashWords, type WordHashes } from './words.js';

export interface ExternalLexicon {
  /** Distinct tag sets as the list writes them ("NNS|VBZ"), most likely tag first. */
  readonly classes: readonly string[];
  /** Slot -> word hash (FNV-1a); the length is a power of two. */
  readonly keys: Uint32Array;
  /** Slot -> 1 + index of the word's tag set in classes, 0 for a free slot. */
  readonly values: Uint16Array;
}

export const NO_EXTERNAL_LEXICON: ExternalLexicon = externalLexicon([]);

/** Slot holding the key, or the free slot where it would go. */
function slotOf({ keys, values }: ExternalLexicon, key: number): number {
  const mask = keys.length - 1;
  let slot = key & mask;
  while (values[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** Builds the lexicon from word -> "TAG|TAG" entries (entries with no tag are left out). */
export function externalLexicon(entries: Iterable<readonly [string, string]>): ExternalLexicon {
  const classIndex = new Map<string, number>();
  const pairs: [number, number][] = [];
  for (const [word, tagSet] of entries) {
    if (!tagSet) continue;
    let index = classIndex.get(tagSet);
    if (index === undefined) {
      index = classIndex.size;
      classIndex.set(tagSet, index);
    }
    pairs.push([hashText(word), index]);
  }
  return fromPairs([...classIndex.keys()], pairs);
}

/** The table for (key, tag set) pairs, at most half full so that probes stay short. */
function fromPairs(classes: readonly string[], pairs: Iterable<readonly [number, number]>): ExternalLexicon {
  const list = [...pairs];
  let size = 2;
  while (size < 2 * list.length) size *= 2;
  const table = { classes, keys: new Uint32Array(size), values: new Uint16Array(size) };
  for (const [key, index] of list) {
    const slot = slotOf(table, key);
    if (table.values[slot] !== 0) continue;
    table.keys[slot] = key;
    table.values[slot] = index + 1;
  }
  return table;
}

/** Index of the word's tag set, -1 when the list lacks it. */
function find(lexicon: ExternalLexicon, hash: number): number {
  return lexicon.values[slotOf(lexicon, hash)] - 1;
}

export interface ExternalClasses {
  /** Hash of the word's tag set, 0 when the list lacks the word. */
  readonly tagSet: Uint32Array;
  /** Hash of its most likely tag, 0 when the list lacks the word. */
  readonly firstTag: Uint32Array;
  /** False without a list: the tagger then reads exactly the features it read before lists existed. */
  readonly used: boolean;
}

/**
 * The entries of the words for which rare(i) holds, each looked up as written, then lower-cased, then
 * capitalised ("WHO" -> "Who").
 */
export function externalClasses(
  lexicon: ExternalLexicon,
  words: readonly string[],
  hashes: WordHashes,
  rare: (i: number) => boolean,
): ExternalClasses {
  const found = noExternalClasses(lexicon, words.length);
  words.forEach((word, i) => {
    if (rare(i)) externalClassOf(lexicon, found, i, word, hashes);
  });
  return found;
}

/** Room for n words' entries, all absent until externalClassOf fills them. */
export function noExternalClasses(lexicon: ExternalLexicon, n: number): ExternalClasses {
  return { tagSet: new Uint32Array(n), firstTag: new Uint32Array(n), used: lexicon.classes.length > 0 };
}

/** Fills in word i's entry, if the list has one. */
export function externalClassOf(lexicon: ExternalLexicon, into: ExternalClasses, i: number, word: string, hashes: WordHashes): void {
  const index = entryOf(lexicon, i, word, hashes);
  if (index < 0) return;
  const tags = lexicon.classes[index];
  into.tagSet[i] = hashText(tags);
  const bar = tags.indexOf('|');
  into.firstTag[i] = hashText(tags, 0, bar < 0 ? tags.length : bar);
}

/** The word's tag set as the list writes it ("NNS|VBZ"), "" when the list lacks it. */
export function externalTagSet(lexicon: ExternalLexicon, word: string): string {
  const index = entryOf(lexicon, 0, word, hashWords([word]));
  return index < 0 ? '' : lexicon.classes[index];
}

/** Index of word i's tag set, looked up as written, then lower-cased, then capitalised; -1 when absent. */
function entryOf(lexicon: ExternalLexicon, i: number, word: string, hashes: WordHashes): number {
  let index = find(lexicon, hashes.form[i]);
  if (index < 0) index = find(lexicon, hashes.lower[i]);
  if (index < 0) index = find(lexicon, hashText(capitalised(word)));
  return index;
}

function capitalised(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
