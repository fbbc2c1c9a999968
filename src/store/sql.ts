// List queries are assembled from a fixed set of WHERE clauses (never from user text: values are bound
// parameters), and each distinct shape is prepared once.
import type { Database, Statement } from 'better-sqlite3';
import { keysetPage, type Page, type PageRequest } from './cursor.js';

export interface ListQuery {
  sql: string;
  /** How many rows the filters match on every page: the same query without its keyset position and limit. */
  countSql: string;
  /** The rows the filters match, as `FROM ... WHERE ...`: for other counts over the same list. */
  matching: string;
  params: Record<string, unknown>;
}

/**
 * `from` is the table with its alias; `filters` narrow the list; `after` is the keyset position of the page
 * (left out of the count, so every page of a list gives the same total).
 */
export function listQuery(
  columns: string,
  from: string,
  filters: string[],
  after: string | undefined,
  orderBy: string,
  params: Record<string, unknown>,
): ListQuery {
  const where = (clauses: string[]) => (clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '');
  const page = after === undefined ? filters : [...filters, after];
  const matching = `FROM ${from}${where(filters)}`;
  return {
    // A bare `LIMIT @limit` lets SQLite's planner read the bound value, which marks the statement to be prepared
    // again every time the value is bound, so every page re-parsed and re-planned its query (about a third of a
    // page's CPU, docs/benchmarks.md). The cast hides the value from the planner; the limit works the same.
    sql: `SELECT ${columns} FROM ${from}${where(page)} ORDER BY ${orderBy} LIMIT CAST(@limit AS INTEGER)`,
    countSql: `SELECT count(*) ${matching}`,
    matching,
    params,
  };
}

export function statementCache(db: Database): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/**
 * A page of a list query (with `total` when the page asks for a count); an empty page when the query is null
 * (a filter that cannot match). `raw` reads rows as arrays, in the order of the query's columns.
 */
export function listPage<Row, Item>(
  prepared: (sql: string) => Statement,
  query: ListQuery | null,
  page: PageRequest,
  { keyOf, toItem, raw = false }: { keyOf: (row: Row) => unknown[]; toItem: (row: Row) => Item; raw?: boolean },
): Page<Item> {
  if (!query) return { items: [], nextCursor: null, ...(page.count && { total: 0 }) };
  const statement = prepared(query.sql);
  const rows = (raw ? statement.raw() : statement).all(query.params) as Row[];
  const result = keysetPage(rows, page.limit, keyOf, toItem);
  if (!page.count) return result;
  return { ...result, total: prepared(query.countSql).pluck().get(query.params) as number };
}
