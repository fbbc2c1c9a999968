// npm run docs:screenshot [-- FILE]: checks that /docs renders every operation in a real browser (Debian's
// chromium, or CHROMIUM_PATH) and saves a full-page screenshot, by default outside the repository.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocs } from './docs-page.js';

const out = process.argv[2] ?? join(tmpdir(), 'newsroom-quotes-docs.png');
const { documented, rendered } = await renderDocs(out);
const missing = documented.filter((operation) => !rendered.includes(operation));
console.log(`${rendered.length} operations rendered of ${documented.length}; screenshot: ${out}`);
if (missing.length > 0) {
  console.error(`not rendered: ${missing.join(', ')}`);
  process.exitCode = 1;
}
