// The build as users run it. The npm package: `npm pack` (which builds), installed into a folder of its own,
// imported. `npm start`: from that build, with signals reaching the server.
// The install is `npm ci --offline --ignore-scripts` from a lockfile of the repository's locked production
// versions, so it needs no network (npm's cache holds the tarballs since this checkout's `npm ci`) and
// compiles no better-sqlite3.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import t from 'tap';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Only what npm needs: tap's loader and coverage must not follow into npm, tsc or the consumer.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() };
const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, env, encoding: 'utf8' });

/** A consumer's package.json and lockfile: the tarball, and the repository's locked production dependencies. */
function writeConsumer(dir: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const dependencies = { [pkg.name]: `file:${tarball}` };
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', dependencies },
    [`node_modules/${pkg.name}`]: { version: pkg.version, resolved: `file:${tarball}`, dependencies: pkg.dependencies },
  };
  for (const [path, entry] of Object.entries<{ dev?: boolean; devOptional?: boolean }>(lock.packages)) {
    if (path !== '' && !entry.dev && !entry.devOptional) packages[path] = entry;
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
}

// npm pack compiles whatever changed since the last build (all of it in a fresh checkout without dist/),
// which on a loaded 2-core machine takes longer than the 180 s a file gets by default.
t.setTimeout(600_000);
const dir = mkdtempSync(join(tmpdir(), 'quotes-package-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--silent', '--pack-destination', dir], root)) as [
  { filename: string; files: { path: string }[] },
];
const files = packed.files.map((f) => f.path);

t.test('the tarball ships the build, the model and the migrations, and nothing of development', async (t) => {
  for (const file of [
    'dist/src/index.js',
    'dist/src/index.d.ts',
    'dist/src/server.js',
    'dist/src/cli/main.js',
    'dist/src/syntax/model/en-ewt.syntax.gz',
    'dist/migrations/sqlite/001_init.sql',
    'dist/migrations/postgres/001_init.sql',
    'dist/src/pages/public/viewer.js',
    'dist/src/pages/public/viewer.css',
    'dist/src/pages/public/favicon.svg',
    'README.md',
    'package.json',
  ]) {
    t.ok(files.includes(file), file);
  }
  const development = files.filter(
    (f) =>
      !/^dist\/(src|migrations)\/|^README\.md$|^package\.json$/.test(f) ||
      f.endsWith('.map') ||
      (f.endsWith('.ts') && !f.endsWith('.d.ts')),
  );
  t.same(development, [], 'no tests, benchmarks, scripts, CI files, sources or source maps');
});

t.test('installed elsewhere, the extraction engine imports without Fastify or SQLite', async (t) => {
  writeConsumer(dir, packed.filename);
  run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], dir);
  // Gone from the install, so an import of either anywhere under the engine fails.
  for (const server of ['fastify', 'better-sqlite3']) rmSync(join(dir, 'node_modules', server), { recursive: true });
  writeFileSync(
    join(dir, 'use.mjs'),
    `import { parseArticle, PARSER_VERSION } from '${pkg.name}/extract';
import * as main from '${pkg.name}';
import { analyze } from '${pkg.name}/syntax';
const { dateline, quotes } = parseArticle('KARACHI: "The bridge opens in June," the mayor told reporters on Monday.');
const [sentence] = analyze('The mayor said it.');
console.log(JSON.stringify({ version: PARSER_VERSION, same: main.parseArticle === parseArticle, city: dateline.city, quotes: quotes.map((q) => q.text), tags: sentence.tokens.map((w) => w.upos) }));
`,
  );
  // The README's example, as a user would paste it (it is plain JavaScript too).
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  writeFileSync(join(dir, 'readme.mjs'), /## As a library\n[\s\S]*?```ts\n([\s\S]*?)\n```\n/.exec(readme)![1]);
  t.match(run(process.execPath, ['readme.mjs'], dir), /^\S.* direct .+\n\d+\.\d+\.\d+ \S+ \[ '.+' \]\n$/, 'README: as a library');
  t.same(JSON.parse(run(process.execPath, ['use.mjs'], dir)), {
    version: (await import('../../src/extract/version.js')).PARSER_VERSION,
    same: true,
    city: 'Karachi',
    quotes: ['The bridge opens in June'],
    tags: ['DET', 'NOUN', 'VERB', 'PRON', 'PUNCT'],
  });
});

t.test('npm start runs the build, and a SIGTERM to npm stops the server (no orphan)', async (t) => {
  const child = spawn('npm', ['start'], {
    cwd: root,
    // No coverage from this server: it runs dist/, which tap would map back onto src/ through the build's
    // source maps, with columns that do not match the sources' own for the pages' plain JavaScript.
    env: {
      ...env,
      _TAPJS_PROCESSINFO_COVERAGE_: '0',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'quotes.db'),
      PARSE_WORKERS: '0',
      LOG_LEVEL: 'info',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  while (!/listening at http/.test(output)) {
    if (child.exitCode !== null) throw new Error(`npm start ended before listening:\n${output}`);
    await Promise.race([once(child.stdout, 'data'), exited]);
  }
  const address = /listening at (http:\/\/[^"\s]+)/.exec(output)![1];
  t.equal((await fetch(`${address}/health`)).status, 200);
  t.equal((await fetch(`${address}/assets/viewer.css`)).status, 200, "the pages' assets, copied into the build");
  t.notMatch(output, /> tsc|npm run build/, 'no build on start');
  child.kill('SIGTERM');
  await exited;
  t.match(output, /"signal":"SIGTERM","msg":"shutting down/, 'the server itself got the signal');
  await t.rejects(fetch(`${address}/health`), 'and nothing listens any more');
});
