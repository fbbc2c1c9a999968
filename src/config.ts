// Service configuration from the environment, validated once at start-up so that a typo fails fast
// with a message naming the variable, instead of surfacing later as a confusing runtime error.
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** SQLite file, or ':memory:' (tests). */
  databasePath: string;
  logLevel: LogLevel;
  /** Largest request body accepted (413 above it). */
  maxArticleBytes: number;
  /** Worker threads parsing articles; 0 parses on the event loop. */
  parseWorkers: number;
  /** Most articles one POST /v1/articles/batch may carry. */
  batchMaxArticles: number;
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

export function loadConfig(env: Env = process.env): Config {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databasePath: env.DATABASE_PATH?.trim() || './data/quotes.db',
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    maxArticleBytes: integer(env, 'MAX_ARTICLE_BYTES', 1024 * 1024, 1, 1024 * 1024 * 1024),
    parseWorkers: integer(env, 'PARSE_WORKERS', availableParallelism(), 0, 256),
    batchMaxArticles: integer(env, 'BATCH_MAX_ARTICLES', 10_000, 1, 1_000_000),
  };
}

/** Creates the folder of a file database, so a fresh clone starts without manual steps. */
export function ensureDatabaseFolder(databasePath: string): void {
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
}
