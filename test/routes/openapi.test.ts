import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import t from 'tap';
import { openapiYaml } from '../../src/plugins/openapi.js';
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
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
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
