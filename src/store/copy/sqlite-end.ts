// copy-store's SQLite side: a database file opened and migrated as the server would.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../migrate.js';
import { type CopiedTable, type CopyEnd, isTextKey, type Row } from './tables.js';

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');
const ordered = (table: CopiedTable) => table.key.map((c) => (isTextKey(c) ? `"${c}" COLLATE BINARY` : `"${c}"`)).join(', ');

/** Opens the file; a source must exist, a target is created with its folder. */
export function openSqliteEnd(path: string, { create }: { create: boolean }): CopyEnd {
  if (create) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { fileMustExist: !create });
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const one = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...params);

  return {
    columns: async (table) => db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table.name) as string[],
    count: async (table) => one(`SELECT count(*) FROM ${table.name}`) as number,
    lastKey: async (table) => {
      const order = table.key.map((c) => `"${c}"${isTextKey(c) ? ' COLLATE BINARY' : ''} DESC`).join(', ');
      const row = db
        .prepare(`SELECT ${quoted(table.key)} FROM ${table.name} ORDER BY ${order} LIMIT 1`)
        .raw()
        .get();
      return (row as unknown[] | undefined) ?? null;
    },
    read: async (table, columns, after, limit) => {
      const where = after ? `WHERE (${ordered(table)}) > (${after.map(() => '?').join(', ')})` : '';
      const sql = `SELECT ${quoted(columns)} FROM ${table.name} ${where} ORDER BY ${ordered(table)} LIMIT ?`;
      return db.prepare(sql).all(...(after ?? []), limit) as Row[];
    },
    write: async (table, columns, rows) => {
      const insert = db.prepare(`INSERT INTO ${table.name} (${quoted(columns)}) VALUES (${columns.map(() => '?').join(', ')})`);
      db.transaction(() => {
        for (const row of rows) insert.run(...columns.map((c) => row[c]));
      })();
    },
    idHighWater: async (table) =>
      one(
        `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), coalesce((SELECT max(id) FROM ${table.name}), 0))`,
        table.name,
      ) as number,
    finish: async (highWaters) => {
      db.transaction(() => {
        // official_roles has no AUTOINCREMENT in SQLite, so its row here is never read: harmless.
        for (const [table, highWater] of highWaters) {
          db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table.name);
          db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table.name, highWater);
        }
        db.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
          INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
          DELETE FROM officials_fts;
          INSERT INTO officials_fts (rowid, names) SELECT o.id, o.name || coalesce(' ' || (SELECT group_concat(alias, ' ')
            FROM (SELECT alias FROM official_aliases WHERE official_id = o.id ORDER BY alias_key)), '') FROM officials o;`);
      })();
    },
    close: async () => void db.close(),
  };
}
