// parseArticle: the engine's single entry point. Pure: text in, records out.
import { attribute } from './attribution/index.js';
import { parseDateline } from './dateline/index.js';
import { findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import type { ParseResult } from './types.js';
import { PARSER_VERSION } from './version.js';

export function parseArticle(text: string): ParseResult {
  const { dateline, bodyStart } = parseDateline(text);
  const entities = findEntities(text, bodyStart);
  const { candidates, subjects } = findQuotes(text, bodyStart);
  return {
    parserVersion: PARSER_VERSION,
    dateline,
    quotes: attribute(text, candidates, subjects, entities),
    officials: entities.people.filter((p) => p.official).map(({ name, title, organization, country, aliases }) => ({ name, title, organization, country, aliases })),
  };
}
