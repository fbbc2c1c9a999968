// parseArticle: the engine's single entry point. Pure: text in, records out.
import { attribute } from './attribution/index.js';
import { buildDocument, type ArticleDocument } from './document/index.js';
import { findEntities } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import type { ParseResult, Quote } from './types.js';
import { PARSER_VERSION } from './version.js';

export function parseArticle(text: string): ParseResult {
  const doc = buildDocument(text);
  const entities = findEntities(doc.text, doc.bodyStart, doc.dateline.country);
  const { candidates, subjects } = findQuotes(doc.text, doc.paragraphs);
  return {
    parserVersion: PARSER_VERSION,
    dateline: doc.dateline,
    quotes: attribute(doc.text, candidates, subjects, entities).map((q) => inPostedText(doc, q)),
    officials: entities.people.filter((p) => p.official).map(({ name, title, organization, country, aliases }) => ({ name, title, organization, country, aliases })),
  };
}

/** The passes read the repaired text; a result's offsets and text refer to the article as posted. */
function inPostedText(doc: ArticleDocument, quote: Quote): Quote {
  const start = doc.toOriginal(quote.start);
  const end = doc.toOriginal(quote.end);
  return { ...quote, start, end, text: doc.original.slice(start, end) };
}
