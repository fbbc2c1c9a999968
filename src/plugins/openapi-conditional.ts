// Every GET takes If-None-Match and may answer 304 (plugins/preconditions.ts): said once here, for the
// whole document, rather than in each route's schema.
type Operation = { parameters?: object[]; responses: Record<string, object> };
type Paths = Record<string, Record<string, Operation>>;

const IF_NONE_MATCH = {
  in: 'header',
  name: 'if-none-match',
  required: false,
  description: 'ETags of copies the client holds, separated by commas, or *: 304 without a body when one is still current',
  schema: { type: 'string' },
};

const NOT_MODIFIED = { description: 'Not Modified: an ETag in If-None-Match is still current (no body)' };

function conditional(get: Operation): Operation {
  return { ...get, parameters: [...(get.parameters ?? []), IF_NONE_MATCH], responses: { ...get.responses, 304: NOT_MODIFIED } };
}

/** The document with If-None-Match and 304 on every GET (a new object; the input is left as it is). */
export function conditionalGets<T extends object>(document: T): T {
  const { paths } = document as unknown as { paths: Paths };
  const withConditions = Object.fromEntries(
    Object.entries(paths).map(([path, methods]) => [path, methods.get ? { ...methods, get: conditional(methods.get) } : methods]),
  );
  return { ...document, paths: withConditions };
}
