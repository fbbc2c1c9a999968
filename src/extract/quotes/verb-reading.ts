// Which present-tense forms a word may take by the syntax model's external word list (Penn Treebank tags, a
// lexicon of the whole language rather than the treebank's words): "face" may be VBP, "signals" VBZ. The
// tagger reads many such words after a noun as nouns ("Farmers face losses"); the list says they can be verbs.
import { externalTagSet } from '../../syntax/external.js';
import { loadModel } from '../../syntax/index.js';

/** May the word be a present-tense verb agreeing with a plural subject (VBP) or a singular one (VBZ)? */
export function mayBePresent(word: string, pluralSubject: boolean): boolean {
  return externalTagSet(loadModel().tagger.external, word)
    .split('|')
    .includes(pluralSubject ? 'VBP' : 'VBZ');
}
