// Lemmas: suffix rules for regular inflection, and a table learnt from the treebank for the words the
// rules get wrong (said -> say, children -> child, was -> be). The table is keyed by "form<TAB>UPOS".

export type LemmaExceptions = ReadonlyMap<string, string>;

export function lemmatize(word: string, upos: string, exceptions: LemmaExceptions): string {
  const lower = word.toLowerCase();
  return exceptions.get(`${lower}\t${upos}`) ?? ruleLemma(word, upos);
}

export function ruleLemma(word: string, upos: string): string {
  if (upos === 'PROPN') return word;
  const lower = word === 'I' ? word : word.toLowerCase();
  if (upos === 'NOUN') return nounLemma(lower);
  if (upos === 'VERB' || upos === 'AUX') return verbLemma(lower);
  return lower;
}

function nounLemma(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function verbLemma(w: string): string {
  if (w.length > 4 && /ie[sd]$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return restoreStem(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed')) return restoreStem(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** "stopp" -> "stop", "mak" -> "make", "receiv" -> "receive"; "visit" stays. */
function restoreStem(stem: string): string {
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[cgsvz]|[^aeiou]l|at|iz|ur)$/.test(stem) && !/(?:ss|ng)$/.test(stem)) return `${stem}e`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`;
  return stem;
}
