// Articles: stored once per text and per externalId, with their quotes and officials, a batch of many
// in one transaction (a single POST is a batch of one).
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ParseResult } from '../extract/types.js';
import type { Article, ArticleFilter, ArticleMeta, ArticleSummary } from '../schemas/articles.js';
import { DayKey, decodeCursor, type Page, type PageRequest } from './cursor.js';
import { SQLITE_FULL_TEXT, type FullTextDialect, type FullTextIndexing } from './fts.js';
import type { officialsRepository } from './officials.js';
import type { quotesRepository, SpeakerKeying } from './quotes.js';
import { recordsReplacer } from './reparse.js';
import { listPage, listQuery, statementCache, type ListQuery } from './sql.js';

export interface NewArticle extends ArticleMeta {
  text: string;
  parsed: ParseResult;
}

export interface SavedArticle {
  id: number;
  /** false when the text or externalId was already stored: `article` is then the stored one. */
  created: boolean;
  /** The externalId is stored with another text: the post is an edit, which only an update may make. */
  conflict: boolean;
  /** The stored article with its quotes and officials, read when asked for (bulk ingest needs only ids). */
  readonly article: Article;
}

export interface ArticleRow {
  id: number;
  external_id: string | null;
  text: string;
  url: string | null;
  source: string | null;
  published_at: string | null;
  dateline_date: string | null;
  dateline_city: string | null;
  dateline_country: string | null;
  day: string;
  parser_version: string;
  created_at: string;
}

export const SUMMARY_COLUMNS = `id, external_id, url, source, published_at, dateline_date, dateline_city,
  dateline_country, day, parser_version, created_at`;

/** An article as compared for duplicates: line ends and the whitespace ending lines and the text do not count. */
export const normalisedText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .trim();

export const contentHash = (text: string) => createHash('sha256').update(normalisedText(text)).digest('hex');

/** The articles row of a new article stored on `day`, as both engines insert it. */
export function newArticleRow(item: NewArticle, day: string) {
  const { dateline } = item.parsed;
  return {
    contentHash: contentHash(item.text),
    externalId: item.externalId ?? null,
    text: item.text,
    url: item.url ?? null,
    source: item.source ?? null,
    publishedAt: item.publishedAt ?? null,
    datelineDate: dateline.date,
    datelineCity: dateline.city,
    datelineCountry: dateline.country,
    day,
    parserVersion: item.parsed.parserVersion,
    createdAt: new Date().toISOString(),
  };
}

/** An existing article a post or update collides with. */
export interface Existing {
  id: number;
  /** Stored with another text: the post or update would change it. */
  conflict: boolean;
}

/** What an update did: `conflict` names the other article that already has the text or externalId. */
export type UpdateOutcome = { status: 'updated' | 'missing' } | { status: 'conflict'; id: number; field: 'text' | 'externalId' };

export function toSummary(row: Omit<ArticleRow, 'text'>): ArticleSummary {
  return {
    id: row.id,
    externalId: row.external_id,
    url: row.url,
    source: row.source,
    publishedAt: row.published_at,
    date: row.day || null,
    dateline: { date: row.dateline_date, city: row.dateline_city, country: row.dateline_country },
    parserVersion: row.parser_version,
    createdAt: row.created_at,
  };
}

/** The articles list as SQL; null when the filter cannot match anything. Exported for query-plan tests. */
export function articleListQuery(filter: ArticleFilter, page: PageRequest, fullText: FullTextDialect = SQLITE_FULL_TEXT): ListQuery | null {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: page.limit + 1 };
  for (const [name, column] of [
    ['city', 'dateline_city'],
    ['country', 'dateline_country'],
    ['source', 'source'],
  ] as const) {
    if (filter[name] === undefined) continue;
    params[name] = filter[name];
    where.push(`${column} = @${name}`);
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    // Articles without a date have day '' and fall outside every date range.
    params.from = filter.from ?? '0000-01-01';
    params.to = filter.to ?? '9999-12-31';
    where.push('day BETWEEN @from AND @to');
  }
  if (filter.q !== undefined) {
    params.match = fullText.match(filter.q);
    if (params.match === null) return null;
    where.push(fullText.clause('articles', ''));
  }
  if (page.cursor !== undefined) [params.afterDay, params.afterId] = decodeCursor(page.cursor, DayKey);
  const after = page.cursor === undefined ? undefined : '(day, id) < (@afterDay, @afterId)';
  return listQuery(SUMMARY_COLUMNS, 'articles', where, after, 'day DESC, id DESC', params);
}

export function articlesRepository(
  db: Database,
  quotes: ReturnType<typeof quotesRepository>,
  officials: ReturnType<typeof officialsRepository>,
  fullText: FullTextIndexing,
) {
  const prepared = statementCache(db);
  const idByHash = db.prepare<[string], number>('SELECT id FROM articles WHERE content_hash = ?').pluck();
  const idByExternalId = db.prepare<[string], number>('SELECT id FROM articles WHERE external_id = ?').pluck();
  const row = db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO articles (content_hash, external_id, text, url, source, published_at, dateline_date,
       dateline_city, dateline_country, day, parser_version, created_at)
     VALUES (@contentHash, @externalId, @text, @url, @source, @publishedAt, @datelineDate, @datelineCity,
       @datelineCountry, @day, @parserVersion, @createdAt)`,
  );
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');
  const updateRow = db.prepare(
    `UPDATE articles SET content_hash = @contentHash, external_id = coalesce(@externalId, external_id), text = @text,
       url = @url, source = @source, published_at = @publishedAt WHERE id = @id`,
  );
  const replaceRecords = recordsReplacer(db, quotes, officials);

  function assemble(article: ArticleRow): Article {
    return {
      ...toSummary(article),
      text: article.text,
      quotes: quotes.ofArticle(article.id),
      officials: officials.ofArticle(article.id),
    };
  }

  /**
   * The article stored with this externalId, else with this text, if any. An externalId stored with another
   * text is a conflict: posting edited text under it must not be answered with the old article.
   */
  function findExisting(text: string, externalId?: string): Existing | undefined {
    const byText = idByHash.get(contentHash(text));
    const byExternalId = externalId === undefined ? undefined : idByExternalId.get(externalId);
    if (byExternalId !== undefined) return { id: byExternalId, conflict: byExternalId !== byText };
    return byText === undefined ? undefined : { id: byText, conflict: false };
  }

  function saved(id: number, created: boolean, conflict = false): SavedArticle {
    return {
      id,
      created,
      conflict,
      get article() {
        return assemble(row.get(id) as ArticleRow);
      },
    };
  }

  function saveOne(item: NewArticle, keyed?: SpeakerKeying): SavedArticle {
    const existing = findExisting(item.text, item.externalId);
    if (existing !== undefined) return saved(existing.id, false, existing.conflict);
    const { dateline } = item.parsed;
    const day = item.publishedAt?.slice(0, 10) ?? dateline.date ?? '';
    const id = Number(insert.run(newArticleRow(item, day)).lastInsertRowid);
    for (const official of item.parsed.officials) officials.saveRole(official, id);
    const placement = { day, dateline, url: item.url ?? null, source: item.source ?? null };
    quotes.saveAll(id, placement, item.parsed.quotes, officials.idByKey, keyed);
    return saved(id, true);
  }

  // IMMEDIATE: take the write lock up front, so concurrent writers queue instead of failing to upgrade.
  const saveBatch = db.transaction((items: NewArticle[]) => {
    const keyed = quotes.keyingFor(items.length);
    const saved = items.map((item) => saveOne(item, keyed));
    quotes.keySpeakers(keyed, officials.idByKey);
    fullText.afterWrite();
    return saved;
  });
  /** Replaces an article's text and metadata (an omitted externalId is kept) and its records with a new parse. */
  const updateTx = db.transaction((id: number, item: NewArticle): UpdateOutcome => {
    if (!row.get(id)) return { status: 'missing' };
    const hash = contentHash(item.text);
    const byText = idByHash.get(hash);
    if (byText !== undefined && byText !== id) return { status: 'conflict', id: byText, field: 'text' };
    const byExternalId = item.externalId === undefined ? undefined : idByExternalId.get(item.externalId);
    if (byExternalId !== undefined && byExternalId !== id) return { status: 'conflict', id: byExternalId, field: 'externalId' };
    updateRow.run({
      id,
      contentHash: hash,
      externalId: item.externalId ?? null,
      text: item.text,
      url: item.url ?? null,
      source: item.source ?? null,
      publishedAt: item.publishedAt ?? null,
    });
    replaceRecords(id, item.parsed, { publishedAt: item.publishedAt ?? null, url: item.url ?? null, source: item.source ?? null });
    fullText.afterWrite();
    return { status: 'updated' };
  });
  const deleteTx = db.transaction((id: number): boolean => {
    const named = officials.beforeArticleDelete(id);
    if (remove.run(id).changes === 0) return false;
    officials.afterArticleDelete(named);
    return true;
  });

  return {
    findExisting,
    idByExternalId: (externalId: string): number | undefined => idByExternalId.get(externalId),
    /** Stores many articles in one transaction; per item, the stored article and whether it is new. */
    saveArticles: (items: NewArticle[]): SavedArticle[] => saveBatch.immediate(items),
    get(id: number): Article | undefined {
      const article = row.get(id);
      return article && assemble(article);
    },
    update: (id: number, item: NewArticle): UpdateOutcome => updateTx.immediate(id, item),
    /** Removes the article with its quotes and roles, and officials no longer named anywhere. */
    delete: (id: number): boolean => deleteTx.immediate(id),
    list(filter: ArticleFilter, page: PageRequest): Page<ArticleSummary> {
      const query = articleListQuery(filter, page);
      return listPage(prepared, query, page, { keyOf: (article: ArticleRow) => [article.day, article.id], toItem: toSummary });
    },
  };
}
