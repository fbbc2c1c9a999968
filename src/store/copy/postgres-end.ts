// copy-store's PostgreSQL side: one connection, the database migrated as the server would.
import pg from 'pg';
import { migratePostgres } from '../postgres/migrate.js';
import { type CopiedTable, type CopyEnd, isTextKey } from './tables.js';

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');
const ordered = (table: CopiedTable) => table.key.map((c) => (isTextKey(c) ? `"${c}" COLLATE "C"` : `"${c}"`)).join(', ');
const INT8 = 20;

/** Connects and migrates; rejects with the server's or the network's error. */
export async function openPostgresEnd(url: string): Promise<CopyEnd> {
  // bigint ids as numbers, as SQLite gives them (ids stay far below 2^53).
  const types = {
    getTypeParser: (oid: number, format?: string) => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')),
  };
  const pool = new pg.Pool({ connectionString: url, max: 1, types });
  // The server closing the idle connection (a restart, an administrator) would otherwise end the process
  // without a word; the pool drops that connection, and the next query opens another or says why it cannot.
  pool.on('error', () => {});
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const query = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows;

  return {
    columns: async (table) =>
      (
        await query(
          `SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1 AND data_type <> 'tsvector' ORDER BY ordinal_position`,
          [table.name],
        )
      ).map((r) => r.column_name as string),
    count: async (table) => Number((await query(`SELECT count(*) AS n FROM ${table.name}`))[0].n),
    lastKey: async (table) => {
      const order = table.key.map((c) => `"${c}"${isTextKey(c) ? ' COLLATE "C"' : ''} DESC`).join(', ');
      const rows = await query(`SELECT ${quoted(table.key)} FROM ${table.name} ORDER BY ${order} LIMIT 1`);
      return rows.length === 0 ? null : table.key.map((c) => rows[0][c]);
    },
    read: (table, columns, after, limit) => {
      const where = after ? `WHERE (${ordered(table)}) > (${after.map((_, i) => `$${i + 1}`).join(', ')})` : '';
      const params = [...(after ?? []), limit];
      return query(`SELECT ${quoted(columns)} FROM ${table.name} ${where} ORDER BY ${ordered(table)} LIMIT $${params.length}`, params);
    },
    write: async (table, columns, rows) => {
      // One statement, one parameter: the rows as JSON, typed by the table's own row type.
      await query(
        `INSERT INTO ${table.name} (${quoted(columns)})
          SELECT ${quoted(columns)} FROM jsonb_populate_recordset(NULL::${table.name}, $1)`,
        [JSON.stringify(rows)],
      );
    },
    idHighWater: async (table) => {
      const sequence = `pg_get_serial_sequence('${table.name}', 'id')`;
      const [{ seq }] = await query(`SELECT ${sequence} AS seq`);
      const [{ high }] = await query(
        `SELECT greatest((SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ${seq}),
          (SELECT coalesce(max(id), 0) FROM ${table.name})) AS high`,
      );
      return high as number;
    },
    finish: async (highWaters) => {
      await query('BEGIN');
      for (const [table, highWater] of highWaters) {
        // setval(n, true): the next id is n + 1; a table that never had a row starts at 1.
        await query(`SELECT setval(pg_get_serial_sequence($1, 'id'), greatest($2::bigint, 1), $2::bigint > 0)`, [table.name, highWater]);
      }
      // Names and aliases as SQLite's officials_fts holds them: the name, then the aliases by key.
      await query(`UPDATE officials o SET search = to_tsvector('words', o.name || coalesce(' ' ||
        (SELECT string_agg(alias, ' ' ORDER BY alias_key COLLATE "C") FROM official_aliases WHERE official_id = o.id), ''))`);
      await query('COMMIT');
    },
    close: () => pool.end(),
  };
}
