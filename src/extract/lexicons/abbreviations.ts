// Words written with a full stop that ends no sentence: lower case, without the final dot.

/**
 * Abbreviations inside a person's name or title ("Dr.", "Lt. Gen.", "Jr."): the stop never ends the name. "Md." and
 * "Mohd." abbreviate the given name Mohammad in Bangladeshi, Indian and Malaysian copy, as "Ch." does Chaudhry.
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'lt', 'gen', 'maj', 'brig', 'col', 'capt', 'cdr', 'adm', 'sen', 'rep', 'gov', 'hon',
  'engr', 'st', 'jr', 'sr', 'ch', 'sh', 'sgt', 'md', 'mohd', 'coun', 'insp', 'supt',
]);

/** Every abbreviation after which the sentence goes on ("No. 10", "Jan. 5", "Engro Co. and ..."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NAME_ABBREVIATIONS, 'rev', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'govt', 'dept',
  'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k',
  'e.g', 'i.e', 'retd', 'art', 'para', 'fig',
]);
