// PostgreSQL's reads: the same list queries as SQLite's (built by the same functions, with PostgreSQL's full
// text), the same rows and the same cursors, so every answer is the same whichever engine runs.
import type { Article, ArticleFilter, ArticleSummary } from '../../schemas/articles.js';
import type { OfficialDetail, OfficialFilter, OfficialSummary } from '../../schemas/officials.js';
import type { QuoteFilter, QuoteMonths, SpeakerCandidate, StoredQuote } from '../../schemas/quotes.js';
import { articleListQuery, contentHash, SUMMARY_COLUMNS, toSummary, type ArticleRow, type Existing } from '../articles.js';
import type { QuoteList } from '../async-store.js';
import { keysetPage, type Page, type PageRequest } from '../cursor.js';
import { nameKey } from '../names.js';
import { OFFICIAL_COLUMNS, officialListQuery, type OfficialRow, type RoleRow } from '../officials.js';
import {
  COLUMNS,
  MAX_CANDIDATES,
  OF_OFFICIAL,
  quoteListQuery,
  quoteMonthsQuery,
  toQuote,
  toProvenances,
  toQuoteMonths,
  type MonthCountRow,
  type QuotePageRequest,
  type QuoteRow,
} from '../quotes.js';
import { isOlderVersion, type StaleArticle } from '../reparse.js';
import type { ListQuery } from '../sql.js';
import { POSTGRES_FULL_TEXT, rowsOf, firstValue, type Queryable } from './connection.js';

async function listPage<Row, Item>(
  db: Queryable,
  query: ListQuery | null,
  page: PageRequest,
  { keyOf, toItem, raw = false }: { keyOf: (row: Row) => unknown[]; toItem: (row: Row) => Item | Promise<Item>; raw?: boolean },
): Promise<Page<Item>> {
  if (!query) return { items: [], nextCursor: null, ...(page.count && { total: 0 }) };
  const rows = await rowsOf<Row>(db, query.sql, query.params, raw);
  const result = keysetPage(rows, page.limit, keyOf, (row) => row);
  const items = await Promise.all(result.items.map(toItem));
  if (!page.count) return { ...result, items };
  return { ...result, items, total: (await firstValue<number>(db, query.countSql, query.params)) as number };
}

export function quoteReads(db: Queryable) {
  const candidate = (key: string) =>
    rowsOf<SpeakerCandidate>(
      db,
      `SELECT (SELECT speaker_name FROM quotes WHERE speaker_key = @key LIMIT 1) AS name, o.id AS "officialId",
         o.title, o.organization, o.country, (SELECT count(*) FROM quotes WHERE speaker_key = @key) AS "quoteCount"
       FROM (SELECT @key::text AS key) k LEFT JOIN officials o ON o.name_key = k.key`,
      { key },
    ).then(([row]) => row);

  /** As quotesRepository's speakerKeys: a surname alone means the one full name ending in it, if only one does. */
  async function speakerKeys(speaker: string): Promise<{ keys: string[] } | { candidates: SpeakerCandidate[] }> {
    const key = nameKey(speaker);
    if (!key) return { keys: [] };
    if (key.includes(' ')) return { keys: [key] };
    const fullNames = (
      await rowsOf<[string]>(
        db,
        `SELECT key FROM speakers s WHERE surname = @key AND key != surname
           AND EXISTS (SELECT 1 FROM quotes WHERE speaker_key = s.key) ORDER BY key LIMIT ${MAX_CANDIDATES}`,
        { key },
        true,
      )
    ).map(([name]) => name);
    if (fullNames.length > 1) return { candidates: await Promise.all(fullNames.map(candidate)) };
    return { keys: [key, ...fullNames] };
  }

  return {
    ofArticle: async (articleId: number): Promise<StoredQuote[]> =>
      (
        await rowsOf<QuoteRow>(
          db,
          `SELECT ${COLUMNS} FROM quotes q WHERE q.article_id = @articleId ORDER BY q.ordinal`,
          { articleId },
          true,
        )
      ).map(toQuote),
    async get(id: number): Promise<StoredQuote | undefined> {
      const [row] = await rowsOf<QuoteRow>(db, `SELECT ${COLUMNS} FROM quotes q WHERE q.id = @id`, { id }, true);
      return row && toQuote(row);
    },
    provenances: async (ids: number[]) =>
      toProvenances(
        await rowsOf<[number, string]>(
          db,
          'SELECT id, provenance FROM quotes WHERE id = ANY(@ids) AND provenance IS NOT NULL',
          { ids },
          true,
        ),
      ),
    async monthsOfOfficial(officialId: number, filter: Pick<QuoteFilter, 'type' | 'from' | 'to'>): Promise<QuoteMonths> {
      const { sql, params } = quoteMonthsQuery(officialId, filter);
      return toQuoteMonths(await rowsOf<MonthCountRow>(db, sql, params, true));
    },
    async list(filter: QuoteFilter, page: QuotePageRequest): Promise<QuoteList> {
      const { speaker, ...rest } = filter;
      const speakers = speaker === undefined ? undefined : await speakerKeys(speaker);
      if (speakers && 'candidates' in speakers) return { items: [], nextCursor: null, candidates: speakers.candidates };
      const query = quoteListQuery({ ...rest, speakerKeys: speakers?.keys }, page, POSTGRES_FULL_TEXT);
      const keyOf = page.since === undefined ? (row: QuoteRow) => [row[3], row[19]] : (row: QuoteRow) => [row[0]];
      const result = await listPage(db, query, page, { keyOf, toItem: toQuote, raw: true });
      if (page.since === undefined) return result;
      return { ...result, nextSince: result.items.at(-1)?.id ?? page.since };
    },
  };
}

export function officialReads(db: Queryable) {
  const aliasesOf = async (id: number) =>
    (await rowsOf<[string]>(db, 'SELECT alias FROM official_aliases WHERE official_id = @id ORDER BY alias_key', { id }, true)).map(
      ([alias]) => alias,
    );
  const summary = async (official: OfficialRow): Promise<OfficialSummary> => ({
    id: official.id,
    name: official.name,
    aliases: await aliasesOf(official.id),
    title: official.title,
    organization: official.organization,
    country: official.country,
  });
  return {
    aliasesOf,
    ofArticle: async (articleId: number): Promise<OfficialSummary[]> =>
      Promise.all(
        (
          await rowsOf<OfficialRow>(
            db,
            `SELECT o.id, o.name_key, o.name, r.title, r.organization, r.country
               FROM official_roles r JOIN officials o ON o.id = r.official_id WHERE r.article_id = @articleId ORDER BY r.id`,
            { articleId },
          )
        ).map(summary),
      ),
    /** Whether the official exists: one lookup of the primary key, where get() also reads roles and counts quotes. */
    exists: async (id: number): Promise<boolean> =>
      (await firstValue<number>(db, 'SELECT 1 FROM officials WHERE id = @id', { id })) !== undefined,
    async get(id: number): Promise<OfficialDetail | undefined> {
      const [official] = await rowsOf<OfficialRow>(db, `SELECT ${OFFICIAL_COLUMNS} FROM officials o WHERE o.id = @id`, { id });
      if (!official) return undefined;
      const roles = await rowsOf<RoleRow>(
        db,
        `SELECT r.article_id, a.day, r.title, r.organization, r.country
           FROM official_roles r JOIN articles a ON a.id = r.article_id WHERE r.official_id = @id ORDER BY r.id`,
        { id },
      );
      return {
        ...(await summary(official)),
        roles: roles.map((role) => ({
          articleId: role.article_id,
          date: role.day || null,
          title: role.title,
          organization: role.organization,
          country: role.country,
        })),
        quoteCount: (await firstValue<number>(db, `SELECT count(*) FROM quotes q WHERE ${OF_OFFICIAL}`, { officialId: id })) as number,
      };
    },
    list: (filter: OfficialFilter, page: PageRequest): Promise<Page<OfficialSummary>> =>
      listPage(db, officialListQuery(filter, page, POSTGRES_FULL_TEXT), page, {
        keyOf: (official: OfficialRow) => [official.name_key],
        toItem: summary,
      }),
  };
}

export function articleReads(db: Queryable) {
  const quotes = quoteReads(db);
  const officials = officialReads(db);
  return {
    async findExisting(text: string, externalId?: string): Promise<Existing | undefined> {
      // One statement, one snapshot: looked up one after the other, an article another replica commits in
      // between would be found by its externalId but not by its text, and read as a conflict.
      const [[byText, byExternalId]] = await rowsOf<[number | null, number | null]>(
        db,
        `SELECT (SELECT id FROM articles WHERE content_hash = @hash),
                (SELECT id FROM articles WHERE external_id = @externalId)`,
        { hash: contentHash(text), externalId: externalId ?? null },
        true,
      );
      if (byExternalId !== null) return { id: byExternalId, conflict: byExternalId !== byText };
      return byText === null ? undefined : { id: byText, conflict: false };
    },
    idByExternalId: (externalId: string) =>
      firstValue<number>(db, 'SELECT id FROM articles WHERE external_id = @externalId', { externalId }),
    async get(id: number): Promise<Article | undefined> {
      const [row] = await rowsOf<ArticleRow>(db, `SELECT ${SUMMARY_COLUMNS}, text FROM articles WHERE id = @id`, { id });
      if (!row) return undefined;
      const [articleQuotes, articleOfficials] = await Promise.all([quotes.ofArticle(id), officials.ofArticle(id)]);
      return { ...toSummary(row), text: row.text, quotes: articleQuotes, officials: articleOfficials };
    },
    list: (filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>> =>
      listPage(db, articleListQuery(filter, page, POSTGRES_FULL_TEXT), page, {
        keyOf: (article: ArticleRow) => [article.day, article.id],
        toItem: toSummary,
      }),
    staleArticles: (current: string, afterId: number, limit: number) => staleArticlesOf(db, current, afterId, limit),
  };
}

/**
 * Up to `limit` articles parsed by a version older than `current`, with id > afterId, in id order; `claim`
 * locks them, skipping those another transaction holds (see reparse.ts).
 */
export async function staleArticlesOf(
  db: Queryable,
  current: string,
  afterId: number,
  limit: number,
  { claim = false } = {},
): Promise<StaleArticle[]> {
  const versions = await rowsOf<[string]>(db, 'SELECT DISTINCT parser_version FROM articles', {}, true);
  const older = versions.map(([version]) => version).filter((version) => isOlderVersion(version, current));
  if (older.length === 0) return [];
  return rowsOf<StaleArticle>(
    db,
    `SELECT id, text FROM articles WHERE parser_version = ANY(@older) AND id > @afterId ORDER BY id LIMIT @limit
       ${claim ? 'FOR UPDATE SKIP LOCKED' : ''}`,
    { older, afterId, limit },
  );
}
