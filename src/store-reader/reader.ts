// app.reader: full-text searches (a `q` filter) run in reader threads with read-only connections, never on
// the event loop: `q=the` over 500k quotes takes SQLite 0.2-0.3 s, and ten such requests at once had stalled
// every client and every probe. A search has a time budget (its thread is stopped past it), the threads a
// bounded queue, and each caller (key or address) at most a few searches at once.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { createLane, ParseQueueFull, ParseTimeout } from '../parser-pool/lane.js';
import type { ArticleFilter } from '../schemas/articles.js';
import type { QuoteFilter } from '../schemas/quotes.js';
import type { AsyncStore } from '../store/async-store.js';
import type { Page, PageRequest, QuotePageRequest } from '../store/index.js';

export type SearchTask =
  | { list: 'quotes'; filter: QuoteFilter; page: QuotePageRequest }
  | { list: 'articles'; filter: ArticleFilter; page: PageRequest };

export type SearchOutcome = { ok: true; page: Page<unknown> } | { ok: false; statusCode: number; message: string };

/** Searches one caller may have running or waiting at once. */
export const SEARCHES_PER_CALLER = 2;
/** Searches that may wait for a reader thread; more get 503. */
export const SEARCH_QUEUE_MAX = 32;

export class SearchRefused extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export interface Reader {
  /** One page of a list, searched in a reader thread; `caller` identifies whose share it is. */
  search(task: SearchTask, caller: string): Promise<Page<unknown>>;
  /** Searches running or waiting for a thread (a queue-depth metric). */
  readonly pending: number;
  close(): Promise<void>;
}

export interface ReaderOptions {
  /** Reader threads; 0 searches inline (an in-memory database, which other threads cannot open). */
  threads: number;
  timeoutMs: number;
}

const WORKER_FILE = fileURLToPath(new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

const tooLong = (timeoutMs: number) =>
  `The search took longer than ${timeoutMs} ms and was stopped; add words or filters (speaker, from, to).`;

/** PostgreSQL cancelled the statement past its statement_timeout (SQLSTATE 57014, or the store's fault for it). */
const cancelled = (error: unknown) =>
  (error as { code?: unknown }).code === '57014' || (error as { fault?: { kind?: unknown } }).fault?.kind === 'timeout';

/** A lane's refusal in a search's words; anything else (a thread that failed) as it is. */
export function explain(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ParseTimeout) return new SearchRefused(422, tooLong(timeoutMs));
  if (error instanceof ParseQueueFull) return new SearchRefused(503, 'Too many searches are running; retry shortly.', 1);
  return error;
}

/** `store` runs the searches when there are no threads (in-memory SQLite; PostgreSQL, which has its own processes). */
export function createReader(store: AsyncStore, databasePath: string, { threads, timeoutMs }: ReaderOptions): Reader {
  const running = new Map<string, number>();
  let pending = 0;
  const share = async <T>(caller: string, run: () => Promise<T>): Promise<T> => {
    const mine = running.get(caller) ?? 0;
    if (mine >= SEARCHES_PER_CALLER) {
      throw new SearchRefused(429, `${SEARCHES_PER_CALLER} of your searches are already running; wait for them.`, 1);
    }
    running.set(caller, mine + 1);
    pending++;
    try {
      return await run();
    } finally {
      pending--;
      const left = running.get(caller)! - 1;
      if (left === 0) running.delete(caller);
      else running.set(caller, left);
    }
  };
  const reader = (search: Reader['search'], close: Reader['close']): Reader => ({
    search,
    close,
    get pending() {
      return pending;
    },
  });
  if (threads === 0) {
    return reader(
      (task, caller) =>
        share<Page<unknown>>(caller, () =>
          (task.list === 'quotes' ? store.listQuotes(task.filter, task.page) : store.listArticles(task.filter, task.page)).catch(
            (error: unknown) => {
              throw cancelled(error) ? new SearchRefused(422, tooLong(timeoutMs)) : error;
            },
          ),
        ),
      async () => {},
    );
  }
  const pool = new Piscina<SearchTask, SearchOutcome>({
    filename: WORKER_FILE,
    workerData: { databasePath },
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Infinity,
  });
  // A thread that fails (its database gone while it starts) fails its searches; the event would crash the process.
  // (Boolean: a built-in that ignores what it is given.)
  pool.on('error', Boolean);
  const lane = createLane({ threads, maxWaiting: SEARCH_QUEUE_MAX, timeoutMs });
  // The threads load modules and open the database first (slow under a TypeScript loader): no budget counts that.
  // A thread that fails to load (or a pool closed meanwhile) fails the searches themselves, with its reason.
  const loaded = pool.run(null as unknown as SearchTask, { name: 'ping' }).catch(Boolean);
  return reader(
    (task, caller) =>
      share(caller, async () => {
        await loaded;
        const outcome = await lane
          .run((signal, started) => (started(), pool.run(task, { signal })))
          .catch((error: unknown) => {
            throw explain(error, timeoutMs);
          });
        if (!outcome.ok) throw new SearchRefused(outcome.statusCode, outcome.message);
        return outcome.page;
      }),
    () => pool.destroy(),
  );
}
