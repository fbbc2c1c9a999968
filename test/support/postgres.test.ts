import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import pg from 'pg';
import t, { type Test } from 'tap';
import { listMigrations } from '../../src/store/migrate.js';
import { POSTGRES_MIGRATIONS_DIR } from '../../src/store/postgres/migrate.js';
import { clusterUrl, freshDatabase, migratedDatabase, postgresUnavailable, startCluster } from './postgres.js';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function numberFrom(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(sql);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

const tableCount = (url: string) => numberFrom(url, `SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);

/**
 * Two databases made by `make` in a subtest, different, then checked; once that subtest has ended, the first
 * must be gone.
 */
async function twoDroppedAfterTheirTest(
  t: Test,
  make: (t: Test) => Promise<string>,
  check: (t: Test, first: string, second: string) => Promise<void>,
): Promise<void> {
  let first = '';
  await t.test('inner', async (t) => {
    first = await make(t);
    const second = await make(t);
    t.not(first, second);
    await check(t, first, second);
  });
  t.notOk(await answers(first), 'the database is gone after its test');
}

t.test('a fresh database per call, empty, dropped when its test ends', { skip: postgresUnavailable }, async (t) => {
  await twoDroppedAfterTheirTest(t, freshDatabase, async (t, first, second) => {
    t.equal(await tableCount(first), 0);
    t.ok(await answers(second));
  });
  t.equal(await clusterUrl(), await clusterUrl(), 'one cluster per test process');
});

t.test('a migrated database per call, each its own copy, dropped when its test ends', { skip: postgresUnavailable }, async (t) => {
  await twoDroppedAfterTheirTest(t, migratedDatabase, async (t, first, second) => {
    const newest = Math.max(...listMigrations(POSTGRES_MIGRATIONS_DIR).map(({ version }) => version));
    t.equal(await numberFrom(first, 'SELECT max(version) AS n FROM schema_migrations'), newest, 'every migration applied');
    await numberFrom(first, `INSERT INTO schema_migrations (version) VALUES (100000) RETURNING version AS n`);
    t.equal(await numberFrom(second, 'SELECT max(version) AS n FROM schema_migrations'), newest, 'a write to one is not in the other');
  });
});

t.test('TEST_DATABASE_URL names the cluster when set', async (t) => {
  const before = process.env.TEST_DATABASE_URL;
  t.teardown(() => {
    if (before === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = before;
  });
  process.env.TEST_DATABASE_URL = 'postgres://someone@db.example:5432/quotes';
  t.equal(await clusterUrl(), 'postgres://someone@db.example:5432/quotes');
});

t.test('a cluster script that fails is an error, not a hang', async (t) => {
  await t.rejects(startCluster('/bin/false'), /\/bin\/false exited with code 1 before giving a URL/);
});

t.test('the script removes its cluster when its stdin closes', { skip: postgresUnavailable }, async (t) => {
  const child = spawn('scripts/postgres-cluster.sh', { stdio: ['pipe', 'pipe', 'inherit'] });
  const [url] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  t.match(url, /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/quotes$/);
  t.ok(await answers(url));
  child.stdin.end();
  const [code] = await once(child, 'exit');
  t.equal(code, 0);
  t.notOk(await answers(url), 'the server is stopped');
});

t.test('the script runs a command with TEST_DATABASE_URL and exits with its code', { skip: postgresUnavailable }, async (t) => {
  const command =
    'require("pg"); const c = new (require("pg").Client)(process.env.TEST_DATABASE_URL); c.connect().then(() => c.end()).then(() => process.exit(7))';
  const child = spawn('scripts/postgres-cluster.sh', ['--', process.execPath, '-e', command], { stdio: 'inherit' });
  const [code] = await once(child, 'exit');
  t.equal(code, 7);
});
