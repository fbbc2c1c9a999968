// Reads a title phrase ("Pakistan’s Ambassador to China", "IMF mission chief", "head of research at
// Karachi-based Indus Capital Securities") into the country it names, the body and the role.
import { bigNamesakes, findCity, type Place } from '../dateline/gazetteer.js';
import { DEMONYMS } from '../lexicons/demonyms.js';
import { ORG_HEADS, ORG_KINDS, STAFFED_FACILITIES } from '../lexicons/organizations.js';
import { CLIENT_ROLES, FIELD_ROLES, ORG_LEADERS, PAST_WORDS, SCOPE_WORDS, STANDING_WORDS, TITLE_WORDS } from '../lexicons/titles.js';
import { NOT_NAMES } from '../lexicons/not-names.js';
import { ARTICLES } from '../lexicons/articles.js';
import { REGIONS } from '../lexicons/regions.js';
import { companyCalled } from './company.js';
import { nameCountry, type OrgTable, type Organization } from './organizations.js';
import type { Token } from '../document/tokens.js';
import {
  countryAt,
  inPortfolio,
  isAcronym,
  isOffice,
  isRole,
  isTitleWord,
  lower,
  nameLike,
  placeOpens,
  regionEnding,
  regionOpening,
  singularRole,
} from './words.js';

export interface Phrase {
  /** Country named before the title: "Pakistan’s", "Chinese", "UK". */
  country?: string;
  org?: Organization | { name: string; country: string | null | undefined };
  title?: string;
  /** Holds an office (the role is not a private one like "shopkeeper"). */
  official: boolean;
  /** Country of a town the phrase places the person in ("Karachi-based", "at a university in Karachi"). */
  placeCountry?: string;
  /** The role was plural ("Justices", "party leaders"): a list of people holds it. */
  plural?: boolean;
}

/** A town big enough to head a title ("Karachi Mayor"); small ones are as often words or names. */
const TITLE_TOWN = 100_000;
/** Heads that in lower case name a kind, not a body: "opposition party aide", "police spokesman". */
const GENERIC_HEADS = new Set(['party', 'police']);
const SPLITTERS = new Set(['of', 'for', 'at', 'with', 'in']);
/** One word with a capital inside: "QatarEnergy", "PetroChina", "ExxonMobil". */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

/**
 * "an Iran analyst", "a China expert": a country's own name before an expertise is its subject, not the
 * person's nationality ("Iranian analyst", "Iran’s ambassador" are).
 */
function namesField(text: string, tokens: Token[], at: number, length: number): boolean {
  const last = tokens[at + length - 1];
  return !last.poss && !DEMONYMS.has(text.slice(tokens[at].start, last.end)) && FIELD_ROLES.has(tokens[at + length].lower);
}

/** "the hospital's ...": the facility of that kind named last before, "Mayo Hospital". */
function facilityBefore(text: string, tokens: Token[], at: number): Phrase['org'] {
  for (let k = at - 1; k > 0; k--) {
    if (!tokens[k].cap || tokens[k].lower !== tokens[at].lower) continue;
    let first = k;
    while (first > 0 && tokens[first - 1].cap && !tokens[first].lineBefore && !NOT_NAMES.has(tokens[first - 1].lower)) first--;
    if (first === k) continue;
    const name = text.slice(tokens[first].start, tokens[k].end);
    return { name, country: nameCountry(name) };
  }
  return undefined;
}

/**
 * The town a name places a person in; a name big towns of several countries share ("SSP Hyderabad")
 * places no one: the article's country decides, as it does for a dateline. `town`: the name's town when the
 * caller has looked it up already.
 */
export function placeTown(name: string, town: Place | undefined = findCity(name)): Place | undefined {
  return bigNamesakes(name).length > 1 ? undefined : town;
}

export function readPhrase(text: string, tokens: Token[], first: number, last: number, orgs: OrgTable): Phrase {
  const out: Phrase = { official: false };
  let i = first;
  // "the", "a", "One member of the committee" (not the "New" of "New York Attorney General")
  while (
    i <= last &&
    (ARTICLES.has(lower(tokens[i])) ||
      (tokens[i].cap &&
        NOT_NAMES.has(lower(tokens[i])) &&
        lower(tokens[i]) !== 'its' &&
        !isAcronym(tokens[i].text) &&
        !placeOpens(tokens, i)))
  )
    i++;
  if (i <= last && lower(tokens[i]) === 'its') {
    out.org = orgs.before(first);
    i++;
  }
  // "Former Pakistani ambassador", "Senior PTI leader": the country or body stands after a word of standing
  const standing = i;
  while (i < last && STANDING_WORDS.has(lower(tokens[i]))) i++;
  const afterStanding = i;
  // ... and after a lower-case word of scope: "state party president", "state Congress chief"
  while (i < last && !tokens[i].cap && !tokens[i].poss && SCOPE_WORDS.has(tokens[i].lower)) i++;
  const scoped = i > afterStanding;
  const c = i <= last && !orgs.at(i) && tokens[i].cap ? countryAt(tokens, i) : undefined;
  if (c && i + c.length <= last && !namesField(text, tokens, i, c.length)) {
    out.country = c.country;
    i += c.length;
  }
  if (i <= last) {
    const t = tokens[i];
    const span = orgs.at(i);
    // "Sindh Local Government Minister": what stands before "Minister" is a portfolio, not a body
    if (span && tokens[span.last + 1]?.lower !== 'minister') {
      out.org = span.org;
      i = bracketEnd(tokens, span.last) + 1;
      // "Pakistan Democratic Movement and JUI-F chief": two bodies share the role, the first names it
      const and = tokens[i]?.lower === 'and' && i + 1 < last;
      const second = and ? (orgs.at(i + 1)?.last ?? (isAcronym(tokens[i + 1].text) ? i + 1 : undefined)) : undefined;
      if (second !== undefined) i = bracketEnd(tokens, second) + 1;
    } else if (isAcronym(t.text) && !isRole(t) && (i === standing || orgs.byName(t.text))) {
      // after a word of standing, initials the article never gives a body for are as often a post's ("Senior ASP")
      out.org = orgs.byName(t.text) ?? { name: t.text, country: undefined };
      i++;
    } else if (ORG_HEADS.has(lower(t)) && i < last && tokens[last].lower !== 'minister' && tokens[i + 1].lower !== 'minister') {
      // "Ministry spokesperson", "the union's general secretary", "party president": the body of that kind
      // named before (in "Union Environment Minister" or "Union Minister for Tourism", India's federal
      // minister, the word belongs to the title)
      const before = orgs.before(i, ORG_KINDS.get(lower(t)) ?? new Set([lower(t)]));
      // ... a capitalised head with no such body before, opening a title-case role, is part of the title
      // ("Group Leader", "House Speaker"): a body's bare kind names none
      const compound = !before && t.cap && i === standing && tokens[i + 1].cap && isRole(tokens[i + 1]);
      if (before || (t.cap && !compound)) out.org = before ?? { name: t.text, country: undefined };
      // a bare lower-case head with no such body before stays in the title ("party worker")
      if (before || (t.cap && !compound) || t.poss) i++;
    } else if (t.poss && STAFFED_FACILITIES.has(lower(t))) {
      out.org = facilityBefore(text, tokens, i);
      i++;
    }
  }
  // "Mayo Hospital’s medical superintendent": a name in capitals owning the role is its body (not a country
  // or town: "Pakistan’s ambassador", "Karachi’s mayor")
  let owner = i;
  while (owner < last && tokens[owner].cap && !tokens[owner].poss) owner++;
  if (!out.org && owner < last && tokens[owner].poss && tokens[owner].cap && tokens.slice(owner + 1, last + 1).some(isRole)) {
    const name = text.slice(tokens[i].start, tokens[owner].end);
    const country = countryAt(tokens, i);
    if (owner > i && !findCity(name) && !country && !REGIONS.has(name)) {
      out.org = orgs.byName(name) ?? { name, country: nameCountry(name) };
      i = owner + 1;
    } else if (!country) {
      // ... a province or a town owning it says where the holder serves ("Sistan-Baluchestan’s Deputy Governor")
      out.placeCountry = REGIONS.get(name) ?? placeTown(name)?.country;
    }
  }
  if (!out.org && i < last && tokens[i].poss && CAMEL_CASE.test(tokens[i].text)) {
    // "QatarEnergy's executive vice president": a company written in one camel-case word owns the role
    // (its words apart say where it is: "Qatar Energy", "Petro China")
    const name = tokens[i].text;
    out.org = orgs.byName(name) ?? { name, country: nameCountry(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')) };
    i++;
  }
  const firm = !out.org && i < last ? companyCalled(tokens[i].text, orgs.orgs) : undefined;
  if (firm && isRole(tokens[i + 1])) {
    // "Halcyon Chief Executive" after "Halcyon Systems": the firm by its distinctive word owns the title
    out.org = firm;
    i++;
  }
  if (!out.org && i < last) {
    // "Anjuman-e-Tajiran Lahore president", "Foreign ministry spokeswoman": capitalised words before a
    // lower-case head or leader word are the body (a town, region or country there says where instead)
    let r = i;
    while (r < last && tokens[r].cap && !isRole(tokens[r])) r++;
    const named = r > i ? text.slice(tokens[i].start, tokens[r - 1].end) : '';
    const place = named === '' || findCity(named) !== undefined || REGIONS.has(named) || countryAt(tokens, i) !== undefined;
    const head = !tokens[r].cap && ORG_HEADS.has(tokens[r].lower);
    // ... a title word alone before a leader word is a standing ("Opposition leader"), unless the article
    // names a body so ("Foreign ministry spokeswoman" has a head: a body in lower case)
    const standsAlone = !head && TITLE_WORDS.has(named.toLowerCase()) && !orgs.byName(named);
    // a leader word in lower case or in capitals: "Anjuman-e-Tajiran Lahore president", "Amazon CEO"
    // ... or in two lower-case words: "Congress general secretary"
    const leaderWords = tokens.slice(r, last + 1);
    const leader =
      leaderWords.length <= 2 && (!tokens[r].cap || isAcronym(tokens[r].text)) && ORG_LEADERS.has(leaderWords.map(lower).join('-'));
    if (!place && (head || (leader && !standsAlone))) {
      const name = head ? `${named} ${tokens[r].text}` : named;
      out.org = { name, country: nameCountry(name) };
      i = head ? r + 1 : r;
    }
  }
  if (!out.org && c && i < last) {
    // "Afghan interim government spokesman": a country's body in lower case
    let r = i;
    while (r < last && !tokens[r].cap && tokens[r].word && !ORG_HEADS.has(tokens[r].lower) && !isRole(tokens[r])) r++;
    if (r < last && !tokens[r].cap && ORG_HEADS.has(tokens[r].lower)) {
      out.org = { name: text.slice(tokens[i - c.length].start, tokens[r].end), country: c.country };
      i = r + 1;
    }
  }
  if (!out.org && i < last) {
    // "tourism department chief", "foreign ministry spokesperson": a body in lower case right before the
    // role (the police's are read as a force below; "opposition party aide" names no one party)
    let r = i;
    while (
      r < i + 2 &&
      r < last &&
      !tokens[r].cap &&
      tokens[r].word &&
      !ORG_HEADS.has(tokens[r].lower) &&
      !isRole(tokens[r]) &&
      !NOT_NAMES.has(tokens[r].lower)
    )
      r++;
    const head = tokens[r];
    if (r > i && r < last && !head.cap && ORG_HEADS.has(head.lower) && !GENERIC_HEADS.has(head.lower) && isRole(tokens[r + 1])) {
      out.org = { name: text.slice(tokens[i].start, head.end), country: undefined };
      i = r + 1;
    }
  }
  const afterBody = i;
  let end = last;
  // "chairman of the National Disaster Management Authority", "head of research at ...", "counsel for ..."
  let split = false;
  for (let p = i + 1; p < end; p++) {
    if (!SPLITTERS.has(lower(tokens[p])) || orgs.at(p)) continue;
    let q = p + 1;
    while (q <= end && ARTICLES.has(lower(tokens[q]))) q++;
    // "head of the U.S. Federal Trade Commission": the country before the body is the body's
    const bodyCountry = countryAt(tokens, q);
    if (bodyCountry && q + bodyCountry.length <= end && orgs.at(q + bodyCountry.length)?.first === q + bodyCountry.length) {
      out.country ??= bodyCountry.country;
      q += bodyCountry.length;
    }
    let spanAt = -1;
    for (let r = q; r <= end; r++)
      if (orgs.at(r)) {
        spanAt = r;
        break;
      }
    // "spokesman for the Taliban's Interior Ministry": a possessive's head is the body owned, not its owner
    const owner = spanAt < 0 ? undefined : orgs.at(spanAt)!.last;
    const bodyAt = owner !== undefined && tokens[owner].poss && owner < end && orgs.at(owner + 1) ? owner + 1 : spanAt;
    // whatever capitalised name follows, unless it is a place: "chief economist at Moody's Analytics",
    // "president of Anjuman-e-Tajiran Lahore" (but "Minister for Climate Change" keeps its portfolio)
    let r = q;
    while (r <= end && tokens[r].cap) r++;
    const named = r > q ? text.slice(tokens[q].start, tokens[r - 1].end) : '';
    // ... nor a field: "Chief of Staff", "Head of Research"; nor a post's name: "Chief of Army Staff"
    const body =
      named !== '' &&
      !findCity(named) &&
      !countryAt(tokens, q) &&
      !REGIONS.has(named) &&
      !tokens.slice(q, r).every(isTitleWord) &&
      tokens[r - 1].lower !== 'staff';
    // "lawyer for Hamza Ali": a client with a personal name is no body
    const client = CLIENT_ROLES.has(lower(tokens[p - 1])) && r - q >= 2 && tokens.slice(q, r).every(nameLike);
    if (client || principalEnds(tokens, p, end)) {
      end = p - 1;
      break;
    }
    // "president of Nepal’s mountaineering association": a body in lower case ends the phrase
    const lowerBody = isRole(tokens[p - 1]) ? bodyInLowerCase(text, tokens, q, end) : undefined;
    if (lowerBody) {
      out.org ??= lowerBody;
      end = p - 1;
      split = true;
      break;
    }
    // ... also when a head word in lower case closes its name: "head of the Afghan-Japan hospital"
    const headWord = r === end && r > q && !tokens[r].cap ? tokens[r].lower : '';
    const headed = (ORG_HEADS.has(headWord) || STAFFED_FACILITIES.has(headWord)) && !GENERIC_HEADS.has(headWord);
    const leads = ORG_LEADERS.has(lower(tokens[p - 1])) && lower(tokens[p]) !== 'at' && (r > end || tokens[r].text === '(' || headed);
    // "Leader of the Opposition in the Senate": "in" splits only before a body ("Ambassador in Beijing" is
    // where; "Minister in the Prime Minister's Office" is a minister's whole title)
    const chamber = body && ORG_HEADS.has(tokens[r - 1].lower);
    if (
      ministerFor(tokens, q) ||
      (lower(tokens[p]) === 'in'
        ? (spanAt !== q && !chamber) || lower(tokens[p - 1]) === 'minister'
        : lower(tokens[p]) !== 'at' && spanAt !== q && !(leads && body))
    )
      continue;
    // "the Republican chairman of the Senate Foreign Relations Committee": the body the role is "of" is the
    // office's, a party before the role only the holder's
    const office = lower(tokens[p]) === 'of' && isRole(tokens[p - 1]) && spanAt === q;
    if (spanAt >= 0) out.org = office ? orgs.at(bodyAt)!.org : (out.org ?? orgs.at(bodyAt)!.org);
    const bodyName = headed ? text.slice(tokens[q].start, tokens[r].end) : named;
    if (body) out.org ??= { name: bodyName, country: nameCountry(bodyName) };
    // "Karachi-based Indus Capital Securities", "a private university in Karachi"
    for (let r = q; r <= end; r++) {
      const based = /^(\p{L}+)-based$/u.exec(tokens[r].text);
      const town = based ? placeTown(based[1]) : tokens[r].cap && tokens[r - 1].text === 'in' ? placeTown(tokens[r].text) : undefined;
      if (town) out.placeCountry ??= town.country;
    }
    end = p - 1;
    split = true;
    break;
  }
  // "Governor State Bank of Pakistan", "the counsel for the Election Commission of Pakistan (ECP)": a body ends it
  const tail = tokens[end].text === ')' && tokens[end - 2]?.text === '(' ? end - 3 : end;
  const ending = orgs.at(tail);
  if (!split && ending && ending.last === tail && ending.first > i && !portfolioAt(tokens, ending.first)) {
    out.org ??= ending.org;
    // a connector before it ("chairman of the ...") was split off above
    end = ending.first - 1;
  }
  // "former local Conservative Association chairman": a body right before the role word (before "Minister" it
  // is a portfolio: "Sindh Local Government Minister")
  // ... and after its bracketed acronym ("Pakistan Peoples Party (PPP) leader")
  for (let r = i + 1; !out.org && r < end; r++) {
    const span = orgs.at(r);
    const role = span && tokens[bracketEnd(tokens, span.last) + 1];
    if (role && span.last < end && isRole(role) && role.lower !== 'minister') out.org = span.org;
  }
  // "Former Test opener and television analyst": the last of two roles is the one held now, unless it is
  // the past one ("Housing Minister and former immigration minister")
  for (let q = end - 1; q > i; q--) {
    if (lower(tokens[q]) !== 'and') continue;
    // ... but "Minister for Law and Justice" is one role with a portfolio
    if (tokens.slice(i, q).some(isRole) && tokens.slice(q + 1, end + 1).some(isRole) && !inPortfolio(tokens, q + 1)) {
      if (past(tokens[q + 1]) && !past(tokens[i])) end = q - 1;
      else i = q + 1;
    }
    break;
  }
  // "Karachi Mayor", "Lahore Capital City Police Officer": a town heading a title says where
  const lead = tokens[i];
  const town = lead && lead.cap && i < end && !isTitleWord(lead) ? placeTown(lead.text) : undefined;
  if (town && town.population >= TITLE_TOWN) out.placeCountry ??= town.country;
  // "Collector of Customs (Appraisement) Peshawar": the town is where, not what ("a farmer from Dadu" keeps it);
  // an acronym is an office or a body there, no town ("DIG" is no Dig)
  if (end > i && tokens[end].cap && !ORG_HEADS.has(tokens[end].lower) && !isAcronym(tokens[end].text)) {
    const town = findCity(tokens[end].text);
    if (town && !countryAt(tokens, end)) {
      out.placeCountry ??= placeTown(tokens[end].text, town)?.country;
      if (tokens[end - 1].cap || !tokens[end - 1].word) end--;
    }
  }
  const force = out.org ? undefined : policeForce(text, tokens, i, end);
  if (force) {
    out.org = force.org;
    i = force.from;
  }
  const roles = tokens.slice(i, end + 1).filter(isRole);
  // "the Ambassador of China to Pakistan": the country a role is "of" is the one served
  for (let r = i + 1; !out.country && r < end; r++) {
    const served = tokens[r].lower === 'of' && isRole(tokens[r - 1]) ? countryAt(tokens, r + 1) : undefined;
    if (served) out.country = served.country;
  }
  if (roles.length) {
    out.title = titleText(text, tokens, { standing, afterStanding, afterBody, first: i, end, scoped });
    out.official = roles.some((t) => isOffice(lower(t)));
    // "Justices A, B and C", "PTI leaders A and B": each holds the office in the singular
    if (roles.every((t) => singularRole(t.lower))) {
      out.plural = true;
      for (const t of roles) out.title = out.title.replace(t.text, t.text.slice(0, -1));
    }
  }
  return out;
}

/**
 * "Minister for Local Government": what a minister is "for" is the portfolio, whatever body its words could
 * name (`at`: the portfolio's first word, after an article).
 */
function ministerFor(tokens: Token[], at: number): boolean {
  const k = ARTICLES.has(tokens[at - 1].lower) ? at - 1 : at;
  return tokens[k - 1]?.lower === 'for' && tokens[k - 2]?.lower === 'minister';
}

/** A body's name that is a portfolio's words: "Minister for Local Government", "... Education and Labour". */
const portfolioAt = (tokens: Token[], at: number): boolean => ministerFor(tokens, at) || inPortfolio(tokens, at);

/**
 * A police title with a place: the force of that place is the body. A town or province heading the title
 * opens the force's name ("Detroit Police Chief": "Detroit Police", title "Police Chief"; "Karachi police
 * spokesman": "Karachi police", title "spokesman", as for any name before "police"); a province at
 * either end of an inspector general's title is the force's ("Inspector General Police Punjab": "Punjab
 * Police"), as a provincial police is headed by its inspector general.
 */
function policeForce(text: string, tokens: Token[], i: number, end: number): { org: Phrase['org']; from: number } | undefined {
  const at = tokens.slice(i, end + 1).findIndex((t) => t.lower === 'police') + i;
  if (at < i) return undefined;
  const place = at > i && at < end && isRole(tokens[at + 1]) ? text.slice(tokens[i].start, tokens[at - 1].end) : '';
  const town = findCity(place);
  if (town || REGIONS.has(place)) {
    const country = town?.country ?? REGIONS.get(place) ?? undefined;
    // "Police Chief" in capitals is one compound title; "police spokesman" a spokesman of the police
    return { org: { name: `${place} ${tokens[at].text}`, country }, from: tokens[at].cap ? at : at + 1 };
  }
  const title = text.slice(tokens[i].start, tokens[end].end);
  const region = regionEnding(title) ?? regionOpening(title);
  return region === undefined ? undefined : { org: { name: `${region} Police`, country: REGIONS.get(region) ?? undefined }, from: i };
}

/**
 * "spokesman for independent presidential candidate Simba Makoni": a role for someone named at the end of
 * the phrase (after words in lower case describing them) is the role alone; the name is the other person's.
 */
function principalEnds(tokens: Token[], p: number, end: number): boolean {
  if (lower(tokens[p]) !== 'for' || !isRole(tokens[p - 1])) return false;
  let q = p + 1;
  while (q <= end && !tokens[q].cap && tokens[q].word && !ORG_HEADS.has(tokens[q].lower)) q++;
  // the words in lower case say it is a person ("mission chief for Sri Lanka" is a place's)
  return q > p + 1 && end - q >= 1 && tokens.slice(q, end + 1).every(nameLike);
}

/**
 * The body in lower case from `q` to `end`, after an article or a country's possessive ("the tourism
 * department", "Nepal’s mountaineering association", whose country it takes); undefined when the words are no
 * such body.
 */
function bodyInLowerCase(text: string, tokens: Token[], q: number, end: number): { name: string; country: string | undefined } | undefined {
  const owner = countryAt(tokens, q);
  const first = owner && tokens[q + owner.length - 1].poss ? q + owner.length : q;
  const words = tokens.slice(first, end + 1);
  const head = tokens[end];
  const lowered = words.length >= 2 && words.length <= 3 && words.every((t) => t.word && !t.cap && !isRole(t));
  if (!lowered || !ORG_HEADS.has(head.lower) || GENERIC_HEADS.has(head.lower)) return undefined;
  return { name: text.slice(tokens[first].start, head.end), country: owner?.country };
}

/** "former", "ex-law minister": a word that puts its role in the past. */
const past = (t: Token): boolean => PAST_WORDS.has(lower(t)) || PAST_WORDS.has(lower(t).split('-')[0]);

/** The last token of a body's name and of the bracketed acronym right after it, if any. */
function bracketEnd(tokens: Token[], last: number): number {
  return tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' ? last + 3 : last;
}

/**
 * The title's words: from `first` to `end`, with the words of standing kept before it when only a country
 * or body stood between them ("Former ambassador", "Senior leader"), or from the words of standing on.
 */
function titleText(
  text: string,
  tokens: Token[],
  at: { standing: number; afterStanding: number; afterBody: number; first: number; end: number; scoped: boolean },
): string {
  const slice = (a: number, b: number) => text.slice(tokens[a].start, tokens[b].end);
  // a body after a word of scope is the scope's: "state Congress chief" keeps it
  if (at.scoped && at.first === at.afterBody) return slice(at.standing, at.end);
  if (at.first > at.afterBody || at.afterStanding === at.standing) return slice(at.first, at.end);
  if (at.afterBody === at.afterStanding) return slice(at.standing, at.end);
  return `${slice(at.standing, at.afterStanding - 1)} ${slice(at.first, at.end)}`;
}
