// PostgreSQL migrations: applied once, also by replicas starting together; a failed one leaves nothing
// behind; and the schema keeps SQLite's meaning where types differ (ids, NOCASE, full text).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import t from 'tap';
import { listMigrations, MIGRATIONS_DIR } from '../../src/store/migrate.js';
import { migratePostgres, POSTGRES_MIGRATIONS_DIR } from '../../src/store/postgres/migrate.js';
import { freshPool, postgresUnavailable } from '../support/postgres.js';

const ALL = listMigrations(POSTGRES_MIGRATIONS_DIR).map((m) => m.version);

async function versions(pool: pg.Pool): Promise<number[]> {
  const { rows } = await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  return rows.map((r) => r.version);
}

t.test('a fresh database gets every migration, once', { skip: postgresUnavailable }, async (t) => {
  const { pool } = await freshPool(t);
  const sqlite = listMigrations(MIGRATIONS_DIR).map((m) => m.version);
  t.same(ALL, sqlite, 'numbered as the SQLite ones');
  t.same(await migratePostgres(pool), ALL);
  t.same(await migratePostgres(pool), [], 'nothing left the second time');
  t.same(await versions(pool), ALL);
});

t.test('replicas starting at once migrate once', { skip: postgresUnavailable }, async (t) => {
  const { url } = await freshPool(t);
  const replicas = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: url, max: 1 }));
  try {
    const results = await Promise.all(replicas.map((pool) => migratePostgres(pool)));
    t.same(
      results.filter((applied) => applied.length > 0),
      [ALL],
      'one replica applied them all',
    );
    t.equal(results.filter((applied) => applied.length === 0).length, 3, 'the others found them done');
    t.same(await versions(replicas[0]), ALL);
  } finally {
    await Promise.all(replicas.map((pool) => pool.end()));
  }
});

t.test('a failed migration is rolled back whole and releases the lock', { skip: postgresUnavailable }, async (t) => {
  const { pool } = await freshPool(t);
  const dir = mkdtempSync(join(tmpdir(), 'pg-migrations-'));
  writeFileSync(join(dir, '001_first.sql'), 'CREATE TABLE first (id integer);');
  writeFileSync(join(dir, '002_broken.sql'), 'CREATE TABLE second (id integer);\nSELECT no_such_column FROM first;');
  await t.rejects(migratePostgres(pool, dir), /migration 002_broken\.sql failed: column "no_such_column" does not exist/);
  t.same(await versions(pool), [1]);
  const { rows } = await pool.query(`SELECT to_regclass('second') AS second`);
  t.equal(rows[0].second, null, 'the table made before the error is gone');
  writeFileSync(join(dir, '002_broken.sql'), 'CREATE TABLE second (id integer);');
  t.same(await migratePostgres(pool, dir), [2], 'fixed, it applies: the lock was released');
});

t.test('the schema keeps SQLite meaning: ids, case, full text', { skip: postgresUnavailable }, async (t) => {
  const { pool } = await freshPool(t);
  await migratePostgres(pool);
  const insert = `INSERT INTO articles (content_hash, text, dateline_city, day, parser_version, created_at)
    VALUES ($1, $2, $3, '2024-05-01', '0.5.0', '2024-05-01T00:00:00Z') RETURNING id`;
  const first = await pool.query<{ id: string }>(insert, ['a', 'Peña said the ministry would REPLY.', 'Islamabad']);
  await pool.query('DELETE FROM articles WHERE id = $1', [first.rows[0].id]);
  const second = await pool.query<{ id: string }>(insert, ['b', 'The talks resume on Monday.', 'Lahore']);
  t.ok(BigInt(second.rows[0].id) > BigInt(first.rows[0].id), 'the deleted newest id is not given again');

  await pool.query(insert, ['c', 'Peña said the ministry would REPLY.', 'Islamabad']);
  const byCity = await pool.query('SELECT content_hash FROM articles WHERE dateline_city = $1', ['ISLAMABAD']);
  t.same(byCity.rows, [{ content_hash: 'c' }], 'NOCASE columns ignore case');
  const words = async (query: string) =>
    (await pool.query(`SELECT content_hash FROM articles WHERE search @@ plainto_tsquery('words', $1)`, [query])).rows;
  t.same(await words('pena reply'), [{ content_hash: 'c' }], 'accents and case are ignored');
  t.same(await words('PEÑA'), [{ content_hash: 'c' }]);
  t.same(await words('replied'), [], 'no stemming, as in SQLite');
});
