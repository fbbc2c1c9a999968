// The frame around every page: head, navigation, and the key form when the data needs an API key that
// only the reader's browser holds.
import { html, type SafeHtml } from './public/html.js';

/** What the page's script needs to know, as data-* attributes on <body>. */
export interface PageFrame {
  /** home, official, article or try: which loader the script runs. */
  page: string;
  /** The official's or article's id. */
  id?: number;
  /** `key`: the data is read through the API with the reader's key, in the browser. */
  reads: 'open' | 'key';
  /** `key`: POST /v1/parse takes a key. */
  parse: 'open' | 'key';
}

/** Asks for the key; the script keeps it in sessionStorage (this tab only) and loads the page with it. */
export const keyForm = html`<form id="key-form" class="key-form">
  <p>This service needs an API key to show its data. The key stays in this tab only, and goes only to this service's API.</p>
  <label for="api-key">API key</label>
  <input id="api-key" name="key" type="password" autocomplete="off" required minlength="16" maxlength="256">
  <button type="submit">Use this key</button>
  <p id="key-error" class="error" role="alert"></p>
</form>
<noscript><p>Reading with a key needs JavaScript.</p></noscript>`;

export function layout(title: string, frame: PageFrame, main: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Newsroom quotes</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/viewer.css">
<script type="module" src="/assets/viewer.js"></script>
</head>
<body data-page="${frame.page}" data-id="${frame.id ?? ''}" data-reads="${frame.reads}" data-parse="${frame.parse}">
<a class="skip" href="#main">Skip to the content</a>
<header><nav aria-label="Site"><a href="/">Newsroom quotes</a> <a href="/try">Try a text</a> <a href="/docs">API</a>
<button id="forget-key" type="button" hidden>Forget the key</button></nav></header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>
`.toString();
}
