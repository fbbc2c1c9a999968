// Turns the document @fastify/swagger builds from the route schemas into one that client generators render
// well: every schema with a `title` becomes a named component (a type in the generated client) referenced
// wherever it appears, instead of an anonymous copy per route; and a query parameter with a default is
// optional, since the server fills the default in.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys whose values are data (examples), not schemas: a `title` in them names nothing. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

function withoutDescription({ description: _description, ...rest }: JsonObject): JsonObject {
  return rest;
}

/**
 * Replaces each titled schema in `node` by a $ref to components.schemas[title], adding it there. A description
 * says what the schema means where it is used (a response, a property), so it stays beside the $ref. Two
 * different schemas with one title are a mistake in the route schemas, reported rather than silently merged.
 */
function hoist(node: Json, components: JsonObject): Json {
  if (Array.isArray(node)) return node.map((item) => hoist(item, components));
  if (!isObject(node)) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) copy[key] = DATA_KEYS.has(key) ? value : hoist(value, components);
  const title = copy.title;
  if (typeof title !== 'string') return copy;
  const component = withoutDescription(copy);
  const known = components[title];
  if (known !== undefined && JSON.stringify(known) !== JSON.stringify(component)) {
    throw new Error(`Two different schemas are titled ${title}: give one of them another title.`);
  }
  components[title] = component;
  const ref: JsonObject = { $ref: `#/components/schemas/${title}` };
  return typeof node.description === 'string' ? { ...ref, description: node.description } : ref;
}

type Operation = { parameters?: { required?: boolean; schema: JsonObject }[] };

/** Query and path parameters with a default need not be sent. */
function defaultsOptional(paths: Record<string, Record<string, Operation>>): void {
  for (const operation of Object.values(paths).flatMap((methods) => Object.values(methods))) {
    for (const parameter of operation.parameters ?? []) {
      if (parameter.schema.default !== undefined) parameter.required = false;
    }
  }
}

/** The document with named components and optional defaulted parameters (a new object; the input is left as it is). */
export function namedComponents<T extends object>(document: T): T {
  const { components: given, paths, ...rest } = document as unknown as { components: JsonObject; paths: JsonObject };
  const components: JsonObject = {};
  const hoisted = hoist(paths, components) as JsonObject;
  defaultsOptional(hoisted as unknown as Parameters<typeof defaultsOptional>[0]);
  const schemas = Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b)));
  return { ...rest, components: { ...given, schemas }, paths: hoisted } as unknown as T;
}
