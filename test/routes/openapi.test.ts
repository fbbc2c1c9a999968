import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import t, { type Test } from 'tap';
import { openapiYaml } from '../../src/plugins/openapi.js';
import { namedComponents } from '../../src/plugins/openapi-components.js';
import { ARTICLE_SUMMARY_EXAMPLES, ArticleSummary } from '../../src/schemas/articles.js';
import { STORED_QUOTE_EXAMPLES, StoredQuote } from '../../src/schemas/quotes.js';
import { testApp } from './helpers.js';

t.test('openapi.yaml is what the route schemas generate, and valid OpenAPI 3', async (t) => {
  const app = await testApp(t);
  await app.ready();
  const generated = openapiYaml(app);
  const committed = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
  t.equal(committed, generated, 'openapi.yaml is stale: run `npm run openapi` and commit it');
  const result = await validate(structuredClone(app.swagger()) as Parameters<typeof validate>[0]);
  t.ok(result.valid, result.valid ? 'valid' : compileErrors(result));
});

t.test('all but the probes declare the 503 of load shedding and the 429 of the rate limit', async (t) => {
  const app = await testApp(t);
  await app.ready();
  type Responses = Record<string, { headers?: Record<string, unknown> }>;
  const paths = (app.swagger() as unknown as { paths: Record<string, Record<string, { responses: Responses }>> }).paths;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  t.ok(operations.length >= 12);
  for (const { path, method, op } of operations) {
    const where = `${method.toUpperCase()} ${path}`;
    const probe = path === '/health' || path === '/ready';
    // /ready has a 503 of its own (the database), never one of shedding; /health has none.
    if (!probe) t.ok(op.responses['503']?.headers?.['retry-after'], `${where}: 503 with Retry-After`);
    if (path === '/health') t.equal(op.responses['503'], undefined, 'the liveness probe is never shed');
    t.equal(op.responses['429'] !== undefined, !probe, `${where}: 429 ${probe ? 'not ' : ''}declared`);
    if (!probe) t.ok(op.responses['429'].headers?.['retry-after'], `${where}: 429 with Retry-After`);
  }
});

t.test('the document is served as /openapi.json and Swagger UI as /docs', async (t) => {
  const app = await testApp(t);
  const json = await app.inject('/openapi.json');
  t.equal(json.statusCode, 200);
  t.ok(json.json().paths['/v1/quotes'].get);
  const docs = await app.inject('/docs/');
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-type'], /text\/html/);
});

type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: { default?: unknown } }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string }; example?: string }> }>;
};
type Document = {
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

async function documentOf(t: Test, options: Parameters<typeof testApp>[1] = {}) {
  const app = await testApp(t, options);
  await app.ready();
  const document = app.swagger() as unknown as Document;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, method, op })),
  );
  return { document, operations };
}

t.test('what client generators need: ids, described parameters, declared tags, optional defaults', async (t) => {
  const { document, operations } = await documentOf(t);
  const ids = operations.map(({ op }) => op.operationId);
  t.equal(new Set(ids).size, operations.length, 'one operationId each, none shared');
  t.ok(
    ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id)),
    ids.join(', '),
  );
  const declared = new Map(document.tags.map((tag) => [tag.name, tag.description]));
  for (const { where, op } of operations) {
    for (const tag of op.tags ?? []) t.ok(declared.get(tag), `${where}: tag ${tag} declared with a description`);
    for (const parameter of op.parameters ?? []) {
      t.ok(parameter.description, `${where}: ${parameter.name} described`);
      if (parameter.schema.default !== undefined) t.notOk(parameter.required, `${where}: ${parameter.name} has a default, so optional`);
    }
  }
  const limit = document.paths['/v1/quotes'].get.parameters?.find((p) => p.name === 'limit');
  t.match(limit, { required: false, schema: { default: 50 } });
  const type = document.paths['/v1/quotes'].get.parameters?.find((p) => p.name === 'type');
  t.same(type?.schema, { type: 'string', enum: ['direct', 'indirect'] }, 'an enum lists all its values');
});

t.test('reads show no lock unless keys are required for them; writes always do', async (t) => {
  const open = await documentOf(t);
  for (const { where, method, op } of open.operations) {
    const write = method !== 'get' || where.includes('/v1/parse');
    t.equal(op.security !== undefined, write, `${where}: ${write ? 'a key' : 'open'}`);
  }
  t.match(open.document.paths['/v1/quotes'].get, { description: /REQUIRE_KEY_FOR_READS=true/ });
  const locked = await documentOf(t, { requireKeyForReads: true });
  t.ok(locked.document.paths['/v1/quotes'].get.security, 'REQUIRE_KEY_FOR_READS: reads take a key');
});

t.test('schemas are named components, referenced; list routes declare their NDJSON form', async (t) => {
  const { document } = await documentOf(t);
  const names = Object.keys(document.components.schemas);
  for (const name of [
    'StoredQuote',
    'QuotePage',
    'Article',
    'ArticlePage',
    'OfficialDetail',
    'Problem',
    'AmbiguousSpeaker',
    'ParseResult',
  ]) {
    t.ok(names.includes(name), name);
  }
  const quote = document.paths['/v1/quotes/{id}'].get.responses['200'].content?.['application/json'].schema;
  t.same(quote, { $ref: '#/components/schemas/StoredQuote', description: 'The quote' });
  for (const [path, item, examples] of [
    ['/v1/quotes', 'StoredQuote', STORED_QUOTE_EXAMPLES],
    ['/v1/articles', 'ArticleSummary', ARTICLE_SUMMARY_EXAMPLES],
  ] as const) {
    const lines = document.paths[path].get.responses['200'].content?.['application/x-ndjson'];
    t.equal(lines?.schema.$ref, `#/components/schemas/${item}`, `${path}: NDJSON of ${item}`);
    t.same(
      lines?.example
        ?.trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
      examples,
      `${path}: example lines`,
    );
  }
  const ajv = new Ajv({ strict: false });
  (addFormatsModule as unknown as typeof addFormatsModule.default)(ajv);
  for (const [schema, examples] of [
    [StoredQuote, STORED_QUOTE_EXAMPLES],
    [ArticleSummary, ARTICLE_SUMMARY_EXAMPLES],
  ] as const) {
    const valid = ajv.compile(schema);
    for (const example of examples) t.ok(valid(example), `example of ${schema.title}: ${ajv.errorsText(valid.errors)}`);
  }
});

t.test('two different schemas under one title are refused, not merged', async (t) => {
  const one = { title: 'Thing', type: 'object', properties: { a: { type: 'string' } } };
  const other = { title: 'Thing', type: 'object', properties: { b: { type: 'string' } } };
  const paths = {
    '/x': {
      get: {
        responses: {
          200: { content: { 'application/json': { schema: one } } },
          201: { content: { 'application/json': { schema: other } } },
        },
      },
    },
  };
  t.throws(() => namedComponents({ components: {}, paths }), /Two different schemas are titled Thing/);
  const same = {
    '/x': { get: { responses: { 200: { content: { 'application/json': { schema: one, examples: [{ title: 'not a schema' }] } } } } } },
  };
  t.match(namedComponents({ components: {}, paths: same }), { components: { schemas: { Thing: { type: 'object' } } } });
});
