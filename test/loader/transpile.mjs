// TypeScript to JavaScript for the tests, one file at a time (as tsconfig's isolatedModules allows), with
// a disk cache keyed by the file's path and content: a test process, worker thread or server child loads
// the TypeScript compiler only for a file no earlier process has transpiled. Types are not checked here:
// `npm test` runs `tsc --noEmit` beside tap.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const tsconfigPath = join(root, 'tsconfig.json');
export const cacheDir = join(root, 'node_modules', '.cache', 'test-transpile');

// Whatever changes the output changes the key: this file (the options below), tsconfig.json, the compiler.
const salt = [
  readFileSync(fileURLToPath(import.meta.url), 'utf8'),
  readFileSync(tsconfigPath, 'utf8'),
  readFileSync(require.resolve('typescript/package.json'), 'utf8'),
].join('\0');

let compiler;

function loadCompiler() {
  const ts = require('typescript');
  const { config } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  // ES modules whatever the file's package scope (transpileModule cannot look it up), each with its map
  // inline so that stack traces and coverage name the .ts lines; without outDir and rootDir the map names
  // the source beside the module, where it is loaded from.
  const { outDir, rootDir, ...emitted } = options;
  const compilerOptions = {
    ...emitted,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    sourceMap: false,
    inlineSourceMap: true,
    declaration: false,
    noEmit: false,
  };
  return { ts, compilerOptions };
}

/** The name of the cache file that holds the JavaScript for this source of this file. */
export function cacheFile(path, source) {
  return `${createHash('sha256').update(salt).update('\0').update(path).update('\0').update(source).digest('hex')}.js`;
}

/** The JavaScript for a .ts file's source, from the cache when this exact source was transpiled before. */
export function transpile(path, source) {
  const cached = join(cacheDir, cacheFile(path, source));
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    compiler ??= loadCompiler();
    const { outputText } = compiler.ts.transpileModule(source, { fileName: path, compilerOptions: compiler.compilerOptions });
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so that a process reading the same key never sees half a file.
    const partial = `${cached}.${process.pid}-${threadId}`;
    writeFileSync(partial, outputText);
    renameSync(partial, cached);
    return outputText;
  }
}
