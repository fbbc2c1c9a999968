// The pages in a real headless browser (Debian's chromium, as test/docs does): the seed found, read and
// parsed again on /try; a hostile article shown as text with nothing run; the key form when reads take a
// key. Screenshots go to .tap/screenshots/. Skips without chromium (.ci/run installs it).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import type { Browser, Page } from 'playwright-core';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { testApp } from '../routes/helpers.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join('.tap', 'screenshots');
const seed = JSON.parse(readFileSync('test/corpus/seed.jsonl', 'utf8').split('\n')[0]).text as string;

/** An article made to run code wherever markup is not escaped, and to reorder text with bidi controls. */
const HOSTILE =
  'LONDON, June 7 - “<script>window.__pwned = 1</script> We will act on the plan this week,” Foreign Minister ' +
  '<b onmouseover="window.__pwned = 5">Jane Doe</b> said on Tuesday. The spokesman said that <img src=x ' +
  'onerror="window.__pwned = 2"> the talks\u202e evil \u202c would resume in July. “Read <a href="javascript:' +
  'window.__pwned = 3">the plan</a> <svg onload="window.__pwned = 4"></svg> now,” he added.';

interface Watched {
  page: Page;
  /** Dialogs opened, errors thrown in the page, console errors (a CSP refusal is one) and refused requests. */
  incidents: string[];
}

async function open(browser: Browser): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const incidents: string[] = [];
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) incidents.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) incidents.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return { page, incidents };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

t.test(
  'the pages in a browser',
  { skip: existsSync(chromium) ? false : `no browser at ${chromium} (apt-get install chromium)` },
  async (t) => {
    const { chromium: launcher } = await import('playwright-core');
    mkdirSync(SCREENSHOTS, { recursive: true });
    const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    t.teardown(() => browser.close());

    t.test('the seed: search, the official, the article, /try', async (t) => {
      const app = await testApp(t);
      const posted = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/plain' }, payload: seed });
      t.equal(posted.statusCode, 201);
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      const { page, incidents } = await open(browser);

      await page.goto(`${base}/`);
      await page.locator('#who').pressSequentially('Pate');
      await page.locator('#who-suggestions option[value="Vedant Patel"]').waitFor({ state: 'attached' });
      t.pass('suggested as typed');
      await shot(page, 'home');
      await page.locator('#who').fill('Patel');
      await page.locator('#who').press('Enter');
      await page.getByRole('link', { name: 'Vedant Patel' }).first().click();
      await page.waitForURL(/\/officials\/\d+$/);
      t.equal(await page.locator('h1').textContent(), 'Vedant Patel');
      t.equal(await page.locator('.quotes .quote-item').count(), 4, 'his 4 quotes');
      t.equal(await page.locator('figure.chart title').textContent(), '2023-06: 4', 'in the month of the seed');
      await shot(page, 'official');

      await page.locator('.quote-item a', { hasText: 'the article' }).first().click();
      await page.waitForURL(/\/articles\/\d+/);
      t.equal(await page.locator('.article-text mark.quote').count(), 11, '11 highlighted quotes');
      // By keyboard alone: Tab reaches the first quote and shows its details; Escape hides them.
      for (let tabs = 0; tabs < 12 && (await page.evaluate('document.activeElement.id')) !== 'quote-0'; tabs++) {
        await page.keyboard.press('Tab');
      }
      await page.locator('.quote-panel').waitFor({ state: 'visible' });
      t.match(
        await page.locator('.quote-panel').textContent(),
        /Vedant Patel \(person\) · indirect · confidence .* · found by indirect:/,
        'focus shows the details, provenance included',
      );
      await shot(page, 'article');
      await page.keyboard.press('Escape');
      await page.locator('.quote-panel').waitFor({ state: 'hidden' });
      await page.keyboard.press('Tab');
      t.equal(await page.evaluate('document.activeElement.id'), 'quote-1', 'the next Tab, the next quote');

      await page.goto(`${base}/try`);
      await page.locator('#try-text').fill(seed);
      await page.getByRole('button', { name: 'Parse' }).click();
      await page.locator('#try-status', { hasText: 'quotes found' }).waitFor();
      t.equal(await page.locator('#try-result mark.quote').count(), 11, '/try shows the same 11 quotes');
      await page.locator('#try-result mark.quote').first().hover();
      t.match(await page.locator('.quote-panel').textContent(), /found by indirect/, 'hover shows the provenance');
      await shot(page, 'try');
      t.same(incidents, [], 'no error, no dialog, no CSP refusal');
    });

    t.test('a hostile article runs nothing, stored or tried', async (t) => {
      const app = await testApp(t);
      const posted = await app.inject({
        method: 'POST',
        url: '/v1/articles',
        payload: { text: HOSTILE, source: '<b onmouseover="x()">Src</b>' },
      });
      t.equal(posted.statusCode, 201);
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      const { page, incidents } = await open(browser);

      await page.goto(`${base}/articles/${posted.json().id}`);
      const text = await page.locator('.article-text').textContent();
      t.match(text, '<script>window.__pwned = 1</script>', 'the markup shown as text');
      t.notMatch(text, /[\u202a-\u202e\u2066-\u2069]/, 'bidi controls neutralised');
      t.ok((await page.locator('mark.quote').count()) >= 3, 'the markup is inside highlighted quotes and mentions');
      for (const mark of await page.locator('mark.quote').all()) await mark.hover();
      t.equal(
        await page.locator('a[href^="javascript"], [onerror], [onload], [onmouseover]').count(),
        0,
        'no javascript: link, no handler',
      );
      await page.locator('mark.quote', { hasText: 'javascript:' }).first().click();
      await shot(page, 'hostile-article');
      t.equal(await page.evaluate('window.__pwned'), undefined, 'nothing ran on the article page');

      await page.goto(`${base}/try`);
      await page.locator('#try-text').fill(HOSTILE);
      await page.getByRole('button', { name: 'Parse' }).click();
      await page.locator('#try-status', { hasText: 'quotes found' }).waitFor();
      for (const mark of await page.locator('#try-result mark.quote').all()) await mark.hover();
      t.equal(await page.evaluate('window.__pwned'), undefined, 'nothing ran on /try');
      t.equal(await page.locator('script:not([src])').count(), 0, 'no inline script in the document');
      t.same(incidents, [], 'no error, no dialog');
    });

    t.test('reads that take a key: asked once, kept for the tab, sent by the script', async (t) => {
      const key = 'reader-key-0123456789';
      const app = await testApp(t, { apiKeys: parseApiKeys(`${key}:write`, 'API_KEYS'), requireKeyForReads: true });
      const posted = await app.inject({
        method: 'POST',
        url: '/v1/articles',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
        payload: seed,
      });
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      const { page, incidents } = await open(browser);

      await page.goto(`${base}/articles/${posted.json().id}`);
      t.equal(await page.locator('mark.quote').count(), 0, 'nothing private rendered without the key');
      await page.locator('#api-key').fill('not-the-key-at-all');
      await page.getByRole('button', { name: 'Use this key' }).click();
      await page.locator('#key-error', { hasText: 'did not accept' }).waitFor();
      t.pass('a wrong key is refused and asked again');
      await page.locator('#api-key').fill(key);
      await page.getByRole('button', { name: 'Use this key' }).click();
      await page.locator('mark.quote').first().waitFor();
      t.equal(await page.locator('.article-text mark.quote').count(), 11, 'the article, read with the key');
      await page.getByRole('link', { name: 'Vedant Patel' }).first().click();
      await page.locator('.quote-item').first().waitFor();
      t.equal(await page.locator('.quotes .quote-item').count(), 4, 'the next page reads with the kept key');
      t.equal(await page.locator('figure.chart title').textContent(), '2023-06: 4', 'the chart too');
      await shot(page, 'keyed-official');
      await page.getByRole('button', { name: 'Forget the key' }).click();
      await page.locator('#api-key').waitFor();
      t.equal(await page.locator('.quote-item').count(), 0, 'forgotten: asked again');

      await page.goto(`${base}/try`);
      await page.locator('#try-text').fill(seed);
      await page.getByRole('button', { name: 'Parse' }).click();
      await page.locator('#key-error', { hasText: 'Parsing needs a key.' }).waitFor();
      t.pass('/try asks for the key the parse route takes');
      await page.locator('#api-key').fill(key);
      await page.getByRole('button', { name: 'Use this key' }).click();
      await page.getByRole('button', { name: 'Parse' }).click();
      await page.locator('#try-status', { hasText: '11 quotes found.' }).waitFor();
      t.equal(await page.locator('#try-result mark.quote').count(), 11, '/try parses with the key');
      await page.locator('#try-text').fill('...');
      await page.getByRole('button', { name: 'Parse' }).click();
      await page.locator('#try-status', { hasText: 'Not parsed: ' }).waitFor();
      t.pass("a refused text: the API's detail, in the status line");

      await page.goto(`${base}/officials/1?cursor=not-a-cursor`);
      await page.locator('main .error').waitFor();
      t.match(await page.locator('main .error').textContent(), /cursor/, "a refused read: the API's detail in place of the page");
      t.same(incidents, ['401 /v1/articles/1', '400 /v1/parse', '400 /v1/quotes'], 'no error but the refusals');
    });
  },
);
