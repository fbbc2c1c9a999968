// Word-level helpers over spans of the original text.
import type { Span } from './segment.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export interface Word extends Span {
  text: string;
}

const TRAILING_PUNCTUATION = /[.'’-]+$/;

/** The first `limit` words of text[start, end), each with its offsets. */
export function words(text: string, start: number, end: number, limit = 40): Word[] {
  const out: Word[] = [];
  const chunk = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(chunk); m && out.length < limit; m = WORD.exec(chunk)) {
    let w = m[0];
    const cut = TRAILING_PUNCTUATION.exec(w);
    if (cut && cut.index > 0) w = w.slice(0, cut.index);
    out.push({ start: start + m.index, end: start + m.index + w.length, text: w });
  }
  return out;
}

/** Finite verbs and auxiliaries: enough to tell a clause ("the aim was ...") from a noun phrase. */
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
  "wasn't",
  "isn't",
  "won't",
  "couldn't",
  "wouldn't",
  "didn't",
  "hadn't",
  "hasn't",
  'saw',
  'took',
  'made',
  'gave',
  'came',
  'went',
  'knew',
  'thought',
  'found',
  'left',
  'felt',
  'kept',
  'held',
  'brought',
  'began',
  'ran',
  'won',
  'lost',
  'met',
  'paid',
  'sent',
  'built',
  'spent',
  'stood',
  'understood',
  'became',
  'fell',
  'rose',
  'grew',
  'drew',
  'wrote',
  'spoke',
  'chose',
  'broke',
  'led',
  'meant',
  'sought',
  'taught',
  'bought',
  'fought',
  'caught',
  'sold',
  'heard',
  'fled',
  'dealt',
  'struck',
  'stuck',
  'got',
  'forgot',
  'drove',
  'ate',
  'threw',
  'flew',
  'blew',
  'shot',
  'shook',
  'stole',
  'woke',
  'wore',
  'tore',
  'swore',
  'froze',
  'rode',
  'hid',
  'slid',
  'laid',
  'sat',
  'sank',
  'swam',
  'rang',
  'sang',
  'drank',
  'dug',
  'hung',
  'swung',
  'bound',
  'withdrew',
  'overtook',
  'undertook',
  'oversaw',
  'overcame',
  'forgave',
  'fed',
  'bled',
  'upheld',
  'withheld',
  'withstood',
  'mistook',
  'spun',
  'shrank',
  'burnt',
  'learnt',
  'knelt',
  'dwelt',
  'slept',
  'swept',
  'wept',
  'lent',
  'bent',
  'stung',
  'clung',
  'flung',
  'sprang',
  'began',
  'forbade',
  'strove',
  'remain',
  'remains',
  'need',
  'needs',
  'want',
  'wants',
  'include',
  'includes',
  'hosts',
  'targets',
  'stands',
  'matters',
  'faces',
  'lies',
  'seems',
  'appears',
  'means',
  'shows',
  'makes',
  'takes',
  'gives',
  'goes',
  'comes',
  'says',
  'knows',
  'continues',
  'contributes',
  'depends',
  'exists',
  'belongs',
  'plans',
  'expects',
  'hopes',
  'intends',
  'supports',
  'opposes',
]);

const DETERMINER = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'some',
  'any',
  'no',
]);

/** Does this word, in this position, read as a finite verb? */
export function isFiniteVerb(ws: Word[], i: number): boolean {
  const w = ws[i].text.toLowerCase();
  if (FINITE.has(w)) return true;
  if (i === 0 || w.length < 5 || !w.endsWith('ed') || w.includes('-') || ws[i].text !== w) return false;
  return !DETERMINER.has(ws[i - 1].text.toLowerCase());
}

const BEFORE_DETERMINER = new Set([
  'if',
  'when',
  'once',
  'unless',
  'because',
  'since',
  'after',
  'before',
  'although',
  'though',
  'at',
  'in',
  'on',
  'of',
  'for',
  'with',
  'by',
  'from',
  'about',
  'during',
  'under',
  'over',
  'until',
]);

/** A content clause has a finite verb before any relative pronoun: "the aim was to ...", not "a new tournament that will ...". */
export function looksLikeClause(ws: Word[]): boolean {
  const n = Math.min(ws.length, 25);
  for (let i = 1; i < n; i++) {
    const w = ws[i].text.toLowerCase();
    // "if that deal came ...", "At that time, ...": after a subordinator or a preposition, "that" is a determiner
    if (w === 'that' && BEFORE_DETERMINER.has(ws[i - 1].text.toLowerCase())) continue;
    if (w === 'that' || w === 'which' || w === 'who' || w === 'whose') return false;
    if (isFiniteVerb(ws, i)) return true;
  }
  return false;
}
