// List queries are assembled from a fixed set of WHERE clauses (never from user text: values are bound
// parameters), and each distinct shape is prepared once.
import type { Database, Statement } from 'better-sqlite3';

export interface ListQuery {
  sql: string;
  params: Record<string, unknown>;
}

export function listQuery(select: string, where: string[], orderBy: string, params: Record<string, unknown>): ListQuery {
  const filter = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  return { sql: `${select}${filter} ORDER BY ${orderBy} LIMIT @limit`, params };
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
