// The PostgreSQL store: a connection pool, migrated at start-up, behind the same asynchronous interface as
// SQLite's. Reads run on the pool; writes run in transactions of their own (see writes.ts), so several
// processes can share one database.
import type pg from 'pg';
import type { AsyncStore } from '../async-store.js';
import { createPool, firstValue, type PoolOptions } from './connection.js';
import { migratePostgres } from './migrate.js';
import { rekeyPostgresNames } from './rekey.js';
import { articleReads, officialReads, quoteReads } from './reads.js';

export interface PostgresStore extends AsyncStore {
  pool: pg.Pool;
  close(): Promise<void>;
}

/** The store over a pool that is already migrated. */
export function postgresStore(pool: pg.Pool): PostgresStore {
  const articles = articleReads(pool);
  const quotes = quoteReads(pool);
  const officials = officialReads(pool);
  const count = async (table: string) => (await firstValue<number>(pool, `SELECT count(*) FROM ${table}`)) as number;
  return {
    pool,
    findExistingArticle: articles.findExisting,
    articleIdByExternalId: articles.idByExternalId,
    getArticle: articles.get,
    listArticles: articles.list,
    listQuotes: quotes.list,
    getQuote: quotes.get,
    quoteMonthsOfOfficial: quotes.monthsOfOfficial,
    quoteProvenances: quotes.provenances,
    listOfficials: officials.list,
    getOfficial: officials.get,
    officialExists: officials.exists,
    staleArticles: articles.staleArticles,
    ping: async () => void (await pool.query('SELECT 1')),
    stats: async () => ({
      articles: await count('articles'),
      quotes: await count('quotes'),
      officials: await count('officials'),
      databaseBytes: (await firstValue<number>(pool, 'SELECT pg_database_size(current_database())')) as number,
    }),
    close: () => pool.end(),
  };
}

/** Connects, applies the migrations and re-keys names (once, whichever replica starts first) and returns the store. */
export async function openPostgresStore(url: string, options: PoolOptions): Promise<PostgresStore> {
  const pool = createPool(url, options);
  try {
    await migratePostgres(pool);
    await rekeyPostgresNames(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return postgresStore(pool);
}
