// How copy writes one person's name again: spellings compared, short and long forms, a surname's namesakes.
import { NAME_PREFIXES, PREFIX_SPELLINGS } from '../lexicons/honorifics.js';
import { NAME_SUFFIXES, PARTICLES } from '../lexicons/particles.js';

/** A person as these readers see one: the name's words, and how often it was mentioned so far. */
interface Named {
  parts: string[];
  mentions: readonly unknown[];
}

/**
 * "Van der Linden" opening a sentence is "van der Linden"; "Casey" is "Robert Casey Jr."; "Manoj" is "Manoj C"
 * (South Indian copy writes the father's or the family's initial after the given name, the name used alone).
 */
export const comparable = (parts: string[]): string[] => {
  const words = parts.map(comparableWord);
  const last = words[words.length - 1];
  return words.length > 1 && (NAME_SUFFIXES.has(last.toLowerCase()) || TRAILING_INITIAL.test(last)) ? words.slice(0, -1) : words;
};
/** A lone capital (its full stop aside) closing a name is an initial, never the name a surname would be. */
const TRAILING_INITIAL = /^\p{Lu}\.?$/u;
export const surnameOf = (parts: string[]): string => comparable(parts).at(-1)!;

/**
 * "Al-Ansari" is "al-Ansari": house styles and sentence starts capitalise the Arabic article, the name is one;
 * "Ch" and "Chaudhary" are "chaudhry", one prefix in several spellings.
 */
const comparableWord = (w: string): string => {
  const lowered = w.toLowerCase();
  if (NAME_PREFIXES.has(lowered)) return PREFIX_SPELLINGS.get(lowered) ?? lowered;
  const particle = /^(\p{L}+)(?=-\p{Lu})/u.exec(w)?.[1] ?? w;
  return PARTICLES.has(particle.toLowerCase()) ? particle.toLowerCase() + w.slice(particle.length) : w;
};

/**
 * "Chaudhry Shahid" or "Murtaza Khokhar" after "Chaudhry Shahid Mehmood Warraich", "Murtaza Ali Khokhar":
 * South Asian copy shortens a long name by dropping middle or last words, never the first. The one person
 * whose longer name opens with the same word and holds the others in order.
 */
export function shortFormOf<T extends Named>(people: T[], parts: string[]): T | undefined {
  if (parts.length < 2) return undefined;
  const short = spelledOut(parts);
  const fits = people.filter((p) => shortens(spelledOut(p.parts), short));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Rana Sanaullah Khan" after "Rana Sanaullah": the same shortening read the other way, when the short form
 * came first (of two words or more, so that a given name alone links no one).
 */
export function longFormOf<T extends Named>(people: T[], parts: string[]): T | undefined {
  const short = spelledOut(parts);
  const fits = people.filter((p) => p.parts.length > 1 && shortens(short, spelledOut(p.parts)));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "PM Imran Khan" after "Prime Minister Imran": copy titles a leader by the given name alone ("PM Imran", "CM
 * Maryam") and names him in full elsewhere. The one person of a single word (listed only with a title or an
 * honorific) that opens the longer name.
 */
export function fullNameOf<T extends Named>(people: T[], parts: string[]): T | undefined {
  if (parts.length < 2) return undefined;
  const given = comparable(parts)[0];
  const fits = people.filter((p) => p.parts.length === 1 && comparable(p.parts)[0] === given);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Justice Omotoso" after "Justice James Omotosho", "Muhammad Ilyas" after "Muhammad Illyas", "Manzoor Ahmad
 * Malik" after "Manzoor Ahmed Malik": copy respells a transliterated name by a letter. The one person whose
 * name ends in the same words but one a letter apart (added, dropped or changed, the first kept), of five
 * letters or more.
 */
export function respelledOf<T extends Named>(people: T[], parts: string[]): T | undefined {
  const words = comparable(parts);
  const fits = people.filter((p) => {
    const whole = comparable(p.parts);
    if (whole.length < words.length) return false;
    const tail = whole.slice(whole.length - words.length);
    const apart = tail.flatMap((w, x) => (w === words[x] ? [] : [x]));
    return apart.length === 1 && oneLetterApart(tail[apart[0]], words[apart[0]]);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Dr. Yasmeen" after "Dr Yasmin Rashid": a titled or addressed given name alone, respelled, is the one person
 * whose longer name opens with it.
 */
export function givenRespelledOf<T extends Named>(people: T[], word: string): T | undefined {
  const fits = people.filter((p) => p.parts.length > 1 && oneLetterApart(p.parts[0], word));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Romanised Urdu, Arabic and Persian write a long vowel doubled or not ("Yasmeen", "Yasmin"; "Mahmood", "Mahmud"). */
const LONG_VOWELS = /ee|oo/g;
const shortVowels = (w: string): string => w.replace(LONG_VOWELS, (v) => (v === 'ee' ? 'i' : 'u'));

/**
 * Two spellings of a word of five letters or more, a letter apart (a long vowel written doubled counting as
 * one), with the same first letter.
 */
function oneLetterApart(a: string, b: string): boolean {
  if (a !== b && a.length >= 5 && b.length >= 5 && shortVowels(a) === shortVowels(b)) return true;
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let x = 0;
  while (x < short.length && short[x] === long[x]) x++;
  // the rest matches after one letter skipped in the longer word, or one changed in both
  return long.slice(x + 1) === short.slice(short.length === long.length ? x + 1 : x);
}

/**
 * "Justice Malla" after "Justice Sapana Malla Pradhan", "Mr Kamal" after "Jam Kamal Khan": a title or honorific
 * with a middle word of one longer name (a double surname's first half, a name inside clan words) is that person.
 */
export function middleOf<T extends Named>(people: T[], word: string): T | undefined {
  const fits = people.filter((p) => p.parts.slice(1, -1).includes(word));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "Naeem-ur-Rehman" is "Naeem ur Rehman" (one name in two spellings), so "Hafiz Naeem" shortens "Hafiz
 * Naeem-ur-Rehman" as it does the spaced form: a word split where a particle joins two names.
 */
const spelledOut = (parts: string[]): string[] =>
  comparable(parts).flatMap((w) => {
    const pieces = w.split('-');
    return pieces.length === 3 && PARTICLES.has(pieces[1]) ? pieces : [w];
  });

/**
 * "Nasir Hussain" after "Syed Nasir Hussain Shah", "Sheikh Hamdan" after "Hamdan bin Mohammed ...": copy drops
 * or keeps a lineage or religious prefix at will (and a title walk may take it), so when one form opens with
 * such a prefix and the other does not, the forms are compared without it, the short one the other's opening
 * words (dropping a middle word too, "Nadeem Bhutta" for "Khawaja Nadeem Akhtar Bhutta", is another person).
 */
function shortens(whole: string[], short: string[]): boolean {
  if (shortensAsWritten(whole, short)) return true;
  const [w, s] = [bare(whole), bare(short)];
  return (w.length === whole.length) !== (s.length === short.length) && w.length > s.length && s.every((word, x) => w[x] === word);
}
const bare = (parts: string[]): string[] => {
  let x = 0;
  while (x < parts.length - 1 && NAME_PREFIXES.has(parts[x])) x++;
  return parts.slice(x);
};

/** `short` opens with `whole`'s first word and holds the rest of its words in `whole`'s order. */
function shortensAsWritten(whole: string[], short: string[]): boolean {
  if (whole.length <= short.length || whole[0] !== short[0]) return false;
  let at = 1;
  for (const w of short.slice(1)) {
    while (at < whole.length && whole[at] !== w) at++;
    if (at++ >= whole.length) return false;
  }
  return true;
}
export const endsWith = (name: string[], tail: string[]) => {
  const [whole, end] = [comparable(name), comparable(tail)];
  return end.length < whole.length && end.every((w, x) => whole[whole.length - end.length + x] === w);
};

/**
 * Of several people a surname alone may mean (latest named first), the one mentioned most so far: copy names a
 * second namesake in full each time and keeps the surname for its main actor; on a tie the first named, as a
 * lead names its main actor first ("Minister X Shah said ... led by Chief Minister Y Shah ... Shah said").
 */
export function namesake<T extends Named>(fits: T[] | undefined): T | undefined {
  if (!fits?.length) return undefined;
  return fits.reduce((best, p) => (p.mentions.length >= best.mentions.length ? p : best));
}
