// Words of a person's name that are not capitalised names themselves.

/**
 * Lower-case words inside a name: "Annelies van der Berg", "Zain ul Abideen", "Naeem ur Rehman", "Ahmed bin
 * Saeed", "Rhun ap Iorwerth" (ul, ur, ud: the Arabic article, assimilated as before "Rehman"; ap: Welsh
 * "son of", as bin is Arabic).
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'del', 'di', 'du', 'la', 'le', 'bin', 'bint', 'ibn', 'ap', 'al', 'el', 'ul', 'ur', 'ud', 'e',
]);

/**
 * Generational suffixes that end a name ("Martin Luther King Jr.", "Henry Ford II", "George Bush Senior"), lower
 * case, no dot.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'junior', 'sr', 'senior', 'ii', 'iii', 'iv']);
