// What the article around a mention says that the mention's own words do not: the places it names.
import type { Token } from './tokens.js';

/** Words that put the capitalised run after or before them in a place: "in Lakki Marwat", "Lakki Marwat district". */
const PLACE_AFTER = 'in';
const PLACE_NOUNS = new Set(['district', 'tehsil', 'division']);

/**
 * Names of two or three words the article itself uses as places ("in Lakki Marwat", "Lakki Marwat district"):
 * a posting between a title and a name ("DPO Lakki Marwat Tahir Ayub Marwat") though no gazetteer holds it.
 */
export function articlePlaces(tokens: Token[]): Set<string> {
  const places = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || tokens[i - 1]?.cap) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].cap && !tokens[j + 1].lineBefore) j++;
    const placed = tokens[i - 1]?.lower === PLACE_AFTER || PLACE_NOUNS.has(tokens[j + 1]?.lower ?? '');
    if (placed && j > i && j - i < 3) places.add(text(tokens, i, j));
    i = j;
  }
  return places;
}

const text = (tokens: Token[], i: number, j: number): string =>
  tokens
    .slice(i, j + 1)
    .map((t) => t.text)
    .join(' ');
