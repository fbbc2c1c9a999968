// Every list: keyset pagination behind an opaque cursor, so pages stay stable while rows are added.
import { Type, type TSchema } from '@sinclair/typebox';
import { Nullable } from './common.js';

export const MAX_LIMIT = 500;

export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: 50 }),
  cursor: Type.Optional(
    Type.String({ maxLength: 1024, description: 'nextCursor of the previous page, as given.' }),
  ),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null at the end.' })),
  });
