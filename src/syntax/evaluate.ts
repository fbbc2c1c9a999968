// Accuracy against a treebank on its own tokenisation, as the CoNLL 2018 shared task scores it: every
// word counts, punctuation included; LAS compares the universal relation (the part before ':'), and
// fullLas the whole label.
import type { TreebankSentence } from './conllu.js';
import type { SyntaxModel } from './model.js';
import { parse } from './decode.js';
import { tagWords } from './tagger.js';
import { hashWords } from './words.js';

export interface SyntaxScores {
  readonly words: number;
  readonly upos: number;
  readonly uas: number;
  readonly las: number;
  readonly fullLas: number;
}

export function evaluate(model: Pick<SyntaxModel, 'tagger' | 'parser'>, sentences: readonly TreebankSentence[]): SyntaxScores {
  let words = 0,
    upos = 0,
    uas = 0,
    las = 0,
    fullLas = 0;
  for (const s of sentences) {
    const tags = tagWords(model.tagger, s.words);
    const tree = parse(model.parser, { words: hashWords(s.words), tags });
    s.words.forEach((_, i) => {
      words++;
      if (model.tagger.tags[tags[i]] === s.upos[i]) upos++;
      if (tree.heads[i] !== s.heads[i]) return;
      uas++;
      if (universal(tree.deprels[i]) === universal(s.deprels[i])) las++;
      if (tree.deprels[i] === s.deprels[i]) fullLas++;
    });
  }
  const share = (n: number) => n / Math.max(1, words);
  return { words, upos: share(upos), uas: share(uas), las: share(las), fullLas: share(fullLas) };
}

const universal = (deprel: string) => deprel.split(':')[0];

export function formatScores(scores: SyntaxScores): string {
  return `UPOS ${scores.upos.toFixed(3)} UAS ${scores.uas.toFixed(3)} LAS ${scores.las.toFixed(3)}`;
}
