// openapi.yaml generates a usable TypeScript client: openapi-typescript turns it into types, and a small
// program calling every operation through openapi-fetch must type-check against them (and a wrong call must not).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import t from 'tap';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Every operation of openapi.yaml, called as a consuming service would, using what each answer gives.
const EVERY_ROUTE = `
import createClient from 'openapi-fetch';
import type { components, paths } from './api.js';

type StoredQuote = components['schemas']['StoredQuote'];
// JSON answers only: the lists' NDJSON form is for streaming clients, not this one.
const api = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl: 'http://127.0.0.1:3000', headers: { authorization: 'Bearer key' } });
const metricsApi = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000' });

export async function everyRoute(): Promise<void> {
  await api.GET('/health');
  await api.GET('/ready');
  const metrics = await metricsApi.GET('/metrics', { parseAs: 'text' });
  const text: string | undefined = metrics.data;
  const parsed = await api.POST('/v1/parse', { body: { text: 'KARACHI - ...' } });
  const city: string | null | undefined = parsed.data?.dateline.city;
  const created = await api.POST('/v1/articles', { body: { text: 'KARACHI - ...', externalId: 'n-1', publishedAt: '2024-03-02' } });
  const id: number = created.data?.id ?? 1;
  await api.GET('/v1/articles', { params: { query: { country: 'Pakistan', from: '2024-01-01', count: true } } });
  const article = await api.GET('/v1/articles/{id}', { params: { path: { id } } });
  const quotes: StoredQuote[] = article.data?.quotes ?? [];
  await api.PUT('/v1/articles/{id}', { params: { path: { id } }, body: { text: 'KARACHI - ... (corrected)' } });
  await api.PUT('/v1/articles/by-external-id/{externalId}', { params: { path: { externalId: 'n-1' } }, body: 'KARACHI - ...' });
  await api.POST('/v1/articles/batch', { body: [{ text: 'LAHORE - ...' }, 'QUETTA - ...'] });
  await api.POST('/v1/admin/reparse', { params: { query: { limit: 100 } } });
  const feed = await api.GET('/v1/quotes', { params: { query: { since: 0, speaker: 'Patel', type: 'direct' } } });
  const nextSince: number | undefined = feed.data?.nextSince;
  if (feed.response.status === 300) console.log(feed.error);
  const quote = await api.GET('/v1/quotes/{id}', { params: { path: { id: quotes[0]?.id ?? 1 } } });
  const officialId: number | null | undefined = quote.data?.officialId;
  const officials = await api.GET('/v1/officials', { params: { query: { q: 'khan', limit: 10 } } });
  const official = await api.GET('/v1/officials/{id}', { params: { path: { id: officials.data?.items[0]?.id ?? 1 } } });
  const roles: number = official.data?.roles.length ?? 0;
  await api.GET('/v1/officials/{id}/quotes', { params: { path: { id: officialId ?? 1 }, query: { cursor: 'x' } } });
  await api.DELETE('/v1/articles/{id}', { params: { path: { id } } });
  console.log(text, city, nextSince, roles);
}
`;

// Calls the types must refuse: proof that the check above can fail.
const WRONG_CALLS = `
import createClient from 'openapi-fetch';
import type { paths } from './api.js';

const api = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000' });
export async function wrong(): Promise<void> {
  await api.GET('/v1/quotes', { params: { query: { type: 'quoted' } } });
  await api.GET('/v1/quotes/{id}', { params: { path: { id: 'first' } } });
  await api.GET('/v1/speakers');
}
`;

/** Type errors by file, from one program (one type-check of the libraries for both files). */
function typeErrors(dir: string, files: string[]): Map<string, string[]> {
  const program = ts.createProgram(
    files.map((file) => join(dir, file)),
    {
      strict: true,
      noEmit: true,
      // The generated api.ts and the calls are checked; the libraries' own .d.ts files need not be (they were
      // most of the time: 70-140 s under load).
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    },
  );
  const errors = new Map(files.map((file) => [file, [] as string[]]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName.slice(dir.length + 1) ?? '(no file)';
    errors.set(file, [...(errors.get(file) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')]);
  }
  return errors;
}

t.test('a client generated from openapi.yaml calls every route, type-checked', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-client-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(new URL('openapi.yaml', `file://${ROOT}`))));
  writeFileSync(join(dir, 'every-route.ts'), EVERY_ROUTE);
  writeFileSync(join(dir, 'wrong.ts'), WRONG_CALLS);
  const errors = typeErrors(dir, ['every-route.ts', 'wrong.ts']);
  t.same(errors.get('every-route.ts'), [], 'every operation called as documented');
  t.equal(errors.get('wrong.ts')?.length, 3, `three wrong calls refused:\n${errors.get('wrong.ts')?.join('\n')}`);
  t.equal(errors.size, 2, 'no errors elsewhere (the generated types, the client library)');
});
