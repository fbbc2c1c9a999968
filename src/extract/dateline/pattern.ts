// The wire-style place line that opens a body, as a regular expression built from its parts: the town, its
// region, other towns, the date, and the mark that ends the dateline. Each part is a source string; the named
// groups are what matchDateline reads.

const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** Title case or capitals ("KATHMANDU, APRIL 18"). */
const MONTH = `${MONTH_NAMES}|${MONTH_NAMES.toUpperCase()}`;
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY = `\\d{1,2}${ORDINAL}`;
const YEAR = '(?:19|20)\\d\\d';
/** A month and its day; numbered groups tell the date's places apart. */
const monthDay = (n: string) => `(?<month${n}>${MONTH})\\.?\\s+(?<day${n}>${DAY})`;
/** A dash, long or short; a run of hyphens is one ("SPA --"). */
const DASH = '(?:-+|[–—]+)';
/** The dash or colon that may follow an agency's name. */
const DASH_OR_COLON = '(?:[-–—]+|:)';
const NEWLINE = '[ \\t]*\\r?\\n';

// any capital letter, not only ASCII's: towns keep their accents ("SÃO PAULO", "Bogotá"); no town ends in a
// hyphen ("SAN FRANCISCO--(BUSINESS WIRE)--")
const CAPS_WORD = "\\p{Lu}(?:[\\p{Lu}'’.\\-]*[\\p{Lu}'’.])?";
/** One to four words in capitals. */
const CAPS_TOWN = `${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
/** The town: one to four words in capitals or up to three in title case. */
const TOWN = `(?<city>${CAPS_TOWN}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})`;

const REGION = '\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}';
/** EIN Presswire writes the state and the country after the town ("LOS ANGELES, CA, UNITED STATES, ..."). */
const NATION = `,\\s*(?<nation>[A-Z]{2,}(?: [A-Z]{2,}){0,2})`;
/** ", Country" or a state: "AUSTIN, Texas", "WASHINGTON, D.C.". */
const COMMA_REGION = `,\\s*(?<region>${REGION})(?:${NATION})?`;
/**
 * ANI puts the country in square brackets, at times after the state in round ones ("Colombo [Sri Lanka],
 * April 29 (ANI):", "Surat (Gujarat) [India], ...").
 */
const BRACKETED_REGION = `(?:\\s*\\(${REGION}\\))?\\s*\\[(?<bracketed>${REGION})\\]`;
/**
 * A story filed from several towns names them all, split by slashes ("ISLAMABAD/KARACHI:", Anadolu's "ALGIERS,
 * Algeria / ISTANBUL (AA) –"): the first is the dateline's town. A town before a slash-wrapped name is no
 * second town (ACCESSWIRE's "RALEIGH, NC / ACCESSWIRE / December 5, 2023 / ").
 */
const OTHER_TOWNS = `(?<others>(?:[ \\t]*\\/[ \\t]*${CAPS_TOWN}(?![ \\t]*\\/[^/\\n]{1,40}\\/))+)`;

/** The Saudi Press Agency's name after the date, with no brackets: "Riyadh, February 14, 2023, SPA -- ". */
const initials = (group: '?:' | '?<initials>') => `,[ \\t]*(${group}\\p{Lu}{2,6})[ \\t]*${DASH}`;
/**
 * A date may carry its year ("DUBAI, 30th June 2020 (WAM) –") when a dateline's mark follows it (a number
 * opening the body is no year).
 */
const DATE_YEAR = `,?\\s+(?<year>${YEAR})(?=,?\\s*[(/:\\-–—]|${initials('?:')}|${NEWLINE})`;
/** ", Month Day" or "Day Month", as "KARACHI, June 7: ". */
const DATE = `,?\\s*(?:${monthDay('')}|(?<day2>${DAY})\\s+(?<month2>${MONTH})\\.?)(?:${DATE_YEAR})?`;

// The marks that end a dateline.
/**
 * "(Agency)", after which the dash may be left out ("New Delhi, May 21 (PTI) Large parts ...", as PTI writes).
 * Press wires put their name between dashes ("SAN DIEGO — (BUSINESS WIRE) — "). UrduPoint puts its date in the
 * brackets: "Islamabad (UrduPoint / Pakistan Point News - 27th Apr, 2023 ) :", at times after a comma
 * ("ISLAMABAD, (UrduPoint / ...").
 */
const AGENCY = `(?:\\s*,?\\s*|\\s*${DASH}\\s*)\\((?<agency>[^()\\n]{1,80})\\)\\s*${DASH_OR_COLON}?`;
/** ACCESSWIRE sets the date between slashes after its name: "/ ACCESSWIRE / December 5, 2023 / ". */
const SLASHED_DATE = `[ \\t]*${monthDay('3')},?\\s+(?<year3>${YEAR})[ \\t]*\\/`;
/** A wire's name between slashes, as brackets: "ANAHEIM, Calif., July 17, 2025 /PRNewswire/ — ", "MOSCOW, July 3. /TASS/. ". */
const WIRE = `\\.?\\s*\\/(?<slashed>[^/\\n]{1,40})\\/(?:${SLASHED_DATE})?\\.?\\s*${DASH_OR_COLON}?`;
/** Agency initials after the date ("SPA"): only after a date's digits. */
const AGENCY_INITIALS = `(?<=\\d)${initials('?<initials>')}`;
/** A dash or colon. A hyphen before a digit is a word's own ("COVID-19"), no dateline's dash. */
const DASH_MARK = `\\s*(?:-+(?!\\d)|[–—]+|:)`;
/** A dateline may be a line of its own ("KATHMANDU, APRIL 18"). */
const LINE_END = `(?<line>${NEWLINE}\\s*)`;
/** A space after a day number, as older Reuters copy has it ("WASHINGTON Nov 24 The ..."). */
const AFTER_DAY = `(?<=\\d${ORDINAL})\\s+`;
const MARK = `(?:${AGENCY}|${WIRE}|${AGENCY_INITIALS}|${DASH_MARK}|${LINE_END}|${AFTER_DAY})`;

/**
 * The town, then optionally its region, other towns and the date, then the mark: "ISLAMABAD - ", "KARACHI,
 * June 7: ", "SUKKUR, Pakistan (AP) — ".
 */
export const DATELINE = new RegExp(`^${TOWN}(?:${COMMA_REGION}|${BRACKETED_REGION})??${OTHER_TOWNS}?(?:${DATE})?${MARK}[ \\t]*`, 'u');

/** A date inside the agency's brackets: "27th Apr, 2023". */
export const BRACKET_DATE = new RegExp(`(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>${MONTH_NAMES})[a-z]*\\.?,?\\s+(?<year>\\d{4})`);

/**
 * A town set beside the page's stamp, a date or a time, on a line of its own: after it, behind a dash or a
 * bar ("May 25, 2023 03:56 pm | Updated 04:21 pm IST - CHENNAI", The Hindu; "04 March,2023 | Bengaluru",
 * Mid-day), or before it behind a bar ("Bengaluru | February 17, 2023 08:17 IST", The Indian Express). A
 * town before a dash is an ordinary dateline, whose line goes on with the body.
 */
export const STAMP_TOWN = [
  new RegExp(`^(?<stamp>[^\\n]*?)(?:[ \\t]*\\|[ \\t]*|[ \\t]+[-–—][ \\t]+)${TOWN}[ \\t]*(?:\\r?\\n\\s*|$)`, 'u'),
  new RegExp(`^${TOWN}[ \\t]*\\|[ \\t]*(?<stamp>[^\\n]*?)[ \\t]*(?:\\r?\\n\\s*|$)`, 'u'),
];
/** A stamp's date with its year: "May 25, 2023", "25 May 2023", "04 March,2023". */
export const STAMP_DATE = new RegExp(
  `\\b(?:(?<month>${MONTH_NAMES})[a-z]*\\.?\\s+(?<day>\\d{1,2}),?\\s*(?<year>\\d{4})|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH_NAMES})[a-z]*\\.?,?\\s*(?<year2>\\d{4}))\\b`,
);
/** A stamp's time: "03:56 pm", "16.21". */
export const STAMP_TIME = /\b\d{1,2}[:.]\d\d\b/;
