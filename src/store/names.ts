// Name keys: the same person written "Mr. Vedant Patel", "vedant patel" or "Vedant  Patel" gets one key,
// so officials are one record across articles and `?speaker=` matches whatever the case or honorific.

/** Words dropped from the front of a name: honorifics and ranks, as the articles write them. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon',
  'honourable', 'honorable', 'rev', 'reverend', 'sheikh', 'syed', 'gen', 'general', 'lt', 'lieutenant',
  'maj', 'major', 'col', 'colonel', 'brig', 'brigadier', 'capt', 'captain', 'adm', 'admiral', 'retd',
  'retired', 'sen', 'senator', 'rep', 'justice', 'engr', 'barrister', 'mian', 'haji', 'hafiz',
]);

/** Lower case, no accents, words only, leading honorifics removed; '' when nothing is left. */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words.findIndex((word) => !HONORIFICS.has(word));
  return first < 0 ? '' : words.slice(first).join(' ');
}

/** The last word of a name key: what `?speaker=patel` is matched against. */
export function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}
