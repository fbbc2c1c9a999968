// Module hooks that let Node run the TypeScript sources as they are (see register.mjs): `./x.js` written
// in a .ts file finds `x.ts` when there is no `x.js`, and a .ts file loads as the ES module that
// transpile.mjs makes of it. URLs may carry a query (tap's mocks add one).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transpile } from './transpile.mjs';

const isTypeScript = (url) => url.protocol === 'file:' && url.pathname.endsWith('.ts') && !url.pathname.endsWith('.d.ts');

export async function resolve(specifier, context, nextResolve) {
  if (/^(\.\.?\/|file:)/.test(specifier) && context.parentURL) {
    const url = new URL(specifier, context.parentURL);
    if (url.pathname.endsWith('.js') && !existsSync(url)) {
      url.pathname = `${url.pathname.slice(0, -3)}.ts`;
      if (existsSync(url)) return { url: url.href, format: 'module', shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!isTypeScript(new URL(url))) return nextLoad(url, context);
  const path = fileURLToPath(url);
  return { format: 'module', source: transpile(path, await readFile(path, 'utf8')), shortCircuit: true };
}
