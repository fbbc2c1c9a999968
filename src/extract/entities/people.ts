// People: capitalised name sequences, with the honorifics, titles and appositions around their first
// mention, and every later mention ("Mr Khan", "Khan", "Maj Gen Rana") as aliases.
import { bigNamesakes, findCity } from '../dateline/gazetteer.js';
import { DEMONYMS } from '../lexicons/demonyms.js';
import { FACILITY_HEADS, GOVERNMENT_NOUNS, KNOWN_PARTIES, ORG_HEADS, PARTY_NAMES } from '../lexicons/organizations.js';
import { PLACE_PREPOSITIONS } from '../lexicons/places.js';
import { REGIONS } from '../lexicons/regions.js';
import { mostNamed, settleMinisters, settleSoleOffices } from './country.js';
import { NOT_NAMES } from '../lexicons/not-names.js';
import { ADDRESS_FORMS, NAME_PREFIXES, POST_NOMINAL_TITLES, RETIRED, RETIRED_RANKS } from '../lexicons/honorifics.js';
import { PARTICLES } from '../lexicons/particles.js';
import { ACRONYM_OFFICES, ATTRIBUTIVE_TITLE_WORDS, ORG_LEADERS } from '../lexicons/titles.js';
import { articlePlaces, spokenFor } from './context.js';
import { comparable, endsWith, fullNameOf, longFormOf, middleOf, namesake, respelledOf, shortFormOf, surnameOf } from './name-forms.js';
import { describe, type Description } from './describe.js';
import type { OrgTable } from './organizations.js';
import type { Token } from '../document/tokens.js';
import type { Mention, PersonEntity, VerbAt } from './types.js';
import type { CountrySpan } from './words.js';
import {
  countryAt,
  inPortfolio,
  isAcronym,
  LIST_MARKS,
  TITLE_CONNECTORS,
  isHonorific,
  isJoinedParticle,
  isRole,
  isTitleWord,
  lower,
  monthInName,
  nameLike,
  portfolioItem,
  retiredAt,
} from './words.js';

const BIG_TOWN = 500_000;
const TOWN = 100_000;
/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Ji-hoon", "Jae-in"). */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Two initials in capitals, without full stops; three after a title. */
const INITIALS = /^\p{Lu}{2}$/u;
const TITLED_INITIALS = /^\p{Lu}{2,3}$/u;
/** A middle initial without its full stop: any capital but the pronoun "I". */
const MIDDLE_INITIAL = /^[A-HJ-Z]$/;
/** Initials with full stops ("A.H.", "J.R."): given names abbreviated, as a single "A." is. */
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;
interface Draft extends PersonEntity {
  /** The name's words, to match a later "Khan" or "Mr Khan". */
  parts: string[];
  /** The country is the article's default, nothing nearer said it. */
  defaulted?: boolean;
  /** The title is only the honorific the name was first given with. */
  addressed?: boolean;
}

export function findPeople(
  text: string,
  tokens: Token[],
  countries: (CountrySpan | undefined)[],
  orgs: OrgTable,
  defaultCountry: string | null,
  verbAt: VerbAt,
): PersonEntity[] {
  const people: Draft[] = [];
  const byName = new Map<string, Draft>();
  /** People by the last word of their name, latest first, for "Khan" and "Mr Khan". */
  const bySurname = new Map<string, Draft[]>();
  /** People by the first word of their name, for "Mr Kim" when no one's name ends in it. */
  const byFamily = new Map<string, Draft>();
  /** Looks the person up by this form of the name from now on: the whole of it, and its surname. */
  const indexName = (person: Draft, parts: string[]): void => {
    byName.set(comparable(parts).join(' '), person);
    const surname = surnameOf(parts);
    bySurname.set(surname, [person, ...(bySurname.get(surname) ?? [])]);
  };
  const used = new Array<boolean>(tokens.length).fill(false);
  /** The last name under a plural title, and where it ends. */
  let list: { head: Draft; end: number } | undefined;
  const spaced = (a: number) => !tokens[a].lineBefore;
  // the article's own places, read only when a title is followed by no place a list knows
  let places: Set<string> | undefined;
  const placesOnce = (): Set<string> =>
    (places ??= new Set([...articlePlaces(tokens, (name) => findCity(name) !== undefined), ...placeLists(tokens)]));
  const countryMask = new Array<boolean>(tokens.length).fill(false);
  // country names (not demonyms: "Danish Ahmed Lodhi") are never part of a name
  for (let i = 0; i < tokens.length; i++) {
    const c = countries[i];
    if (c && (c.length > 1 || !DEMONYMS.has(tokens[i].text))) for (let k = i; k < i + c.length; k++) countryMask[k] = true;
  }

  // "Governor KP X" in Pakistani copy, "Prime Minister KP Sharma Oli" in Nepali: a province's initials name it
  // in its own country's news, elsewhere they are a person's
  const homeRegion = (name: string): boolean =>
    REGIONS.has(name) && (!isAcronym(name) || defaultCountry === null || REGIONS.get(name) === defaultCountry);
  // "Mayor Tory Whanau": a party's label stands before a title ("Tory MP X"), never between a title and a
  // name; there it is a given name (a role in lower case is a description: "fellow Democrat X")
  const partyAsGivenName = (x: number): boolean => {
    const span = orgs.at(x);
    const [title, next] = [tokens[x - 1], tokens[x + 1]];
    return (
      span?.first === x &&
      span.last === x &&
      KNOWN_PARTIES.has(tokens[x].text) &&
      title?.cap === true &&
      !title.poss &&
      (isTitleWord(title) || isRole(title)) &&
      next !== undefined &&
      nameLike(next) &&
      spaced(x + 1)
    );
  };
  // "van der Berg": particles count only when a capitalised word follows them
  const particlesThenName = (a: number): boolean => {
    let b = a;
    while (b < tokens.length && PARTICLES.has(tokens[b].text) && spaced(b)) b++;
    return b < tokens.length && tokens[b].cap && spaced(b);
  };

  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap || (orgs.at(i) && !partyAsGivenName(i)) || used[i]) {
      i++;
      continue;
    }
    // the run of capitalised words (with name particles) starting at i
    let j = i;
    while (j + 1 < tokens.length && !tokens[j].poss && spaced(j + 1) && !orgs.at(j + 1)) {
      const n = tokens[j + 1];
      if (n.cap || isJoinedParticle(n)) j++;
      else if (PARTICLES.has(n.text) && particlesThenName(j + 1)) j++;
      else break;
    }
    const runStart = i;
    i = j + 1;
    // "Dr Asad Ali Qureshi Thursday said": a weekday or month glued on ends no name
    while (j > runStart && NOT_NAMES.has(tokens[j].lower) && !monthInName(tokens, j)) j--;
    const postNominal = j > runStart && POST_NOMINAL_TITLES.has(tokens[j].lower) ? tokens[j--].text : null;
    const runEnd = j;
    if (portfolioInBrackets(tokens, runStart, runEnd)) continue;
    // the name is the run's tail of name-like words
    // an honorific-looking word after a first name is a name ("Gaura Sen Gupta", "John Major"); an abbreviated
    // one is not ("Democratic Rep. X")
    // "Ayesha A. Malik": a capital with a full stop inside the run is a middle initial, never the article
    // "TS Singh Deo", "KT Rama Rao": Indian copy writes given names as two initials without full stops; two
    // capitals before a two-word name that are no office's acronym ("CM", "SP"), no country's and no province's
    // ("Governor KP"); after a title, two or three before a surname alone or a two-word name ("BJP president JP
    // Nadda", "Union Minister RPN Singh", "MP AKM Bahauddin Bahar"), where the title before them says they are
    // no title themselves (the last, no rank's wing)
    // ... or before a surname alone when an apposition gives the role ("said SM Mannan, acting president of")
    // "SSP CIA Ali Raza", "DIG CTD X Y": after a police or civil-service rank, capitals name its wing
    const wingBefore = (x: number): boolean => ACRONYM_OFFICES.has(tokens[x - 1].lower);
    const roleAfter = (end: number): boolean =>
      tokens[end + 1]?.text === ',' && tokens.slice(end + 2, end + 5).some((t) => isRole(t) || isTitleWord(t));
    const initialsBefore = (x: number): boolean =>
      x < runEnd &&
      !countryMask[x] &&
      !isHonorific(tokens[x]) &&
      !isRole(tokens[x]) &&
      !isTitleWord(tokens[x]) &&
      !homeRegion(tokens[x].text) &&
      nameLike(tokens[x + 1]) &&
      ((runEnd - x >= 2 && INITIALS.test(tokens[x].text) && nameLike(tokens[x + 2])) ||
        (runEnd - x <= 2 &&
          TITLED_INITIALS.test(tokens[x].text) &&
          x > 0 &&
          (isRole(tokens[x - 1]) || isTitleWord(tokens[x - 1])) &&
          (runEnd === x + 1 || !wingBefore(x))) ||
        (runEnd === x + 1 && x === runStart && INITIALS.test(tokens[x].text) && roleAfter(runEnd)));
    // "Dr. Thomas Guernsey", "Baroness Scotland": a country's one-word name ending a titled name is a surname
    // (a country follows a name only after a preposition or a comma), and so is that word alone later
    // ("Guernsey said"), unless a preposition makes it the place
    const titledBefore = (x: number): boolean => x >= 0 && (isHonorific(tokens[x]) || isTitleWord(tokens[x]) || isRole(tokens[x]));
    const countrySurname = (x: number): boolean =>
      x === runEnd &&
      countries[x]?.length === 1 &&
      (x > runStart
        ? nameLike(tokens[x - 1]) && !countryMask[x - 1] && titledBefore(x - 2)
        : bySurname.has(tokens[x].text) && !PLACE_PREPOSITIONS.has(tokens[x - 1].lower));
    // "Justice Ayesha A Malik": South Asian copy drops the middle initial's full stop; a lone capital between
    // name words, with the sentence going on after the name (a title-case headline's "A" is the article)
    // ... or two ("Andrew RT Davies"), which are no office's or country's acronym
    const bareInitial = (x: number): boolean =>
      x > runStart &&
      x < runEnd &&
      (MIDDLE_INITIAL.test(tokens[x].text) ||
        (INITIALS.test(tokens[x].text) &&
          !countryMask[x] &&
          !isRole(tokens[x]) &&
          !isTitleWord(tokens[x]) &&
          !homeRegion(tokens[x].text))) &&
      nameLike(tokens[x - 1]) &&
      nameLike(tokens[x + 1]) &&
      tokens[runEnd + 1] !== undefined &&
      !tokens[runEnd + 1].lineBefore;
    const nameToken = (x: number): boolean =>
      (nameLike(tokens[x]) && (!countryMask[x] || countrySurname(x))) ||
      monthInName(tokens, x) ||
      (x > runStart && x < runEnd && tokens[x].text.length === 1 && text[tokens[x].end] === '.') ||
      bareInitial(x) ||
      // "Foreign Minister A.H. Mahmud Ali": dotted initials before a name word, a country's ("U.S.") aside
      (x < runEnd && DOTTED_INITIALS.test(tokens[x].text) && text[tokens[x].end] === '.' && !countryMask[x] && nameLike(tokens[x + 1])) ||
      // "Bill Shorten": a law's "Bill" ends its name ("the Finance Bill"); one before a name word opens the
      // given name
      (x < runEnd && tokens[x].lower === 'bill' && nameLike(tokens[x + 1])) ||
      (x > runStart &&
        (PARTICLES.has(tokens[x].text) ||
          isJoinedParticle(tokens[x]) ||
          (isHonorific(tokens[x]) && nameLike(tokens[x - 1]) && !countryMask[x - 1] && text[tokens[x].end] !== '.'))) ||
      // "Park Ji-hoon", "Moon Jae-in": a Korean family name opens a name before its hyphenated given name
      (x === runEnd - 1 && KOREAN_GIVEN_NAME.test(tokens[runEnd].text)) ||
      initialsBefore(x);
    if (!nameToken(runEnd)) continue;
    let k = runEnd - 1;
    while (k >= runStart && k >= runEnd - 6 && nameToken(k)) k--;
    let first = k + 1;
    while (PARTICLES.has(tokens[first].text)) first++;
    // a demonym opens a name only in a long one ("Danish Ahmed Lodhi", not "Indian Sikh")
    if (DEMONYMS.has(tokens[first].text) && runEnd - first < 2) first++;
    if (first > runEnd || portfolioItem(tokens, first, runEnd)) continue;
    // "Collector of Customs (Appraisement) Peshawar Shafiq Ahmed Tareen", "Chief Minister of Punjab Sabahat
    // Ali Khokhar": a big town or a province between title and name
    const before = tokens[first - 1];
    // ... or a title's "from": "MNA from Karachi Iqbal Mohammad Ali"
    const connects = TITLE_CONNECTORS.has(before?.text) || (before?.text === 'from' && isRole(tokens[first - 2]));
    // ... or a body's name: "Coordinator Emergency Operations Center Balochistan X Y"
    const body = before !== undefined && (orgs.at(first - 1) !== undefined || (before.cap && ORG_HEADS.has(before.lower)));
    const afterTitle = before && (isTitleWord(before) || isRole(before) || before.text === ')' || connects || body);
    const place = afterTitle ? placeLength(tokens, first, placesOnce, homeRegion) : 0;
    const posted = place > 0 && runEnd - first >= place + 1;
    if (posted) first += place;
    else if (inPortfolio(tokens, first)) {
      // "Minister for Tourism, Culture and Northeast States, X": two words or fewer close the portfolio; a
      // province's two words close it whole ("Minister for Kashmir Affairs and Gilgit Baltistan X Y")
      const item = Math.max(1, placeLength(tokens, first, placesOnce, homeRegion));
      if (runEnd - first < item + 1) continue;
      first += item;
    }
    // "Minister for Public Expenditure X Y": an adjective's noun is no name's first word ("Minister for Public
    // Expenditure and Reform X Y": nor a name alone)
    if (ATTRIBUTIVE_TITLE_WORDS.has(tokens[first - 1]?.lower ?? '') && tokens[first - 1].cap) {
      if (runEnd - first < 2) continue;
      first++;
    }
    // "Minister for Primary and Secondary Healthcare Dr. Farzana Bhatti": a form of address opens the name
    for (let x = runEnd - 1; x > first; x--) {
      if (ADDRESS_FORMS.has(tokens[x].lower.replace(/\.$/, ''))) {
        first = x;
        break;
      }
    }
    // "Inspector General of Police (IGP) Punjab Dr Usman Anwar": a name never opens with an honorific
    while (first < runEnd && isHonorific(tokens[first])) first++;
    const parts = tokens.slice(first, runEnd + 1).map((t) => t.text);
    const name = text.slice(tokens[first].start, tokens[runEnd].end);

    // honorifics and ranks right before the name: "Dr", "Maj Gen", "Lt Gen (retd)", "Ambassador (retd)"
    let h = first - 1;
    while (h > k && PARTICLES.has(tokens[h].text)) h--;
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
    if (h < first - 1 && h >= 0 && tokens[h].lower === 'retired') h--;
    const honorifics = tokens.slice(h + 1, first).filter((t) => t.word && !RETIRED.has(lower(t)));
    const mentionStart = honorifics.length ? h + 1 : first;
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
    const titled = (h >= 0 && (role || orgs.at(h) !== undefined) && tokens[h].word && !attributive) || posted;

    // what the words around this mention say; a title written after the name reads after it
    const describeHere = (): Description => {
      const d = describe(text, tokens, orgs, used, { h, last: postNominal ? runEnd + 1 : runEnd }, honorifics, verbAt);
      return d.title || !postNominal ? d : { ...d, title: postNominal, official: true };
    };
    // "Khan" and "Mr Khan" after "Masood Khan"; "Syed Asim Munir" after "Asim Munir"
    // "Mr Kim" after "Kim Jae-joon": family name first
    // "Prince Khalid" after "Prince Khalid bin Bandar": a title or honorific with a given name alone
    const known =
      byName.get(comparable(parts).join(' ')) ??
      namesake(bySurname.get(surnameOf(parts))?.filter((p) => endsWith(p.parts, parts) || endsWith(parts, p.parts))) ??
      (parts.length === 1 && (honorifics.length || titled) ? byFamily.get(name) : undefined) ??
      shortFormOf(people, parts) ??
      longFormOf(people, parts) ??
      fullNameOf(people, parts) ??
      (parts.length === 1 && (honorifics.length || titled) ? middleOf(people, name) : undefined) ??
      (parts.length > 1 || honorifics.length || titled ? respelledOf(people, parts) : undefined);
    if (known) {
      // a given name alone, titled, is the full name given later: the name is the full one
      if (known.parts.length === 1 && parts.length > 1) {
        known.aliases.push(known.name);
        [known.name, known.parts] = [name, parts];
        indexName(known, parts);
      }
      known.mentions.push(mention);
      if (name !== known.name && !known.aliases.includes(name)) known.aliases.push(name);
      if (mention.text !== name && mention.text !== known.name && !known.aliases.includes(mention.text)) known.aliases.push(mention.text);
      for (let x = mentionStart; x <= runEnd; x++) used[x] = true;
      // "the Narendra Modi government ... Prime Minister Modi", "Mr Corbyn as leader": the first title given
      // describes the person; an office named later outranks a private role ("my sister X ... Minister X")
      if ((!known.title || !known.official || known.addressed) && !attributive) describeLater(known, describeHere());
      continue;
    }
    // "Anjuman-e-Tajiran Lahore president Khalid Pervez Butt": a name heading a leader's title is a body's
    // (a name of one word after it is the body: "Umair Khan spokesperson TransPeshawar stated")
    const after = tokens[runEnd + 1];
    const holder = (x: number) => tokens[x]?.cap && spaced(x) && (isHonorific(tokens[x]) || (tokens[x + 1]?.cap && spaced(x + 1)));
    if (after && !after.cap && ORG_LEADERS.has(after.lower) && holder(runEnd + 2)) continue;
    if (parts.length === 1 && !honorifics.length && !titled && !postNominal && !roleApposed(tokens, runEnd)) continue;
    // "officials of the Islamic Emirate", "the Plaid Cymru": "the" opens a body's or a place's name, not a
    // person's ("the Narendra Modi government" names one by a leader)
    if (tokens[mentionStart - 1]?.text === 'the' && !honorifics.length && !titled && !attributive) continue;
    // "Governor Punjab said", "Governor House Lahore": a province or a big town alone is a place after a title too
    // ("Chief Minister Khyber Pakhtunkhwa")
    if (REGIONS.has(name) || (parts.length === 1 && (findCity(name)?.population ?? 0) >= BIG_TOWN)) continue;
    if (regionAcross(tokens, first, runEnd)) continue;
    // "Justices A, B and C": the next names of a list under a plural title hold it too (and are no towns)
    const inList = list !== undefined && listedAfter(tokens, list.end, mentionStart);
    if (!honorifics.length && !titled && !inList && placeLike(tokens, first, runEnd, name)) continue;

    const described = attributive ? UNDESCRIBED : describeHere();
    if (!described.title && parts.length === 1 && !honorifics.length) continue;
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
    for (let x = mentionStart; x <= runEnd; x++) used[x] = true;
    // "Sheikh Rashid Ahmed" is also "Rashid Ahmed"
    const aliases =
      parts.length > 2 && NAME_PREFIXES.has(parts[0].toLowerCase()) ? [text.slice(tokens[first + 1].start, tokens[runEnd].end)] : [];
    const listed = !described.title && inList ? list!.head : undefined;
    const person: Draft = listed
      ? { ...listed, name, parts, aliases, mentions: [mention] }
      : {
          name,
          parts,
          title,
          organization: org ? (PARTY_NAMES.get(org.name) ?? org.name) : null,
          country,
          aliases,
          official,
          officialBy: officialRule(described.official, owned, party, partyAfter),
          mentions: [mention],
          defaulted: placed === undefined,
          addressed: described.addressed,
        };
    // "MQM-P's A and B", "Republican A and B": a party or body written once before a coordination is each
    // name's (a conjunct with a body of its own is no longer in the list: "A and PTI's B")
    if (described.plural || (!described.title && (owned || party) && !listed)) list = { head: person, end: runEnd };
    else if (listed) list!.end = runEnd;
    people.push(person);
    indexName(person, parts);
    if (parts.length > 1) byFamily.set(parts[0], person);
  }
  const namedMost = mostNamed(countries, [], defaultCountry);
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
 * How many words of a province or a big town start at `first` ("Khyber Pakhtunkhwa", "Punjab", "Peshawar"),
 * else of a place of the article's (`places()`, read when first needed: "Lakki Marwat"), 0 if none. Known
 * places go first: "in Kabul Ehsanul Haq" makes the article's "place" of a town and a name.
 */
function placeLength(tokens: Token[], first: number, places: () => Set<string>, region: (name: string) => boolean): number {
  // a town of two or three words is named so by a gazetteer's town alone, smaller ones too ("Leader of Milton
  // Keynes X Y"): few people's names are a town's
  const known = (name: string, n: number) => region(name) || (findCity(name)?.population ?? 0) >= (n === 1 ? BIG_TOWN : TOWN);
  for (const place of [known, (name: string) => places().has(name)]) {
    for (let n = 3; n >= 1; n--) {
      if (first + n > tokens.length) continue;
      const words = tokens.slice(first, first + n);
      if (words.some((t, x) => !t.cap || (x > 0 && t.lineBefore))) continue;
      if (place(words.map((t) => t.text).join(' '), n)) return n;
    }
  }
  return 0;
}

/**
 * "active in Shah Latif, Sohrab Goth, Saddar and Korangi": the items of a list after "in", each a place as the
 * first is, of one word too ("SSP Korangi X Y" is the posting).
 */
function placeLists(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'in') continue;
    const items: string[] = [];
    let at = i + 1;
    for (;;) {
      let end = at;
      while (end < at + 3 && tokens[end]?.cap && !tokens[end].poss && !tokens[end].lineBefore) end++;
      if (end === at) break;
      items.push(
        tokens
          .slice(at, end)
          .map((t) => t.text)
          .join(' '),
      );
      // the item after "and" is the last
      const mark = tokens[end]?.lower;
      if ((mark !== ',' && mark !== 'and') || tokens[at - 1].lower === 'and') break;
      at = tokens[end + 1]?.lower === 'and' ? end + 2 : end + 1;
    }
    if (items.length > 1) out.push(...items);
  }
  return out;
}

/**
 * "Azad Jammu and Kashmir Prime Minister X", "Azad Jammu & Kashmir": the run (`first` to `last`) stops at a
 * conjunction inside a region's name; a region's name that starts in it and goes on past it makes it a place.
 */
function regionAcross(tokens: Token[], first: number, last: number): boolean {
  for (let x = first; x <= last; x++) {
    for (let end = last + 2; end <= x + 4 && end < tokens.length; end++) {
      const words = tokens.slice(x, end + 1).map((t) => t.text);
      if (REGIONS.has(words.join(' '))) return true;
    }
  }
  return false;
}

/**
 * "Minister in the Prime Minister’s Department (Federal Territories) Datuk Seri X": words in brackets between a
 * title and the name after it are the title's portfolio (Malaysian copy's style), no name.
 */
function portfolioInBrackets(tokens: Token[], first: number, last: number): boolean {
  // ("(Law and Institutional Reform)": the bracket may open on an earlier item)
  let open = first - 1;
  while (open > first - 6 && open > 0 && (tokens[open].cap || tokens[open].lower === 'and' || tokens[open].text === ',')) open--;
  const [title, after] = [tokens[open - 1], tokens[last + 2]];
  return (
    tokens[open]?.text === '(' &&
    tokens[last + 1]?.text === ')' &&
    title !== undefined &&
    title.cap &&
    (isRole(title) || isTitleWord(title) || ORG_HEADS.has(title.lower)) &&
    after?.cap === true
  );
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

/**
 * An untitled name that reads as a place: a town or region, after "in"/"at", in a list with a town ("Bannu,
 * Lakki Marwat and Dera Ismail Khan"), or before a place noun ("the Dera Baba Nanak shrine").
 */
function placeLike(tokens: Token[], first: number, last: number, name: string): boolean {
  if (findCity(name) || REGIONS.has(name)) return true;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && PLACE_PREPOSITIONS.has(before.lower)) return true;
  if (after && !after.cap && FACILITY_HEADS.has(after.lower)) return true;
  // "Bob Rae, Canada's ambassador": a possessive after a comma opens an apposition, no list's next town
  const town = (t: Token | undefined) => t !== undefined && t.cap && !t.poss && findCity(t.text) !== undefined;
  const listed = (sep: Token | undefined) => sep !== undefined && (sep.text === ',' || sep.lower === 'and');
  // "Pakistan’s ambassador in Beijing, Tariq Naveed Awan": the town ends a title, the name is its apposition
  const [role, connector] = tokens.slice(Math.max(0, first - 4), first - 2);
  const titleEnd = before?.text === ',' && first >= 4 && TITLE_CONNECTORS.has(connector.lower) && isRole(role);
  return (listed(before) && town(tokens[first - 2]) && !titleEnd) || (listed(after) && town(tokens[last + 2]));
}

/**
 * "In Islamabad, ...", "In Pakistan, ...": the town or country a paragraph opens with places the people it
 * names. `home`: the article's default country.
 */
function paragraphPlace(tokens: Token[], at: number, home: string | null): string | undefined {
  let p = at;
  while (p > 0 && !tokens[p].lineBefore) p--;
  if (tokens[p].lower !== 'in') return undefined;
  const country = countryAt(tokens, p + 1);
  if (country && tokens[p + 1 + country.length]?.text === ',') return country.country;
  for (let n = 1; n <= 3 && tokens[p + n]?.cap; n++) {
    if (tokens[p + n + 1]?.text !== ',') continue;
    const name = tokens
      .slice(p + 1, p + n + 1)
      .map((t) => t.text)
      .join(' ');
    // "In Hyderabad, ..." in a story from Karachi: a name big towns share is the default country's one
    if (bigNamesakes(name).some((town) => town.country === home)) return home!;
    const town = findCity(name);
    if (town) return town.country;
  }
  return undefined;
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
  const between = tokens.slice(end + 1, next);
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
