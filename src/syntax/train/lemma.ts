// The lemma exception table: each form and tag whose usual treebank lemma the rules miss. Proper
// nouns keep their form, so they need no entries.
import type { TreebankSentence } from '../conllu.js';
import { ruleLemma } from '../lemma.js';

export function learnLemmaExceptions(sentences: readonly TreebankSentence[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      if (s.upos[i] === 'PROPN' || word === 'I') return;
      const key = `${word.toLowerCase()}\t${s.upos[i]}`;
      const byLemma = counts.get(key) ?? new Map<string, number>();
      byLemma.set(s.lemmas[i], (byLemma.get(s.lemmas[i]) ?? 0) + 1);
      counts.set(key, byLemma);
    });
  }
  const exceptions = new Map<string, string>();
  for (const [key, byLemma] of counts) {
    const [lemma] = [...byLemma].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const [lower, upos] = key.split('\t');
    if (ruleLemma(lower, upos) !== lemma) exceptions.set(key, lemma);
  }
  return exceptions;
}
