// Words written before a person's name: honorifics and ranks, which are not part of it, and the South
// Asian and Arab name prefixes, which are. The one list of each for the whole project: the extractor
// and the store's name keys both read it. Lower case, full stops dropped.

/** Honorifics that say the person is a man ("Mr Khan ... he said"; Indian copy's "Shri"). */
export const MASCULINE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mister', 'sir', 'shri']);

/** Honorifics that say the person is a woman ("Ms Baig ... she said"). */
export const FEMININE_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'begum', 'smt', 'shrimati']);

/**
 * Forms of address that are never a given name or surname (unlike "Major", "Sen" or "Lady"): one inside a run
 * of capitalised words opens the name, whatever stands before it. "Ch" and "Sh" abbreviate the name prefixes
 * Chaudhry and Sheikh, and are no word of their own either.
 */
export const ADDRESS_FORMS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'engr', 'ch', 'sh', 'cllr', 'coun']);

/** Honorifics and ranks that stand before a name and are not part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...MASCULINE_HONORIFICS, ...FEMININE_HONORIFICS, 'mx', 'dr', 'prof', 'lord', 'hon', 'honourable', 'honorable',
  'rev', 'reverend', 'barrister', 'maulana', 'mufti', 'qari', 'allama', 'engr', 'gen', 'general', 'lt', 'lieutenant',
  'maj', 'major', 'brig', 'brigadier', 'col', 'colonel', 'capt', 'captain', 'cdr', 'commander', 'adm', 'admiral', 'air',
  'marshal', 'vice', 'rear', 'commodore', 'sen', 'rep', 'gov', 'sgt', 'sergeant',
  // police ranks abbreviated as "Sgt." is: "Chief Insp. X", "Supt. Y"; the lowest written out, as "Sepoy" is
  // below: "Head Constable X", "Sub-Inspector Y"
  'insp', 'supt', 'constable', 'sub-inspector',
  // South Asian armies' ranks below officer: "Havaldar X", "Sepoy Y", "Subedar Z"
  'havaldar', 'hawaldar', 'sepoy', 'subedar',
  // British and Irish copy abbreviates Councillor as a form of address: "Cllr Daithi Doolan"; Canadian
  // Press style as "Coun. Waye Mason"
  'cllr', 'coun',
  // styles: "His Highness Sheikh X", "Her Excellency Y"
  'highness', 'excellency', 'majesty', 'holiness',
  // a religious scholar's style in Afghan and Pakistani copy, as "Maulana" is: "Mawlawi Abdul Kabir"
  'mawlawi', 'maulvi', 'moulvi',
  // ... and a prayer leader's, also a family name after given names as "Mufti" is ("Syed Fakhar Imam")
  'imam',
  // Malaysian styles of honour: "Datuk Seri Anwar Ibrahim", "Datin X" ("Tan Sri" is left: Tan is a surname)
  'datuk', 'dato', 'datin', 'seri',
]);

/**
 * Gulf copy's styles abbreviated in capitals before a name: "HE Sheikh X", "H.E. Y" (His or Her Excellency),
 * "HH Sheikh Z" (Highness); only as written, "He" being the pronoun.
 */
export const STYLE_ABBREVIATIONS = /^(?:HE|HH|H\.E|H\.H)$/;

/**
 * Honorifics, and offices written like one before a name ("Justice X", "Senator X"), that by themselves
 * mark an office or profession (the rest, "Mr", "Dr", do not).
 */
export const OFFICIAL_HONORIFICS: ReadonlySet<string> = new Set([
  'barrister', 'prof', 'professor', 'gen', 'general', 'lt', 'lieutenant', 'maj', 'major', 'brig', 'brigadier', 'col',
  'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'insp', 'supt', 'constable', 'sub-inspector', 'havaldar', 'hawaldar', 'sepoy', 'subedar', 'cdr', 'commander', 'adm', 'admiral', 'marshal', 'commodore', 'mufti', 'maulana', 'imam', 'sen',
  'senator', 'rep', 'gov', 'advocate', 'engineer', 'cllr', 'coun',
  // retired ranks: "Justice (retd)", "Ambassador (retd)"
  'justice', 'judge', 'ambassador',
]);

/** Styles of birth or honour given as a title ("Prince Khalid", "Lord Patel"): they say nothing of the office held. */
export const STYLES_OF_RANK: ReadonlySet<string> = new Set(['prince', 'princess', 'lord', 'lady', 'sir', 'dame']);

/**
 * Offices abbreviated before a name, spelt out when they are the person's title: "Sen." is a senator's office
 * (the office, not a form of address). Military ranks stay as written ("Maj Gen"), as do "Rep.", which
 * stands for Representative and for Republican alike, and "Gov.".
 */
export const OFFICE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'Senator'],
  ['cllr', 'Councillor'],
  ['coun', 'Councillor'],
]);

/**
 * Professions South Asian court copy writes after a lawyer's name ("Azam Nazir Tarar Advocate", as "Esq."
 * in older English usage), and the letters a member of parliament writes after the name in Commonwealth
 * usage ("X Y MP"): no part of the name, and the person's title.
 */
export const POST_NOMINAL_TITLES: ReadonlySet<string> = new Set(['advocate', 'mp']);

/** A rank that becomes an honorific when retired: "Ambassador (retd) Jawad Habib Khattak". */
export const RETIRED_RANKS: ReadonlySet<string> = new Set(['ambassador', 'justice', 'judge']);

/** What "(retd)" is written as after a rank. */
export const RETIRED: ReadonlySet<string> = new Set(['retd', 'r', 'retired', 'rtd']);

/**
 * Prefixes that are part of how a person is known in South Asian and Arab usage ("Sheikh Rashid Ahmed",
 * "Syed Ali Shah"): they stay in the name, and the name without them is an alias.
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'sheikh', 'shaikh', 'syed', 'sayed', 'sayyid', 'sardar', 'mian', 'chaudhry', 'chaudhary', 'chaudhri', 'makhdoom',
  'malik', 'rana', 'raja', 'khawaja', 'khwaja', 'pir', 'peer', 'hafiz', 'haji', 'mir', 'ch', 'sh',
]);

/**
 * One spelling for each prefix Pakistani copy writes in several ways, its abbreviations included ("Ch Parvez",
 * "Ch. Parvez" and "Chaudhary Parvez Elahi" are one man; "Sh." is Sheikh): name forms are compared in it.
 */
export const PREFIX_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['ch', 'chaudhry'], ['chaudhary', 'chaudhry'], ['chaudhri', 'chaudhry'], ['sh', 'sheikh'], ['shaikh', 'sheikh'],
  ['khwaja', 'khawaja'], ['sayed', 'syed'], ['peer', 'pir'],
]);
