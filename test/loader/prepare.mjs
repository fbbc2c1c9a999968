// Run before tap by `npm test`. Fills the transpile cache with every .ts file of src/ and test/, so that no
// test process on a fresh checkout loads the TypeScript compiler for a file of its own; and rebuilds tap's
// test class when it was built with other plugins than .taprc names (after `npm ci` it still has the
// ts-node plugin .taprc removes; tap would rebuild it too, but only after starting that run with it).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '@tapjs/core';
import { TapConfig } from '@tapjs/config';
import { signature } from '@tapjs/test';
import { transpile } from './transpile.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
for (const folder of ['src', 'test']) {
  for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const path = join(root, folder, file);
    transpile(path, readFileSync(path, 'utf8'));
  }
}

const config = await TapConfig.load();
if (config.pluginSignature !== signature) execFileSync('npx', ['tap', 'build'], { cwd: root, stdio: 'inherit' });
