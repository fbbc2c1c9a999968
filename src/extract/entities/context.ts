// What the article around a mention says that the mention's own words do not: the places it names, the
// body a spokesperson speaks for, the group a leader heads, a role given by a verb or a party tag after a name.
import type { OrgTable, Organization } from './organizations.js';
import type { Phrase } from './phrases.js';
import type { Token } from '../document/tokens.js';
import { ORG_HEADS } from '../lexicons/organizations.js';
import { APPOINTED, ROLE_VERBS } from '../lexicons/titles.js';
import { PLACE_PREPOSITIONS } from '../lexicons/places.js';
import { countryAt } from './words.js';

/** Words that put the capitalised run after or before them in a place: "in Lakki Marwat", "Lakki Marwat district". */
const PLACE_AFTER = 'in';
/** The longest clause a relative's verb takes to name the body. */
const MAX_CLAUSE = 16;
const PLACE_NOUNS = new Set(['district', 'tehsil', 'division']);
/** The most words a place's name before a place noun has. */
const PLACE_WORDS = 3;

/**
 * Names of two or three words the article itself uses as places ("in Lakki Marwat", "Lakki Marwat district"):
 * a posting between a title and a name ("DPO Lakki Marwat Tahir Ayub Marwat") though no gazetteer holds it;
 * a word alone when a town has that name too (`town`: "in Bannu" and "DIG Bannu Sajjad Khan").
 */
export function articlePlaces(tokens: Token[], town: (name: string) => boolean): Set<string> {
  const places = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || tokens[i - 1]?.cap) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].cap && !tokens[j + 1].lineBefore) j++;
    const placed = tokens[i - 1]?.lower === PLACE_AFTER || PLACE_NOUNS.has(tokens[j + 1]?.lower ?? '');
    if (placed && j - i < 3 && (j > i || town(tokens[i].text))) places.add(text(tokens, i, j));
    i = j;
  }
  return places;
}

/**
 * Names the article writes right before a place noun ("Lakki Marwat district", "North Waziristan's Mir Ali
 * tehsil"): an administrative unit's name, so a place wherever the article names it, though it reads as a
 * person's ("Mir Ali"). The name stops at a possessive (the province it lies in) or a line's start.
 */
export function placeNounNames(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    // (in lower case: "Lakki Marwat District Police" names a body)
    if (!PLACE_NOUNS.has(tokens[k].text) || tokens[k].lineBefore) continue;
    let i = k;
    while (i > k - PLACE_WORDS && i > 0 && tokens[i - 1].cap && !tokens[i - 1].poss && !tokens[i].lineBefore) i--;
    if (i < k) names.add(text(tokens, i, k - 1));
  }
  return names;
}

const text = (tokens: Token[], i: number, j: number): string =>
  tokens
    .slice(i, j + 1)
    .map((t) => t.text)
    .join(' ');

/** A title whose holder speaks for a body: "Spokeswoman", "press secretary". */
const SPEAKING_TITLE = /\b(?:spokes(?:person|man|woman)|press secretary)$/i;
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * "The State Department condemned the strikes. Spokeswoman X told ...", "The White House signalled ..., but
 * press secretary X": a spokesperson with no body of their own speaks for the body that is the subject of
 * their sentence or the one before, in the same paragraph, else for the one the article's lead opens with:
 * the lead names the story's actor.
 */
export function spokenFor(title: string | null, tokens: Token[], orgs: OrgTable, at: number): Organization | undefined {
  if (title === null || !SPEAKING_TITLE.test(title)) return undefined;
  let sentences = 0;
  for (let k = at - 1; k >= 0 && sentences < 2; k--) {
    const opens = k === 0 || SENTENCE_ENDS.has(tokens[k - 1].text) || tokens[k].lineBefore;
    if (!opens) continue;
    const subject = orgs.at(tokens[k].lower === 'the' ? k + 1 : k);
    if (subject) return subject.org;
    if (tokens[k].lineBefore) break;
    sentences++;
  }
  // ... else for the body the article's lead opens with ("The Foreign Office, in its weekly briefing, ...")
  return orgs.at(tokens[0].lower === 'the' ? 1 : 0)?.org;
}

/** Lower-case words that make the name after them the object of a title: "lawyer for X", "wife of X". */
// A title right before a name never ends in a preposition: the name is its object ("the lawyer for X",
// "lawmakers on Capitol Hill", "talks with X"); nor does a role after "appointed" ("appointed by the board").
export const OBJECT_MARKERS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'on', 'with', 'against', 'by', ...PLACE_PREPOSITIONS]);

/** Verbs of leading before "by": "a delegation led by", "officials headed by". */
const LEADING = new Set(['led', 'headed']);
/** Nouns for a group a body or a country sends: "Ministry of Health officials", "a Saudi delegation". */
const SENT_GROUPS = new Set(['officials', 'delegation', 'team', 'mission']);

/**
 * "senior Ministry of Health officials, led by Minister X", "a Saudi delegation led by Deputy Minister Y": the
 * leader of a group a body or a country sends is theirs. `at` is the first token of the leader's title.
 */
export function ledGroup(tokens: Token[], orgs: OrgTable, at: number): Phrase | undefined {
  // the group's noun, "led by" and a comma between them are four words before the title at most
  if (at < 4 || tokens[at - 1].lower !== 'by' || !LEADING.has(tokens[at - 2].lower)) return undefined;
  const group = tokens[at - 3].text === ',' ? at - 4 : at - 3;
  // "The committee, led by Chairman X": a body's head after "the" points back to the body of that kind
  // the article named last ("the Senate Standing Committee on Railways")
  const kind = tokens[group - 1]?.lower === 'the' && !tokens[group].cap ? tokens[group].lower : undefined;
  const named = kind && ORG_HEADS.has(kind) ? orgs.before(group, new Set([kind])) : undefined;
  if (named) return { org: named, official: false };
  if (!SENT_GROUPS.has(tokens[group].lower)) return undefined;
  // the body or the country right before the group's noun
  const span = orgs.at(group - 1);
  if (span) return { org: span.org, official: false };
  for (let k = group - 1; k >= Math.max(0, group - 3) && tokens[k].cap; k--) {
    const c = countryAt(tokens, k);
    if (c && k + c.length === group) return { country: c.country, official: false };
  }
  return undefined;
}

/**
 * "X has been elected as chairman", "X was named president": where the role after an appointment's passive
 * starts; its subject takes it as with "as" (a "by" after it names who appointed, no role).
 */
export function appointedAt(tokens: Token[], at: number): number | undefined {
  // the words after the name in lower case (none past the text's end)
  const words = tokens.slice(at, at + 5).map((t) => t.lower);
  const k = HAVE.has(words[0]) && words[1] === 'been' ? 2 : BE.has(words[0]) ? 1 : 0;
  if (k === 0 || !APPOINTED.has(words[k])) return undefined;
  const role = words[k + 1] === 'as' ? k + 2 : k + 1;
  return OBJECT_MARKERS.has(words[role]) ? undefined : at + role;
}
const HAVE = new Set(['has', 'have', 'had']);
const BE = new Set(['is', 'was', 'were']);

/** The US press's party letter before a state: "R-Ariz.", "D-N.Y.". */
const PARTY_TAG = /^([RD])-\p{Lu}/u;
const US_PARTIES: Record<string, string> = { R: 'Republican Party', D: 'Democratic Party' };

/**
 * "Sen. X, R-Ariz., said", "Rep. Y (D-N.Y.)": the party and state written after a lawmaker's name, the US
 * press's fixed form; the party is the lawmaker's body when no phrase names another.
 */
export function partyTag(tokens: Token[], nameEnd: number): Phrase['org'] {
  const open = tokens[nameEnd + 1]?.text;
  const tag = open === ',' || open === '(' ? PARTY_TAG.exec(tokens[nameEnd + 2]?.text ?? '') : null;
  return tag ? { name: US_PARTIES[tag[1]], country: 'United States' } : undefined;
}

/** "..., who heads the Pakistan Electronic Media Regulatory Authority": the verb says the role. */
export function relativeRole(text: string, tokens: Token[], at: number, orgs: OrgTable): Phrase | undefined {
  const role = tokens[at]?.lower === 'who' ? ROLE_VERBS.get(tokens[at + 1]?.lower ?? '') : undefined;
  if (!role) return undefined;
  // the body the clause names: "who heads the X", "who teaches economics at the X"
  for (let k = at + 2; k < at + 2 + MAX_CLAUSE && tokens[k]?.word; k++) {
    const span = orgs.at(k);
    if (span) return { title: role, org: span.org, official: true };
  }
  // ... or describes, in lower case: "who heads the government's disaster-response agency" (a head word
  // closing the object)
  const head = tokens[at + 2]?.lower === 'the' ? tokens.slice(at + 3, at + 8).findIndex((t) => !t.word) + at + 2 : -1;
  if (head > at + 2 && ORG_HEADS.has(tokens[head].lower) && !tokens[head].cap)
    return { title: role, org: { name: text.slice(tokens[at + 3].start, tokens[head].end), country: undefined }, official: true };
  return undefined;
}
