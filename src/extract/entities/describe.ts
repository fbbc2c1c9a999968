// What the words around a person's first mention say: the title before the name, appositions before and
// after it ("the chairperson of X, Senator Y", "Y, head of research at Z"), "who heads X", "Y of X".
import { ARTICLES } from '../lexicons/articles.js';
import { CLAUSE_WORDS, NOT_NAMES } from '../lexicons/not-names.js';
import { findCity } from '../dateline/gazetteer.js';
import { OFFICIAL_HONORIFICS, OFFICE_ABBREVIATIONS, RETIRED } from '../lexicons/honorifics.js';
import { ORG_HEADS, STAFFED_FACILITIES } from '../lexicons/organizations.js';
import { REGIONS } from '../lexicons/regions.js';
import { REPORTING_VERBS } from '../lexicons/reporting-verbs.js';
import { KIN_NOUNS, ORG_LEADERS, SOLE_OFFICES, STANDING_WORDS } from '../lexicons/titles.js';
import { appointedAt, ledGroup, OBJECT_MARKERS, partyTag, relativeRole } from './context.js';
import type { OrgTable } from './organizations.js';
import { placeTown, readPhrase, type Phrase } from './phrases.js';
import type { Token } from '../document/tokens.js';
import type { VerbAt } from './types.js';
import { titleBody } from './title-body.js';
import {
  countryAt,
  givenInitials,
  isAcronym,
  isHonorific,
  isRole,
  isTitleWord,
  LIST_MARKS,
  lower,
  middleInitial,
  nameLike,
  placeOpens,
  postNominalAt,
  retiredAt,
  TITLE_CONNECTORS,
} from './words.js';

const MAX_PHRASE = 16;
const RELATIVES = new Set(['who', 'whose', 'which', 'that']);
/** "Y of X", "Y from X", "Y at X", "Y (X)": what follows a name directly to say where they belong. */
const AFFILIATIONS = new Set(['of', 'from', 'at', '(']);
/**
 * Words after a name that give the role it holds or takes: "X as leader", "X becoming the ICC Chairman"; a
 * copula predicates its complement of the subject as "as" does ("when X was PM", "X is the chairperson of Y").
 */
const PREDICATES = new Set(['as', 'becoming', 'was', 'is', 'became']);
/** Marks that open an apposition: "Y, a farmer", "Y — a farmer —". */
const APPOSITION_MARKS = new Set([',', '—', '–']);
/** Clause words that still belong in an apposition: "a farmer from Dadu", "chamber of commerce and industry". */
const APPOSITION_WORDS = new Set([
  'a',
  'an',
  'and',
  'from',
  'with',
  'between',
  'about',
  'among',
  'through',
  'via',
  'toward',
  'towards',
  'per',
  'such',
  'including',
]);

export interface Description {
  title: string | null;
  org: Phrase['org'];
  /** Country the words name for the person ("Pakistan’s Ambassador"). */
  country: string | undefined;
  /** Country of a town they place the person in ("Karachi-based"). */
  placeCountry: string | undefined;
  official: boolean;
  /** The title was plural: the names listed after this one hold it too. */
  plural: boolean;
  /** The title is only an honorific before the name ("Maulana", "Gen"): an office given later outranks it. */
  addressed?: boolean;
}

/**
 * Reads the context of a name: `h` is the last token before it and its honorifics, `last` its last token.
 * Marks the words of appositions as used: they are not names in their own right.
 */
export function describe(
  text: string,
  tokens: Token[],
  orgs: OrgTable,
  used: boolean[],
  at: { h: number; last: number },
  honorifics: Token[],
  verbAt: VerbAt,
): Description {
  const { h, last: nameEnd } = at;
  // an apposition may follow a bracketed affiliation: "Ali Raza (PTI), a former minister,"
  const runEnd = tokens[nameEnd + 1]?.text === '(' && tokens[nameEnd + 3]?.text === ')' ? nameEnd + 3 : nameEnd;
  // what stands before (title), before a comma (apposition) and after a comma (apposition)
  const walked = walkTitle(tokens, h, used, verbAt);
  // "sister of former president Y": the title starts after the relative's "of"
  const kin = tokens.slice(walked, h + 1).findIndex((t, i) => KIN_NOUNS.has(t.lower) && tokens[walked + i + 1]?.lower === 'of');
  const windowStart = kin < 0 ? walked : walked + kin + 2;
  // "the lawyer for Hamza Ali", "the wife of X": a title ending in a preposition is someone else's; one
  // ending in an article too ("this official of the Islamic Emirate": a name after "the" is a body's)
  // "The PTI said its founder Imran Khan ...": "its" says whose the title is
  const owned = tokens[windowStart - 1]?.lower === 'its' ? windowStart - 1 : windowStart;
  // "Prime Minister’s Questions": a role in the possessive owns what follows, it titles no one
  const owns = tokens[h]?.poss === true && isRole(tokens[h]);
  // "X as chairman and Y as rapporteur": a title never ends in a conjunction, the words before it are X's
  const read =
    windowStart <= h && !OBJECT_MARKERS.has(tokens[h].text) && !ARTICLES.has(tokens[h].text) && tokens[h].text !== 'and' && !owns
      ? readPhrase(text, tokens, owned, h, orgs)
      : undefined;
  const apposEnd = jurisdictionBefore(tokens, windowStart - 2);
  let appos = APPOSITION_MARKS.has(tokens[windowStart - 1]?.text ?? '') ? walkApposition(tokens, apposEnd, -1, used) : undefined;
  // "... cited the former advocate general, Tariq Javed Bajwa": the apposition starts at its noun phrase
  while (appos !== undefined && appos < apposEnd && !tokens[appos].cap && !isRole(tokens[appos]) && !isTitleWord(tokens[appos])) appos++;
  // ... which its article opens: "Efforts to reach the police spokesman, Ali Khan"
  if (appos !== undefined) appos = articleOpening(tokens, appos, apposEnd);
  // "prompted the NDP to call on the new health minister, X": an apposition starts after the clause's verb
  if (appos !== undefined) appos = afterVerb(tokens, appos, apposEnd, verbAt);
  // "the IMF team, led by its mission chief to Pakistan, Nathan Porter": "its" says whose
  if (appos !== undefined && tokens[appos - 1]?.lower === 'its') appos--;
  // "rid of Mr Corbyn as leader, Mr Ashworth insisted": a role after a name and "as" is that name's, no
  // apposition ("named him as party chairman, Ali Khan" is one)
  if (appos !== undefined && PREDICATES.has(tokens[appos - 1]?.lower ?? '') && tokens[appos - 2]?.cap) appos = undefined;
  // "A (Alias) MP, B": letters after the name before the comma are that name's, no apposition of B's
  if (appos !== undefined && postNominalAt(tokens, windowStart - 2, used)) appos = undefined;
  // "A was elected as chairman, B as treasurer": in a list of the same shape each name's role follows it
  if (appos !== undefined && tokens[appos - 1]?.lower === 'as' && tokens[nameEnd + 1]?.lower === 'as') appos = undefined;
  // "Other leaders of PTI, Ali Khan and Omar Baig,": a plural role before a list of names is theirs
  const next = tokens[nameEnd + 2];
  const listFollows = (tokens[nameEnd + 1]?.lower === 'and' || tokens[nameEnd + 1]?.text === ',') && next !== undefined && nameLike(next);
  // "senior party leaders Senator A and B": a rank after a plural role is the first name's own, the plural
  // role before it the list's
  const shared =
    read && !read.plural && listFollows && rankAfterPlural(tokens, owned, h) ? readPhrase(text, tokens, owned, h - 1, orgs) : undefined;
  const direct = shared?.plural ? shared : read;
  // "DRU president A and general secretary B": the body before the first title is the second's too
  const coBody =
    direct?.title && !direct.org && tokens[windowStart - 1]?.lower === 'and'
      ? bodyShared(text, tokens, windowStart - 2, orgs, used, verbAt, direct.title)
      : undefined;
  const preRead = appos !== undefined ? readPhrase(text, tokens, appos, apposEnd, orgs) : undefined;
  const preAppos = preRead?.plural && listFollows ? preRead : preRead && withRole(preRead);
  // "Justice Rubina Asghar, Justice Faisal Kakar, ...": a rank and a two-word name after the comma are the
  // next person of a list, not an apposition ("Ali Khan, Governor Sindh," is one)
  const rank = tokens[runEnd + 2];
  const listed =
    (rank !== undefined &&
      rank.cap &&
      (isHonorific(rank) || isRole(rank)) &&
      // (the text may end inside the next name)
      runEnd + 4 < tokens.length &&
      nameLike(tokens[runEnd + 3]) &&
      (nameLike(tokens[runEnd + 4]) || middleInitial(text, tokens, runEnd + 4))) ||
    titledNameAt(text, tokens, runEnd + 2, orgs);
  const opens = APPOSITION_MARKS.has(tokens[runEnd + 1]?.text ?? '') && !listed && !kinOf(tokens, runEnd + 2);
  let postEnd = opens ? walkApposition(tokens, runEnd + 2, 1, used) : undefined;
  // "X, former secretary of the commission said that ...": copy that leaves out the apposition's closing
  // comma ends it at the clause's verb, when it opens as a title would, with no article ("Near the school
  // in Nowshera, the IGP said" is a clause)
  const titled = postEnd !== undefined && (isRole(tokens[runEnd + 2]) || isTitleWord(tokens[runEnd + 2]));
  const verb = !titled ? undefined : clauseVerbAfter(tokens, runEnd + 3, postEnd! + 1, verbAt, orgs);
  if (verb !== undefined) postEnd = verb - 1;
  // an apposition ends at punctuation or a relative clause ("a farmer who ..."); "Ali Khan, ministers said,"
  // is a new clause
  const afterAppos = postEnd === undefined || verb !== undefined ? undefined : tokens[postEnd + 1];
  if (afterAppos?.word && !afterAppos.lineBefore && !RELATIVES.has(afterAppos.lower)) postEnd = undefined;
  const postAppos =
    postEnd !== undefined
      ? withRole(readPhrase(text, tokens, runEnd + 2, postEnd, orgs))
      : opens
        ? relativeRole(text, tokens, runEnd + 2, orgs)
        : undefined;
  // "Li Wei of the China Institutes of ...", "Ali Khan of Lahore", "Sherry Rehman (PPP)"
  const affiliation = AFFILIATIONS.has(tokens[nameEnd + 1]?.lower ?? '') ? affiliationAt(tokens, nameEnd + 2, orgs) : undefined;
  // "X was discussing the pick for director": a progressive says what X was doing, no role
  const progressive = tokens[nameEnd + 2]?.lower.endsWith('ing') === true && verbAt(tokens[nameEnd + 2].start);
  const appointed = appointedAt(tokens, nameEnd + 1);
  const predicate =
    appointed !== undefined
      ? predicateRole(text, tokens, appointed, orgs)
      : PREDICATES.has(tokens[nameEnd + 1]?.lower ?? '') && !progressive
        ? predicateRole(text, tokens, nameEnd + 2, orgs)
        : undefined;
  // "federal cabinet ministers including A, B and C": a plural title before "including" is the list's
  const including = tokens[h]?.lower === 'including' ? pluralBefore(text, tokens, h - 1, orgs, used, verbAt) : undefined;
  // "the selection committee comprising former test cricketers A, B and C": the list is the body's members
  // ... a member with a title of their own ("consist of former skipper A") sits on it still
  const roster = membersOf(tokens, (direct ? windowStart : h + 1) - 1, orgs);
  const members = !direct?.title || direct.plural ? roster : undefined;
  const led = ledGroup(tokens, orgs, windowStart);
  const phrases = [including, members, preAppos, direct, postAppos, affiliation, predicate, led].filter(
    (p): p is Phrase => p !== undefined,
  );
  // words of an apposition are not names in their own right ("president of Anjuman-e-Tajiran Lahore")
  if (preAppos) for (let x = appos!; x < windowStart; x++) used[x] = true;
  if (postAppos) for (let x = runEnd + 1; x <= (postEnd ?? runEnd + 1); x++) used[x] = true;

  // a rank before the name ("Senator") gives way to an apposition that names the body ("the chairperson
  // of the Senate Standing Committee on Power, Senator ..."), not to a vaguer one ("The government's counsel")
  // ... nor to a rank's acronym ("The command's spokesman, SP X": the rank is no office)
  if (preAppos && direct?.title && !preAppos.org && !isAcronym(direct.title)) phrases.shift();
  const titling = phrases.find((p) => p.title);
  let title =
    titling?.title ??
    (honorifics.some((t) => OFFICIAL_HONORIFICS.has(lower(t).replace('.', '')))
      ? honorifics.map((t) => OFFICE_ABBREVIATIONS.get(lower(t).replace('.', '')) ?? t.text).join(' ')
      : null);
  let org =
    [including, roster, preAppos, postAppos, direct, coBody, affiliation, predicate, led].find((p) => p?.org)?.org ??
    partyTag(tokens, nameEnd);
  ({ title, org } = titleBody(title, org, orgs));
  return {
    title,
    org,
    country: phrases.find((p) => p.country)?.country,
    placeCountry: phrases.find((p) => p.placeCountry)?.placeCountry,
    official: phrases.some((p) => p.official) || honorifics.some((t) => OFFICIAL_HONORIFICS.has(lower(t))),
    plural: titling?.plural === true,
    addressed: !titling?.title && title !== null,
  };
}

/** A capitalised rank or role at `h` right after a plural role in lower case: "party leaders Senator". */
function rankAfterPlural(tokens: Token[], first: number, h: number): boolean {
  const [plural, rank] = [tokens[h - 1], tokens[h]];
  return h > first && rank.cap && (isHonorific(rank) || isRole(rank)) && !plural.cap && plural.lower.endsWith('s') && isRole(plural);
}

/**
 * "DRU president A and general secretary B", "FPCCI regional vice president A and Regional Chairman B": two
 * titled names joined by "and" share the body that premodifies the first, when the second title is an office
 * of a body (a leader's or a secretary's) with none of its own and no head of state's ("and President B").
 * `end` is the first name's last token.
 */
function bodyShared(
  text: string,
  tokens: Token[],
  end: number,
  orgs: OrgTable,
  used: boolean[],
  verbAt: VerbAt,
  title: string,
): Phrase | undefined {
  const head = title.toLowerCase().replace(/^.*\s/, '');
  if (!(ORG_LEADERS.has(head) || head === 'secretary') || SOLE_OFFICES.has(title.toLowerCase())) return undefined;
  let last = end;
  while (last > 0 && nameLike(tokens[last]) && !orgs.at(last)) last--;
  const first = last < end ? walkTitle(tokens, last, used, verbAt) : last + 1;
  // the body stands first, before the role: "president of the DRU A and ..." names no body for B
  const opening = first <= last && !isRole(tokens[first]) && !isTitleWord(tokens[first]);
  const org = opening ? readPhrase(text, tokens, first, last, orgs).org : undefined;
  return org && { org, official: true };
}

/** "Brigadier General (retired) B C", "vice president (Finance) B C": a bracket that stands inside a title. */
const innerBracket = (tokens: Token[], k: number): boolean =>
  retiredAt(tokens, k) || (tokens[k].text === '(' && tokens[k + 1]?.cap && tokens[k + 2]?.text === ')' && isRole(tokens[k - 1]));

/**
 * "A, Health Minister B C and Law Minister D E said", "A, district president B C,": a title and a name of two
 * words or more after the comma are the next person of a list, not an apposition renaming A. The title is
 * the words right before the name (capitalised, or a role in lower case: "education Minister", "district
 * president"); after a preposition a role names the preposition's object ("spokesman for President B C"),
 * so only an honorific then ("Special Assistant on Information Dr B C").
 */
function titledNameAt(text: string, tokens: Token[], at: number, orgs: OrgTable): boolean {
  for (let k = at; k < at + MAX_PHRASE && k + 1 < tokens.length && !tokens[k + 1].lineBefore; k++) {
    const t = tokens[k];
    // "Brigadier General (retired) B C": the mark of a retired rank stands inside the title
    if (innerBracket(tokens, k)) {
      k += 2;
      continue;
    }
    if (!t.word || (!t.cap && CLAUSE_WORDS.has(t.text) && !APPOSITION_WORDS.has(t.text))) return false;
    if (!(nameLike(t) || givenInitials(tokens, k)) || !nameLike(tokens[k + 1]) || orgs.at(k) || orgs.at(k + 1)) continue;
    let end = k + 1;
    while (end + 1 < tokens.length && nameLike(tokens[end + 1]) && !orgs.at(end + 1)) end++;
    // the name ends the phrase ("B C," "B C and", "B C said"), and is no place ("Deputy Commissioner Dera Ismail Khan")
    const name = text.slice(t.start, tokens[end].end);
    if (tokens[end + 1]?.cap || findCity(name) || REGIONS.has(name)) {
      k = end;
      continue;
    }
    let first = k - 1;
    // ... over a body's whole name ("Quetta Chamber of Commerce President B C")
    while (
      first >= at &&
      ((tokens[first].word && (tokens[first].cap || isRole(tokens[first]))) ||
        innerBracket(tokens, first - 2) ||
        orgs.at(first) !== undefined)
    )
      first -= tokens[first].word || orgs.at(first) ? 1 : 3;
    const title = tokens.slice(first + 1, k).filter((w) => w.word && !RETIRED.has(w.lower));
    // ... unless a body's head closes the preposition's object: "Chairperson of Nepal Bankers Association
    // B C" names a body, and the name after it holds the role before the preposition
    if (first >= at && OBJECT_MARKERS.has(tokens[first].lower))
      return title.length > 0 && (isHonorific(title[title.length - 1]) ? !title.some(isRole) : bodyObject(tokens, first, k - 1));
    return title.some((w) => isRole(w) || isTitleWord(w) || isHonorific(w));
  }
  return false;
}

/**
 * "Chairperson of Nepal Bankers Association": a role, its preposition at `prep` and capitalised words ending
 * (at `last`) in a body's head word; the object is the body, so a name after it is the role's holder.
 */
function bodyObject(tokens: Token[], prep: number, last: number): boolean {
  return isRole(tokens[prep - 1]) && tokens[last].cap && ORG_HEADS.has(tokens[last].lower);
}

/** Verbs that list a body's members after it: "a committee comprising A, B and C", "will comprise". */
const COMPRISING = new Set(['comprising', 'comprise', 'comprises', 'comprised', 'consisting', 'consist']);
/** Bodies whose members hold a seat on them: "committee member". */
const MEMBER_BODIES = new Set(['committee', 'panel', 'board', 'commission', 'council', 'jury']);

/**
 * "the selection committee comprising A", "The committee will comprise cricketers A": the members' title,
 * read from the body's noun before the verb at `at` (and its words in lower case: "selection committee").
 */
function membersOf(tokens: Token[], at: number, orgs: OrgTable): Phrase | undefined {
  const verb = tokens[at]?.lower === 'of' ? at - 1 : at;
  if (!COMPRISING.has(tokens[verb]?.lower ?? '')) return undefined;
  const head = ['will', 'would', 'shall'].includes(tokens[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
  if (!MEMBER_BODIES.has(tokens[head]?.lower ?? '')) return undefined;
  let first = head;
  while (
    first > head - 2 &&
    tokens[first - 1]?.word &&
    !tokens[first - 1].cap &&
    !CLAUSE_WORDS.has(tokens[first - 1].lower) &&
    !ARTICLES.has(tokens[first - 1].lower)
  )
    first--;
  const body = tokens
    .slice(first, head + 1)
    .map((t) => t.lower)
    .join(' ');
  // ... and the body it is a part of, the one named last before it ("the PCB ... the selection committee")
  // ... or the body itself when the article named it in full ("the Foreign Affairs Committee ... the committee")
  const parent = orgs.before(first);
  const org =
    parent?.head === body
      ? parent
      : parent
        ? { name: `${parent.name} ${body}`, country: parent.country }
        : { name: body, country: undefined };
  return { title: `${body} member`, org, official: true, plural: true };
}

/** The plural title ending at `end`, if the words there are one: "Members of Provincial Assembly (MPAs)". */
function pluralBefore(text: string, tokens: Token[], end: number, orgs: OrgTable, used: boolean[], verbAt: VerbAt): Phrase | undefined {
  const first = walkTitle(tokens, end, used, verbAt);
  const phrase = first <= end ? readPhrase(text, tokens, first, end, orgs) : undefined;
  return phrase?.plural ? phrase : undefined;
}

/**
 * After the last verb in [from, to] with its object or complement following ("call on", "urged the"), else
 * `from`: what precedes such a verb is the clause's, not the apposition's.
 */
function afterVerb(tokens: Token[], from: number, to: number, verbAt: VerbAt): number {
  let k = to - 1;
  while (k >= from && !(FUNCTION_WORDS.has(tokens[k + 1].lower) && clauseVerb(tokens, k, verbAt))) k--;
  if (k < from) return from;
  // ... at its object's article: "on the new health minister"
  let first = k + 1;
  while (first < to && OBJECT_MARKERS.has(tokens[first].lower)) first++;
  return first;
}

/** The first article in [from, to] when no role or title word stands before it; else `from`. */
function articleOpening(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (isRole(tokens[k - 1]) || isTitleWord(tokens[k - 1])) return from;
    if (ARTICLES.has(tokens[k].text)) return k;
  }
  return from;
}

/**
 * "X, sister of former president Y": the apposition names a relative and the office is the relative's, so
 * it gives X no role and leaves Y's words to be read as Y's ("a mother of five" is still X's own).
 */
function kinOf(tokens: Token[], at: number): boolean {
  const k = ['a', 'the'].includes(tokens[at]?.lower ?? '') ? at + 1 : at;
  const object = tokens[k + 2]?.lower === 'the' ? tokens[k + 3] : tokens[k + 2];
  return (
    KIN_NOUNS.has(tokens[k]?.lower ?? '') &&
    tokens[k + 1]?.lower === 'of' &&
    object !== undefined &&
    (object.cap || isTitleWord(object) || STANDING_WORDS.has(object.lower))
  );
}

/** "getting rid of Mr Corbyn as leader", "Jay Shah becoming the ICC Chairman": the role the words give. */
function predicateRole(text: string, tokens: Token[], at: number, orgs: OrgTable): Phrase | undefined {
  let end = at;
  while (end + 1 < tokens.length && end - at < MAX_PHRASE && tokens[end + 1].word && !CLAUSE_WORDS.has(tokens[end + 1].text)) end++;
  return tokens[at]?.word ? withRole(readPhrase(text, tokens, at, end, orgs)) : undefined;
}

/**
 * "The coordinator of the EOC, Balochistan, X", "City Police Officer, Rawalpindi, X": South Asian copy names a
 * post's province or town between commas after the title; the apposition before the name ends before it.
 */
function jurisdictionBefore(tokens: Token[], k: number): number {
  const place = tokens[k];
  if (!place?.cap) return k;
  // a province of two words: "Khyber Pakhtunkhwa"
  const pair = tokens[k - 1]?.cap === true && REGIONS.has(`${tokens[k - 1].text} ${place.text}`);
  const first = pair ? k - 1 : k;
  if (tokens[first - 1]?.text !== ',' || !(tokens[first - 2]?.word || tokens[first - 2]?.text === ')')) return k;
  return pair || REGIONS.has(place.text) || placeTown(place.text) ? first - 2 : k;
}

/** The body (or town) named at `at`, after an optional article: "the China Institutes of ...", "Lahore". */
function affiliationAt(tokens: Token[], at: number, orgs: OrgTable): Phrase | undefined {
  const q = tokens[at]?.lower === 'the' ? at + 1 : at;
  const span = orgs.at(q);
  if (span) return { org: span.org, official: false };
  if (!tokens[q]?.cap) return undefined;
  // "Sen. X of Montana", "X of New Mexico": a state or province before any town of its name
  const pair = tokens[q + 1]?.cap ? REGIONS.get(`${tokens[q].text} ${tokens[q + 1].text}`) : undefined;
  const region = pair ?? REGIONS.get(tokens[q].text);
  if (region) return { placeCountry: region, official: false };
  const town = placeTown(tokens[q].text);
  return town && { placeCountry: town.country, official: false };
}

/**
 * An apposition counts only when it gives a role ("a farmer from Dadu"), not for any phrase after a comma,
 * nor for a group ("Briefing journalists at the centre, ...").
 */
const withRole = (p: Phrase): Phrase | undefined => (p.title && !p.plural ? p : undefined);

/** Leftwards from `from` over a title phrase; returns its first token (from + 1 when there is none). */
function walkTitle(tokens: Token[], from: number, used: boolean[], verbAt: VerbAt): number {
  let first = from + 1;
  let listed = false;
  for (let k = from, n = 0; k >= 0 && n < MAX_PHRASE && !used[k]; k--, n++) {
    const t = tokens[k];
    if (t.text === ',') {
      // ... and the comma before its "and" ("for Agriculture, Livestock, and Fisheries X")
      const next = tokens[k + 1];
      if (!(listed && tokens[k - 1]?.cap && (next?.cap || (next?.lower === 'and' && portfolioComma(tokens, k))))) break;
    } else if (t.text !== '(' && t.text !== ')' && t.text !== '&' && !t.word) break;
    // "WHO Provincial Team Lead": in capitals a pronoun is an acronym; "New York Attorney General": a place
    else if (t.cap && NOT_NAMES.has(lower(t)) && !isAcronym(t.text) && !placeOpens(tokens, k)) break;
    else if (!t.cap && t.word) {
      // a portfolio's list follows its connector: "India, Minister of Tourism and Lands X" has no list before it
      if (TITLE_CONNECTORS.has(t.text)) listed = false;
      if (t.text === 'and' && countriesJoined(tokens, k, from)) break;
      if (t.text === 'and') listed = true;
      else if (CLAUSE_WORDS.has(t.text)) break;
    }
    // a title ends with its line: "... to Russian officials⏎⏎Mitch McConnell said" is a headline and a name
    if (tokens[k + 1]?.lineBefore) break;
    // a title is a noun phrase: a verb ends it ("the CM visited the residence of MPA X")
    if (clauseVerb(tokens, k, verbAt)) break;
    first = k;
    // ... and its article opens it, unless a connector joins it to a role ("Minister for the Interior")
    if (ARTICLES.has(t.text) && !(k > 1 && TITLE_CONNECTORS.has(tokens[k - 1].lower) && (tokens[k - 2].cap || isRole(tokens[k - 2]))))
      break;
  }
  // a title starts with a capital, a role, a title word ("former", "senior") or a body that owns it ("the
  // party's secretary general", "party president")
  const opens = (k: number) => {
    const t = tokens[k];
    const owner = t.poss || (k < from && isRole(tokens[k + 1]));
    return t.cap || isRole(t) || premodifies(k) || (owner && (ORG_HEADS.has(t.lower) || STAFFED_FACILITIES.has(t.lower)));
  };
  // ... a title word in lower case premodifies what follows, a participle does not: "information minister",
  // "former standards commissioner", not "leaked information related to President X"
  const premodifies = (k: number) => {
    const next = tokens[k + 1];
    const participle = next !== undefined && !next.cap && /\p{L}ed$/u.test(next.text) && !isTitleWord(next);
    return isTitleWord(tokens[k]) && !participle;
  };
  while (first <= from && (!tokens[first].word || !opens(first))) first++;
  return first;
}

/**
 * "in Kenya and U.S. President X": "and" between two countries, the second opening the title, joins the
 * countries, not two parts of the title ("Envoy for Afghanistan and Pakistan X" ends with its country).
 */
function countriesJoined(tokens: Token[], and: number, last: number): boolean {
  const right = countryAt(tokens, and + 1);
  if (!right || and + right.length >= last) return false;
  return [1, 2, 3].some((n) => countryAt(tokens, and - n)?.length === n);
}

/** The endings of a participle, a past tense or a present's third person ("The statement follows US President X"). */
const INFLECTED = /\p{L}(?:ed|ing|[^s]s)$/u;
const PRESENT = /\p{L}[^s]s$/u;
/** Words a title's window holds that are never verbs, read without asking the tagger. */
const FUNCTION_WORDS = new Set(['the', 'and', ...OBJECT_MARKERS]);

/**
 * A verb by its tag, other than a role or title word ("acting", "designate"); capitalised words are names'
 * or titles' but at a sentence's start ("Referring to the JUI-F chief X"). A participle right before a role
 * or rank modifies it ("working president", "retired Col"), whatever its tag.
 */
function clauseVerb(tokens: Token[], k: number, verbAt: VerbAt): boolean {
  const t = tokens[k];
  if (!t.word || isRole(t) || isTitleWord(t) || isAcronym(t.text) || FUNCTION_WORDS.has(t.lower)) return false;
  // only a participle, a past tense or a present in -s is asked about (tagging a sentence costs): what stands
  // in a title's window and is no noun is one of those ("visited", "Referring", "follows")
  // ... or a verb's base form after "to" ("sides to accept US President X"): an infinitive is a clause
  if (!INFLECTED.test(t.lower) && tokens[k - 1]?.lower !== 'to') return false;
  const next = tokens[k + 1];
  // ... but a past tense right after a name ends a clause: "a bench of the High Court (PHC) comprised Justice X"
  // ... or after a role noun: "Nawaz Sharif's counsel informed Judge X"
  const afterName = /ed$/.test(t.lower) && k > 0 && (tokens[k - 1].text === ')' || tokens[k - 1].cap || isRole(tokens[k - 1]));
  // ... a present in -s never modifies a noun: "The visit follows President X"
  const modifies = !afterName && !PRESENT.test(t.lower);
  if (modifies && (isRole(next) || isTitleWord(next) || isHonorific(next))) return false;
  if (t.cap && !(k === 0 || t.lineBefore || /^[.!?]$/.test(tokens[k - 1].text))) return false;
  return verbAt(t.start);
}

/**
 * The first verb of saying in [from, to] the tagger reads as a verb ("said", "replied", not the noun of
 * "the same promises"): the clause an unclosed apposition runs into.
 */
function clauseVerbAfter(tokens: Token[], from: number, to: number, verbAt: VerbAt, orgs: OrgTable): number | undefined {
  for (let k = from; k <= to && k < tokens.length; k++) {
    const cue = REPORTING_VERBS.get(tokens[k].text);
    if (cue && !cue.nounLike && verbAt(tokens[k].start)) return k;
    // ... no capitalised word but a body's: "A, Minister for Law B and C said" is a list of names
    if (tokens[k].cap && !orgs.at(k)) return undefined;
  }
  return undefined;
}

/** An apposition: leftwards (dir -1) or rightwards (dir 1) from `from` to the next clause boundary. */
function walkApposition(tokens: Token[], from: number, dir: 1 | -1, used: boolean[]): number | undefined {
  let edge: number | undefined;
  let depth = 0;
  for (let k = from, n = 0; k >= 0 && k < tokens.length && n < MAX_PHRASE && !used[k]; k += dir, n++) {
    const t = tokens[k];
    if (t.text === '(' || t.text === ')') {
      // going rightwards "(" opens, going leftwards ")" does
      depth += (t.text === '(') === (dir === 1) ? 1 : -1;
      if (depth < 0) break;
    } else if (!t.word && depth === 0 && !portfolioComma(tokens, k)) break;
    else if (!t.cap && CLAUSE_WORDS.has(t.text) && !APPOSITION_WORDS.has(t.text)) break;
    if (dir === 1 && k > from && t.lineBefore) break;
    edge = k;
    if (dir === -1 && t.lineBefore) break;
  }
  return edge;
}

/**
 * "Minister for Energy, Water Resources and Irrigation, X": a comma between capitalised items of a list a
 * role's connector opens, the list closing with "and", is inside the title.
 */
function portfolioComma(tokens: Token[], k: number): boolean {
  // "Culture, Tourism, and Civil Aviation": a comma may stand before the list's "and"
  const closing = (r: number) => tokens[r]?.lower === 'and' || (tokens[r]?.text === ',' && tokens[r + 1]?.lower === 'and');
  if (tokens[k].text !== ',' || !tokens[k - 1]?.cap || !(tokens[k + 1]?.cap || closing(k + 1))) return false;
  let m = k - 1;
  while (m > 0 && (tokens[m].cap || LIST_MARKS.has(tokens[m].lower))) m--;
  if (!TITLE_CONNECTORS.has(tokens[m].lower) || !isTitleWord(tokens[m - 1])) return false;
  let r = k + 1;
  while (r < tokens.length && tokens[r].cap) r++;
  return closing(r);
}
