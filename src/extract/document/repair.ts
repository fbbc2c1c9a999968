// Scraped-page noise repaired without losing the way back to the text as posted. Each repair replaces one
// character by one (a line break inside a sentence, the "(" of "(“" opening a sentence), inserts one (a
// space after a glued full stop) or deletes one (the second of two apostrophes typed for a double quotation
// mark), so every offset in the repaired text maps to one in the original. A quotation left open is not closed here: where its closing mark belongs depends on the cue
// inside it ('“We will ..., the minister said'), which the quotation finder reads.
import { firstAtOrAfter } from '../text/search.js';

export interface RepairedText {
  readonly text: string;
  /** The offset in the posted text of an offset in the repaired one. */
  toOriginal(offset: number): number;
}

interface Edit {
  /** Offset in the posted text. */
  at: number;
  /** Replace the character there, insert before it, or delete it. */
  kind: 'replace' | 'insert' | 'delete';
  char: string;
}

// A break inside a sentence, the hard wrap of wire copy: "the minister\nsaid on Friday", "said the BJP\nwas
// making" (a paragraph never opens in lower case, so a word or a comma before it and a lower-case word after
// it), "informed on Friday that the\nJustice Department" (no sentence or headline ends in an article, a
// preposition or a conjunction). Each pattern matches its anchor character first, so the look-behind runs
// only there: linear time.
// A blank line or two there too ("the shock of the adverse\n\ndecision of ...", "appointed as the\n\nhead of"): a
// page's paragraphs split mid-sentence; each break of the run is replaced.
const BROKEN_LINE =
  /\n(?<=[\p{L}\d,][ \t]*(?:\n[ \t]*){0,2}\n)(?=(?:[ \t]*\n){0,2}[ \t]*\p{Ll})|\n(?<=(?<![\p{L}\d'’-])(?:the|The|a|an|of|in|on|at|to|for|by|with|from|into|and|or|but|that)[ \t]*(?:\n[ \t]*){0,2}\n)(?=(?:[ \t]*\n){0,2}[ \t]*\S)/gu;
// "facilities.However": the pattern the sentence splitter already treats as an end
const GLUED_STOP = /\.(?<=\p{Ll}{2}\.)(?=\p{Lu}(?:\p{Ll}|\p{Lu}+\s))/gu;
// "He saidthe messages were ...": a page that drops the space after the commonest cue; read as two words (the glued
// full stop above is the same loss). Only before a determiner or a subject pronoun, which no word in "said..." holds.
const GLUED_SAID = /(?<![\p{L}'’-])said(?=(?:the|that|he|she|they|it|his|her|their|its)(?![\p{L}'’-]))/gu;
// '(“We will ...' at the start of a line or after a sentence end: the bracket opens no aside
const BRACKET_BEFORE_QUOTE = /\((?<=(?:^|\n|[.!?]\s+)[ \t]*\()(?=“)/gu;
// ''We will act,'' he said: two apostrophes typed for one double quotation mark, the house style of agency
// copy (APP, UrduPoint) where the keyboard or the wire has no double mark; read as one straight double mark. An
// editor's smart quotes turn the same keystrokes into two curly singles, ‘‘...’’, read as one curly double mark.
const TWO_APOSTROPHES = /(?<!['‘’])(?:''|‘‘|’’)(?!['‘’])/gu;
const DOUBLE_OF: Record<string, string> = { "''": '"', '‘‘': '“', '’’': '”' };

export function repairText(original: string): RepairedText {
  const edits: Edit[] = [];
  for (const m of original.matchAll(BROKEN_LINE)) edits.push({ at: m.index, kind: 'replace', char: ' ' });
  for (const m of original.matchAll(GLUED_STOP)) edits.push({ at: m.index + 1, kind: 'insert', char: ' ' });
  for (const m of original.matchAll(GLUED_SAID)) edits.push({ at: m.index + 4, kind: 'insert', char: ' ' });
  for (const m of original.matchAll(BRACKET_BEFORE_QUOTE)) edits.push({ at: m.index, kind: 'replace', char: ' ' });
  for (const m of original.matchAll(TWO_APOSTROPHES)) {
    edits.push({ at: m.index, kind: 'replace', char: DOUBLE_OF[m[0]] }, { at: m.index + 1, kind: 'delete', char: '' });
  }
  if (edits.length === 0) return { text: original, toOriginal: (offset) => offset };
  // no two edits share an offset: an insertion lands before a capital or after "said", a replacement on a break, bracket or
  // apostrophe, a deletion on the apostrophe after it
  edits.sort((a, b) => a.at - b.at);
  return apply(original, edits);
}

function apply(original: string, edits: Edit[]): RepairedText {
  const parts: string[] = [];
  /** Where the inserted characters are in the repaired text, ascending. */
  const inserted: { start: number }[] = [];
  /** Where the character after each deleted one is in the repaired text, ascending. */
  const deleted: { start: number }[] = [];
  let from = 0;
  let length = 0;
  for (const edit of edits) {
    parts.push(original.slice(from, edit.at));
    length += edit.at - from;
    from = edit.at;
    if (edit.kind === 'delete') {
      deleted.push({ start: length });
      from++;
      continue;
    }
    if (edit.kind === 'insert') inserted.push({ start: length });
    else from++;
    parts.push(edit.char);
    length++;
  }
  parts.push(original.slice(from));
  return {
    text: parts.join(''),
    toOriginal: (offset) => offset - firstAtOrAfter(inserted, offset) + firstAtOrAfter(deleted, offset + 1),
  };
}
