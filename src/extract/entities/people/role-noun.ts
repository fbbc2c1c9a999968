// A title the article gives an untitled person only by a role noun next to the name: "Boris Johnson has said.
// While the prime minister ...", "its foreign minister has said. ... Sheikh Mohammed told reporters".
import type { Token } from '../../document/tokens.js';
import { WEEKDAYS } from '../../lexicons/not-names.js';
import { SPEAKS_FOR } from '../../lexicons/role-nouns.js';
import type { Mention } from '../types.js';
import { isOffice, singularRole } from '../words.js';
import type { Draft, Scan } from './scan.js';

/** Determiners that make a role noun definite, pointing at one person the reader knows or is about to meet. */
const DEFINITE = new Set(['the', 'its', 'his', 'her', 'their']);
/** How far a role noun may stand after the name it stands for (the next sentence), or before it, in tokens. */
const AFTER = 15;
const BEFORE = 40;
/** Words a source closing its sentence may have after the name: "has said", "said on Monday". */
const CLOSING = 4;

interface RoleNoun {
  /** The role's words, without the determiner: "prime minister", "economy minister". */
  title: string;
  first: number;
  last: number;
}

/**
 * "the prime minister", "the Gulf state's economy minister": a lower-case office (one person's, not
 * "the institutions' heads") after a determiner or a possessive, with at most two lower-case words before it, and no name after it (which it would title).
 */
function roleNounAt(tokens: Token[], r: number): RoleNoun | undefined {
  const t = tokens[r];
  if (t.cap || !isOffice(t.lower) || singularRole(t.lower) || tokens[r + 1]?.cap) return undefined;
  let first = r;
  while (first > r - 2 && tokens[first - 1]?.word && !tokens[first - 1].cap && !definiteAt(tokens, first - 1)) first--;
  if (!definiteAt(tokens, first - 1)) return undefined;
  const title = tokens
    .slice(first, r + 1)
    .map((x) => x.text)
    .join(' ');
  return { title, first, last: r };
}

const definiteAt = (tokens: Token[], x: number): boolean => tokens[x] !== undefined && (DEFINITE.has(tokens[x].lower) || tokens[x].poss);

/**
 * An untitled person whose first mention is the speaker of a sentence ("X has said"), followed by a role noun
 * in the next sentence ("the prime minister did not say"), or whose first mention follows a role noun that spoke
 * ("its foreign minister has said. ... X told reporters"), holds that role, when no one else is named between
 * and no one else holds a title ending in the same words.
 */
export function titleFromRoleNouns(sc: Scan): void {
  const { tokens, people, verbAt } = sc;
  const byStart = new Map(tokens.map((t, x) => [t.start, x]));
  const byEnd = new Map(tokens.map((t, x) => [t.end, x]));
  // a mention runs from a token's start to a token's end
  const spanOf = (m: Mention): [number, number] => [byStart.get(m.start) as number, byEnd.get(m.end) as number];
  // how many mentions open before each token, to ask in one step whether anyone is named between two tokens
  const opened = new Array<number>(tokens.length + 1).fill(0);
  for (const p of people) for (const m of p.mentions) opened[spanOf(m)[0] + 1]++;
  for (let x = 1; x <= tokens.length; x++) opened[x] += opened[x - 1];
  const between = (a: number, b: number) => opened[b] - opened[a + 1] > 0;
  const spoke = (x: number) => tokens[x] !== undefined && (verbAt(tokens[x].start) || verbAt(tokens[x + 1]?.start ?? -1));
  for (const p of people) {
    const [start, end] = spanOf(p.mentions[0]);
    if (p.title || p.official || !spoke(end + 1)) continue;
    const noun = roleNounAfter(tokens, end, between) ?? roleNounBefore(tokens, start, spoke, between);
    if (noun && !heldBy(people, p, noun.title)) describeBy(p, noun.title);
  }
}

/**
 * "…, X has said. While the prime minister ...": "the" and an office in the next sentence, no one named between.
 * A possessive points elsewhere ("the petitioner's counsel"), and a spokesperson heard of after an untitled
 * speaker speaks for someone else.
 */
function roleNounAfter(tokens: Token[], end: number, between: (a: number, b: number) => boolean): RoleNoun | undefined {
  for (let r = end + 1; r < tokens.length && r <= end + AFTER; r++) {
    const noun = roleNounAt(tokens, r);
    if (!noun) continue;
    // the name closes its sentence as the source of what came before ("…, X has said."): a sentence that goes
    // on after its subject ("X told the court that … The judge") moves to other people
    const stop = tokens.slice(end + 1, noun.first).findIndex((t) => t.text === '.');
    const nextSentence = stop >= 0 && stop <= CLOSING;
    const plain = tokens[noun.first - 1].lower === 'the' && !SPEAKS_FOR.has(tokens[r].lower);
    return nextSentence && plain && !between(end, noun.first) ? noun : undefined;
  }
  return undefined;
}

/**
 * "its foreign minister has said.⏎⏎ ... X told reporters": a role that spoke before anyone is named (a lede's),
 * the name in the next paragraph at the latest.
 */
function roleNounBefore(
  tokens: Token[],
  start: number,
  spoke: (x: number) => boolean,
  between: (a: number, b: number) => boolean,
): RoleNoun | undefined {
  for (let r = start - 1; r >= 0 && r >= start - BEFORE; r--) {
    const noun = roleNounAt(tokens, r);
    if (!noun) continue;
    const breaks = tokens.slice(noun.last + 1, start + 1).filter((t) => t.lineBefore).length;
    return spoke(pastDay(tokens, noun.last + 1)) && breaks <= 1 && !between(-1, start) ? noun : undefined;
  }
  return undefined;
}

/**
 * "Sindh's home minister on Monday said": South Asian copy puts the day between subject and verb; the token
 * after it (a capitalised day glued on ends no role noun: roleNounAt).
 */
function pastDay(tokens: Token[], x: number): number {
  // the role noun stands before the name, so a token follows it, and the name's after "on"
  const t = tokens[x].lower;
  if (t === 'on' && WEEKDAYS.has(tokens[x + 1].lower)) return x + 2;
  return DAY_ADVERBS.has(t) ? x + 1 : x;
}

const DAY_ADVERBS: ReadonlySet<string> = new Set(['yesterday', 'today']);

const heldBy = (people: Draft[], p: Draft, title: string): boolean =>
  people.some((q) => q !== p && q.title?.toLowerCase().endsWith(title.toLowerCase()));

function describeBy(p: Draft, title: string): void {
  p.title = title;
  p.official = true;
  p.officialBy = 'later-title';
}
