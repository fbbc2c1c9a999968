/**
 * Months as dates abbreviate them: written before a day's number ("Jan 5"), and some are also names ("Nadeem
 * Jan", "Jan Egeland", "Kim Jun").
 */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Days of the week (lower case): "the minister on Monday said", "Dr X Thursday said". */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

// Capitalised words that start sentences or name times, never people (lower case).
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'but', 'and', 'or', 'if', 'when', 'while',
  'after', 'before', 'during', 'since', 'until', 'according', 'meanwhile', 'however', 'yesterday', 'today', 'tomorrow',
  'tonight', 'later', 'earlier', 'separately', 'also', 'asked', 'speaking', 'addressing', 'talking', 'responding',
  'chairing', 'briefing', 'commenting', 'reacting', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
  'i', 'you', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'not', 'no', 'some', 'many', 'most', 'all', 'both',
  'every', 'each', 'another', 'other', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'several', 'such', 'there', 'here', 'then', 'thus', 'now', 'still', 'even', 'only', 'under', 'over', 'despite',
  'amid', 'among', 'between', 'through', 'without', 'within', 'to', 'of', 'what', 'why', 'how', 'who', 'where', 'which',
  'nobody', 'everyone', 'sources', 'officials', 'further', 'moreover', 'besides', 'instead', 'whether', 'although',
  'though', 'because', 'so', 'yet', 'once', 'last', 'next', 'new', 'more', 'less', 'about', 'around', 'against',
  ...WEEKDAYS, 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'eid', 'ramazan', 'ramadan',
  'christmas', ...MONTH_ABBREVIATIONS,
  // correlatives opening a sentence: "Neither X nor Y said"
  'neither', 'either', 'nor',
]);

/** Determiners open a description ("an Independent MP", "one backbench MP"), never a name. */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another', 'one', 'each', 'every', 'any', 'no', 'some', 'this', 'that']);

/**
 * Landmarks whose last word is also a surname ("Hill"): a legislature's seat, named for the building on it
 * ("MPs on Parliament Hill", "a hearing on Capitol Hill").
 */
export const LANDMARKS: ReadonlySet<string> = new Set(['Parliament Hill', 'Capitol Hill']);

/**
 * Last words that make a capitalised name a state's or a body's, never a person's (lower case): "emirate", a
 * state ("officials of Islamic Emirate"); Hindi "sabha", an assembly ("Lok Sabha", "Rajya Sabha members");
 * "images", a photo agency's in a picture's credit ("(Getty Images)").
 */
export const BODY_LAST_WORDS: ReadonlySet<string> = new Set(['emirate', 'sabha', 'images']);

/**
 * Last words of a town's quarter in South Asian copy (lower case): "Civil Lines", "Police Lines", a police
 * division or cantonment a posting names ("SP Civil Lines X Y"), never a person's name.
 */
export const QUARTER_LAST_WORDS: ReadonlySet<string> = new Set(['lines']);

/** "Investigation", "Operations", "Commission": a noun made from a verb by its suffix. */
export const NOMINALISATION = /^\p{Lu}\p{Ll}{2,}[ts]ions?$/u;

/**
 * "Immediately Zamfara", "Illegally Occupied Jammu": an adverb of manner opening a sentence or a phrase, by its
 * suffix (short ones in "-ly" are as often names: "Kelly", "Holly").
 */
export const MANNER_ADVERB = /^\p{Lu}\p{Ll}{3,}(?:ally|edly|ately|ously|ively|fully|ingly|lessly|ently|antly|ibly|ably)$/u;

/**
 * "TransPeshawar", "QatarEnergy", "PetroChina": two words of five letters or more written as one, a firm's or
 * a service's brand; a name's inner capital follows a short prefix ("McDonald", "MacArthur", "DeSantis") or
 * Arabic "Abdul" ("AbdulRahman").
 */
export const COMPOUND_BRAND = /^(?!Abd[eu]l)\p{Lu}\p{Ll}{4,}\p{Lu}\p{Ll}/u;

/** Lower-case words that end a title phrase when read leftwards from a name: verbs and clause words. */
export const CLAUSE_WORDS = new Set([
  'said', 'says', 'told', 'tells', 'by', 'with', 'was', 'is', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'could', 'should', 'can', 'may', 'might', 'must', 'that', 'who', 'whom', 'whose', 'which', 'when', 'while',
  'as', 'after', 'before', 'during', 'from', 'into', 'than', 'but', 'also', 'not', 'he', 'she', 'they', 'it', 'we', 'i',
  'his', 'her', 'their', 'its', 'our', 'a', 'an', 'added', 'according', 'under', 'over', 'about', 'between',
  'against', 'saying', 'urged', 'asked', 'called', 'led', 'chaired', 'headed', 'presided', 'including', 'like', 'such',
  'both', 'where', 'if', 'because', 'since', 'until', 'met', 'meet', 'meets', 'spoke', 'speaks', 'wrote', 'quoted',
  'where', 'and', 'or', 'did', 'does', 'do', 'this', 'these', 'those', 'there', 'here', 'then', 'now', 'yesterday',
  'today', 'via', 'through', 'among', 'amid', 'upon', 'towards', 'toward', 'per', 'joined', 'welcomed', 'thanked',
  // prepositions of company, as "with" is: "a press conference alongside DIG X"
  'alongside', 'beside',
]);
