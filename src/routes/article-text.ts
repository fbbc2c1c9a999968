// The article a client posted, from a JSON body's `text` or a raw text/plain body.
import { problem } from '../plugins/errors.js';

/** Both body forms routes accept for an article. */
export const ARTICLE_CONTENT_TYPES = ['application/json', 'text/plain'];

/** The article text, or a 400 when it holds nothing to parse (blank, only punctuation or quote marks). */
export function articleText(body: string | { text: string }): string {
  const text = typeof body === 'string' ? body : body.text;
  if (!/[\p{L}\p{N}]/u.test(text)) throw problem(400, 'The article is empty: it has no letters or digits.');
  return text;
}
