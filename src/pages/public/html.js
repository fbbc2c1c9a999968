// @ts-check
// HTML built by construction: every value put into an `html` template is escaped unless it is already
// SafeHtml (the output of another `html` template). Plain JavaScript shared by the server and the browser
// (served as /assets/html.js), so both render pages with the same code.

/** Direction controls (LRE, RLO, isolates, marks...) could reorder what the reader sees (Trojan Source). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup known to be safe: made only by the `html` tag, from literal markup and escaped values. */
export class SafeHtml {
  /** @param {string} markup */
  constructor(markup) {
    /** @readonly */
    this.markup = markup;
  }
  toString() {
    return this.markup;
  }
}

/**
 * Untrusted text as HTML text or a quoted attribute value: markup characters escaped, direction
 * controls shown as U+FFFD instead of acting.
 * @param {string} text
 */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(BIDI_CONTROLS, '\ufffd');
}

/**
 * What a template takes: markup, a value to escape, nothing, or a list of these (any depth).
 * @typedef {SafeHtml | string | number | boolean | null | undefined | readonly unknown[]} Interpolation
 */

/** @param {unknown} value @returns {string} */
function interpolate(value) {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * The tag: `html\`<p title="${title}">${text}</p>\``. Attribute values must be quoted in the template.
 * Lists are joined; null, undefined and false render nothing.
 * @param {TemplateStringsArray} strings
 * @param {Interpolation[]} values
 */
export function html(strings, ...values) {
  let markup = strings[0];
  values.forEach((value, i) => {
    markup += interpolate(value) + strings[i + 1];
  });
  return new SafeHtml(markup);
}

/**
 * An href for an untrusted URL: only http(s) URLs, absolute or not, and paths on this site; anything
 * else (javascript:, data:, a relative path that could be read as a scheme) is null, to render as text.
 * @param {string | null | undefined} url
 */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  if (/^\/(?![/\\])/.test(url)) return url;
  return /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;
}

/**
 * A link to an untrusted URL, or its text alone when the URL is not http(s).
 * @param {string | null | undefined} url
 * @param {Interpolation} text
 */
export function link(url, text) {
  const href = safeHref(url);
  return href === null ? html`<span>${text}</span>` : html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>`;
}
