// /docs in a real headless browser: every documented operation is drawn. Skips without Debian's chromium.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

t.test(
  'Swagger UI renders every operation',
  { skip: existsSync(chromium) ? false : `no browser at ${chromium} (apt-get install chromium)` },
  async (t) => {
    const { renderDocs } = await import('../../scripts/docs-page.js');
    const dir = mkdtempSync(join(tmpdir(), 'docs-page-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const screenshot = join(dir, 'docs.png');
    const { documented, rendered } = await renderDocs(screenshot);
    t.ok(documented.length >= 17, `${documented.length} operations documented`);
    t.same([...rendered].sort(), [...documented].sort(), 'each drawn once, none missing');
    t.ok(statSync(screenshot).size > 10_000, 'a screenshot with something on it');
  },
);
