// Opaque list cursors: base64url of the last row's sort key, checked against the key's shape on the
// way back in, so a forged or truncated cursor is a 400 and never reaches SQL.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export class InvalidCursorError extends Error {
  readonly statusCode = 400;
  constructor() {
    super('cursor is not one this list gave out: pass nextCursor from the previous page unchanged');
  }
}

/** Articles by (day, id) and quotes by (day, rank), newest first. */
export const DayKey = Type.Tuple([Type.String({ maxLength: 10 }), Type.Integer({ minimum: 1 })]);
/** The quotes feed (`since`): by quote id, in the order quotes were stored. */
export const IdKey = Type.Tuple([Type.Integer({ minimum: 0 })]);
/** Officials: by name key. */
export const NameKey = Type.Tuple([Type.String({ maxLength: 1000 })]);

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends TSchema>(cursor: string, shape: T): Static<T> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Value.Check(shape, key)) throw new InvalidCursorError();
  return key;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
  /** Also count the rows the filters match on every page (`total`). */
  count?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** Runs a keyset query for limit + 1 rows: the extra row only says whether another page exists. */
export function keysetPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => unknown[], toItem: (row: Row) => Item): Page<Item> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(toItem),
    nextCursor: more ? encodeCursor(keyOf(pageRows[limit - 1])) : null,
  };
}
