// Run before tap by `npm test`. Fills the transpile cache with every .ts file of src/ and test/, so that no
// test process on a fresh checkout loads the TypeScript compiler for a file of its own, and removes the
// entries of sources that no longer exist (older versions of edited files); and rebuilds tap's
// test class when it was built with other plugins than .taprc names (after `npm ci` it still has the
// ts-node plugin .taprc removes; tap would rebuild it too, but only after starting that run with it).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '@tapjs/core';
import { TapConfig } from '@tapjs/config';
import { signature } from '@tapjs/test';
import { cacheDir, cacheFile, transpile } from './transpile.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const current = new Set();
for (const folder of ['src', 'test']) {
  for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const path = join(root, folder, file);
    const source = readFileSync(path, 'utf8');
    transpile(path, source);
    current.add(cacheFile(path, source));
  }
}
// Only finished entries: a file another process is still writing (see transpile.mjs) is left alone.
for (const entry of readdirSync(cacheDir)) {
  if (entry.endsWith('.js') && !current.has(entry)) rmSync(join(cacheDir, entry), { force: true });
}

const config = await TapConfig.load();
if (config.pluginSignature !== signature) execFileSync('npx', ['tap', 'build'], { cwd: root, stdio: 'inherit' });
