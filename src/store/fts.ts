// User input in `q` is words to find, never FTS5 syntax: every word is quoted, so `"`, `*`, `NEAR(`,
// `-` or unbalanced parentheses cannot reach the FTS query parser.
import type { Database } from 'better-sqlite3';

/** An FTS5 MATCH expression requiring every word of `input`, or null when it holds no word at all. */
export function matchAllWords(input: string, { prefix = false } = {}): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"${prefix ? '*' : ''}`).join(' ');
}

/**
 * The store adds rows to the full-text indexes itself, one statement per transaction: FTS5 flushes its
 * pending terms at every statement savepoint, so indexing row by row (a trigger per insert) wrote a tiny
 * segment per quote (migration 004).
 */
export function fullTextIndexing(db: Database) {
  const lastQuote = db.prepare<[], number | null>('SELECT max(id) FROM quotes').pluck();
  const lastArticle = db.prepare<[], number | null>('SELECT max(id) FROM articles').pluck();
  // A closed range: once ANALYZE has written sqlite_stat4, SQLite re-plans a statement whenever a bound value
  // changes, and an open range (`id > ?`) on the quotes then cost 4-9 ms to plan on the 100k-article
  // database, against 0.01 ms closed. Every single POST paid it once (11 -> 1.4 ms an article).
  const indexQuotesBetween = db.prepare('INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id > ? AND id <= ?');
  const indexArticlesBetween = db.prepare(
    'INSERT INTO articles_fts (rowid, text) SELECT id, text FROM articles WHERE id > ? AND id <= ?',
  );
  const indexQuotesOf = db.prepare(
    'INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE article_id IN (SELECT value FROM json_each(?))',
  );
  return {
    /** Runs `write`, which must only insert, then indexes the quotes and articles it added (ids past the last). */
    afterInserts<T>(write: () => T): T {
      const quotesBefore = lastQuote.get() ?? 0;
      const articlesBefore = lastArticle.get() ?? 0;
      const result = write();
      indexQuotesBetween.run(quotesBefore, lastQuote.get() ?? 0);
      indexArticlesBetween.run(articlesBefore, lastArticle.get() ?? 0);
      return result;
    },
    /** Indexes every quote of these articles: re-parsed ones, whose quotes are all new. */
    quotesOf(articleIds: number[]): void {
      indexQuotesOf.run(JSON.stringify(articleIds));
    },
  };
}
