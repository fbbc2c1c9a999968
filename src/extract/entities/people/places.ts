// Places around a name: a posting's town or province between a title and the name, a region read across a run,
// an untitled name that is a place, and the town or country a paragraph opens with.
import { bigNamesakes, findCity } from '../../dateline/gazetteer.js';
import type { Token } from '../../document/tokens.js';
import { QUARTER_LAST_WORDS } from '../../lexicons/not-names.js';
import { FACILITY_HEADS, ORG_HEADS } from '../../lexicons/organizations.js';
import { PLACE_PREPOSITIONS } from '../../lexicons/places.js';
import { REGIONS } from '../../lexicons/regions.js';
import { countryAt, isRole, isTitleWord, TITLE_CONNECTORS } from '../words.js';

export const BIG_TOWN = 500_000;
const TOWN = 100_000;

/**
 * How many words of a province or a big town start at `first` ("Khyber Pakhtunkhwa", "Punjab", "Peshawar"),
 * else of a place of the article's (`places()`, read when first needed: "Lakki Marwat"), 0 if none. Known
 * places go first: "in Kabul Ehsanul Haq" makes the article's "place" of a town and a name.
 */
export function placeLength(tokens: Token[], first: number, places: () => Set<string>, region: (name: string) => boolean): number {
  // a town of two or three words is named so by a gazetteer's town alone, smaller ones too ("Leader of Milton
  // Keynes X Y"): few people's names are a town's
  const known = (name: string, n: number) =>
    region(name) || (findCity(name)?.population ?? 0) >= (n === 1 ? BIG_TOWN : TOWN) || (n > 1 && quarter(name));
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

/** "Civil Lines": a town's quarter, by its last word. */
const quarter = (name: string): boolean => QUARTER_LAST_WORDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());

/**
 * "active in Shah Latif, Sohrab Goth, Saddar and Korangi": the items of a list after "in", each a place as the
 * first is, of one word too ("SSP Korangi X Y" is the posting).
 */
export function placeLists(tokens: Token[]): string[] {
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
export function regionAcross(tokens: Token[], first: number, last: number): boolean {
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
export function portfolioInBrackets(tokens: Token[], first: number, last: number): boolean {
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

/**
 * An untitled name that reads as a place: a town or region, after "in"/"at", in a list with a town ("Bannu,
 * Lakki Marwat and Dera Ismail Khan"), or before a place noun ("the Dera Baba Nanak shrine").
 */
export function placeLike(tokens: Token[], first: number, last: number, name: string): boolean {
  if (findCity(name) || REGIONS.has(name)) return true;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && PLACE_PREPOSITIONS.has(before.lower)) return true;
  if (after && !after.cap && FACILITY_HEADS.has(after.lower)) return true;
  // "Bob Rae, Canada's ambassador": a possessive after a comma opens an apposition, no list's next town
  const town = (t: Token | undefined) => t !== undefined && t.cap && !t.poss && findCity(t.text) !== undefined;
  const listed = (sep: Token | undefined) => sep !== undefined && (sep.text === ',' || sep.lower === 'and');
  // "Pakistan’s ambassador in Beijing, Tariq Naveed Awan", "Consul General in Dubai, X Y": the town ends a
  // title, the name is its apposition ("on" opens an aide's portfolio as "for" does: "Special Assistant on
  // Media, X Y", though a town is called Media)
  const [role, connector] = tokens.slice(Math.max(0, first - 4), first - 2);
  const connects = first >= 4 && (TITLE_CONNECTORS.has(connector.lower) || connector.lower === 'on');
  const titleEnd = before?.text === ',' && ((connects && titled(role)) || postedBefore(tokens, first - 3));
  return (listed(before) && town(tokens[first - 2]) && !titleEnd) || (listed(after) && town(tokens[last + 2]));
}

const titled = (t: Token | undefined): boolean => t !== undefined && (isRole(t) || isTitleWord(t));

/**
 * "City Police Officer, Rawalpindi, X Y", "Regional Police Officer (RPO) Rawalpindi, X Y": a town right after a
 * title (its acronym, or a comma after it) is the posting, and the name after the next comma its holder.
 */
function postedBefore(tokens: Token[], x: number): boolean {
  const t = tokens[x];
  return titled(t) || t?.text === ')' || (t?.text === ',' && titled(tokens[x - 1]));
}

/**
 * "In Islamabad, ...", "In Pakistan, ...": the town or country a paragraph opens with places the people it
 * names. `home`: the article's default country.
 */
export function paragraphPlace(tokens: Token[], at: number, home: string | null): string | undefined {
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
