// Role nouns that stand for an already named person ("the minister", "the chief justice") or body
// ("the ministry", "the statement"). Matched on the last word of "the ..." noun phrases.

/** Heads of "the X" that refer back to a person holding that kind of role. */
export const PERSON_ROLES = new Set([
  'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'commissioner', 'chairman',
  'chairperson', 'chairwoman', 'chair', 'president', 'premier', 'governor', 'secretary', 'justice', 'judge', 'counsel',
  'lawyer', 'coach', 'captain', 'chief', 'director', 'adviser', 'advisor', 'senator', 'lawmaker', 'mayor', 'prosecutor',
  'attorney', 'general', 'leader', 'head', 'coordinator', 'collector', 'representative', 'selector', 'professor',
  'analyst', 'economist', 'officer', 'commander', 'speaker', 'deputy', 'councillor', 'manager', 'founder', 'executive',
  'ceo', 'mp', 'mna', 'mpa', 'mla', 'mpp', 'msp', 'administrator', 'registrar', 'auditor', 'inspector', 'superintendent',
  'magistrate', 'skipper', 'opener', 'bowler', 'striker', 'midfielder', 'goalkeeper', 'player', 'star', 'convener', 'convenor', 'patron', 'trustee', 'economist', 'researcher', 'scholar',
]);

/**
 * One person's role that is no title ("a White House official"): not read back by "the official" to a named
 * person, but it may still be a source named later.
 */
export const UNNAMED_ROLES: ReadonlySet<string> = new Set(['official']);

/** Roles that say only that their holder heads a body, whatever the holder's title: "the PCB chief", "the SBP head". */
export const BODY_HEADS: ReadonlySet<string> = new Set(['chief', 'head', 'boss']);

/** Roles that speak for someone else, so "the spokesperson" is never the principal last heard from. */
export const SPEAKS_FOR: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Heads of "the X" that refer back to an organisation (or to the document it issued). */
export const BODY_ROLES = new Set([
  'ministry', 'department', 'office', 'commission', 'bank', 'fund', 'board', 'council', 'authority', 'agency', 'embassy',
  'mission', 'court', 'committee', 'government', 'administration', 'regulator', 'division', 'wing', 'directorate',
  'bureau', 'corporation', 'company', 'firm', 'party', 'association', 'chamber', 'union', 'federation', 'military',
  'army', 'police', 'secretariat', 'cabinet', 'parliament', 'assembly', 'senate', 'organisation', 'organization',
  'institute', 'university', 'group', 'body', 'tribunal', 'kingdom', 'bench', 'charity', 'organisation', 'ngo',
  'municipality',
]);

/**
 * "the law officer": a government's lawyer in court, who holds one of these offices (or its additional, deputy or
 * assistant rank), as "Additional Advocate General X" or "Deputy Attorney General X".
 */
export const LAW_OFFICES: readonly string[] = ['attorney general', 'advocate general', 'solicitor general'];

/** A court sitting as a panel of its judges, which speaks as the court: "the bench", "a division bench of X and Y". */
export const COURT_PANELS: ReadonlySet<string> = new Set(['bench']);

/** Words that end the names of companies and other bodies ("Samsung Electronics", "Philippine Coast Guard"). */
export const COMPANY_WORDS = [
  'nations', 'states', 'forces', 'services', 'relations', 'house', 'electronics', 'holdings', 'inc', 'corp', 'ltd',
  'limited', 'plc', 'motors', 'airlines', 'airways', 'securities', 'capital', 'partners', 'industries', 'technologies',
  'systems', 'energy', 'petroleum', 'oil', 'gas', 'telecom', 'telecommunications', 'media', 'news', 'times', 'post',
  'press', 'network', 'foundation', 'trust', 'society', 'club', 'league', 'bureau', 'pharmaceuticals', 'motor',
  'enterprises', 'ventures', 'investments', 'insurance', 'railways', 'mills', 'cement', 'steel', 'textiles',
  'guard', 'navy', 'corps', 'rangers', 'command', 'brigade', 'regiment', 'battalion', 'militia', 'movement', 'front',
  'alliance', 'coalition', 'observatory', 'centre', 'center', 'hospital', 'academy', 'college', 'exchange', 'airport',
];

/** Documents: a body "said in a statement"; "the statement added" speaks for that body. */
export const DOCUMENTS = new Set([
  'statement', 'readout', 'handout', 'release', 'communique', 'communiqué', 'report', 'letter', 'notification', 'order',
  'verdict', 'judgment', 'judgement', 'ruling', 'notice', 'post', 'tweet', 'circular', 'memo', 'document', 'filing',
  'petition', 'press release', 'declaration', 'resolution', 'survey', 'study', 'analysis', 'figures', 'data', 'estimate', 'estimates',
]);

/** A court's written words: the judge who wrote them is their author, not the court. */
export const COURT_DOCUMENTS = new Set(['order', 'verdict', 'judgment', 'judgement', 'ruling']);

/**
 * Role nouns and the word their holders' titles are written with, where the words differ: "the judge" is
 * "Justice X", the style of a judge of a superior court; "the premier" is the Prime Minister, the word a
 * synonym of ("prime" is in no other title).
 */
export const ROLE_STYLES: ReadonlyMap<string, string> = new Map([
  ['judge', 'justice'],
  ['premier', 'prime'],
]);

/**
 * Words that place a holder at the head of a body or country ("the IHC top judge" is its chief justice,
 * "Germany's top diplomat" its foreign minister): they say which holder is meant, not which role.
 */
export const HEAD_RANKS: ReadonlySet<string> = new Set(['top', 'top-ranking', 'highest-ranking', 'senior-most', 'seniormost']);
