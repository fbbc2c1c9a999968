// Words that make up titles before or after a name ("Federal Minister for Petroleum", "head of research").
// Keys are lower case.

/**
 * Offices written as acronyms: police and civil-service ranks, "PM Shehbaz Sharif", "CM Punjab Maryam Nawaz",
 * "SAPM on Information ...". Only in capitals: "Md Shahriar Alam" is Muhammad, not a managing director.
 */
export const ACRONYM_OFFICES: ReadonlySet<string> = new Set([
  'ssp', 'sp', 'dsp', 'dig', 'igp', 'aig', 'dpo', 'cpo', 'rpo', 'dc', 'adc', 'sho', 'dg', 'md', 'ig', 'pm', 'cm', 'sapm',
  'cji', 'coas', 'cjcsc',
  // India's police ranks (Director General, Additional DG, Deputy and Assistant Commissioner of Police) and
  // Nigeria's Chief Superintendent of Police: ranks of the same kind as DIG and IGP
  'dgp', 'adgp', 'dcp', 'acp', 'csp',
]);

/** Head nouns of an office or professional role: whoever holds one is an official. */
export const OFFICIAL_ROLES = new Set([
  'minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'diplomat',
  'commissioner', 'chairman', 'chairperson', 'chairwoman', 'chair', 'president', 'vice-president', 'governor', 'director',
  'director-general', 'chief', 'head', 'leader', 'senator', 'mp', 'mna', 'mpa', 'mep', 'lawmaker', 'legislator', 'frontbencher', 'backbencher',
  'parliamentarian', 'congressman', 'congresswoman', 'mla', 'councillor', 'councilor', 'justice', 'judge', 'magistrate',
  'counsel', 'lawyer', 'advocate', 'barrister', 'attorney', 'prosecutor', 'solicitor', 'analyst', 'economist',
  'professor', 'lecturer', 'researcher', 'scholar', 'expert', 'specialist', 'scientist', 'coordinator', 'representative',
  'adviser', 'advisor', 'aide', 'official', 'officer', 'collector', 'inspector', 'commander', 'colonel', 'rapporteur',
  'brigadier', 'admiral', 'marshal', 'coach', 'selector', 'manager', 'ceo', 'cfo', 'coo', 'executive', 'founder',
  'co-founder', 'mayor', 'deputy', 'assistant', 'lead', 'member', 'administrator', 'consul', 'attaché', 'attache', 'editor',
  'principal', 'dean', 'vice-chancellor', 'chancellor', 'registrar', 'superintendent', 'auditor', 'controller',
  'comptroller', 'treasurer', 'convener', 'convenor', 'patron', 'whip', 'speaker', 'premier', 'king', 'queen', 'prince',
  'emir', 'president-elect', 'partner', 'strategist', 'physician', 'surgeon', 'doctor', 'engineer', 'captain', 'skipper',
  'ameer', 'trustee', 'commissioner-general', 'inspector-general', 'secretary-general', 'mufti', 'cleric', 'imam', 'activist',
  'campaigner', 'organiser', 'organizer', 'negotiator', 'mediator', 'planner', 'consultant', 'opener', 'umpire',
  'referee', 'official', 'governor-general', 'ombudsman', 'regulator', 'presenter', 'anchor', 'columnist',
  'correspondent', 'author', 'historian', 'commentator', 'pollster', 'banker', 'broker', 'fellow', 'vice-chairman',
  // Ireland's head of government and deputy, in Irish: "Taoiseach Micheál Martin"
  'taoiseach', 'tánaiste',
  // a politician seeks or holds office; a counterpart holds the office of the one named before
  'politician', 'counterpart',
  // "X, undersecretary of the Department of ...": a rank of the civil service
  'undersecretary', 'under-secretary', 'undersecretary-general', 'under-secretary-general',
  ...ACRONYM_OFFICES,
  'pope', 'cardinal', 'archbishop', 'bishop',
  // professional sportspeople
  'bowler', 'batter', 'batsman', 'cricketer', 'player', 'athlete', 'footballer', 'all-rounder', 'wicketkeeper',
]);

/** Roles that lead a body: after "president of", "spokesperson for", a capitalised name is the body. */
export const ORG_LEADERS = new Set([
  'president', 'vice-president', 'chairman', 'chairperson', 'chairwoman', 'chair', 'head', 'chief', 'spokesperson',
  'spokesman', 'spokeswoman', 'member', 'director', 'founder', 'co-founder', 'ceo', 'leader', 'secretary-general',
  'counsel', 'lawyer', 'convener', 'convenor', 'patron', 'coordinator', 'general-secretary', 'organizer', 'organiser',
  // the elected head of a religious party: "Jamaat-e-Islami emir", "JI ameer"
  'emir', 'ameer',
]);

/** Roles that act for a client: after "counsel for", a personal name is the client, not a body. */
export const CLIENT_ROLES: ReadonlySet<string> = new Set(['counsel', 'lawyer', 'advocate', 'attorney', 'solicitor', 'barrister']);

/** Roles of private people quoted as themselves: a title, but not an office. */
export const PRIVATE_ROLES = new Set([
  'shopkeeper', 'trader', 'farmer', 'resident', 'driver', 'student', 'mother', 'father', 'homemaker', 'housewife',
  'vendor', 'labourer', 'laborer', 'worker', 'teacher', 'schoolteacher', 'chemist', 'pharmacist', 'patient', 'passenger',
  'pilgrim', 'villager', 'owner', 'businessman', 'businesswoman', 'retiree', 'pensioner', 'widow', 'survivor', 'victim',
  'witness', 'protester', 'voter', 'fan', 'parent', 'commuter', 'customer', 'consumer', 'tenant', 'grandmother',
  'grandfather', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'shopper', 'fisherman', 'tailor',
  'rickshaw', 'cabbie', 'refugee', 'migrant', 'returnee', 'transporter', 'diabetic', 'housekeeper', 'vaccinator',
  // a journalist reports the news, holds no office in it: one shot or detained is in a story as a private person
  'journalist',
]);

/**
 * Kinship nouns: "X, sister of former president Y" says whose relative X is; the office after "of" is Y's,
 * and a relative holds none by being one.
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'widow', 'widower', 'nephew', 'niece',
  'cousin', 'grandson', 'granddaughter', 'uncle', 'aunt', 'son-in-law', 'daughter-in-law', 'brother-in-law',
  'sister-in-law',
]);

/** Capitalised words that belong to titles, not names: ranks of office, modifiers and portfolios. */
export const TITLE_WORDS = new Set([
  'principal', 'deputy', 'senior', 'junior', 'acting', 'additional', 'assistant', 'associate', 'joint', 'special',
  'federal', 'provincial', 'state', 'vice', 'former', 'ex', 'executive', 'general', 'parliamentary', 'central',
  'national', 'regional', 'foreign', 'finance', 'interior', 'trade', 'commerce', 'health', 'education', 'energy', 'power',
  'petroleum', 'planning', 'development', 'investment', 'defence', 'defense', 'information', 'law', 'home', 'affairs',
  'revenue', 'climate', 'change', 'water', 'resources', 'human', 'rights', 'railways', 'communications', 'industries',
  'industry', 'production', 'agriculture', 'food', 'security', 'religious', 'overseas', 'maritime', 'housing', 'works',
  'culture', 'tourism', 'sports', 'youth', 'women', 'welfare', 'social', 'local', 'initiatives', 'services',
  'regulations', 'coordination', 'school', 'higher', 'economic', 'narcotics', 'privatisation', 'privatization',
  'science', 'technology', 'it', 'telecommunication', 'opposition', 'election', 'customs', 'appraisement', 'prime',
  'cabinet', 'standing', 'house', 'public', 'media', 'press', 'team', 'mission', 'research', 'policy', 'operations',
  'strategic', 'high', 'supreme', 'chief', 'lord', 'attorney', 'solicitor', 'leader', 'majority', 'minority', 'first',
  'second', 'third', 'lady', 'crown', 'supreme', 'staff', 'joint', 'chiefs', 'commanding', 'corps', 'inspector',
  'accountability', 'environment', 'ports', 'shipping', 'aviation', 'textile', 'textiles', 'investments', 'labour',
  'irrigation', 'excise', 'taxation', 'transport', 'mines', 'minerals', 'forests', 'wildlife', 'livestock', 'fisheries',
  'disaster', 'management', 'emergency', 'relief', 'rehabilitation', 'reconstruction', 'population', 'statistics',
  'parliament', 'relations', 'external', 'internal', 'consular', 'protocol', 'kashmir', 'gilgit-baltistan', 'digital',
  'cricket', 'football', 'hockey',
  // Pakistani provincial portfolios: "Secretary Auqaf X" (religious endowments), "Minister for Zakat and Ushr",
  // "Secretary Primary and Secondary Healthcare Department X", "Secretary Elementary and Secondary Education X"
  'auqaf', 'awqaf', 'zakat', 'ushr', 'primary', 'secondary', 'healthcare', 'elementary',
]);

/**
 * Title words that are adjectives only: one needs its noun after it, so the word after it is the portfolio's,
 * never a name's ("Minister for Public Expenditure X Y").
 */
export const ATTRIBUTIVE_TITLE_WORDS: ReadonlySet<string> = new Set([
  'public', 'social', 'local', 'human', 'foreign', 'economic', 'digital', 'higher', 'religious', 'strategic', 'internal',
  'external', 'overseas', 'maritime', 'parliamentary', 'consular',
]);

/**
 * Words of standing that open a title before the country or body it names ("Former Pakistani ambassador",
 * "Senior PTI leader"): they qualify the holder's role, so the title keeps them when the country or body
 * is taken out.
 */
export const STANDING_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'senior', 'veteran', 'then', 'late']);

/** Words of standing that put a role in the past: "Housing Minister and former immigration minister". */
export const PAST_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'erstwhile']);

/**
 * Words that say where or when a role is held, not which role it is: "the provincial minister" may be any of
 * the province's ministers, "the former minister" any minister who was one; "the information minister" only one.
 */
export const SCOPE_WORDS: ReadonlySet<string> = new Set([
  ...STANDING_WORDS, 'federal', 'provincial', 'state', 'national', 'regional', 'local', 'central', 'union',
  // a holder until an election: the same office for a while ("the Caretaker Chief Minister")
  'caretaker', 'interim',
]);

/** Roles whose holder knows a subject, which a country's name before them can be: "an Iran analyst". */
export const FIELD_ROLES: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'expert', 'experts', 'specialist', 'specialists', 'watcher', 'watchers', 'scholar', 'scholars',
  'researcher', 'researchers', 'correspondent',
]);

/** "who heads X": the role a verb in a relative clause gives. */
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['heads', 'head'], ['leads', 'leader'], ['chairs', 'chairman'], ['runs', 'head'], ['directs', 'director'],
  ['founded', 'founder'], ['manages', 'manager'], ['represents', 'representative'], ['commands', 'commander'],
  ['teaches', 'teacher'], ['led', 'head'],
]);

/** Participles that give their subject a role as "as" does: "X has been elected as chairman", "Y was named CEO". */
export const APPOINTED: ReadonlySet<string> = new Set(['elected', 're-elected', 'appointed', 'named', 'nominated', 'chosen']);

/** Countries whose government has no ministers (the US cabinet are secretaries): a minister there is foreign. */
export const NO_MINISTERS: ReadonlySet<string> = new Set(['United States']);

/**
 * Offices a country gives one person at a time: two people holding one of them in the same story are of
 * two countries ("Turkish President Erdogan ... President Trump"). Not the offices provinces and high courts
 * have too ("Finance Minister", "Chief Justice"), which a story may give two people of one country.
 */
export const SOLE_OFFICES: ReadonlySet<string> = new Set([
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'foreign minister',
  'foreign secretary', 'secretary of state',
]);

/**
 * Heads whose "for" or "of" takes a portfolio, a field, never a person: "Minister for Physical Infrastructure
 * and Transport", "Committee Member for Agriculture, Livestock and Fisheries".
 */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['minister', 'ministers', 'ministry', 'secretary', 'member', 'department']);

/** Ranks under a minister of the same portfolio, in its ministry: "Deputy Trade Minister", "Assistant Foreign Minister". */
export const MINISTER_UNDER_RANKS: readonly string[] = ['deputy', 'assistant', 'junior', 'state'];
