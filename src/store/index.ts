// The store: one SQLite database per app, opened and migrated at start-up, behind a small interface of
// prepared statements. Nothing outside src/store/ writes SQL.
import Database, { type Database as SqliteDatabase } from 'better-sqlite3';
import { articlesRepository } from './articles.js';
import { unusableOrSame } from './faults.js';
import { fullTextIndexing } from './fts.js';
import { checkPages } from './integrity.js';
import { migrate } from './migrate.js';
import { officialsRepository } from './officials.js';
import { quotesRepository } from './quotes.js';
import { rekeyNames } from './rekey.js';
import { reparseRepository } from './reparse.js';

export type { Existing, NewArticle, SavedArticle, UpdateOutcome } from './articles.js';
export { InvalidCursorError, type Page, type PageRequest } from './cursor.js';
export type { QuotePageRequest } from './quotes.js';

function storeQueries(db: SqliteDatabase, { deferFullText = false } = {}) {
  const officials = officialsRepository(db);
  const quotes = quotesRepository(db);
  const fullText = fullTextIndexing(db, { deferred: deferFullText });
  const articles = articlesRepository(db, quotes, officials, fullText);
  const indexPendingText = db.transaction(fullText.indexPending);
  const count = (table: string) => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck();
  const counts = { articles: count('articles'), quotes: count('quotes'), officials: count('officials') };
  const size = db.prepare<[], number>('SELECT page_count * page_size FROM pragma_page_count, pragma_page_size').pluck();
  const ping = db.prepare<[], number>('SELECT 1').pluck();
  // A write that changes nothing: it takes the write lock and fails as a real write would (read-only, locked).
  const noWrite = db.prepare('DELETE FROM articles WHERE 0');

  return {
    findExistingArticle: articles.findExisting,
    articleIdByExternalId: articles.idByExternalId,
    saveArticles: articles.saveArticles,
    getArticle: articles.get,
    updateArticle: articles.update,
    deleteArticle: articles.delete,
    listArticles: articles.list,
    listQuotes: quotes.list,
    quotePageJson: quotes.pageJson,
    getQuote: quotes.get,
    quoteMonthsOfOfficial: quotes.monthsOfOfficial,
    quoteProvenances: quotes.provenances,
    listOfficials: officials.list,
    getOfficial: officials.get,
    officialExists: officials.exists,
    ...reparseRepository(db, quotes, officials, fullText),
    /** Adds the rows written since the last call to the full-text indexes (see fts.ts); returns how many. */
    indexPendingText: (): number => (fullText.pending() ? indexPendingText.immediate() : 0),
    /** Answers when the database does (GET /ready). */
    ping: (): void => void ping.get(),
    /** Throws as a write would now (SQLITE_READONLY, SQLITE_BUSY at once: no wait for the lock). */
    probeWrite: (): void => {
      const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
      db.pragma('busy_timeout = 0');
      try {
        noWrite.run();
      } finally {
        db.pragma(`busy_timeout = ${busyTimeout}`);
      }
    },
    /** Reads the file's pages for damage within a time budget (see integrity.ts). */
    checkFile: (budgetMs: number) => checkPages(db, budgetMs),
    /** Row counts and file size, for metrics. */
    stats: () => ({
      articles: counts.articles.get() as number,
      quotes: counts.quotes.get() as number,
      officials: counts.officials.get() as number,
      databaseBytes: size.get() as number,
    }),
  };
}

export type Store = ReturnType<typeof storeQueries> & {
  db: SqliteDatabase;
  close(): void;
};

/** A connection that only reads a database another connection has opened and migrated (reader threads). */
export function openReadOnlyStore(path: string): Store {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('cache_size = -8000');
  return { ...storeQueries(db), db, close: () => db.close() };
}

/**
 * What a commit survives: `normal`, a crash of the process (the WAL is synced at checkpoints only); `full`, a
 * power cut or a crash of the machine too (the WAL is synced at every commit).
 */
export type Durability = 'normal' | 'full';

export interface StoreOptions {
  durability?: Durability;
  /** How long a write waits for a lock another process holds before failing with SQLITE_BUSY (default 5000). */
  busyTimeoutMs?: number;
  /** Writes leave their text for `indexPendingText` to index, many transactions' at once (see fts.ts). */
  deferFullText?: boolean;
}

export function openStore(path: string, options: StoreOptions = {}): Store {
  const db = new Database(path);
  try {
    prepareConnection(db, options);
  } catch (error) {
    db.close();
    throw unusableOrSame(path, error);
  }
  const store = { ...storeQueries(db, { deferFullText: options.deferFullText }), db, close: () => db.close() };
  // Text a crash left unindexed (a deferring writer's, see fts.ts) is searchable before the app answers.
  store.indexPendingText();
  return store;
}

/** Settings, migrations and name keys: where a file that is not a database, or a damaged one, fails first. */
function prepareConnection(db: SqliteDatabase, { durability = 'normal', busyTimeoutMs = 5000 }: StoreOptions): void {
  // Before anything else: two processes opening a new file at once wait for each other instead of failing.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // WAL: readers never wait for the writer.
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  // 8 MB of page cache a connection instead of the driver's 16 (the app holds two, the writer's and its own):
  // on the 100k database neither a save (0.60 -> 0.59 ms) nor a page of quotes (76 -> 75 µs) got slower, and
  // the memory counts against the server's RSS budget.
  db.pragma('cache_size = -8000');
  // Checkpoint the WAL every ~160 MB instead of every 4 MB: a checkpoint copies each page once however often
  // it was rewritten since the last one, and it runs inside a committing write. On the 100k-article database,
  // saving an article cost 2-3x more at 4 MB, and 12% more at 40 MB (0.77 -> 0.67 ms at 800 a transaction).
  // Once checkpointed, the WAL file is cut back to 64 MB rather than keeping its largest size.
  db.pragma('wal_autocheckpoint = 40000');
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  migrate(db);
  rekeyNames(db);
}
