// parseArticle: the engine's single entry point. Pure: text in, records out.
import type { ParseResult } from './types.js';
import { PARSER_VERSION } from './version.js';

export function parseArticle(text: string): ParseResult {
  return {
    parserVersion: PARSER_VERSION,
    dateline: { date: null, city: null, country: null },
    quotes: [],
    officials: [],
  };
}
