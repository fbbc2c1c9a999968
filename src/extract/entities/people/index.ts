// People: capitalised name sequences, with the honorifics, titles and appositions around their first
// mention, and every later mention ("Mr Khan", "Khan", "Maj Gen Rana") as aliases.
import { findCity } from '../../dateline/gazetteer.js';
import type { Token } from '../../document/tokens.js';
import { DEMONYMS } from '../../lexicons/demonyms.js';
import { NAME_PREFIXES, POST_NOMINAL_TITLES } from '../../lexicons/honorifics.js';
import { BODY_LAST_WORDS } from '../../lexicons/not-names.js';
import { KNOWN_PARTIES, PARTY_NAMES } from '../../lexicons/organizations.js';
import { OUTLETS } from '../../lexicons/outlets.js';
import { COMPASS_POINTS } from '../../lexicons/places.js';
import { REGIONS } from '../../lexicons/regions.js';
import { ORG_LEADERS } from '../../lexicons/titles.js';
import { spokenFor } from '../context.js';
import { mostNamed, settleMinisters, settleSoleOffices } from '../country.js';
import type { Description } from '../describe.js';
import {
  comparable,
  endsWith,
  fullNameOf,
  givenRespelledOf,
  longFormOf,
  middleOf,
  namesake,
  respelledOf,
  shortFormOf,
  surnameOf,
} from '../name-forms.js';
import type { PersonEntity } from '../types.js';
import { fillsQuotationMarks, isAcronym, isHonorific, isRole, isTitleWord, LIST_MARKS } from '../words.js';
import { describeMention, type MentionAt, mentionOf } from './mention.js';
import { settleByMinistry } from './ministry.js';
import { titleFromRoleNouns } from './role-noun.js';
import { capitalRun, type NameSpan, nameSpan } from './name-span.js';
import { BIG_TOWN, paragraphPlace, placeLike, regionAcross } from './places.js';
import { type Draft, indexName, newScan, partyAsGivenName, placeNounsOnce, type Scan, spaced } from './scan.js';

/** The people an article names: text, tokens, the countries and bodies found in them, its default country, its verbs. */
export function findPeople(...article: Parameters<typeof newScan>): PersonEntity[] {
  const sc = newScan(...article);
  const { tokens, orgs, countries, defaultCountry } = sc;
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap || (orgs.at(i) && !partyAsGivenName(sc, i)) || sc.used[i]) {
      i++;
      continue;
    }
    const runStart = i;
    const j = capitalRun(sc, i);
    i = j + 1;
    const span = nameSpan(sc, runStart, j);
    if (!span) continue;
    const at = mentionOf(sc, span);
    const known = knownPerson(sc, span, at);
    if (known) addMention(sc, known, span, at);
    else addPerson(sc, span, at);
  }
  const { people } = sc;
  const namedMost = mostNamed(countries, [], defaultCountry);
  titleFromRoleNouns(sc);
  settleByMinistry(sc);
  settleMinisters(people, defaultCountry, namedMost);
  settleSoleOffices(people, defaultCountry, namedMost);
  return people.map(({ name, title, organization, country, aliases, official, officialBy, mentions }) => ({
    name,
    title,
    organization,
    country,
    aliases,
    official,
    officialBy,
    mentions,
  }));
}

/**
 * The person a mention names who is already known: "Khan" and "Mr Khan" after "Masood Khan"; "Syed Asim Munir" after
 * "Asim Munir"; "Mr Kim" after "Kim Jae-joon" (family name first); "Prince Khalid" after "Prince Khalid bin Bandar"
 * (a title or honorific with a given name alone).
 */
function knownPerson(sc: Scan, span: NameSpan, at: MentionAt): Draft | undefined {
  const { people } = sc;
  const { parts, name } = span;
  const addressed = at.honorifics.length > 0 || at.titled;
  return (
    sc.byName.get(comparable(parts).join(' ')) ??
    namesake(sc.bySurname.get(surnameOf(parts))?.filter((p) => endsWith(p.parts, parts) || endsWith(parts, p.parts))) ??
    (parts.length === 1 && addressed ? sc.byFamily.get(name) : undefined) ??
    shortFormOf(people, parts) ??
    longFormOf(people, parts) ??
    fullNameOf(people, parts) ??
    (parts.length === 1 && addressed ? (middleOf(people, name) ?? givenRespelledOf(people, name)) : undefined) ??
    (parts.length > 1 || addressed ? respelledOf(people, parts) : undefined)
  );
}

/** A later mention of a known person: its forms become aliases, and a title found here may describe the person. */
function addMention(sc: Scan, known: Draft, span: NameSpan, at: MentionAt): void {
  const { parts, name } = span;
  const { mention } = at;
  // a given name alone, titled, is the full name given later: the name is the full one
  if (known.parts.length === 1 && parts.length > 1) {
    known.aliases.push(known.name);
    [known.name, known.parts] = [name, parts];
    indexName(sc, known, parts);
  }
  known.mentions.push(mention);
  if (name !== known.name && !known.aliases.includes(name)) known.aliases.push(name);
  if (mention.text !== name && mention.text !== known.name && !known.aliases.includes(mention.text)) known.aliases.push(mention.text);
  for (let x = at.mentionStart; x <= span.runEnd; x++) sc.used[x] = true;
  // "the Narendra Modi government ... Prime Minister Modi", "Mr Corbyn as leader": the first title given
  // describes the person; an office named later outranks a private role ("my sister X ... Minister X")
  if (at.attributive) return;
  const described = describeMention(sc, span, at);
  if (!known.title || !known.official || known.addressed) describeLater(known, described);
  // "lawyers A and B", A named before: a plural title holds every name of its list, a known one's too
  if (described.plural)
    sc.list = { head: { ...known, title: described.title, organization: described.org?.name ?? null }, end: span.runEnd };
}

/** Is the name a body's, a place's or no one's rather than a new person's? */
function notAPerson(sc: Scan, span: NameSpan, at: MentionAt, inList: boolean): boolean {
  const { tokens } = sc;
  const { parts, name, first, runEnd } = span;
  const { honorifics, titled } = at;
  // "Anjuman-e-Tajiran Lahore president Khalid Pervez Butt": a name heading a leader's title is a body's
  // (a name of one word after it is the body: "Umair Khan spokesperson TransPeshawar stated")
  const after = tokens[runEnd + 1];
  const holder = (x: number) => tokens[x]?.cap && spaced(sc, x) && (isHonorific(tokens[x]) || (tokens[x + 1]?.cap && spaced(sc, x + 1)));
  if (after && !after.cap && ORG_LEADERS.has(after.lower) && holder(runEnd + 2)) return true;
  const untitled = !honorifics.length && !titled;
  if (BODY_LAST_WORDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return true;
  if (parts.length === 1 && untitled && !span.postNominal && !roleApposed(tokens, runEnd)) return true;
  if (untitled && fillsQuotationMarks(tokens, span.runStart, runEnd)) return true;
  // "told Business Recorder", "told Al Jazeera": a news outlet's name; "Lakki Marwat has witnessed ...": a
  // place the article calls a district or a tehsil elsewhere
  if (untitled && (OUTLETS.has(name) || placeNounsOnce(sc).has(name))) return true;
  // "officials of the Islamic Emirate", "the Plaid Cymru": "the" opens a body's or a place's name, not a
  // person's ("the Narendra Modi government" names one by a leader)
  // ... at a sentence's start too ("The Red Crescent said")
  if (tokens[at.mentionStart - 1]?.lower === 'the' && untitled && !at.attributive) return true;
  // "Special Assistant on Price Control, X": what a title is "on" is its portfolio, never a person
  if (untitled && tokens[first - 1]?.lower === 'on' && first >= 2 && isTitleWord(tokens[first - 2])) return true;
  // "Governor Punjab said", "Governor House Lahore": a province or a big town alone is a place after a title too
  // ("Chief Minister Khyber Pakhtunkhwa")
  if (REGIONS.has(name) || (parts.length === 1 && (findCity(name)?.population ?? 0) >= BIG_TOWN)) return true;
  if (regionAcross(tokens, first, runEnd)) return true;
  if (spelledByAcronym(tokens, first, runEnd)) return true;
  // "North American economies", "West African states": a compass point before a nationality is a region's adjective
  if (parts.length === 2 && COMPASS_POINTS.has(parts[0].toLowerCase()) && DEMONYMS.has(parts[1])) return true;
  return untitled && !inList && placeLike(tokens, first, runEnd, name);
}

/** Small words inside a body's long name, which its acronym skips. */
const ACRONYM_SKIPS = new Set(['of', 'for', 'and', '&', 'the']);

/**
 * "Liberians United for Reconciliation and Democracy, LURD": a run whose capitals, with those of the name
 * going on after it, spell the acronym that follows is the start of a body's name.
 */
function spelledByAcronym(tokens: Token[], first: number, runEnd: number): boolean {
  let initials = tokens
    .slice(first, runEnd + 1)
    .map((t) => t.text[0])
    .join('');
  let k = runEnd + 1;
  for (; tokens[k] && ACRONYM_SKIPS.has(tokens[k].lower); k++) {
    while (tokens[k + 1]?.cap && !isAcronym(tokens[k + 1].text)) initials += tokens[++k].text[0];
  }
  const acronym = tokens[k]?.text === ',' || tokens[k]?.text === '(' ? tokens[k + 1]?.text : undefined;
  return k > runEnd + 1 && acronym === initials;
}

/** A person named for the first time, described by the words around the name. */
function addPerson(sc: Scan, span: NameSpan, at: MentionAt): void {
  const { text, tokens, orgs, people, defaultCountry } = sc;
  const { parts, name, first, runEnd } = span;
  const { h, honorifics, mentionStart } = at;
  // "Justices A, B and C": the next names of a list under a plural title hold it too (and are no towns)
  const inList = sc.list !== undefined && listedAfter(tokens, sc.list.end, mentionStart);
  if (notAPerson(sc, span, at, inList)) return;
  const described = at.attributive ? UNDESCRIBED : describeMention(sc, span, at);
  if (!described.title && parts.length === 1 && !honorifics.length) return;
  // "his Iranian counterpart Hassan Rouhani": the office of the one named before
  const title =
    described.title && COUNTERPART.test(described.title) ? (people.findLast((p) => p.title)?.title ?? described.title) : described.title;
  const org = described.org ?? spokenFor(title, tokens, orgs, mentionStart);
  // "Labour's Jonathan Ashworth": a body's own person; "Republican X", "New York Democrat X": a party's
  const bodyBefore = h >= 0 ? orgs.at(h) : undefined;
  const owned = tokens[h]?.poss === true && bodyBefore !== undefined;
  // ... or after it: "X of the Labour Party", "Y (PPP)"
  const partyOrg = (o: Description['org']) => o !== undefined && 'head' in o && (o.head === 'party' || KNOWN_PARTIES.has(o.name));
  const untitled = !owned && !described.title;
  const party = untitled && partyOrg(bodyBefore?.org) && bodyBefore!.last === h;
  const partyAfter = untitled && !party && partyOrg(described.org);
  const official = described.official || owned || party || partyAfter;
  const placed =
    described.country ??
    (org?.country === undefined ? (described.placeCountry ?? paragraphPlace(tokens, first, defaultCountry)) : org.country);
  const country = placed === undefined ? defaultCountry : placed;
  for (let x = mentionStart; x <= runEnd; x++) sc.used[x] = true;
  // "Sheikh Rashid Ahmed" is also "Rashid Ahmed"
  const aliases =
    parts.length > 2 && NAME_PREFIXES.has(parts[0].toLowerCase()) ? [text.slice(tokens[first + 1].start, tokens[runEnd].end)] : [];
  // ... over a name's own letters ("former presidents A MP and B MP")
  const ownTitle = described.title !== null && described.title !== span.postNominal;
  const listed = !ownTitle && inList ? sc.list!.head : undefined;
  const person: Draft = listed
    ? { ...listed, name, parts, aliases, mentions: [at.mention] }
    : {
        name,
        parts,
        title,
        organization: org ? (PARTY_NAMES.get(org.name) ?? org.name) : null,
        country,
        aliases,
        official,
        officialBy: officialRule(described.official, owned, party, partyAfter),
        mentions: [at.mention],
        defaulted: placed === undefined,
        addressed: described.addressed,
      };
  // "MQM-P's A and B", "Republican A and B": a party or body written once before a coordination is each
  // name's (a conjunct with a body of its own is no longer in the list: "A and PTI's B")
  if (described.plural || (!described.title && (owned || party) && !listed)) sc.list = { head: person, end: runEnd };
  else if (listed) sc.list!.end = runEnd;
  people.push(person);
  indexName(sc, person, parts);
  if (parts.length > 1) sc.byFamily.set(parts[0], person);
}

/** What may open an apposition giving a role: "X, also the ... Minister,", "X, a former minister,". */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'also', 'now', 'then', 'himself', 'herself', 'former']);

/**
 * "Quader, also the Road Transport and Bridges Minister, raised ...": a word alone, with an apposition after
 * it whose head is a role, is a person's name (a surname, the full name given earlier or in a headline).
 */
function roleApposed(tokens: Token[], end: number): boolean {
  if (tokens[end + 1]?.text !== ',' || !APPOSITION_OPENERS.has(tokens[end + 2]?.lower ?? '')) return false;
  const close = tokens.findIndex((t, x) => x > end + 2 && !t.word);
  return close > 0 && close - end <= 10 && tokens[close].text === ',' && (isRole(tokens[close - 1]) || isTitleWord(tokens[close - 1]));
}

const COUNTERPART = /\bcounterparts?$/i;
const UNDESCRIBED: Description = {
  title: null,
  org: undefined,
  country: undefined,
  placeCountry: undefined,
  official: false,
  plural: false,
};

/** Only list marks stand between a list's last name (ending at `end`) and the next one (at `next`). */
function listedAfter(tokens: Token[], end: number, next: number): boolean {
  // "A (Alias) MP, B": a bracketed alias and post-nominal letters close the name before the list goes on
  let from = tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')' ? end + 4 : end + 1;
  if (from < next && POST_NOMINAL_TITLES.has(tokens[from].lower)) from++;
  const between = tokens.slice(from, next);
  return between.length > 0 && between.length <= 2 && between.every((t) => LIST_MARKS.has(t.lower));
}

/**
 * A title found at a later mention fills what the first one left unknown, or replaces a private role or an
 * honorific by an office.
 */
function describeLater(person: Draft, d: Description): void {
  // "JUI-F's Maulana X ... JUI-F chief Maulana X": an honorific gives way to the office named later
  if (!d.title || (person.title && !d.official && !person.addressed) || (person.addressed && d.addressed)) return;
  if (person.title) person.organization = null;
  person.title = d.title;
  person.addressed = d.addressed;
  person.organization ??= d.org?.name ?? null;
  if (d.country) [person.country, person.defaulted] = [d.country, false];
  if (d.official && !person.official) person.officialBy = 'later-title';
  person.official ||= d.official;
}

/**
 * Which rule made an official: a title or office word around the name, else "Labour's X", a body's own
 * person, else a party right before it ("Republican X"), else one after it ("X of the Labour Party").
 */
const officialRule = (described: boolean, owned: boolean, party: boolean, partyAfter: boolean): string | null =>
  described ? 'title' : owned ? 'body-possessive' : party ? 'party-before' : partyAfter ? 'party-after' : null;
