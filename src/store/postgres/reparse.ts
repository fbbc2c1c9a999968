// Re-parse work shared by replicas: a run claims a batch of stale articles before parsing it, by locking
// their rows (FOR UPDATE SKIP LOCKED) in a transaction it keeps open while its parser works, and writes the
// new parses in that same transaction. Another run's claim skips the locked rows and takes the next ones,
// so each article is parsed once. The claim is a lease: it ends with the transaction, which ends when the
// replica commits, dies (its connection closes) or stays idle in it past `leaseMs` (a hung replica: the
// server ends its session, idle_in_transaction_session_timeout).
import type pg from 'pg';
import type { ClaimedBatch, ParsedArticle } from '../reparse.js';
import { transaction } from './connection.js';
import { staleArticlesOf } from './reads.js';
import { replaceParses } from './writes.js';

/** How long a claimed batch may wait for its parses (the parsing of one batch takes seconds). */
export const REPARSE_LEASE_MS = 10 * 60 * 1000;

async function claimed(client: pg.PoolClient, current: string, afterId: number, limit: number, leaseMs: number) {
  await client.query('BEGIN');
  await client.query(`SET LOCAL idle_in_transaction_session_timeout = ${Math.max(1, Math.round(leaseMs))}`);
  return staleArticlesOf(client, current, afterId, limit, { claim: true });
}

export async function claimStale(
  pool: pg.Pool,
  current: string,
  afterId: number,
  limit: number,
  leaseMs = REPARSE_LEASE_MS,
): Promise<ClaimedBatch> {
  const client = await pool.connect();
  // The session may end while the client is out of the pool (the lease ran out, the server restarted): its
  // error is then heard here, as the pool hears an idle client's, and the next query fails with it.
  const ended = () => {};
  client.on('error', ended);
  // An error ends the client: its session may be gone.
  const release = (error?: Error) => {
    client.removeListener('error', ended);
    client.release(error);
  };
  let articles: Awaited<ReturnType<typeof staleArticlesOf>>;
  try {
    articles = await claimed(client, current, afterId, limit, leaseMs);
  } catch (error) {
    release(error as Error);
    throw error;
  }
  return {
    articles,
    async replace(items: ParsedArticle[]): Promise<void> {
      try {
        await replaceParses(client, items);
        await client.query('COMMIT');
        release();
      } catch (error) {
        // A lost lease (the session ended) or a deadlock: the rows are free again. The parses are written as
        // any late write is, skipping articles another run holds or has already brought up to date.
        await client.query('ROLLBACK').catch(() => {});
        release(error as Error);
        await transaction(pool, (fresh) => replaceParses(fresh, items));
      }
    },
  };
}
