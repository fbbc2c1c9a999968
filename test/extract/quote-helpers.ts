// Shared by the quote tests: parse a text and look quotes up by their words.
import { parseArticle } from '../../src/extract/index.js';
import type { Quote } from '../../src/extract/types.js';

export function quotesOf(text: string): Quote[] {
  const quotes = parseArticle(text).quotes;
  for (const q of quotes) {
    if (text.slice(q.start, q.end) !== q.text) throw new Error(`offsets do not hold "${q.text}"`);
  }
  return quotes;
}

/** The quote whose text starts with `prefix`; throws when there is none, so a test fails clearly. */
export function quote(quotes: Quote[], prefix: string): Quote {
  const q = quotes.find((x) => x.text.startsWith(prefix));
  if (!q) throw new Error(`no quote starting "${prefix}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}

/** "kind:name-or-mention" of a quote's speaker, for compact assertions. */
export function who(q: Quote): string {
  const s = q.speaker;
  if (!s) return 'none';
  return s.kind === 'anonymous' ? 'anonymous' : `${s.kind}:${s.name}`;
}
