// User input in `q` is words to find, never FTS5 syntax: every word is quoted, so `"`, `*`, `NEAR(`,
// `-` or unbalanced parentheses cannot reach the FTS query parser.
import type { Database } from 'better-sqlite3';

/** The words of a search: runs of letters and digits, everything else a separator (null: none). */
export const searchWords = (input: string): string[] | null => input.match(/[\p{L}\p{N}]+/gu);

/** An FTS5 MATCH expression requiring every word of `input`, or null when it holds no word at all. */
export function matchAllWords(input: string, { prefix = false } = {}): string | null {
  const words = searchWords(input);
  if (!words) return null;
  return words.map((word) => `"${word}"${prefix ? '*' : ''}`).join(' ');
}

/** How an engine's list queries search text: the bound value of @match, and the clause that uses it. */
export interface FullTextDialect {
  /** The value bound to @match requiring every word of `input`; null when it holds no word. */
  match(input: string, options?: { prefix?: boolean }): string | null;
  /** The condition keeping the rows of `table` (selected with column prefix `alias`, '' or 'q.') that match. */
  clause(table: 'articles' | 'quotes' | 'officials', alias: string): string;
}

export const SQLITE_FULL_TEXT: FullTextDialect = {
  match: matchAllWords,
  clause: (table, alias) => `${alias}id IN (SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH @match)`,
};

/**
 * The full-text indexes hold the quotes and articles up to a watermark (table fts_indexed, migration 015);
 * `indexPending` adds the rows past it, one statement per table. FTS5 writes a segment per flush and merges
 * them again and again, so the fewer and larger the flushes the cheaper (a trigger per row wrote a segment
 * per quote; migration 004). `deferred`: the writes leave their rows for the owner to index later, many
 * transactions' at once (the writer thread, every FULL_TEXT_DELAY_MS); otherwise each write transaction
 * indexes its own. The delete and update triggers act only on rows under the watermark: FTS5 cannot remove
 * text it never held, and the rows past it are indexed as they are when their turn comes.
 */
export function fullTextIndexing(db: Database, { deferred = false } = {}) {
  const watermark = db.prepare<[], { quotes: number; articles: number }>('SELECT quotes, articles FROM fts_indexed');
  const lastQuote = db.prepare<[], number | null>('SELECT max(id) FROM quotes').pluck();
  const lastArticle = db.prepare<[], number | null>('SELECT max(id) FROM articles').pluck();
  // NOT INDEXED: the new rows by rowid range, whatever the statistics say. Once ANALYZE has written
  // sqlite_stat4, SQLite re-plans a statement for each bound value, and for `id > ?` over the quotes it chose a
  // skip-scan of quotes_by_speaker (a seek per speaker): 4-9 ms a run on the 100k-article database instead
  // of 0.01. Every transaction paid it, so single POSTs paid it per article (11 -> 1.2 ms for one alone).
  const indexQuotesAfter = db.prepare('INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes NOT INDEXED WHERE id > ?');
  const indexArticlesAfter = db.prepare('INSERT INTO articles_fts (rowid, text) SELECT id, text FROM articles NOT INDEXED WHERE id > ?');
  const advance = db.prepare('UPDATE fts_indexed SET quotes = ?, articles = ?');

  /** The watermark now and where it goes once the rows past it are indexed. */
  function span() {
    const before = watermark.get()!;
    // The largest ids can be gone (deleted) while the watermark stays past them: ids are never reused.
    const quotes = Math.max(before.quotes, lastQuote.get() ?? 0);
    const articles = Math.max(before.articles, lastArticle.get() ?? 0);
    return { before, quotes, articles, pending: quotes > before.quotes || articles > before.articles };
  }

  /** Indexes the rows past the watermark and moves it past them; returns how many rows it indexed. */
  function indexPending(): number {
    const { before, quotes, articles, pending } = span();
    if (!pending) return 0;
    const indexed = indexQuotesAfter.run(before.quotes).changes + indexArticlesAfter.run(before.articles).changes;
    advance.run(quotes, articles);
    return indexed;
  }
  return {
    indexPending,
    /** Whether rows wait to be indexed (a read: no write lock). */
    pending: (): boolean => span().pending,
    /** Called at the end of every write transaction: indexes its rows unless indexing is deferred. */
    afterWrite(): void {
      if (!deferred) indexPending();
    },
  };
}

export type FullTextIndexing = ReturnType<typeof fullTextIndexing>;
