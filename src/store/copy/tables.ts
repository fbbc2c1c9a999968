// What copy-store copies, in an order that satisfies the foreign keys, and each table's primary key: rows
// are read and written in key order, so a run that stops can continue after the last key the target has.

export interface CopiedTable {
  name: string;
  key: string[];
  /** Its id is handed out by a sequence (PostgreSQL identity, SQLite AUTOINCREMENT) to be carried over. */
  identity: boolean;
}

export const COPIED_TABLES: CopiedTable[] = [
  { name: 'articles', key: ['id'], identity: true },
  { name: 'officials', key: ['id'], identity: true },
  { name: 'official_aliases', key: ['official_id', 'alias_key'], identity: false },
  { name: 'official_roles', key: ['id'], identity: true },
  { name: 'quotes', key: ['id'], identity: true },
  { name: 'speakers', key: ['key'], identity: false },
  { name: 'official_countries', key: ['official_id', 'country'], identity: false },
  { name: 'official_organizations', key: ['official_id', 'organization'], identity: false },
  { name: 'name_key_words', key: ['id'], identity: false },
];

export type Row = Record<string, unknown>;

/** One side of a copy: a SQLite file or a PostgreSQL database, at this version's schema. */
export interface CopyEnd {
  /** The columns to copy (full-text columns are left out: each side makes its own). */
  columns(table: CopiedTable): Promise<string[]>;
  count(table: CopiedTable): Promise<number>;
  /** The key of the row that sorts last, or null for an empty table. */
  lastKey(table: CopiedTable): Promise<unknown[] | null>;
  /** Up to `limit` rows after `after` (all from the start when null), in key order. */
  read(table: CopiedTable, columns: string[], after: unknown[] | null, limit: number): Promise<Row[]>;
  /** Inserts the rows, keeping their ids, all or none. */
  write(table: CopiedTable, columns: string[], rows: Row[]): Promise<void>;
  /** The largest id this side ever gave in the table, deleted rows' included. */
  idHighWater(table: CopiedTable): Promise<number>;
  /** After the rows: ids continue above `highWaters`, and the full-text indexes cover every row. */
  finish(highWaters: Map<CopiedTable, number>): Promise<void>;
  close(): Promise<void>;
}

/** Key columns in byte order on both sides, so both agree on what "after the last key" is. */
export function isTextKey(column: string): boolean {
  return !/(^|_)id$/.test(column);
}
