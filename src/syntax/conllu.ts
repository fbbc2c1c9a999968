// CoNLL-U reading (https://universaldependencies.org/format.html): the basic tree of each sentence.
// Multiword token lines (1-2) and empty nodes (1.1) carry no basic-tree word, so they are skipped.

export interface TreebankSentence {
  readonly words: string[];
  readonly lemmas: string[];
  readonly upos: string[];
  readonly xpos: string[];
  /** Head of each word, 1-based, 0 for the root; index i is word i + 1. */
  readonly heads: number[];
  readonly deprels: string[];
}

export function readConllu(text: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let current = emptySentence();
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.words.length > 0) sentences.push(current);
      current = emptySentence();
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0])) continue;
    current.words.push(cols[1]);
    current.lemmas.push(cols[2]);
    current.upos.push(cols[3]);
    current.xpos.push(cols[4]);
    current.heads.push(Number(cols[6]));
    current.deprels.push(cols[7]);
  }
  if (current.words.length > 0) sentences.push(current);
  return sentences;
}

function emptySentence(): TreebankSentence {
  return { words: [], lemmas: [], upos: [], xpos: [], heads: [], deprels: [] };
}
