// The PostgreSQL store's statements are named (prepared once a connection): each text keeps one name, and
// past the bound on distinct texts the rest go unnamed instead of filling every connection.
import t from 'tap';
import type pg from 'pg';
import { rowsOf, run } from '../../src/store/postgres/connection.js';

t.test('a statement text keeps its name; past the bound texts go unnamed', async (t) => {
  const seen: pg.QueryConfig[] = [];
  const db = { query: async (config: pg.QueryConfig) => (seen.push(config), { rows: [], rowCount: 0 }) } as never;
  await rowsOf(db, 'SELECT @a::int', { a: 1 });
  await run(db, 'SELECT @a::int', { a: 2 });
  t.equal(seen[0].name, seen[1].name, 'one name for one text, whatever its values');
  t.same(seen[1].values, [2]);
  t.match(seen[0].name, /^s\d+$/);
  for (let i = 0; seen.at(-1)?.name !== undefined; i++) await rowsOf(db, `SELECT ${i}`);
  t.ok(seen.length > 2000, 'about two thousand texts named');
  t.equal(seen.at(-1)?.text, `SELECT ${seen.length - 3}`, 'then one goes unnamed');
  await rowsOf(db, 'SELECT @a::int', { a: 3 });
  t.equal(seen.at(-1)?.name, seen[0].name, 'a text named before keeps its name');
});
