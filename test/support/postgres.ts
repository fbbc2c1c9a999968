// PostgreSQL for tests: a fresh database per call, on the cluster TEST_DATABASE_URL names (.ci/run starts
// one) or, without it, on a throwaway cluster this test process starts when PostgreSQL is installed. Tests
// skip with `postgresUnavailable` as the reason when neither is there.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import tap, { type Test } from 'tap';
import { migratePostgres } from '../../src/store/postgres/migrate.js';
import { postgresAvailable } from './postgres-available.mjs';

const CLUSTER_SCRIPT = fileURLToPath(new URL('../../scripts/postgres-cluster.sh', import.meta.url));

/** Why PostgreSQL tests skip here, or false when they run: `t.test(name, { skip: postgresUnavailable }, ...)`. */
export const postgresUnavailable: string | false = postgresAvailable
  ? false
  : 'PostgreSQL tests skipped: no TEST_DATABASE_URL and no initdb (install postgresql, or run .ci/run)';

let cluster: Promise<string> | undefined;

/**
 * Starts scripts/postgres-cluster.sh and resolves with its URL. The script stops the cluster and removes
 * its folder when its stdin closes, which happens when this process exits, however it exits.
 */
export function startCluster(script = CLUSTER_SCRIPT): Promise<string> {
  // Without tap's NODE_OPTIONS: the script's own `node -e` (a free port) needs no coverage loader.
  const env = { ...process.env, NODE_OPTIONS: '', POSTGRES_NO_INSTALL: '1' };
  const child = spawn(script, { env, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (url) => {
      lines.close();
      child.unref();
      for (const stream of [child.stdin, child.stdout]) (stream as unknown as { unref(): void }).unref();
      resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code} before giving a URL`)));
  });
}

/** The cluster's URL: TEST_DATABASE_URL, else one throwaway cluster per test process. */
export function clusterUrl(): Promise<string> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return Promise.resolve(given);
  cluster ??= startCluster();
  return cluster;
}

/** Runs statements on the cluster's own database (CREATE and DROP DATABASE cannot run inside the one they name). */
async function onCluster(url: string, statement: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(statement, values);
  } finally {
    await client.end();
  }
}

const DROP_WAIT_MS = 5000;

/**
 * Drops a test database once the sessions on it have gone. A pool's `end()` resolves before its connections
 * have closed: FORCE would cut one still closing, and the pool would raise that as an error no one hears,
 * which ends the test process.
 */
async function dropDatabase(cluster: string, name: string): Promise<void> {
  const until = Date.now() + DROP_WAIT_MS;
  const sessions = 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1';
  while (Date.now() < until && (await onCluster(cluster, sessions, [name])).rows[0].n > 0) await new Promise((r) => setTimeout(r, 20));
  await onCluster(cluster, `DROP DATABASE ${name} WITH (FORCE)`);
}

async function createDatabase(options = ''): Promise<{ url: string; drop: () => Promise<void> }> {
  const cluster = await clusterUrl();
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onCluster(cluster, `CREATE DATABASE ${name} ${options}`);
  const url = new URL(cluster);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => dropDatabase(cluster, name) };
}

let template: Promise<string> | undefined;

/**
 * The name of a database migrated to the newest version, made once per test process and dropped when it
 * ends: migrating costs the server about half a second of CPU, copying the result a small fraction of that.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const database = await createDatabase();
    tap.teardown(database.drop);
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      await migratePostgres(pool);
    } finally {
      // No connection may stay on a database that CREATE DATABASE copies.
      await pool.end();
    }
    return new URL(database.url).pathname.slice(1);
  })();
  return template;
}

/** A new database already migrated to the newest version (a copy of one migrated once), dropped when `t` ends. */
export async function migratedDatabase(t: Test): Promise<string> {
  return freshDatabase(t, `TEMPLATE ${await migratedTemplate()}`);
}

/** A new empty database on the cluster, dropped when `t` ends; resolves with its URL. `options`: CREATE DATABASE's. */
export async function freshDatabase(t: Test, options = ''): Promise<string> {
  const database = await createDatabase(options);
  t.teardown(database.drop);
  return database.url;
}

/**
 * A new empty database and a pool on it. When `t` ends the pool is closed before the database is dropped:
 * dropping it first would cut the pool's idle connections, and a pool's unheard error ends the process.
 */
export async function freshPool(t: Test): Promise<{ url: string; pool: pg.Pool }> {
  const database = await createDatabase();
  const pool = new pg.Pool({ connectionString: database.url });
  t.teardown(async () => {
    await pool.end();
    await database.drop();
  });
  return { url: database.url, pool };
}
