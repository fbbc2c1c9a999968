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
 * The store adds rows to the full-text indexes itself, one statement per transaction: FTS5 flushes its
 * pending terms at every statement savepoint, so indexing row by row (a trigger per insert) wrote a tiny
 * segment per quote (migration 004).
 */
export function fullTextIndexing(db: Database) {
  const lastQuote = db.prepare<[], number | null>('SELECT max(id) FROM quotes').pluck();
  const lastArticle = db.prepare<[], number | null>('SELECT max(id) FROM articles').pluck();
  // NOT INDEXED: the new rows by rowid range, whatever the statistics say. Once ANALYZE has written
  // sqlite_stat4, SQLite re-plans a statement for each bound value, and for `id > ?` over the quotes it chose a
  // skip-scan of quotes_by_speaker (a seek per speaker): 4-9 ms a run on the 100k-article database instead
  // of 0.01. Every transaction paid it, so single POSTs paid it per article (11 -> 1.2 ms for one alone).
  const indexQuotesAfter = db.prepare('INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes NOT INDEXED WHERE id > ?');
  const indexArticlesAfter = db.prepare('INSERT INTO articles_fts (rowid, text) SELECT id, text FROM articles NOT INDEXED WHERE id > ?');
  const indexQuotesOf = db.prepare(
    'INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE article_id IN (SELECT value FROM json_each(?))',
  );
  return {
    /** Runs `write`, which must only insert, then indexes the quotes and articles it added (ids past the last). */
    afterInserts<T>(write: () => T): T {
      const quotesBefore = lastQuote.get() ?? 0;
      const articlesBefore = lastArticle.get() ?? 0;
      const result = write();
      indexQuotesAfter.run(quotesBefore);
      indexArticlesAfter.run(articlesBefore);
      return result;
    },
    /** Indexes every quote of these articles: re-parsed ones, whose quotes are all new. */
    quotesOf(articleIds: number[]): void {
      indexQuotesOf.run(JSON.stringify(articleIds));
    },
  };
}
