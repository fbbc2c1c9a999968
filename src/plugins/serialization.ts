// Response bodies are serialised by Fastify's own compiler (fast-json-stringify), given a copy of each response
// schema in which every "X or null" (TypeBox's Nullable: an anyOf of X and null) is X marked `nullable`.
// fast-json-stringify picks an anyOf branch by validating the value against each branch with ajv, for every
// nullable field of every item, and builds that answer from many small strings which the ETag's hash then has
// to join (docs/benchmarks.md). Only the serialiser's copy changes: validation and the OpenAPI document keep
// the schemas as written.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNull = (schema: unknown) => isObject(schema) && schema.type === 'null' && Object.keys(schema).length === 1;

/** `schema` with every anyOf of one typed schema and null rewritten as that schema with `nullable: true`. */
export function nullableAsKeyword(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableAsKeyword);
  if (!isObject(schema)) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, nullableAsKeyword(value)]));
  const { anyOf, ...siblings } = copy;
  if (!Array.isArray(anyOf) || anyOf.length !== 2 || anyOf.filter(isNull).length !== 1) return copy;
  const other = anyOf.find((option) => !isNull(option)) as Schema;
  // Only a schema fast-json-stringify serialises by its own type (not a union, a $ref or an untyped one).
  if (typeof other.type !== 'string' || other.nullable !== undefined) return copy;
  return { ...siblings, ...other, nullable: true };
}

const fastifySerializers = SerializerSelector();

/** Fastify's serializer factory, fed the rewritten schemas. */
const buildSerializer: typeof fastifySerializers = (externalSchemas, options) => {
  const compile = fastifySerializers(externalSchemas, options);
  return (route) => compile({ ...route, schema: nullableAsKeyword(route.schema) });
};

/** Fastify constructor options for serialisation: spread them into `Fastify({...})`. */
export const serializationOptions = { schemaController: { compilersFactory: { buildSerializer } } };
