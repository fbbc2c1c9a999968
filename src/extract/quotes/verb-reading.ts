// Which present-tense forms a word may take by the syntax model's external word list (Penn Treebank tags, a
// lexicon of the whole language rather than the treebank's words): "face" may be VBP, "signals" VBZ. The
// tagger reads many such words after a noun as nouns ("Farmers face losses"); the list says they can be verbs.
import { externalClassOf, noExternalClasses } from '../../syntax/external.js';
import { hashText } from '../../syntax/hash.js';
import { loadModel } from '../../syntax/index.js';
import { hashWords } from '../../syntax/words.js';

let byHash: Map<number, string> | undefined;

/** The word's tag set in the list ("NNS|VBZ"), or "" when the list lacks it. */
function tagSet(word: string): string {
  const { external } = loadModel().tagger;
  byHash ??= new Map(external.classes.map((c) => [hashText(c), c]));
  const found = noExternalClasses(external, 1);
  externalClassOf(external, found, 0, word, hashWords([word]));
  return byHash.get(found.tagSet[0]) ?? '';
}

/** May the word be a present-tense verb agreeing with a plural subject (VBP) or a singular one (VBZ)? */
export function mayBePresent(word: string, pluralSubject: boolean): boolean {
  return tagSet(word)
    .split('|')
    .includes(pluralSubject ? 'VBP' : 'VBZ');
}
