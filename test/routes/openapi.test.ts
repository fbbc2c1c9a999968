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

t.test('the document is served as /openapi.json and Swagger UI as /docs', async (t) => {
  const app = await testApp(t);
  const json = await app.inject('/openapi.json');
  t.equal(json.statusCode, 200);
  t.ok(json.json().paths['/v1/quotes'].get);
  const docs = await app.inject('/docs/');
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-type'], /text\/html/);
});
