// A name's mention with what stands right before it: honorifics and ranks ("Dr", "Maj Gen", "Lt Gen (retd)"),
// a title or a body, and what the words around it say of the person.
import { GOVERNMENT_NOUNS, ORG_HEADS } from '../../lexicons/organizations.js';
import type { Token } from '../../document/tokens.js';
import { RETIRED, RETIRED_RANKS } from '../../lexicons/honorifics.js';
import { PARTICLES } from '../../lexicons/particles.js';
import { describe, type Description } from '../describe.js';
import type { Mention } from '../types.js';
import { isHonorific, isRole, isTitleWord, lower, retiredAt } from '../words.js';
import type { NameSpan } from './name-span.js';
import { placeLength } from './places.js';
import { homeRegion, placesOnce, type Scan } from './scan.js';

export interface MentionAt {
  /** The word before the honorifics and ranks (-1 at the text's start): a title or a body, or none. */
  h: number;
  honorifics: Token[];
  mentionStart: number;
  mention: Mention;
  /** "the Narendra Modi government": the name names a government by its leader. */
  attributive: boolean;
  /** A title or a body stands before the name, or a posting's place between them. */
  titled: boolean;
}

/** The mention of `span`'s name, from the honorifics and ranks right before it. */
export function mentionOf(sc: Scan, span: NameSpan): MentionAt {
  const { text, tokens, orgs } = sc;
  const { first, runEnd } = span;
  const rank = rankStart(sc, span);
  const honorifics = tokens.slice(rank + 1, first).filter((t) => t.word && !RETIRED.has(lower(t)));
  const mentionStart = honorifics.length ? rank + 1 : first;
  const h = titleBeforePosting(sc, rank);
  const mention: Mention = {
    start: tokens[mentionStart].start,
    end: tokens[runEnd].end,
    text: text.slice(tokens[mentionStart].start, tokens[runEnd].end),
  };
  // "the Narendra Modi government": a name naming a government by its leader has no title before it; in
  // the possessive it is the leader's own name ("Premier Tim Houston's government")
  const attributive = !tokens[runEnd].poss && GOVERNMENT_NOUNS.has(tokens[runEnd + 1]?.text ?? '');
  // "Prime Minister’s Questions": a role in the possessive titles no one
  const role = h >= 0 && (isRole(tokens[h]) || isTitleWord(tokens[h])) && !tokens[h].poss;
  // "Consul General Quetta X, Y": a title before the posting's place titles the name too
  const titled = (h >= 0 && (role || orgs.at(h) !== undefined) && tokens[h].word && !attributive) || span.posted;
  return { h, honorifics, mentionStart, mention, attributive, titled };
}

/**
 * "Inspector General of Police, Sindh, Dr X", "City Police Officer, Rawalpindi, X": a posting's place set off by
 * commas between a title and the name; the title's last word stands for the word before the name.
 */
function titleBeforePosting(sc: Scan, h: number): number {
  const { tokens } = sc;
  if (tokens[h]?.text !== ',') return h;
  const open = tokens.findLastIndex((t, x) => x < h && x >= h - 4 && t.text === ',');
  const place = () =>
    placeLength(
      tokens,
      open + 1,
      () => placesOnce(sc),
      (name) => homeRegion(sc, name),
    );
  // (a title's last word may be its body's: "... of Police")
  const title = tokens[open - 1];
  const titled = open > 0 && title.cap && (isRole(title) || isTitleWord(title) || ORG_HEADS.has(title.lower));
  return titled && place() === h - open - 1 ? open - 1 : h;
}

/** Honorifics and ranks right before the name: "Dr", "Maj Gen", "Lt Gen (retd)", "Ambassador (retd)"; the word before them. */
function rankStart(sc: Scan, span: NameSpan): number {
  const { tokens } = sc;
  let h = span.first - 1;
  while (h > span.k && PARTICLES.has(tokens[h].text)) h--;
  let retired = false;
  if (h >= 2 && retiredAt(tokens, h - 2)) {
    retired = true;
    h -= 3;
  } else if (h >= 1 && RETIRED.has(lower(tokens[h])) && tokens[h].cap && isHonorific(tokens[h - 1])) {
    // "Col. Retired X": the word written out after the rank, as "(retd)" is
    retired = true;
    h--;
  }
  // "Attorney General Imran Haider Gill": "General" after a role belongs to the title, it is no rank; after
  // a rank it is one ("Brigadier General")
  const rank = (x: number) =>
    isHonorific(tokens[x]) && !(lower(tokens[x]) === 'general' && x > 0 && isRole(tokens[x - 1]) && !isHonorific(tokens[x - 1]));
  while (h >= 0 && (rank(h) || (retired && RETIRED_RANKS.has(lower(tokens[h]))))) h--;
  // "lord mayor retired Col X": "retired" before a rank qualifies the rank, not the title before it
  if (h < span.first - 1 && h >= 0 && tokens[h].lower === 'retired') h--;
  return h;
}

/** What the words around this mention say; a title written after the name reads after it. */
export function describeMention(sc: Scan, span: NameSpan, at: MentionAt): Description {
  const { postNominal, runEnd } = span;
  const last = postNominal ? runEnd + 1 : runEnd;
  const d = describe(sc.text, sc.tokens, sc.orgs, sc.used, { h: at.h, last }, at.honorifics, sc.verbAt);
  return d.title || !postNominal ? d : { ...d, title: postNominal, official: true };
}
