// Name keys: the same person written "Mr. Vedant Patel", "vedant patel" or "Vedant  Patel" gets one key,
// so officials are one record across articles and `?speaker=` matches whatever the case or honorific.
import { HONORIFICS, NAME_PREFIXES, OFFICIAL_HONORIFICS, RETIRED } from '../extract/lexicons/honorifics.js';

/**
 * Words dropped from the front of a name: the extractor's honorifics and ranks, "(retd)", and the name
 * prefixes GUIDELINES treats as optional ("Sheikh Rashid Ahmed" is "Rashid Ahmed"). A lone letter is an
 * initial ("R. Ashwin") more often than "(r)", so it stays.
 */
const DROPPED = new Set([...HONORIFICS, ...OFFICIAL_HONORIFICS, ...NAME_PREFIXES, ...RETIRED].filter((w) => w.length > 1));

/** The dropped words, sorted: what the stored keys were made with (a change re-keys them, see rekey.ts). */
export const NAME_KEY_WORDS = [...DROPPED].sort().join(' ');

/** Lower case, no accents, words only, leading honorifics removed; '' when nothing is left. */
export function nameKey(name: string): string {
  const words =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words.findIndex((word) => !DROPPED.has(word));
  return first < 0 ? '' : words.slice(first).join(' ');
}

/** The last word of a name key: what `?speaker=patel` is matched against. */
export function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}
