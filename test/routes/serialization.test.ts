// Response serialisation: nullable fields reach fast-json-stringify as `nullable` rather than an anyOf with
// null, and answers are the same records as before.
import { Type } from '@sinclair/typebox';
import t from 'tap';
import { Nullable } from '../../src/schemas/common.js';
import { nullableAsKeyword } from '../../src/plugins/serialization.js';
import { article, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';

t.test('an anyOf of a typed schema and null becomes that schema, nullable; anything else stays', async (t) => {
  const schema = Type.Object({
    date: Nullable(Type.String({ format: 'date' })),
    speaker: Type.Optional(Nullable(Type.Object({ name: Type.String() }))),
    either: Type.Union([Type.String(), Type.Integer()]),
    three: Type.Union([Type.String(), Type.Integer(), Type.Null()]),
    untyped: Type.Union([Type.Any(), Type.Null()]),
    list: Type.Array(Nullable(Type.Integer())),
  });
  const rewritten = nullableAsKeyword(schema) as Record<string, Record<string, Record<string, unknown>>>;
  const { properties } = rewritten;
  t.same(properties.date, { type: 'string', format: 'date', nullable: true });
  t.match(properties.speaker, { type: 'object', properties: { name: { type: 'string' } }, nullable: true });
  t.notOk('anyOf' in properties.speaker);
  t.same(properties.either, JSON.parse(JSON.stringify(schema.properties.either)), 'no null: as written');
  t.equal((properties.three.anyOf as unknown[]).length, 3, 'a union of three: as written');
  t.ok(Array.isArray(properties.untyped.anyOf), 'an untyped branch: as written');
  t.same(properties.list.items, { type: 'integer', nullable: true }, 'inside arrays too');
  t.ok(Array.isArray(schema.properties.date.anyOf), 'the schema itself is left alone (validation, OpenAPI)');
  const said = nullableAsKeyword(Type.Union([Type.String({ nullable: false }), Type.Null()])) as { anyOf: unknown[] };
  t.equal(said.anyOf.length, 2, 'nullable already said: as written');
});

t.test('a page with null and non-null fields answers the stored records', async (t) => {
  const app = await testApp(t);
  const text = 'KARACHI - The minister spoke.';
  const parsed = article(text, {
    quotes: [quote('prices will fall', person('Ayesha Malik')), quote('no comment', null, 'indirect')],
    officials: [{ name: 'Ayesha Malik', title: 'Minister', organization: null, country: 'Pakistan', aliases: [] }],
    dateline: { date: null, city: 'Karachi', country: 'Pakistan' },
  }).parsed;
  fakeParser(app, () => parsed);
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', payload: { text } })).statusCode, 201);
  const response = await app.inject('/v1/quotes?limit=5');
  t.equal(response.statusCode, 200);
  t.same(response.json(), await app.store.listQuotes({}, { limit: 5 }));
  t.match(response.json().items, [
    { speaker: { name: 'Ayesha Malik' }, officialId: Number },
    { speaker: null, officialId: null },
  ]);
  t.match(response.body, /"speaker":null/, 'null is written, not left out');
});
