// Re-parsing stored articles with a newer parser: find those parsed by an older version (keyset by id, so
// a run can stop and resume anywhere), and replace an article's records in place, its id unchanged.
import type { Database } from 'better-sqlite3';
import type { ParseResult } from '../extract/types.js';
import type { FullTextIndexing } from './fts.js';
import type { officialsRepository } from './officials.js';
import type { quotesRepository, SpeakerKeying } from './quotes.js';

export interface StaleArticle {
  id: number;
  text: string;
}

export type ParsedArticle = { id: number; parsed: ParseResult };

/** Stale articles a re-parse run holds until it writes their new parses (`replace`, which also gives them up). */
export interface ClaimedBatch {
  articles: StaleArticle[];
  replace(items: ParsedArticle[]): Promise<void>;
}

/** Compares dotted version numbers numerically: '0.10.0' is newer than '0.9.1'. */
export function isOlderVersion(version: string, than: string): boolean {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] || 0;
    const y = b[i] || 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** The article's metadata its records copy. */
export interface StoredMeta {
  publishedAt: string | null;
  url: string | null;
  source: string | null;
}

/**
 * Replaces an article's records with a new parse, its id unchanged: its quotes are all new rows (new ids),
 * officials it still names keep theirs. The caller indexes the new quotes' text (FullTextIndexing.afterWrite).
 */
export function recordsReplacer(
  db: Database,
  quotes: ReturnType<typeof quotesRepository>,
  officials: ReturnType<typeof officialsRepository>,
) {
  const deleteQuotes = db.prepare('DELETE FROM quotes WHERE article_id = ?');
  const deleteRoles = db.prepare('DELETE FROM official_roles WHERE article_id = ?');
  const update = db.prepare(
    `UPDATE articles SET dateline_date = @date, dateline_city = @city, dateline_country = @country, day = @day,
       parser_version = @parserVersion WHERE id = @id`,
  );
  return (id: number, parsed: ParseResult, meta: StoredMeta, keyed?: SpeakerKeying): void => {
    const named = officials.beforeArticleDelete(id);
    deleteQuotes.run(id);
    deleteRoles.run(id);
    // Same rule as a new article: the published day, else the dateline's.
    const day = meta.publishedAt?.slice(0, 10) ?? parsed.dateline.date ?? '';
    update.run({ id, ...parsed.dateline, day, parserVersion: parsed.parserVersion });
    // New roles first, so an official the article still names keeps its id; then the ones it dropped go.
    for (const official of parsed.officials) officials.saveRole(official, id);
    officials.afterArticleDelete(named);
    const placement = { day, dateline: parsed.dateline, url: meta.url, source: meta.source };
    quotes.saveAll(id, placement, parsed.quotes, officials.idByKey, keyed);
  };
}

export function reparseRepository(
  db: Database,
  quotes: ReturnType<typeof quotesRepository>,
  officials: ReturnType<typeof officialsRepository>,
  fullText: FullTextIndexing,
) {
  const versions = db.prepare<[], string>('SELECT DISTINCT parser_version FROM articles').pluck();
  const metaOf = db.prepare<[number], StoredMeta>('SELECT published_at AS publishedAt, url, source FROM articles WHERE id = ?');
  const replace = recordsReplacer(db, quotes, officials);
  const replaceBatch = db.transaction((items: { id: number; parsed: ParseResult }[]) => {
    const keyed = quotes.keyingFor(items.length);
    for (const { id, parsed } of items) {
      const meta = metaOf.get(id);
      if (!meta) throw new Error(`no article ${id} to re-parse`);
      replace(id, parsed, meta, keyed);
    }
    quotes.keySpeakers(keyed, officials.idByKey);
    fullText.afterWrite();
  });

  return {
    /** Up to `limit` articles parsed by a version older than `current`, with id > afterId, in id order. */
    staleArticles(current: string, afterId: number, limit: number): StaleArticle[] {
      const older = versions.all().filter((v) => isOlderVersion(v, current));
      if (older.length === 0) return [];
      return db
        .prepare<unknown[], StaleArticle>(
          `SELECT id, text FROM articles WHERE parser_version IN (${older.map(() => '?').join(', ')}) AND id > ?
             ORDER BY id LIMIT ?`,
        )
        .all(...older, afterId, limit);
    },
    /** Replaces the stored records of many articles in one transaction, ids unchanged. */
    replaceParses: (items: { id: number; parsed: ParseResult }[]): void => replaceBatch.immediate(items),
  };
}
