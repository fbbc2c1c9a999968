// Every list: keyset pagination behind an opaque cursor, so pages stay stable while rows are added.
import { Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import { Nullable } from './common.js';

export const MAX_LIMIT = 500;

export const PageQuery = {
  // Left out, the validator fills in the default (so the OpenAPI document marks it optional).
  limit: Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: 50, description: `Items a page, 1 to ${MAX_LIMIT}.` }),
  cursor: Type.Optional(Type.String({ maxLength: 1024, description: 'nextCursor of the previous page, as given.' })),
  count: Type.Optional(
    Type.Boolean({ description: 'true: the answer says in `total` how many items the filters match on all pages (costs a count).' }),
  ),
};

/**
 * A list's 200 answer: one page as JSON, or, asked for with `Accept: application/x-ndjson`, every matching
 * item, one JSON object a line (`examples`: items, shown as the lines they would be).
 */
export const pageOrLines = <P extends TSchema, I extends TSchema>(description: string, page: P, item: I, examples: Static<I>[]) => ({
  description,
  content: {
    'application/json': { schema: page },
    'application/x-ndjson': { schema: item, example: examples.map((example) => `${JSON.stringify(example)}\n`).join('') },
  },
});

export const Page = <T extends TSchema, E extends TProperties = Record<never, never>>(item: T, extra: E = {} as E) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null at the end.' })),
    total: Type.Optional(Type.Integer({ minimum: 0, description: 'With count=true: the items the filters match on all pages.' })),
    ...extra,
  });
