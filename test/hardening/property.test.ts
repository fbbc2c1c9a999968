// Property: whatever a client sends to whichever route (generated bodies, headers and query strings),
// the answer is below 500, its body matches the schema the route declares for that status (problem+json
// for errors), and a rejected request leaves the database exactly as it was.
import t from 'tap';
import fc from 'fast-check';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { InjectOptions } from 'fastify';
import { Problem } from '../../src/schemas/common.js';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { testApp } from '../routes/helpers.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv);
const validators = new WeakMap<object, ValidateFunction>();
const validatorFor = (schema: object) => {
  let validate = validators.get(schema);
  if (!validate) validators.set(schema, (validate = ajv.compile(schema)));
  return validate;
};

const WRITER = 'writer-key-0123456789';
const READER = 'reader-key-0123456789';
const ARTICLE = 'GENEVA, March 3 (Reuters) - "The talks will resume next week," said Maria Lopez, a UN spokeswoman.';

// Values clients get wrong, or attackers try, mixed with arbitrary strings.
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1',
    '2',
    '1.5',
    '1e3',
    '0x10',
    '99999999999999999999',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '2024-02-29',
    '2023-02-30',
    '1999-12-31',
    '9999-99-99',
    'yesterday',
    'direct',
    'indirect',
    'person',
    '"',
    '*',
    'NEAR(',
    '-x',
    '(',
    "'; DROP TABLE articles; --",
    'patel',
    'Mr Patel',
    'Maria Lopez',
    'talks',
    '\u0000',
    '\u202e',
    '🙂',
    '%',
    '\\',
    'a'.repeat(300),
  ),
);
const QUERY_KEYS = [
  'limit',
  'cursor',
  'q',
  'speaker',
  'from',
  'to',
  'type',
  'officialId',
  'articleId',
  'city',
  'country',
  'source',
  'organization',
  'since',
  'limit[]',
  '__proto__',
];
const query = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_KEYS), nasty), { maxLength: 4 })
  .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'));

const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 3 }, bad);
const articleJson = fc
  .record(
    {
      text: mostly(
        fc.nat().map((n) => `${ARTICLE} Item ${n}.`),
        fc.oneof(fc.constant(ARTICLE), nasty),
      ),
      url: mostly(fc.constant('https://news.example/a'), nasty),
      source: mostly(fc.constant('Reuters'), nasty),
      publishedAt: mostly(fc.constant('2024-03-03'), nasty),
      externalId: mostly(
        fc.nat({ max: 20 }).map((n) => `wire-${n}`),
        nasty,
      ),
      extra: nasty,
    },
    { requiredKeys: ['text'] },
  )
  .chain((article) => mostly(fc.constant({ ...article, extra: undefined }), fc.constant(article)))
  .map((article) => JSON.stringify(article));
const body = fc.oneof(
  { arbitrary: articleJson, weight: 4 },
  fc.jsonValue().map((value) => JSON.stringify(value)),
  nasty,
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.array(articleJson, { maxLength: 3 }).map((lines) => lines.join('\n')),
);
// Weighted towards requests that get through (a write key, JSON), so handlers and the store are reached.
const headers = fc
  .record({
    'content-type': fc.oneof(
      { arbitrary: fc.constant('application/json'), weight: 4 },
      fc.constantFrom('text/plain', 'application/x-ndjson', 'text/csv', 'application/json; charset=latin1', '', undefined),
    ),
    authorization: fc.oneof(
      { arbitrary: fc.constant(`Bearer ${WRITER}`), weight: 4 },
      fc.constantFrom(`Bearer ${READER}`, 'Bearer not-a-key-0123456789', 'Basic eDp5', undefined),
    ),
    accept: fc.constantFrom('application/json', 'application/x-ndjson', '*/*', 'text/html', undefined),
    'x-request-id': fc.option(nasty),
  })
  .map((all) => Object.fromEntries(Object.entries(all).filter(([, value]) => typeof value === 'string')) as Record<string, string>);

t.test('every route, any input: < 500, the declared body, and no change when rejected', async (t) => {
  const app = await testApp(t, {
    apiKeys: parseApiKeys(`${WRITER}:write,${READER}:read`, 'API_KEYS'),
    rateLimitPerMinute: 1_000_000,
    maxArticleBytes: 4096,
  });
  let last: { schema?: Record<string, unknown>; payload: unknown } = { payload: undefined };
  app.addHook('onSend', async (request, _reply, payload) => {
    last = { schema: request.routeOptions.schema?.response as Record<string, unknown> | undefined, payload };
    return payload;
  });
  await app.ready();
  for (const text of [ARTICLE, `${ARTICLE} Lopez said more talks were planned.`]) {
    const seeded = await app.inject({
      method: 'POST',
      url: '/v1/articles',
      payload: { text },
      headers: { authorization: `Bearer ${WRITER}` },
    });
    t.equal(seeded.statusCode, 201);
  }

  // Every route the app serves, from its own OpenAPI document.
  const paths = (app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
  const routes = Object.entries(paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase() as InjectOptions['method'], path })),
  );
  t.ok(routes.length >= 12, `${routes.length} routes under test`);

  const changes = app.sqlite!.db.prepare<[], number>('SELECT total_changes()').pluck();
  const request = fc.record({
    route: fc.constantFrom(...routes),
    id: fc.oneof(nasty, fc.nat({ max: 5 }).map(String)),
    query,
    headers,
    body,
  });

  await fc.assert(
    fc.asyncProperty(request, async ({ route, id, query, headers, body }) => {
      const url = route.path.replace('{id}', encodeURIComponent(id) || 'x') + (query ? `?${query}` : '');
      const withBody = route.method === 'POST';
      const before = changes.get();
      const response = await app.inject({
        method: route.method,
        url,
        headers: withBody ? headers : { ...headers, 'content-type': undefined },
        ...(withBody ? { payload: body } : {}),
      });
      const where = `${route.method} ${url} -> ${response.statusCode}: ${response.body.slice(0, 300)}`;

      if (response.statusCode >= 500) throw new Error(`server error: ${where}`);
      if (response.statusCode >= 400 && changes.get() !== before) throw new Error(`rejected but wrote: ${where}`);

      const mediaType = String(response.headers['content-type'] ?? '').split(';')[0];
      if (response.statusCode >= 400 && mediaType !== 'application/problem+json') {
        throw new Error(`error without problem+json: ${where}`);
      }
      if (response.statusCode === 204) {
        if (response.body !== '') throw new Error(`204 with a body: ${where}`);
        return;
      }
      if (mediaType === 'application/x-ndjson') {
        for (const line of response.body.split('\n').filter(Boolean)) JSON.parse(line);
        return;
      }
      // Declared either as a schema or per media type; errors of routes that declare nothing (an unknown
      // path, a 401 before routing) are problems all the same.
      const declared = last.schema?.[response.statusCode] as { content?: Record<string, { schema: object }> } | undefined;
      const schema = declared?.content
        ? declared.content[mediaType]?.schema
        : (declared ?? (response.statusCode >= 400 ? Problem : undefined));
      if (!schema) throw new Error(`status or media type not declared by the route: ${where}`);
      if (mediaType === 'text/plain') {
        if (typeof last.payload !== 'string') throw new Error(`not text: ${where}`);
        return;
      }
      const validate = validatorFor(schema);
      if (!validate(response.json())) throw new Error(`body breaks the declared schema (${ajv.errorsText(validate.errors)}): ${where}`);
    }),
    { numRuns: 400, includeErrorInReport: true },
  );
  t.pass('400 generated requests held the properties');
});
