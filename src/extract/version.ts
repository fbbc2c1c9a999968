/** Bumped whenever extraction output can change, so stored articles can be re-parsed. */
export const PARSER_VERSION = '0.23.0';
