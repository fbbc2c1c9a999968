// Words around place names.

/** Prepositions that put a capitalised word in a place ("in Lahore", "near Quetta"): a town, not a person. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'across', 'outside', 'inside', 'from', 'via', 'towards', 'between',
]);

/** Compass points that name a part of a place before it ("East Cork", "North London"), lower case. */
export const COMPASS_POINTS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
]);

/**
 * Capitalised openers of an article that look like a dateline's town but are labels; "Share" (a page's
 * share buttons left in scraped text) is also a Nigerian town the gazetteer knows.
 */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'breaking', 'update', 'updated', 'exclusive', 'analysis', 'opinion', 'editorial', 'watch', 'live', 'note',
  'correction', 'urgent', 'flash', 'share',
]);

/** Nouns for a place whose government speaks as a body ("the city said in a statement", "The province says"). */
export const PLACE_BODY_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'province']);
