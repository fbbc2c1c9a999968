// Nouns that name an unnamed source. With "a/an/one/another/two..." or bare in the plural they are
// anonymous ("one diplomat", "officials", "Health experts"); "the official" points back to one.

/** Source nouns, singular and plural. */
export const SOURCE_NOUNS = new Set([
  // an office-bearer holds an office in a body, as an official or a member does
  'office-bearer', 'office-bearers',
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts',
  'insider', 'insiders', 'aide', 'aides', 'observer', 'observers', 'witness', 'witnesses', 'resident', 'residents',
  'critic', 'critics', 'trader', 'traders', 'dealer', 'dealers', 'economist', 'economists', 'activist', 'activists',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'member', 'members', 'leader', 'leaders', 'officer', 'officers',
  'person', 'people', 'man', 'men', 'woman', 'women', 'chemist', 'chemists', 'doctor', 'doctors', 'teacher', 'teachers',
  'worker', 'workers', 'farmer', 'farmers', 'shopkeeper', 'shopkeepers', 'student', 'students', 'parent', 'parents',
  'pilgrim', 'pilgrims', 'passenger', 'passengers', 'driver', 'drivers', 'villager', 'villagers', 'protester', 'protesters',
  'representative', 'representatives', 'spokesperson', 'spokespersons', 'spokesman', 'spokesmen', 'spokeswoman',
  'investigator', 'investigators', 'banker', 'bankers', 'businessman', 'businessmen', 'industrialist', 'industrialists',
  'journalist', 'journalists', 'lawyer', 'lawyers', 'engineer', 'engineers', 'employee', 'employees', 'staffer', 'staffers',
  'commander', 'commanders', 'soldier', 'soldiers', 'policeman', 'policemen', 'negotiator', 'negotiators', 'envoy', 'envoys',
  'vaccinator', 'vaccinators', 'schoolteacher', 'schoolteachers', 'nurse', 'nurses', 'agencies', 'groups', 'organisations',
  'organizations', 'scientist', 'scientists', 'researcher', 'researchers', 'participant', 'participants', 'someone',
  'somebody', 'consumers', 'exporters', 'importers', 'manufacturers', 'investors', 'survivors', 'relatives', 'locals',
  'authorities', 'labourers', 'unions', 'stakeholders', 'rescuers', 'volunteers', 'delegates', 'ministers', 'judges',
  'elder', 'elders', 'tribesmen', 'eyewitnesses', 'fans', 'supporters',
]);

/** Determiners and quantifiers that make a noun phrase an unnamed source. */
export const INDEFINITE = new Set([
  'a', 'an', 'one', 'another', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'few', 'other', 'various',
  'numerous', 'both', 'senior', 'local', 'top',
]);

/** Phrases that mark a source as unnamed whatever its noun. */
export const ANONYMITY = /\b(?:anonymity|not (?:to )?be (?:named|identified)|not want(?:ed)? to be (?:named|identified)|not (?:wish|want)(?:ing)? to be named|not authori[sz]ed to|condition of anonymity|(?:declined|refused) to be (?:named|identified))\b/;
