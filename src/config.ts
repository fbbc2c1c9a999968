// Service configuration from the environment, validated once at start-up so that a typo fails fast
// with a message naming the variable, instead of surfacing later as a confusing runtime error.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseApiKeys, type ApiKey } from './plugins/api-keys.js';
import type { Durability } from './store/index.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** SQLite file, or ':memory:' (tests). */
  databasePath: string;
  /** A postgres:// URL: PostgreSQL instead of SQLite (DATABASE_PATH is then unused). */
  databaseUrl: string | null;
  /** PostgreSQL connections this process may hold. */
  databasePoolSize: number;
  /** PostgreSQL write transactions this process runs at once; more wait their turn. */
  databaseWriteConcurrency: number;
  /** Longest a PostgreSQL statement may run before the server cancels it (0: no limit). */
  statementTimeoutMs: number;
  logLevel: LogLevel;
  /** Largest request body accepted (413 above it). */
  maxArticleBytes: number;
  /** Worker threads parsing articles; 0 parses on the event loop. */
  parseWorkers: number;
  /** Longest an article may take to parse in a worker thread before it is stopped (422). */
  parseTimeoutMs: number;
  /** Most work units one article's parse may take before it is stopped (422); 0: no limit (see extract/budget.ts). */
  parseWorkBudget: number;
  /** Parses by callers without a key that may wait for their own thread; more get 503. */
  openParseQueueMax: number;
  /** normal: a stored article survives a crash of the process; full: a power cut too (every commit synced). */
  durability: Durability;
  /** How long a write waits for a lock another process holds on the database before it is answered 503. */
  busyTimeoutMs: number;
  /** How long the check of the database file at start-up may read pages (writes wait for it; see store/integrity.ts). */
  startupCheckMs: number;
  /** Writes from a thread of their own (a file database only); false writes on the event loop. */
  writerThread: boolean;
  /** Most articles the writer commits in one transaction when writes queue up. */
  maxArticlesPerTransaction: number;
  /** How often the writer's checkpoint thread copies the WAL into the database file; 0: the writer does it alone. */
  checkpointIntervalMs: number;
  /** How long the writer thread lets new text wait before adding it to the full-text indexes; 0: at every commit. */
  fullTextDelayMs: number;
  /** Threads running full-text searches (`q`) off the event loop; 0 runs them on it. */
  searchThreads: number;
  /** Longest a full-text search may take before it is stopped (422). */
  searchTimeoutMs: number;
  /** Most articles one POST /v1/articles/batch may carry. */
  batchMaxArticles: number;
  /** API keys (digests only). None: everything is open, so the server binds loopback only. */
  apiKeys: ApiKey[];
  /** With keys configured, reads need a key too (writes always do). */
  requireKeyForReads: boolean;
  /** With keys configured, POST /v1/parse is open to callers without a key (by default it needs one). */
  openParse: boolean;
  /** Refused requests (401/403) a minute per key or address before its guarded requests get 429. */
  failedAuthPerMinute: number;
  /** Requests a minute per API key, or per address without one. */
  rateLimitPerMinute: number;
  /** Batch requests a minute per API key or address: a budget of their own, each carries many articles. */
  batchRateLimitPerMinute: number;
  /** Browser origins allowed by CORS; empty: CORS off. */
  corsOrigins: string[];
  /** A request's headers and body must arrive within this time (408 after it). */
  requestTimeoutMs: number;
  /** Connections one client address may hold at once; 0: no cap. */
  maxConnectionsPerAddress: number;
  /** How long a graceful shutdown waits for requests in flight before exiting anyway. */
  shutdownTimeoutMs: number;
  /** Load shedding (503): mean event-loop delay and heap in use (0 = no limit). */
  maxEventLoopDelayMs: number;
  maxHeapUsedBytes: number;
}

/**
 * Default pool size: one thread a core but one, which is left to storing (the writer thread, or the CLI's
 * own loop). On 2 cores a second parser thread only contended with the writer: 1,726 -> 1,478 articles/s
 * on an empty database, but 897 -> 930 on the 100k one, and peak RSS -60 MB (bench:ingest).
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function flag(env: Env, name: string, fallback = false): boolean {
  return oneOf(env, name, String(fallback), ['true', 'false']) === 'true';
}

function apiKeys(env: Env): ApiKey[] {
  const inline = env.API_KEYS?.trim();
  const file = env.API_KEYS_FILE?.trim();
  if (inline && file) throw new ConfigError('Set API_KEYS or API_KEYS_FILE, not both');
  let text = inline ?? '';
  if (file) {
    try {
      // Anyone on the machine could add a key of their own to a world-writable file.
      if (statSync(file).mode & 0o002) throw new ConfigError(`API_KEYS_FILE: ${file} is writable by every user; chmod o-w it`);
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`API_KEYS_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  let keys: ApiKey[];
  try {
    keys = parseApiKeys(text, file ? 'API_KEYS_FILE' : 'API_KEYS');
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  // A file emptied by mistake would otherwise start the service with no authentication at all.
  if (file && keys.length === 0) throw new ConfigError(`API_KEYS_FILE: ${file} lists no keys (only blank lines or comments)`);
  return keys;
}

function origins(env: Env, name: string): string[] {
  const listed = (env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of listed) {
    if (URL.canParse(origin) && new URL(origin).origin === origin) continue;
    throw new ConfigError(`${name} lists origins like https://app.example.com (scheme, host, optional port), got "${origin}"`);
  }
  return listed;
}

function postgresUrl(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  if (!URL.canParse(raw) || !['postgres:', 'postgresql:'].includes(new URL(raw).protocol)) {
    throw new ConfigError(
      `${name} must be a URL like postgres://user:password@host:5432/database, got "${raw.replace(/:[^:@/]*@/, ':***@')}"`,
    );
  }
  return raw;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/;

// Without keys anyone who can reach the port can write: allowed for the local quick start only.
function refuseOpenNetwork(config: Config): Config {
  if (config.apiKeys.length === 0 && !LOOPBACK.test(config.host)) {
    throw new ConfigError(
      `HOST=${config.host} would accept requests from other machines, but no API keys are configured. ` +
        'Set API_KEYS (or API_KEYS_FILE) to <key>:write,<key>:read ... or bind a loopback HOST such as 127.0.0.1.',
    );
  }
  return config;
}

export function loadConfig(env: Env = process.env): Config {
  return refuseOpenNetwork({
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databasePath: env.DATABASE_PATH?.trim() || './data/quotes.db',
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    databaseWriteConcurrency: integer(env, 'DATABASE_WRITE_CONCURRENCY', 2, 1, 1000),
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 5000, 0, 3_600_000),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    maxArticleBytes: integer(env, 'MAX_ARTICLE_BYTES', 1024 * 1024, 1, 1024 * 1024 * 1024),
    parseWorkers: integer(env, 'PARSE_WORKERS', defaultWorkerCount(), 0, 256),
    parseTimeoutMs: integer(env, 'PARSE_TIMEOUT_MS', 3000, 10, 600_000),
    parseWorkBudget: integer(env, 'PARSE_WORK_BUDGET', 5_000_000, 0, Number.MAX_SAFE_INTEGER),
    openParseQueueMax: integer(env, 'OPEN_PARSE_QUEUE_MAX', 16, 0, 100_000),
    durability: oneOf(env, 'DURABILITY', 'normal', ['normal', 'full'] as const),
    busyTimeoutMs: integer(env, 'BUSY_TIMEOUT_MS', 5000, 0, 600_000),
    startupCheckMs: integer(env, 'STARTUP_CHECK_MS', 2000, 0, 3_600_000),
    writerThread: flag(env, 'WRITER_THREAD', true),
    maxArticlesPerTransaction: integer(env, 'MAX_ARTICLES_PER_TRANSACTION', 1000, 1, 100_000),
    checkpointIntervalMs: integer(env, 'CHECKPOINT_INTERVAL_MS', 1000, 0, 600_000),
    fullTextDelayMs: integer(env, 'FULL_TEXT_DELAY_MS', 1000, 0, 600_000),
    searchThreads: integer(env, 'SEARCH_THREADS', 1, 0, 64),
    searchTimeoutMs: integer(env, 'SEARCH_TIMEOUT_MS', 2000, 10, 600_000),
    batchMaxArticles: integer(env, 'BATCH_MAX_ARTICLES', 10_000, 1, 1_000_000),
    apiKeys: apiKeys(env),
    requireKeyForReads: flag(env, 'REQUIRE_KEY_FOR_READS'),
    openParse: flag(env, 'OPEN_PARSE'),
    failedAuthPerMinute: integer(env, 'FAILED_AUTH_PER_MINUTE', 20, 1, 1_000_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    batchRateLimitPerMinute: integer(env, 'BATCH_RATE_LIMIT_PER_MINUTE', 120, 1, 1_000_000),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 60_000, 100, 3_600_000),
    maxConnectionsPerAddress: integer(env, 'MAX_CONNECTIONS_PER_ADDRESS', 64, 0, 1_000_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
    maxEventLoopDelayMs: integer(env, 'MAX_EVENT_LOOP_DELAY_MS', 1000, 0, 60_000),
    maxHeapUsedBytes: integer(env, 'MAX_HEAP_USED_BYTES', 0, 0, Number.MAX_SAFE_INTEGER),
  });
}

/** Creates the folder of a file database, so a fresh clone starts without manual steps. */
export function ensureDatabaseFolder(databasePath: string): void {
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
}
