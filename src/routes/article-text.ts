// The article a client posted, from a JSON body's `text` or a raw text/plain body.
import { problem } from '../plugins/errors.js';

/** Both body forms routes accept for an article. */
export const ARTICLE_CONTENT_TYPES = ['application/json', 'text/plain'];

/** The article text, or a 400 when it holds nothing to parse (blank, only punctuation or quote marks). */
export function articleText(body: string | { text: string }): string {
  const text = typeof body === 'string' ? body : body.text;
  if (!/[\p{L}\p{N}]/u.test(text)) throw problem(400, 'The article is empty: it has no letters or digits.');
  // Tabs and line breaks are text; other C0 controls and DEL (NUL, escape sequences) never are.
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw problem(400, `The article contains a control character (U+${code.toUpperCase()}) at index ${control.index}.`);
  }
  return text;
}
