// Where a name starts and ends in a run of capitalised words: weekdays, titles, postings and portfolios around it
// are left out ("Minister for Tourism, Culture and Northeast States, X", "Dr Asad Ali Qureshi Thursday").
import type { Token } from '../../document/tokens.js';
import { DEMONYMS } from '../../lexicons/demonyms.js';
import { ADDRESS_FORMS, POST_NOMINAL_TITLES } from '../../lexicons/honorifics.js';
import { DETERMINERS, LANDMARKS, NOT_NAMES } from '../../lexicons/not-names.js';
import { ORG_HEADS } from '../../lexicons/organizations.js';
import { NAME_SUFFIXES, PARTICLES } from '../../lexicons/particles.js';
import { PLACE_PREPOSITIONS } from '../../lexicons/places.js';
import { ACRONYM_OFFICES, ATTRIBUTIVE_TITLE_WORDS } from '../../lexicons/titles.js';
import {
  inPortfolio,
  isHonorific,
  isJoinedParticle,
  isRole,
  isTitleWord,
  monthInName,
  nameLike,
  portfolioItem,
  TITLE_CONNECTORS,
} from '../words.js';
import { placeLength, portfolioInBrackets } from './places.js';
import { homeRegion, particlesThenName, placesOnce, type Scan, spaced } from './scan.js';

/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Ji-hoon", "Jae-in"). */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Two initials in capitals, without full stops; three after a title. */
const INITIALS = /^\p{Lu}{2}$/u;
const TITLED_INITIALS = /^\p{Lu}{2,3}$/u;
/** A middle initial without its full stop: any capital but the pronoun "I". */
const MIDDLE_INITIAL = /^[A-HJ-Z]$/;
/** Initials with full stops ("A.H.", "J.R."): given names abbreviated, as a single "A." is. */
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

export interface NameSpan {
  /** The run of capitalised words the name ends (a post-nominal title may follow it). */
  runStart: number;
  runEnd: number;
  /** The name's first word. */
  first: number;
  /** Where the walk left over name words stopped: honorifics before the name are read down to it. */
  k: number;
  /** A title written after the name ("X Y MNA"), else null. */
  postNominal: string | null;
  /** A posting's place stands between a title and the name ("Consul General Quetta X Y"). */
  posted: boolean;
  parts: string[];
  name: string;
}

/** A form of address ("Dr", "Mr"), abbreviated or not. */
const addressed = (t: Token | undefined): boolean => t !== undefined && t.cap && ADDRESS_FORMS.has(t.lower.replace(/\.$/, ''));

/** The last token of the run of capitalised words (with name particles) that starts at `i`. */
export function capitalRun(sc: Scan, i: number): number {
  const { tokens, orgs } = sc;
  let j = i;
  while (j + 1 < tokens.length && !tokens[j].poss && spaced(sc, j + 1) && !orgs.at(j + 1)) {
    const n = tokens[j + 1];
    if (n.cap || isJoinedParticle(n)) j++;
    else if (PARTICLES.has(n.text) && particlesThenName(sc, j + 1)) j++;
    else break;
  }
  return j;
}

/** The name a run of capitalised words from `runStart` to `j` ends with, or null when it holds none. */
export function nameSpan(sc: Scan, runStart: number, j: number): NameSpan | null {
  const { tokens, text } = sc;
  // "Dr Asad Ali Qureshi Thursday said": a weekday or month glued on ends no name
  while (j > runStart && NOT_NAMES.has(tokens[j].lower) && !monthInName(tokens, j)) j--;
  // "on Parliament Hill": a landmark's name ends in a word that is also a surname
  if (j > runStart && LANDMARKS.has(`${tokens[j - 1].text} ${tokens[j].text}`)) return null;
  const postNominal = j > runStart && POST_NOMINAL_TITLES.has(tokens[j].lower) ? tokens[j--].text : null;
  const runEnd = j;
  if (portfolioInBrackets(tokens, runStart, runEnd)) return null;
  const run = { start: runStart, end: runEnd };
  // the name is the run's tail of name-like words
  if (!nameToken(sc, run, runEnd)) return null;
  let k = runEnd - 1;
  while (k >= runStart && k >= runEnd - 6 && nameToken(sc, run, k)) k--;
  let first = k + 1;
  while (PARTICLES.has(tokens[first].text)) first++;
  // a demonym opens a name only in a long one ("Danish Ahmed Lodhi", not "Indian Sikh"), or after a form of
  // address, which a name follows, never an adjective ("Dr Danish")
  if (DEMONYMS.has(tokens[first].text) && runEnd - first < 2 && !addressed(tokens[first - 1])) first++;
  if (first > runEnd || portfolioItem(tokens, first, runEnd)) return null;
  const titled = afterTitle(sc, first, runEnd);
  if (!titled) return null;
  first = titled.first;
  // "Minister for Primary and Secondary Healthcare Dr. Farzana Bhatti": a form of address opens the name
  for (let x = runEnd - 1; x > first; x--) {
    if (ADDRESS_FORMS.has(tokens[x].lower.replace(/\.$/, ''))) {
      first = x;
      break;
    }
  }
  // "Inspector General of Police (IGP) Punjab Dr Usman Anwar": a name never opens with an honorific
  while (first < runEnd && isHonorific(tokens[first])) first++;
  // "an Independent MP": after a determiner the letters close a description, no name
  if (postNominal && DETERMINERS.has(tokens[first - 1]?.lower ?? '')) return null;
  const parts = tokens.slice(first, runEnd + 1).map((t) => t.text);
  const name = text.slice(tokens[first].start, tokens[runEnd].end);
  return { runStart, runEnd, first, k, postNominal, posted: titled.posted, parts, name };
}

/**
 * The name's first word past what a title before it governs: a posting's place, a portfolio's items, an
 * attributive title word's noun; null when nothing of a name is left.
 */
function afterTitle(sc: Scan, first: number, runEnd: number): { first: number; posted: boolean } | null {
  const { tokens, orgs } = sc;
  // "Collector of Customs (Appraisement) Peshawar Shafiq Ahmed Tareen", "Chief Minister of Punjab Sabahat
  // Ali Khokhar": a big town or a province between title and name
  const before = tokens[first - 1];
  // ... or a title's "from": "MNA from Karachi Iqbal Mohammad Ali"
  const connects = TITLE_CONNECTORS.has(before?.text) || (before?.text === 'from' && isRole(tokens[first - 2]));
  // ... or a body's name: "Coordinator Emergency Operations Center Balochistan X Y"
  const body = before !== undefined && (orgs.at(first - 1) !== undefined || (before.cap && ORG_HEADS.has(before.lower)));
  const titled = before && (isTitleWord(before) || isRole(before) || before.text === ')' || connects || body);
  const places = () => placesOnce(sc);
  const region = (name: string) => homeRegion(sc, name);
  const place = titled ? placeLength(tokens, first, places, region) : 0;
  const posted = place > 0 && runEnd - first >= place + 1;
  if (posted) first += place;
  else if (placeOfTitle(tokens, first, runEnd)) first++;
  else if (inPortfolio(tokens, first)) {
    // "Minister for Tourism, Culture and Northeast States, X": two words or fewer close the portfolio; a
    // province's two words close it whole ("Minister for Kashmir Affairs and Gilgit Baltistan X Y")
    const item = Math.max(1, placeLength(tokens, first, places, region));
    if (runEnd - first < item + 1) return null;
    first += item;
  }
  // "Minister for Public Expenditure X Y": an adjective's noun is no name's first word ("Minister for Public
  // Expenditure and Reform X Y": nor a name alone)
  if (ATTRIBUTIVE_TITLE_WORDS.has(tokens[first - 1]?.lower ?? '') && tokens[first - 1].cap) {
    if (runEnd - first < 2) return null;
    first++;
  }
  return { first, posted };
}

/**
 * "Mayor of Fairfield Frank Carbone": what a capitalised title is "of" is its place or body, never its holder,
 * so a run of three words after it, no place a list knows, opens with the place's one word (a run of four
 * reads as well as "Greater Manchester" and a name of two as a place of one and a name of three)
 */
function placeOfTitle(tokens: Token[], first: number, runEnd: number): boolean {
  const [title, of] = [tokens[first - 2], tokens[first - 1]];
  return runEnd - first === 2 && of?.lower === 'of' && title !== undefined && title.cap && (isTitleWord(title) || isRole(title));
}

interface Run {
  start: number;
  end: number;
}

/** Can token `x` of the run be a word of the name that ends the run? */
function nameToken(sc: Scan, run: Run, x: number): boolean {
  const { tokens, text, countryMask } = sc;
  return (
    (nameLike(tokens[x]) && (!countryMask[x] || countrySurname(sc, run, x))) ||
    monthInName(tokens, x) ||
    // "Ayesha A. Malik": a capital with a full stop inside the run is a middle initial, never the article
    (x > run.start && x < run.end && tokens[x].text.length === 1 && text[tokens[x].end] === '.') ||
    bareInitial(sc, run, x) ||
    articleInitial(tokens, run, x) ||
    // "Foreign Minister A.H. Mahmud Ali": dotted initials before a name word, a country's ("U.S.") aside
    (x < run.end && DOTTED_INITIALS.test(tokens[x].text) && text[tokens[x].end] === '.' && !countryMask[x] && nameLike(tokens[x + 1])) ||
    // "Bill Shorten": a law's "Bill" ends its name ("the Finance Bill"); one before a name word opens the
    // given name
    (x < run.end && tokens[x].lower === 'bill' && nameLike(tokens[x + 1])) ||
    // an honorific-looking word after a first name is a name ("Gaura Sen Gupta", "John Major"), and after a
    // form of address ("Dr Imam", "Mr Major"); an abbreviated one is not ("Democratic Rep. X")
    (x > run.start &&
      (PARTICLES.has(tokens[x].text) ||
        isJoinedParticle(tokens[x]) ||
        (isHonorific(tokens[x]) &&
          ((nameLike(tokens[x - 1]) && !countryMask[x - 1]) || addressed(tokens[x - 1])) &&
          text[tokens[x].end] !== '.'))) ||
    generationAt(sc, run, x) ||
    // "Park Ji-hoon", "Moon Jae-in": a Korean family name opens a name before its hyphenated given name
    (x === run.end - 1 && KOREAN_GIVEN_NAME.test(tokens[run.end].text)) ||
    initialsBefore(sc, run, x)
  );
}

/**
 * "Sammy Davis Junior said": a generational suffix closing a run after a name word is the name's, though
 * "Junior" and "Senior" also open titles ("Senior Minister X", "a Senior minister").
 */
function generationAt(sc: Scan, run: Run, x: number): boolean {
  const { tokens } = sc;
  const next = tokens[x + 1];
  return (
    x === run.end &&
    x > run.start &&
    NAME_SUFFIXES.has(tokens[x].lower) &&
    nameLike(tokens[x - 1]) &&
    !(next !== undefined && (isRole(next) || isTitleWord(next)))
  );
}

/**
 * "Justices A S Bopanna": the article "A" is never followed by a lone capital and a name word; "Union Minister A
 * Raja", "Minister I Periyasamy": nor is "A" or the pronoun "I" right after a title or a role (Tamil copy writes
 * the initial before the name).
 */
function articleInitial(tokens: Token[], run: Run, x: number): boolean {
  const t = tokens[x];
  if ((t.text !== 'A' && t.text !== 'I') || x >= run.end || !nameLike(tokens[x + 1])) return false;
  if (t.text === 'A' && x < run.end - 1 && MIDDLE_INITIAL.test(tokens[x + 1].text) && nameLike(tokens[x + 2])) return true;
  const before = tokens[x - 1];
  // (and before a name word, not another lone capital: "Mr A B" names no one)
  const title = before !== undefined && (isRole(before) || isTitleWord(before) || isHonorific(before)) && !before.poss;
  return title && tokens[x + 1].text.length > 1;
}

/**
 * "TS Singh Deo", "KT Rama Rao": Indian copy writes given names as two initials without full stops; two
 * capitals before a two-word name that are no office's acronym ("CM", "SP"), no country's and no province's
 * ("Governor KP"); after a title, two or three before a surname alone or a two-word name ("BJP president JP
 * Nadda", "Union Minister RPN Singh", "MP AKM Bahauddin Bahar"), where the title before them says they are
 * no title themselves (the last, no rank's wing: "SSP CIA Ali Raza", "DIG CTD X Y"); or before a surname alone
 * when an apposition gives the role ("said SM Mannan, acting president of") or the name is the role's
 * apposition ("the minister, KN Nehru,").
 */
function initialsBefore(sc: Scan, run: Run, x: number): boolean {
  const { tokens, countryMask } = sc;
  const wingBefore = () => ACRONYM_OFFICES.has(tokens[x - 1].lower);
  const roleAfter = () =>
    tokens[run.end + 1]?.text === ',' && tokens.slice(run.end + 2, run.end + 5).some((t) => isRole(t) || isTitleWord(t));
  // ... or the one role named before it: "the minister, KN Nehru,"
  const roleBefore = () => tokens[x - 1]?.text === ',' && x > 2 && isRole(tokens[x - 2]) && tokens[x - 3].lower === 'the';
  return (
    x < run.end &&
    !countryMask[x] &&
    !isHonorific(tokens[x]) &&
    !isRole(tokens[x]) &&
    !isTitleWord(tokens[x]) &&
    !homeRegion(sc, tokens[x].text) &&
    nameLike(tokens[x + 1]) &&
    ((run.end - x >= 2 && INITIALS.test(tokens[x].text) && nameLike(tokens[x + 2])) ||
      (run.end - x <= 2 &&
        TITLED_INITIALS.test(tokens[x].text) &&
        x > 0 &&
        (isRole(tokens[x - 1]) || isTitleWord(tokens[x - 1])) &&
        (run.end === x + 1 || !wingBefore())) ||
      (run.end === x + 1 && x === run.start && INITIALS.test(tokens[x].text) && (roleAfter() || roleBefore())))
  );
}

/**
 * "Dr. Thomas Guernsey", "Baroness Scotland": a country's one-word name ending a titled name is a surname
 * (a country follows a name only after a preposition or a comma), and so is that word alone later
 * ("Guernsey said"), unless a preposition makes it the place
 */
function countrySurname(sc: Scan, run: Run, x: number): boolean {
  const { tokens, countryMask } = sc;
  const titledBefore = (y: number): boolean => y >= 0 && (isHonorific(tokens[y]) || isTitleWord(tokens[y]) || isRole(tokens[y]));
  return (
    x === run.end &&
    sc.countries[x]?.length === 1 &&
    (x > run.start
      ? nameLike(tokens[x - 1]) && !countryMask[x - 1] && titledBefore(x - 2)
      : sc.bySurname.has(tokens[x].text) && !PLACE_PREPOSITIONS.has(tokens[x - 1].lower))
  );
}

/**
 * "Justice Ayesha A Malik": South Asian copy drops the middle initial's full stop; a lone capital between
 * name words, with the sentence going on after the name (a title-case headline's "A" is the article)
 * ... or two ("Andrew RT Davies"), which are no office's or country's acronym
 */
function bareInitial(sc: Scan, run: Run, x: number): boolean {
  const { tokens, countryMask } = sc;
  return (
    x > run.start &&
    x < run.end &&
    (MIDDLE_INITIAL.test(tokens[x].text) ||
      (INITIALS.test(tokens[x].text) &&
        !countryMask[x] &&
        !isRole(tokens[x]) &&
        !isTitleWord(tokens[x]) &&
        !homeRegion(sc, tokens[x].text))) &&
    nameLike(tokens[x - 1]) &&
    nameLike(tokens[x + 1]) &&
    tokens[run.end + 1] !== undefined &&
    !tokens[run.end + 1].lineBefore
  );
}
