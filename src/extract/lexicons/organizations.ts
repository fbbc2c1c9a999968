// Organisation vocabulary: head words that make a capitalised phrase a body, and bodies known by name.

/** Capitalised head words of organisation names ("Election Commission", "Ministry of Trade"), lower case. */
export const ORG_HEADS = new Set([
  'office', 'ministry', 'court', 'commission', 'authority', 'bank', 'party', 'board', 'department', 'council',
  'assembly', 'agency', 'committee', 'association', 'chamber', 'university', 'institute', 'centre', 'center', 'fund',
  'centres', 'centers', 'corporation', 'company', 'securities', 'division', 'embassy', 'consulate', 'senate', 'movement', 'league',
  'organisation', 'organization', 'forum', 'bureau', 'police', 'army', 'navy', 'force', 'forces', 'group', 'federation',
  'union', 'society', 'foundation', 'trust', 'tribunal', 'secretariat', 'directorate', 'cell', 'unit', 'programme',
  'program', 'network', 'alliance', 'front', 'coalition', 'parliament', 'government', 'administration', 'corps',
  'service', 'academy', 'college', 'limited', 'ltd', 'inc', 'corp', 'holdings', 'exchange', 'cabinet', 'mission',
  'commissionerate', 'command', 'regulator', 'industries', 'bourse', 'insaf', 'tehreek', 'jamaat', 'jamiat', 'majlis', 'brigade',
  'house', 'headquarters', 'institution', 'institutes', 'electronics', 'motors', 'airlines', 'airways', 'technologies',
  'systems', 'pharmaceuticals', 'pharma', 'telecom', 'steel', 'cement', 'plc', 'llc', 'co', 'partners',
  'guard', 'rangers', 'constabulary', 'observatory', 'laboratory', 'registry', 'media', 'news', 'times', 'tribune',
  // Urdu for "union, alliance", as "tehreek" is "movement": "Kissan Ittehad", "Ittehad Council"
  'ittehad', 'ittihad',
  // a legislature or a party: "the US Congress", "Indian National Congress", "Chhattisgarh Congress"
  'congress',
  // a legislature's party group: "the House Freedom Caucus", "the Congressional Black Caucus"
  'caucus',
  // a town's own administration: "Dubai Municipality", "Halifax Regional Municipality"
  'municipality',
]);

/**
 * Lower-case nouns after a place for its own administration: "the Sindh government", "the Kabul municipality",
 * "Cardiff council" (also "Malé city council").
 */
export const PLACE_ADMINISTRATIONS: ReadonlySet<string> = new Set(['government', 'municipality', 'council']);

/** Offices of a town's administration: their holders serve the council the article names. */
export const LOCAL_OFFICES = /\b(?:mayor|council+ors?|alderm[ae]n)\b/i;

/**
 * Offices of a member body's elected board ("Senior Vice Chairman", "vice president (Finance)", "director"):
 * a board listed with no body is that of the association the article is about. A president alone is as
 * often a country's.
 */
export const BOARD_OFFICES = /^(?:(?:former|outgoing|incumbent|senior) )*(?:(?:vice|deputy)[- ])?(?:chairman|chairperson|chairwoman|president|treasurer|director|secretary general|general secretary)\b/i;
/** A company's officers: "Chief Financial Officer", "Chief Legal Officer", "chief executive", "CEO". */
export const CORPORATE_OFFICES = /^(?:(?:former|acting|interim) )?(?:chief(?: \p{L}+){1,2} officer|chief executive|ceo|cfo|coo)$/iu;
export const BARE_PRESIDENT = /^(?:(?:former|outgoing|incumbent) )*president$/i;
/**
 * Heads of the bodies whose members elect such a board (not "union", "federation", "chamber": the European
 * Union, the Russian Federation and a parliament's chambers have directors and presidents of other bodies).
 */
export const MEMBER_BODY_HEADS: ReadonlySet<string> = new Set(['association']);

/** Possessives that belong inside a body's name ("Republican People’s Party", "National Women’s Commission"),
 * unlike a possessor before it ("Pakistan’s Foreign Office"). */
export const NAME_POSSESSIVES = new Set(['people', 'women', 'children', 'men']);

/** Capitalised words that end place names, not persons' names ("Gaddafi Stadium", "Raja Bazaar"). */
export const FACILITY_HEADS = new Set([
  'stadium', 'hospital', 'airport', 'road', 'street', 'avenue', 'bazaar', 'bazar', 'market', 'mosque', 'square', 'park',
  'hotel', 'club', 'corridor', 'highway', 'motorway', 'station', 'port', 'dam', 'barrage', 'bridge', 'gate', 'hall', 'palace',
  'camp', 'crossing', 'district', 'province', 'valley', 'river', 'lake', 'island', 'islands', 'city', 'town', 'colony',
  'village', 'tower', 'towers', 'plaza', 'mall', 'cantonment', 'sahib', 'shrine', 'fort', 'canal', 'mountains', 'pass',
  'border', 'line', 'agreement', 'accord', 'act', 'ordinance', 'bill', 'constitution', 'award', 'cup', 'trophy',
  'day', 'week', 'festival', 'summit', 'conference', 'operation', 'project', 'scheme', 'package', 'policy',
]);

/**
 * Places named like facilities that employ officials: "the hospital's medical superintendent" is the
 * superintendent of the hospital the article named ("Mayo Hospital").
 */
export const STAFFED_FACILITIES: ReadonlySet<string> = new Set(['hospital']);

/** Bodies whose staff serve no one country: their officials get no country. Names and usual acronyms. */
export const INTERNATIONAL_BODIES = new Set([
  'International Monetary Fund', 'IMF', 'World Bank', 'United Nations', 'UN', 'U.N', 'UNICEF', 'UNHCR', 'WHO',
  'World Health Organization', 'World Health Organisation', 'WFP', 'World Food Programme', 'UNDP', 'FAO', 'ILO', 'WTO',
  'World Trade Organization', 'ADB', 'Asian Development Bank', 'AIIB', 'FATF', 'Financial Action Task Force', 'NATO',
  'EU', 'European Union', 'European Commission', 'OIC', 'Organisation of Islamic Cooperation', 'SCO', 'SAARC', 'ASEAN',
  'ICC', 'ICJ', 'International Court of Justice', 'IAEA', 'Red Cross', 'ICRC', 'Amnesty International',
  'Human Rights Watch', 'OCHA', 'UNESCO', 'UNFPA', 'UNODC', 'IOM', 'Gavi', 'UNAIDS', 'UNRWA', 'Interpol', 'IFC',
  'IFAD', 'UNEP', 'UNCTAD', 'WMO', 'IOC', 'FIFA', 'Council of Europe', 'OSCE', 'African Union', 'Arab League',
  'Gulf Cooperation Council', 'GCC', 'Doctors Without Borders', 'MSF', 'Oxfam', 'Save the Children', 'CARE',
  'International Rescue Committee', 'Norwegian Refugee Council', 'Islamic Relief', 'Transparency International',
]);

/** National bodies named without their country, and parties named by a bare adjective ("Labour MP"): name -> country. */
export const NATIONAL_BODIES: ReadonlyMap<string, string> = new Map([
  ['State Department', 'United States'], ['White House', 'United States'], ['Pentagon', 'United States'],
  ['Kremlin', 'Russia'], ['Downing Street', 'United Kingdom'],
  ['Whitehall', 'United Kingdom'], ['Labour', 'United Kingdom'], ['Labor', 'Australia'], ['Conservative', 'United Kingdom'],
  ['Tory', 'United Kingdom'], ['Republican', 'United States'], ['Democrat', 'United States'],
  ['BJP', 'India'], ['Taliban', 'Afghanistan'], ['Federal Reserve', 'United States'], ['Fed', 'United States'],
  ['PTI', 'Pakistan'], ['PML-N', 'Pakistan'], ['PPP', 'Pakistan'], ['MQM-P', 'Pakistan'], ['MQM', 'Pakistan'],
  ['JUI-F', 'Pakistan'], ['ANP', 'Pakistan'], ['TLP', 'Pakistan'], ['ISPR', 'Pakistan'], ['NAB', 'Pakistan'],
  ['FIA', 'Pakistan'], ['AAP', 'India'], ['RSS', 'India'],
  // Bangladesh's opposition party, named by its initials alone in Bangladeshi court and party copy
  ['BNP', 'Bangladesh'],
  // a party's name with no head word reads as a person's by its shape: "Plaid Cymru has accused ..."
  ['Plaid Cymru', 'United Kingdom'],
  // the UK's health service, in every local health story ("NHS performance ratings", "... NHS Foundation Trust")
  ['NHS', 'United Kingdom'],
  // Ireland's police ("Garda Superintendent", "Roxboro Road Garda Station") and the parties of
  // the Republic alone: Irish copy names its country through them, seldom by name
  ['Garda', 'Ireland'], ['Fianna Fáil', 'Ireland'], ['Fine Gael', 'Ireland'],
]);

/**
 * Fixed epithets the press uses for one body in place of its name, lower case, straight apostrophe: Pakistani
 * papers call the ISPR "the military's media wing" (or the army's) as often as by name.
 */
export const BODY_EPITHETS: ReadonlyMap<string, string> = new Map([
  ["military's media wing", 'Inter-Services Public Relations'],
  ["army's media wing", 'Inter-Services Public Relations'],
]);

/** Parties known by a short name alone ("PTI", "Labour"): "the party's X" and "party president X" point to them. */
export const KNOWN_PARTIES: ReadonlySet<string> = new Set([
  'Labour', 'Labor', 'Conservative', 'Tory', 'Republican', 'Democrat', 'BJP', 'PTI', 'PML-N', 'PPP', 'MQM-P', 'MQM', 'JUI-F',
  'ANP', 'TLP', 'AAP', 'BNP', 'Plaid Cymru', 'Fianna Fáil', 'Fine Gael',
]);

/** Parties the press names by what their members are called ("Democrat X"): the party's own name. */
export const PARTY_NAMES: ReadonlyMap<string, string> = new Map([
  ['Democrat', 'Democratic Party'],
  ['Republican', 'Republican Party'],
]);

/** What a leader's name can name: "the Modi government", "the Biden administration", "the Assad regime". */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'cabinet']);

/** A country's missions abroad, written in lower case after it: "China’s embassy in Islamabad". */
export const DIPLOMATIC_MISSIONS: ReadonlySet<string> = new Set(['embassy', 'consulate', 'high commission', 'mission']);

/**
 * Body words that also open a compound role: "Police Chief", so "Islamabad Police Chief" is no body; a
 * lender's or the UN's "Mission Chief" heads a visit, not a body called "IMF Mission"; a "Cabinet Secretary"
 * (Kenya's ministers, Britain's top civil servant, Japan's Chief Cabinet Secretary) is one post, no "Interior
 * Cabinet".
 */
export const ROLE_COMPOUND_HEADS: ReadonlySet<string> = new Set(['police', 'mission', 'cabinet']);

/**
 * Common nouns that point back to a body whose name ends in another head word: "the party's secretary
 * general" after "Pakistan Tehreek-e-Insaf" or "Muslim League-Nawaz" (party names in South Asia often
 * end in the local word for movement, league or assembly).
 */
export const ORG_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['party', new Set(['party', 'league', 'movement', 'tehreek', 'insaf', 'jamaat', 'jamiat', 'majlis', 'front'])],
  // "the company's chief executive" after "Nimbra Systems" or "Lucky Cement": a firm's name ends in what it
  // makes or in its legal form
  [
    'company',
    new Set([
      'company', 'corporation', 'corp', 'inc', 'ltd', 'limited', 'plc', 'llc', 'co', 'holdings', 'group', 'industries',
      'systems', 'technologies', 'electronics', 'motors', 'airlines', 'airways', 'pharmaceuticals', 'pharma', 'telecom',
      'steel', 'cement', 'securities', 'partners', 'enterprises',
    ]),
  ],
]);
