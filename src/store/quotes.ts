// Quotes: stored with their speaker's name key, so "every quote by this speaker" is one index lookup
// whatever case or honorific the client asks with; person speakers are also listed by surname.
import type { Database } from 'better-sqlite3';
import type { Quote, QuoteProvenance } from '../extract/types.js';
import type { QuoteFilter, QuoteMonths, SpeakerCandidate, StoredQuote } from '../schemas/quotes.js';
import { DayKey, decodeCursor, IdKey, type Page, type PageRequest } from './cursor.js';
import { SQLITE_FULL_TEXT, type FullTextDialect } from './fts.js';
import { nameKey, surnameOf } from './names.js';
import { JSON_COLUMNS, quotePageJson, type QuoteJsonRow } from './quote-json.js';
import { listPage, listQuery, statementCache, type ListQuery } from './sql.js';

// Rows come back as arrays (better-sqlite3's raw mode) in the order of SELECT's columns: on a page of 20
// quotes, having the driver build a keyed object per row cost about as much as the query itself.
export type QuoteRow = [
  id: number,
  articleId: number,
  ordinal: number,
  day: string,
  text: string,
  type: 'direct' | 'indirect',
  start: number,
  end: number,
  cue: string | null,
  speakerKind: 'person' | 'organization' | 'anonymous' | null,
  speakerName: string | null,
  speakerMention: string | null,
  officialId: number | null,
  confidence: number,
  datelineDate: string | null,
  datelineCity: string | null,
  datelineCountry: string | null,
  url: string | null,
  source: string | null,
  rank: number,
  cueStart: number | null,
  cueEnd: number | null,
  mentionStart: number | null,
  mentionEnd: number | null,
];

/** The most people an ambiguous surname lists. */
export const MAX_CANDIDATES = 20;

/** Position in every quote list within a day (migration 007): newest article first, then by position in it. */
export const rankOf = (articleId: number, ordinal: number) => articleId * 1_048_576 - ordinal;

// Each quote carries a copy of its article's dateline, so a page is read from the quotes alone.
export const COLUMNS = `q.id, q.article_id, q.ordinal, q.day, q.text, q.type, q.start, q."end", q.cue, q.speaker_kind,
    q.speaker_name, q.speaker_mention, q.official_id, q.confidence, q.dateline_date, q.dateline_city, q.dateline_country,
    q.url, q.source, q.rank, q.cue_start, q.cue_end, q.mention_start, q.mention_end`;
const SELECT = `SELECT ${COLUMNS} FROM quotes q`;

export function toQuote(row: QuoteRow): StoredQuote {
  const [
    id,
    articleId,
    ordinal,
    day,
    text,
    type,
    start,
    end,
    cue,
    speakerKind,
    speakerName,
    speakerMention,
    officialId,
    confidence,
    datelineDate,
    datelineCity,
    datelineCountry,
    url,
    source,
    ,
    cueStart,
    cueEnd,
    mentionStart,
    mentionEnd,
  ] = row;
  return {
    id,
    articleId,
    ordinal,
    text,
    type,
    start,
    end,
    cue,
    cueStart,
    cueEnd,
    speaker: speakerKind && { kind: speakerKind, name: speakerName, mention: speakerMention, mentionStart, mentionEnd },
    confidence,
    officialId,
    date: day || null,
    dateline: { date: datelineDate, city: datelineCity, country: datelineCountry },
    url,
    source,
  };
}

/**
 * Quotes linked to @officialId. A quote is linked exactly when its person speaker has the official's name key,
 * so the lookup goes through the speaker index (there is no index on official_id: see migration 003).
 */
export const OF_OFFICIAL = 'q.speaker_key = (SELECT name_key FROM officials WHERE id = @officialId) AND q.official_id = @officialId';

/** A quote's provenance as stored: JSON, or null when the parse did not explain itself. */
export const provenanceColumn = (quote: Quote): string | null => (quote.provenance ? JSON.stringify(quote.provenance) : null);

/** Stored provenance by quote id, for the quotes that have one. */
export function toProvenances(rows: [id: number, provenance: string][]): Map<number, QuoteProvenance> {
  return new Map(rows.map(([id, provenance]) => [id, JSON.parse(provenance) as QuoteProvenance]));
}

/** Where an article's quotes sit: its day, dateline, url and source, copied onto each quote. */
export interface QuotePlacement {
  day: string;
  dateline: { date: string | null; city: string | null; country: string | null };
  url: string | null;
  source: string | null;
}

/** The columns a new quote is stored with, in the order of quoteColumns's fields. */
export const QUOTE_COLUMNS = [
  'article_id',
  'ordinal',
  'day',
  'text',
  'type',
  'start',
  'end',
  'cue',
  'speaker_kind',
  'speaker_name',
  'speaker_mention',
  'speaker_key',
  'confidence',
  'dateline_date',
  'dateline_city',
  'dateline_country',
  'rank',
  'url',
  'source',
  'cue_start',
  'cue_end',
  'mention_start',
  'mention_end',
  'provenance',
  'official_id',
] as const;

/**
 * A new quote's row, by column name: one shape for both stores' writes (SQLite binds it as named parameters,
 * PostgreSQL reads a batch of them as JSON). `official_id` is null here: each store links it its own way.
 */
export function quoteColumns(articleId: number, ordinal: number, placement: QuotePlacement, quote: Quote) {
  const speaker = quote.speaker;
  const { dateline } = placement;
  return {
    article_id: articleId,
    ordinal,
    day: placement.day,
    text: quote.text,
    type: quote.type,
    start: quote.start,
    end: quote.end,
    cue: quote.cue,
    speaker_kind: speaker?.kind ?? null,
    speaker_name: speaker?.name ?? null,
    speaker_mention: speaker?.mention ?? null,
    speaker_key: speaker?.name ? nameKey(speaker.name) || null : null,
    confidence: quote.confidence,
    dateline_date: dateline.date,
    dateline_city: dateline.city,
    dateline_country: dateline.country,
    rank: rankOf(articleId, ordinal),
    url: placement.url,
    source: placement.source,
    cue_start: quote.cueStart ?? null,
    cue_end: quote.cueEnd ?? null,
    mention_start: speaker?.mentionStart ?? null,
    mention_end: speaker?.mentionEnd ?? null,
    provenance: provenanceColumn(quote),
    official_id: null as number | null,
  };
}

/**
 * A page of quotes; with `since`, of the change feed: quotes stored after quote id `since`, in the order they
 * were stored. Quote ids grow in that order (AUTOINCREMENT, one writer, so a transaction that commits later
 * never holds a smaller id than one a reader has seen), so the feed needs no sequence of its own.
 */
export interface QuotePageRequest extends PageRequest {
  since?: number;
}

/** A page of the quotes feed: pass `nextSince` as `since` to follow it. */
export type QuoteFeedPage = Page<StoredQuote> & { nextSince: number };

/** A page as JSON text; the people an ambiguous surname may mean; null where only the list of objects answers. */
export type QuotePageJson = string | { candidates: SpeakerCandidate[] } | null;

/** The quotes list as SQL, for speaker keys already resolved; null when nothing can match. */
export function quoteListQuery(
  filter: Omit<QuoteFilter, 'speaker'> & { speakerKeys?: string[] },
  page: QuotePageRequest,
  fullText: FullTextDialect = SQLITE_FULL_TEXT,
  columns = COLUMNS,
): ListQuery | null {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: page.limit + 1 };
  if (filter.speakerKeys !== undefined) {
    if (filter.speakerKeys.length === 0) return null;
    filter.speakerKeys.forEach((key, i) => (params[`speaker${i}`] = key));
    where.push(`q.speaker_key IN (${filter.speakerKeys.map((_, i) => `@speaker${i}`).join(', ')})`);
  }
  if (filter.officialId !== undefined) {
    params.officialId = filter.officialId;
    where.push(OF_OFFICIAL);
  }
  if (filter.articleId !== undefined) {
    params.articleId = filter.articleId;
    where.push('q.article_id = @articleId');
  }
  if (filter.type !== undefined) {
    params.type = filter.type;
    where.push('q.type = @type');
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    // Articles without a date have day '' and fall outside every date range.
    params.from = filter.from ?? '0000-01-01';
    params.to = filter.to ?? '9999-12-31';
    where.push('q.day BETWEEN @from AND @to');
  }
  if (filter.q !== undefined) {
    params.match = fullText.match(filter.q);
    if (params.match === null) return null;
    where.push(fullText.clause('quotes', 'q.'));
  }
  const feed = page.since !== undefined;
  if (feed) {
    params.since = page.since;
    where.push('q.id > @since');
  }
  let after: string | undefined;
  if (page.cursor !== undefined && feed) {
    [params.afterId] = decodeCursor(page.cursor, IdKey);
    after = 'q.id > @afterId';
  } else if (page.cursor !== undefined) {
    [params.afterDay, params.afterRank] = decodeCursor(page.cursor, DayKey);
    after = '(q.day, q.rank) < (@afterDay, @afterRank)';
  }
  return listQuery(columns, 'quotes q', where, after, feed ? 'q.id' : 'q.day DESC, q.rank DESC', params);
}

const MONTH = 'substr(q.day, 1, 7)';

/** Quotes per month, counted in SQL: one row a month that has any ('' for undated articles), oldest first. */
export type MonthCountRow = [month: string, count: number];

/** An official's quotes per month of their article's date, with the list's type and date filters. */
export function quoteMonthsQuery(
  officialId: number,
  filter: Pick<QuoteFilter, 'type' | 'from' | 'to'>,
): { sql: string; params: Record<string, unknown> } {
  // The list's own filters, counted instead of paged: the same rows a client pages through.
  const { matching, params } = quoteListQuery({ ...filter, officialId }, { limit: 0 }) as ListQuery;
  const { limit: _limit, ...filterParams } = params;
  return {
    sql: `SELECT ${MONTH} AS month, CAST(count(*) AS INTEGER) AS count ${matching} GROUP BY ${MONTH} ORDER BY month`,
    params: filterParams,
  };
}

/** Month rows as the API gives them: dated months, and the undated quotes apart. */
export function toQuoteMonths(rows: MonthCountRow[]): QuoteMonths {
  const undated = rows.find(([month]) => month === '')?.[1] ?? 0;
  return { months: rows.filter(([month]) => month !== '').map(([month, count]) => ({ month, count })), undated };
}

/**
 * The quotes of a large write transaction that have a speaker, stored with no speaker key and given it at the
 * end of the transaction, in the order of the speaker indexes. Inserted as they come, a batch's quotes land
 * in random leaves of both speaker indexes (a large archive's pages, long gone from the 8 MB cache, or spilt
 * from it mid-transaction); in key order, neighbours share leaves and the path to them, so each page is
 * read once. Readers see what they saw before: the keys are set before the transaction commits.
 */
export type SpeakerKeying = { id: number; key: string; day: string; rank: number; person: boolean }[];

/**
 * From this many articles saved or re-parsed in a transaction, their quotes' speaker keys are set at its end
 * (SpeakerKeying). Below it the saving did not stand out in docs/benchmarks.md, and each keyed quote costs a
 * second write of its row.
 */
export const SPEAKER_KEYS_AT_END_FROM = 100;

/** The speaker indexes' order: key, then day and rank (unique a quote). */
function bySpeakerIndexOrder(a: SpeakerKeying[number], b: SpeakerKeying[number]): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.rank - b.rank;
}

export function quotesRepository(db: Database) {
  const prepared = statementCache(db);
  const insert = db.prepare(
    `INSERT INTO quotes (${QUOTE_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (${QUOTE_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const byId = db.prepare<[number], QuoteRow>(`${SELECT} WHERE q.id = ?`).raw();
  const ofArticle = db.prepare<[number], QuoteRow>(`${SELECT} WHERE q.article_id = ? ORDER BY q.ordinal`).raw();
  const provenancesOf = db
    .prepare<[string], unknown>('SELECT id, provenance FROM quotes WHERE id IN (SELECT value FROM json_each(?)) AND provenance IS NOT NULL')
    .raw();
  const insertSpeaker = db.prepare('INSERT OR IGNORE INTO speakers (key, surname) VALUES (?, ?)');
  // Speakers whose quotes were all deleted since are skipped: they make no surname ambiguous.
  const keysWithSurname = db
    .prepare<[string], string>(
      `SELECT key FROM speakers s WHERE surname = ? AND key != surname
         AND EXISTS (SELECT 1 FROM quotes WHERE speaker_key = s.key) LIMIT ${MAX_CANDIDATES}`,
    )
    .pluck();
  const candidate = db.prepare<[{ key: string }], SpeakerCandidate>(
    `SELECT (SELECT speaker_name FROM quotes WHERE speaker_key = @key LIMIT 1) AS name, o.id AS officialId,
       o.title, o.organization, o.country, (SELECT count(*) FROM quotes WHERE speaker_key = @key) AS quoteCount
     FROM (SELECT @key AS key) k LEFT JOIN officials o ON o.name_key = k.key`,
  );

  /**
   * The speaker keys a `?speaker=` value stands for: its own key, plus, for a single word, the one full
   * name ending in that word when exactly one does ("patel" -> "vedant patel"). When several do, the
   * people it may mean instead.
   */
  function speakerKeys(speaker: string): { keys: string[] } | { candidates: SpeakerCandidate[] } {
    const key = nameKey(speaker);
    if (!key) return { keys: [] };
    if (key.includes(' ')) return { keys: [key] };
    const fullNames = keysWithSurname.all(key);
    if (fullNames.length > 1) return { candidates: fullNames.map((key) => candidate.get({ key }) as SpeakerCandidate) };
    return { keys: [key, ...fullNames] };
  }

  /** The query for a page (null when no quote can match), or the people a surname several have may mean. */
  function pageQuery(
    filter: QuoteFilter,
    page: QuotePageRequest,
    columns?: string,
  ): { query: ListQuery | null } | { candidates: SpeakerCandidate[] } {
    const { speaker, ...rest } = filter;
    const speakers = speaker === undefined ? undefined : speakerKeys(speaker);
    if (speakers && 'candidates' in speakers) return speakers;
    return { query: quoteListQuery({ ...rest, speakerKeys: speakers?.keys }, page, SQLITE_FULL_TEXT, columns) };
  }

  const setSpeakerKey = db.prepare('UPDATE quotes SET speaker_key = ?, official_id = ? WHERE id = ?');

  return {
    /**
     * Stores an article's quotes; a person speaker is linked to the official of the same name, if any. With
     * `keyed`, the speaker keys are left for `keySpeakers` (see SpeakerKeying).
     */
    saveAll(
      articleId: number,
      placement: QuotePlacement,
      quotes: Quote[],
      officialIdOf: (key: string) => number | undefined,
      keyed?: SpeakerKeying,
    ): void {
      quotes.forEach((quote, ordinal) => {
        const row = quoteColumns(articleId, ordinal, placement, quote);
        const key = row.speaker_key;
        if (row.speaker_kind === 'person' && key !== null) {
          insertSpeaker.run(key, surnameOf(key));
          row.official_id = officialIdOf(key) ?? null;
        }
        if (keyed === undefined || key === null) {
          insert.run(row);
          return;
        }
        row.speaker_key = null;
        const id = Number(insert.run(row).lastInsertRowid);
        keyed.push({ id, key, day: row.day, rank: row.rank, person: row.speaker_kind === 'person' });
      });
    },

    /** The keying for a transaction saving or re-parsing `articles` articles: none below SPEAKER_KEYS_AT_END_FROM. */
    keyingFor: (articles: number): SpeakerKeying | undefined => (articles < SPEAKER_KEYS_AT_END_FROM ? undefined : []),

    /**
     * Gives the quotes left by saveAll their speaker keys, in the order of the speaker indexes (nothing without a keying). A person's
     * official is looked up again, as it is when the transaction ends: officials stored or removed since the
     * quote link or unlink the keyed quotes they find (officials.ts), not these.
     */
    keySpeakers(keyed: SpeakerKeying | undefined, officialIdOf: (key: string) => number | undefined): void {
      if (keyed === undefined) return;
      keyed.sort(bySpeakerIndexOrder);
      for (const quote of keyed) {
        setSpeakerKey.run(quote.key, quote.person ? (officialIdOf(quote.key) ?? null) : null, quote.id);
      }
      keyed.length = 0;
    },

    ofArticle: (articleId: number): StoredQuote[] => ofArticle.all(articleId).map(toQuote),

    provenances: (ids: number[]): Map<number, QuoteProvenance> =>
      toProvenances(provenancesOf.all(JSON.stringify(ids)) as [number, string][]),

    monthsOfOfficial(officialId: number, filter: Pick<QuoteFilter, 'type' | 'from' | 'to'>): QuoteMonths {
      const { sql, params } = quoteMonthsQuery(officialId, filter);
      return toQuoteMonths(prepared(sql).raw().all(params) as MonthCountRow[]);
    },

    get(id: number): StoredQuote | undefined {
      const row = byId.get(id);
      return row && toQuote(row);
    },

    speakerKeys,

    /** A page of quotes; when `speaker` is a surname several people have, none, and those people. */
    list(filter: QuoteFilter, page: QuotePageRequest): (Page<StoredQuote> | QuoteFeedPage) & { candidates?: SpeakerCandidate[] } {
      const resolved = pageQuery(filter, page);
      if ('candidates' in resolved) return { items: [], nextCursor: null, candidates: resolved.candidates };
      // The sort key: the id in the feed, else day and rank.
      const keyOf = page.since === undefined ? (row: QuoteRow) => [row[3], row[19]] : (row: QuoteRow) => [row[0]];
      const result = listPage(prepared, resolved.query, page, { keyOf, toItem: toQuote, raw: true });
      if (page.since === undefined) return result;
      return { ...result, nextSince: result.items.at(-1)?.id ?? page.since };
    },

    /**
     * A page as the API's JSON body (see quote-json.ts), or the people a surname several have may mean (resolved
     * once: the route answers them without `list`); null for what only `list` answers: the feed, a count, a
     * full-text search.
     */
    pageJson(filter: QuoteFilter, page: QuotePageRequest): QuotePageJson {
      if (page.since !== undefined || page.count || filter.q !== undefined) return null;
      const resolved = pageQuery(filter, page, JSON_COLUMNS);
      if ('candidates' in resolved) return resolved;
      const { query } = resolved;
      const rows = query ? (prepared(query.sql).raw().all(query.params) as QuoteJsonRow[]) : [];
      return quotePageJson(rows, page.limit);
    },
  };
}
