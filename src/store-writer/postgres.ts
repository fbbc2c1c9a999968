// app.writer on PostgreSQL: no thread, no queue. Each request runs in a transaction of its own on a pooled
// connection (the database orders concurrent ones); a batch is cut into transactions of at most
// maxArticlesPerTransaction articles, as SQLite's writer commits them. A database that cannot be reached or
// written to is a StoreUnavailable (503), as a locked or read-only SQLite file is.
import { decodeParse } from '../parser-pool/codec.js';
import type { StoreFault } from '../store/faults.js';
import type { NewArticle } from '../store/index.js';
import { transaction } from '../store/postgres/connection.js';
import type { PostgresStore } from '../store/postgres/index.js';
import { claimStale } from '../store/postgres/reparse.js';
import { deleteArticle, replaceParses, saveArticles, updateArticle, type SavedRow } from '../store/postgres/writes.js';
import { concurrencyLimit } from './limit.js';
import { StoreUnavailable, type SaveResult, type WireArticle, type Writer } from './writer.js';

const decoded = (item: WireArticle): NewArticle =>
  item.parsed instanceof Uint8Array ? { ...item, parsed: decodeParse(item.parsed) } : (item as NewArticle);

// SQLSTATE classes of a database that cannot take writes now: connection exceptions (08), too many
// connections or no resources (53), shut down (57P), read-only (25006: a standby, or default_transaction_read_only).
const UNAVAILABLE = /^(08|53|57P)/;

/** The fault a PostgreSQL (or network) error stands for, or null for an error of the request itself. */
export function postgresFault(error: unknown): StoreFault | null {
  const { code, message } = error as { code?: unknown; message?: string };
  const detail = message ?? String(error);
  if (code === '25006') return { kind: 'read-only', transient: true, detail: `the database refuses writes (${detail})` };
  // 57014 is any cancelled statement; the server's words say which were cancelled by statement_timeout.
  if (code === '57014' && /statement timeout/.test(detail)) {
    return {
      kind: 'timeout',
      transient: true,
      detail: `the database cancelled a statement that ran past STATEMENT_TIMEOUT_MS (${detail})`,
    };
  }
  if ((typeof code === 'string' && (UNAVAILABLE.test(code) || /^E[A-Z]+$/.test(code))) || /timeout|terminat|connect/i.test(detail)) {
    return unreachable(detail);
  }
  return null;
}

const unreachable = (detail: string): StoreFault => ({
  kind: 'unreachable',
  transient: true,
  detail: `the database cannot be reached (${detail})`,
});

export interface PostgresWriterOptions {
  maxArticlesPerTransaction: number;
  /** Write transactions this process runs at once (see limit.ts); more wait their turn. Unset: no limit. */
  writeConcurrency?: number;
  /** Told what each write or probe found: a fault, or null when it could write (for the log). */
  onStatus: (fault: StoreFault | null) => void;
}

export function createPostgresWriter(
  store: PostgresStore,
  { maxArticlesPerTransaction, writeConcurrency = Infinity, onStatus }: PostgresWriterOptions,
): Writer {
  const limited = concurrencyLimit(writeConcurrency);
  const faultsReported = async <T>(act: () => Promise<T>): Promise<T> => {
    try {
      const result = await act();
      onStatus(null);
      return result;
    } catch (error) {
      const fault = postgresFault(error);
      if (!fault) throw error;
      onStatus(fault);
      throw new StoreUnavailable(fault);
    }
  };
  const write = <T>(work: Parameters<typeof transaction<T>>[1]): Promise<T> =>
    limited(() => faultsReported(() => transaction(store.pool, work)));
  return {
    threaded: false,
    stopped: null,
    async saveArticles(items, options) {
      const articles = items.map(decoded);
      const saved: SavedRow[] = [];
      for (let from = 0; from < articles.length; from += maxArticlesPerTransaction) {
        saved.push(...(await write((client) => saveArticles(client, articles.slice(from, from + maxArticlesPerTransaction)))));
      }
      if (!options?.withArticles) return saved;
      return Promise.all(saved.map(async (s): Promise<SaveResult> => ({ ...s, article: (await store.getArticle(s.id))! })));
    },
    replaceParses: (items) => write((client) => replaceParses(client, items)),
    claimStale: async (current, afterId, limit) => {
      const batch = await faultsReported(() => claimStale(store.pool, current, afterId, limit));
      return { articles: batch.articles, replace: (items) => faultsReported(() => batch.replace(items)) };
    },
    updateArticle: (id, item) => write((client) => updateArticle(client, id, decoded(item))),
    deleteArticle: (id) => write((client) => deleteArticle(client, id)),
    async probe() {
      try {
        const { rows } = await store.pool.query<{ transaction_read_only: string }>('SHOW transaction_read_only');
        const fault: StoreFault | null =
          rows[0].transaction_read_only === 'on'
            ? { kind: 'read-only', transient: true, detail: 'the database refuses writes (a standby, or read-only)' }
            : null;
        onStatus(fault);
        return fault;
      } catch (error) {
        // No answer to a query that cannot fail otherwise: the database is out of reach.
        const fault = unreachable((error as Error).message);
        onStatus(fault);
        return fault;
      }
    },
    // A damaged SQLite file stops writes; PostgreSQL refuses what it cannot do query by query: only logged.
    report: onStatus,
    // Every write awaits its own transaction; those waiting for a place in the limit belong to requests in flight,
    // which the server finishes before it closes: nothing is left here to finish.
    close: async () => {},
  };
}
