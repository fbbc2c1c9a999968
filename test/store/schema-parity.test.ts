// Both dialects, migrated fresh, expose the same tables with the same columns. Left out, as internals of
// each dialect's full text or bookkeeping: SQLite's FTS5 tables (articles_fts, quotes_fts, officials_fts,
// their shadow tables and the fts_indexed watermark) and sqlite_sequence; PostgreSQL's tsvector columns
// (articles, quotes and officials `search`) and schema_migrations (SQLite keeps the version in PRAGMA
// user_version).
import Database from 'better-sqlite3';
import t from 'tap';
import { migrate } from '../../src/store/migrate.js';
import { migratePostgres } from '../../src/store/postgres/migrate.js';
import { freshPool, postgresUnavailable } from '../support/postgres.js';

type Schema = Record<string, string[]>;

function sqliteSchema(): Schema {
  const db = new Database(':memory:');
  try {
    migrate(db);
    const tables = db
      .prepare<[], string>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%'`)
      .pluck()
      .all();
    const columns = (table: string) => db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
    return Object.fromEntries(
      tables.map((table) => [
        table,
        columns(table)
          .map((c) => c.name)
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

t.test('SQLite and PostgreSQL have the same tables and columns', { skip: postgresUnavailable }, async (t) => {
  const { pool } = await freshPool(t);
  await migratePostgres(pool);
  const { rows } = await pool.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' AND data_type <> 'tsvector'`,
  );
  const postgres: Schema = {};
  for (const row of rows) (postgres[row.table_name] ??= []).push(row.column_name);
  for (const columns of Object.values(postgres)) columns.sort();
  const sqlite = sqliteSchema();
  t.same(Object.keys(sqlite).sort(), [
    'articles',
    'name_key_words',
    'official_aliases',
    'official_countries',
    'official_organizations',
    'official_roles',
    'officials',
    'quotes',
    'speakers',
  ]);
  t.same(postgres, sqlite);
});
