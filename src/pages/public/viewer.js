// @ts-check
// The pages' script (/assets/viewer.js): suggestions as you type, quote details on hover and focus, /try's
// parse, and, when reads take a key, the key form and the data loaded through the API with that key. It
// renders with the server's own views (views.js); markup reaches the DOM only as TrustedHTML made from
// SafeHtml, which the page's CSP (require-trusted-types-for) enforces.
import { html, SafeHtml } from './html.js';
import { articlePage, homePage, officialPage, parseView } from './views.js';

/** @typedef {import('./views.js').Source} Source */

const KEY_ITEM = 'newsroom-quotes-api-key';
const body = document.body.dataset;

/** @type {{ createHTML(markup: string): unknown } | null} */
const policy =
  // @ts-expect-error: the Trusted Types API is not in TypeScript's DOM library yet.
  window.trustedTypes?.createPolicy('pages', { createHTML: (/** @type {string} */ markup) => markup }) ?? null;

/** @param {Element} element @param {SafeHtml} markup */
function render(element, markup) {
  if (!(markup instanceof SafeHtml)) throw new TypeError('only SafeHtml is rendered');
  // @ts-expect-error: innerHTML takes TrustedHTML where the browser has it.
  element.innerHTML = policy ? policy.createHTML(markup.markup) : markup.markup;
}

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** A refusal of the key (401): the key form is shown again. */
class KeyRefused extends Error {}

const storedKey = () => sessionStorage.getItem(KEY_ITEM);

/** @param {string} path @param {RequestInit} [init] */
async function api(path, init = {}) {
  const key = storedKey();
  const headers = new Headers(init.headers);
  if (key) headers.set('authorization', `Bearer ${key}`);
  const response = await fetch(path, { ...init, headers });
  if (response.status === 401) throw new KeyRefused('The service did not accept this key.');
  const answer = await response.json();
  if (!response.ok && response.status !== 300 && response.status !== 404) throw new Error(answer.detail ?? `HTTP ${response.status}`);
  return { status: response.status, answer };
}

/** @param {Record<string, unknown>} params */
const query = (params) =>
  new URLSearchParams(Object.entries(params).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]]))).toString();

/** The API as the views' data source, with the reader's key. @type {Source} */
const apiSource = {
  article: async (id) => {
    const { status, answer } = await api(`/v1/articles/${id}?explain=true`);
    return status === 404 ? undefined : answer;
  },
  articles: async (page) => (await api(`/v1/articles?${query(page)}`)).answer,
  official: async (id) => {
    const { status, answer } = await api(`/v1/officials/${id}`);
    return status === 404 ? undefined : answer;
  },
  officials: async (q, page) => (await api(`/v1/officials?${query({ q, ...page })}`)).answer,
  quoteMonths: async (officialId) => (await api(`/v1/officials/${officialId}/quotes-per-month`)).answer,
  quotes: async (filter, page) => {
    const { status, answer } = await api(`/v1/quotes?${query({ ...filter, ...page })}`);
    return status === 300 ? { items: [], nextCursor: null, candidates: answer.candidates } : answer;
  },
};

/** The page's query string, blank fields left out. */
function pageQuery() {
  return Object.fromEntries([...new URLSearchParams(location.search)].filter(([, value]) => value !== ''));
}

async function loadPage() {
  const id = Number(body.id);
  const content =
    body.page === 'official'
      ? await officialPage(apiSource, id, pageQuery())
      : body.page === 'article'
        ? await articlePage(apiSource, id)
        : await homePage(apiSource, pageQuery());
  document.title = `${content.title} · Newsroom quotes`;
  render(byId('main'), content.main);
  startSuggestions();
}

/** Shows the key form again, saying why. @param {string} message */
function askForKey(message) {
  sessionStorage.removeItem(KEY_ITEM);
  byId('forget-key').hidden = true;
  const form = document.getElementById('key-form');
  if (form) {
    form.hidden = false;
    byId('key-error').textContent = message;
  }
}

/** Runs work that reads with the key, and asks for the key again when it is refused. @param {() => Promise<void>} work */
async function withKey(work) {
  try {
    await work();
  } catch (error) {
    if (error instanceof KeyRefused) askForKey(error.message);
    else throw error;
  }
}

function startKeyForm() {
  const form = /** @type {HTMLFormElement | null} */ (document.getElementById('key-form'));
  if (!form) return;
  const forget = byId('forget-key');
  forget.addEventListener('click', () => {
    sessionStorage.removeItem(KEY_ITEM);
    location.reload();
  });
  const ready = () => {
    form.hidden = true;
    forget.hidden = false;
    if (body.page === 'try') return;
    withKey(loadPage).catch((/** @type {Error} */ error) => render(byId('main'), html`<p class="error" role="alert">${error.message}</p>`));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_ITEM, String(new FormData(form).get('key')));
    ready();
  });
  if (storedKey()) ready();
}

/** Officials' names as the reader types in the `who` box (a datalist: the browser's own keyboard handling). */
function startSuggestions() {
  const input = /** @type {HTMLInputElement | null} */ (document.getElementById('who'));
  const list = document.getElementById('who-suggestions');
  if (!input || !list) return;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let pending;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    const words = input.value.trim();
    if (words.length < 2) return;
    pending = setTimeout(
      () =>
        withKey(async () => {
          const page = await apiSource.officials(words, { limit: 8 });
          list.replaceChildren(
            ...page.items.map((official) => {
              const option = document.createElement('option');
              option.value = official.name;
              option.textContent = [official.title, official.country].filter(Boolean).join(', ');
              return option;
            }),
          );
        }),
      150,
    );
  });
}

/**
 * The details of a quote (its entry in the list) in the panel beside the text, from when it is hovered or
 * focused until another is, or Escape. Beside, not over the text: a box over it would hide the next quote.
 */
function startQuoteDetails() {
  /** @param {EventTarget | null} target */
  const show = (target) => {
    const mark = target instanceof Element ? target.closest('mark.quote') : null;
    const panel = mark?.closest('.article-layout')?.querySelector('.quote-panel');
    const detail = mark instanceof HTMLElement ? document.getElementById(`quote-detail-${mark.dataset.quote}`) : null;
    if (!(panel instanceof HTMLElement) || !detail) return;
    panel.replaceChildren(...[...detail.childNodes].map((node) => node.cloneNode(true)));
    panel.hidden = false;
  };
  document.addEventListener('mouseover', (event) => show(event.target));
  document.addEventListener('focusin', (event) => show(event.target));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const panel of document.querySelectorAll('.quote-panel')) if (panel instanceof HTMLElement) panel.hidden = true;
  });
}

function startTry() {
  const form = /** @type {HTMLFormElement | null} */ (document.getElementById('try-form'));
  if (!form) return;
  const status = byId('try-status');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = String(new FormData(form).get('text'));
    if (body.parse === 'key' && !storedKey()) {
      askForKey('Parsing needs a key.');
      return;
    }
    status.textContent = 'Parsing…';
    withKey(async () => {
      const { answer } = await api('/v1/parse?explain=true', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
      render(byId('try-result'), parseView(text, answer));
      status.textContent = `${answer.quotes.length} quotes found.`;
    }).catch((/** @type {Error} */ error) => {
      status.textContent = `Not parsed: ${error.message}`;
    });
  });
}

startKeyForm();
startSuggestions();
startQuoteDetails();
startTry();
