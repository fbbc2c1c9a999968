// A PostgreSQL connection pool and the small helpers the store's queries use: named parameters as SQLite's
// (@name), bigint columns read as numbers, rows as arrays when asked, and transactions that retry a deadlock.
import pg from 'pg';
import type { FullTextDialect } from '../fts.js';
import { searchWords } from '../fts.js';

/** A pool or one of its clients: anything that runs a query. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

// Ids, counts and ranks are bigint: read as numbers (ids stay far below 2^53), as SQLite gives them.
const INT8 = 20;
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? Number : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** A postgres:// (or postgresql://) URL, as opposed to a SQLite file path. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//.test(location);

export interface PoolOptions {
  poolSize: number;
  /** Longest a statement may run before the server cancels it; 0: no limit. */
  statementTimeoutMs: number;
}

export function createPool(url: string, { poolSize, statementTimeoutMs }: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types,
    statement_timeout: statementTimeoutMs,
    // A database that does not answer fails a request in seconds (then /ready says so) instead of hanging it.
    connectionTimeoutMillis: 5000,
  });
  // An idle connection the server drops (a restart) must not end the process: the pool opens another.
  pool.on('error', () => {});
  return pool;
}

/** `@name` placeholders as PostgreSQL's `$1...`, each name bound once (`@@` is an operator, not a name). */
export function positional(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const numbers = new Map<string, number>();
  const text = sql.replace(/(?<!@)@([A-Za-z_]\w*)/g, (_, name: string) => {
    let n = numbers.get(name);
    if (n === undefined) {
      values.push(params[name]);
      numbers.set(name, (n = values.length));
    }
    return `$${n}`;
  });
  return { text, values };
}

// Each statement text gets a name, so every connection parses and plans it once and then only binds and runs
// it (node-postgres prepares a named query on a connection's first use). Measured on listQuotes: 24% less
// client CPU and 28% less time a call (docs/postgres.md). The texts are the store's own, a bounded set; past
// the bound (never reached by the store's queries), texts go unnamed rather than fill every connection.
const names = new Map<string, string>();
const MAX_NAMED = 2000;

/** The query config of a statement with named parameters: named (prepared) when its text has a name. */
function prepared(sql: string, params: Record<string, unknown>): pg.QueryConfig {
  const query = positional(sql, params);
  let name = names.get(query.text);
  if (name === undefined && names.size < MAX_NAMED) names.set(query.text, (name = `s${names.size + 1}`));
  return name === undefined ? query : { ...query, name };
}

/** Rows of a query with named parameters; `raw`: each row an array in the order of the columns. */
export async function rowsOf<Row>(db: Queryable, sql: string, params: Record<string, unknown> = {}, raw = false): Promise<Row[]> {
  const result = await db.query({ ...prepared(sql, params), ...(raw && { rowMode: 'array' }) });
  return result.rows as Row[];
}

/** The first column of the first row, or undefined when there is none. */
export async function firstValue<T>(db: Queryable, sql: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
  const [row] = await rowsOf<unknown[]>(db, sql, params, true);
  return row?.[0] as T | undefined;
}

/** Rows changed by a statement. */
export async function run(db: Queryable, sql: string, params: Record<string, unknown> = {}): Promise<number> {
  return Number((await db.query(prepared(sql, params))).rowCount);
}

/** Full text in PostgreSQL: the `search` tsvector columns, every word required, in the schema's `words` configuration. */
export const POSTGRES_FULL_TEXT: FullTextDialect = {
  match(input, { prefix = false } = {}) {
    const words = searchWords(input);
    // Words are letters and digits only: quoted, nothing in them is tsquery syntax.
    return words && words.map((word) => `'${word}'${prefix ? ':*' : ''}`).join(' & ');
  },
  clause: (_table, alias) => `${alias}search @@ to_tsquery('words', @match)`,
};

// A deadlock (two transactions saving the same new officials in another order) or a serialization failure
// is the database's way of asking to run the transaction again.
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/** Runs `work` in a transaction on a client of its own, again when the database asks for a retry. */
export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      if (!RETRYABLE.has((error as { code?: string }).code ?? '') || attempt === ATTEMPTS) throw error;
    }
  }
}
