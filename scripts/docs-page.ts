// Opens /docs (Swagger UI) in a real headless Chromium, Debian's own (never a downloaded one), and reports
// which of the document's operations the page rendered, with a screenshot of it.
import { chromium } from 'playwright-core';
import { buildApp } from '../src/app.js';

/** Where Debian's `apt-get install chromium` puts the browser; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface DocsPage {
  /** "GET /v1/quotes" for every operation in the OpenAPI document. */
  documented: string[];
  /** The same for every operation block Swagger UI drew. */
  rendered: string[];
}

export async function renderDocs(screenshotPath: string): Promise<DocsPage> {
  const app = await buildApp({ databasePath: ':memory:', logger: false, maxEventLoopDelayMs: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const paths = (app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/docs`, { timeout: 60_000 });
    await page.waitForSelector('.opblock', { timeout: 60_000 });
    // Read through locators, not a function run in the page (coverage would count it as never run).
    const methods = await page.locator('.opblock-summary-method').allTextContents();
    const drawnPaths = await Promise.all((await page.locator('.opblock-summary-path').all()).map((path) => path.getAttribute('data-path')));
    const rendered = methods.map((method, i) => `${method} ${drawnPaths[i]}`);
    await page.screenshot({ path: screenshotPath, fullPage: true });
    return { documented, rendered };
  } finally {
    await browser.close();
    await app.close();
  }
}
