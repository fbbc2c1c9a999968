// PostgreSQL's writes, each in a transaction on one client: the same records as SQLite's store writes, made
// safe for several processes at once. Articles and officials are inserted with ON CONFLICT DO NOTHING on
// their unique keys, so the same text or official saved by two replicas at once is stored once (the second
// waits for the first to commit, then finds its row).
import type pg from 'pg';
import type { ParseResult } from '../../extract/types.js';
import { contentHash, newArticleRow, type NewArticle, type UpdateOutcome } from '../articles.js';
import type { StoredMeta } from '../reparse.js';
import { rowsOf, run, firstValue } from './connection.js';
import { articleReads } from './reads.js';
import { saveOfficials, saveQuotes } from './records.js';

type Client = pg.PoolClient;

/** Officials some articles name, before their roles go; those no longer named anywhere go after (see afterArticleDelete). */
const officialsOf = async (db: Client, articleIds: number[]) =>
  (
    await db.query<{ official_id: number }>('SELECT DISTINCT official_id FROM official_roles WHERE article_id = ANY($1)', [articleIds])
  ).rows.map((row) => row.official_id);

/** Officials whose roles went: those named elsewhere get their latest values and places back, the others go. */
async function afterArticleDelete(db: Client, officialIds: number[]): Promise<void> {
  if (officialIds.length === 0) return;
  const latest = (column: string) =>
    `(SELECT ${column} FROM official_roles r WHERE r.official_id = o.id AND ${column} IS NOT NULL ORDER BY r.id DESC LIMIT 1)`;
  const ids = [...officialIds].sort((a, b) => a - b);
  await db.query(
    `UPDATE officials o SET title = ${latest('title')}, organization = ${latest('organization')}, country = ${latest('country')}
     WHERE o.id = ANY($1) AND EXISTS (SELECT 1 FROM official_roles r WHERE r.official_id = o.id)`,
    [ids],
  );
  for (const [table, column] of [
    ['official_countries', 'country'],
    ['official_organizations', 'organization'],
  ]) {
    await db.query(
      `DELETE FROM ${table} p WHERE p.official_id = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM official_roles r WHERE r.official_id = p.official_id AND r.${column} = p.${column})`,
      [ids],
    );
  }
  await db.query(
    `WITH gone AS (
       DELETE FROM officials o WHERE o.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM official_roles r WHERE r.official_id = o.id)
       RETURNING id, name_key)
     UPDATE quotes q SET official_id = NULL FROM gone WHERE q.speaker_key = gone.name_key AND q.official_id = gone.id`,
    [ids],
  );
}

interface Parsed {
  id: number;
  parsed: ParseResult;
  meta: StoredMeta;
}

/** As recordsReplacer, for many articles at once: their quotes and roles replaced by new parses, ids unchanged. */
async function replaceRecords(db: Client, articles: Parsed[]): Promise<void> {
  const ids = articles.map((article) => article.id);
  const named = await officialsOf(db, ids);
  await db.query('DELETE FROM quotes WHERE article_id = ANY($1)', [ids]);
  await db.query('DELETE FROM official_roles WHERE article_id = ANY($1)', [ids]);
  const day = ({ parsed, meta }: Parsed) => meta.publishedAt?.slice(0, 10) ?? parsed.dateline.date ?? '';
  const dateline = (name: 'date' | 'city' | 'country') => articles.map((article) => article.parsed.dateline[name]);
  await db.query(
    `UPDATE articles a SET dateline_date = v.date, dateline_city = v.city, dateline_country = v.country, day = v.day,
       parser_version = v.version
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS v(id, date, city, country, day, version)
     WHERE a.id = v.id`,
    [ids, dateline('date'), dateline('city'), dateline('country'), articles.map(day), articles.map((a) => a.parsed.parserVersion)],
  );
  const created = await saveOfficials(
    db,
    articles.map(({ id, parsed }) => ({ articleId: id, officials: parsed.officials })),
  );
  await afterArticleDelete(db, named);
  await saveQuotes(
    db,
    articles.map((article) => {
      const { id, parsed, meta } = article;
      return {
        articleId: id,
        placement: { day: day(article), dateline: parsed.dateline, url: meta.url, source: meta.source },
        quotes: parsed.quotes,
      };
    }),
    created,
  );
}

export interface SavedRow {
  id: number;
  created: boolean;
  conflict: boolean;
}

const ARTICLE_COLUMNS = `content_hash, external_id, text, url, source, published_at, dateline_date, dateline_city, dateline_country, day,
  parser_version, created_at`;

const dayOf = (item: NewArticle) => item.publishedAt?.slice(0, 10) ?? item.parsed.dateline.date ?? '';

/**
 * Inserts the articles whose text and externalId are not stored yet (by this transaction or a committed one),
 * in one statement, in their order: the id each item was stored under, undefined for those already there.
 */
async function insertArticles(db: Client, items: NewArticle[]): Promise<(number | undefined)[]> {
  const rows = items.map((item) => {
    const row = newArticleRow(item, dayOf(item));
    return {
      content_hash: row.contentHash,
      external_id: row.externalId,
      text: row.text,
      url: row.url,
      source: row.source,
      published_at: row.publishedAt,
      dateline_date: row.datelineDate,
      dateline_city: row.datelineCity,
      dateline_country: row.datelineCountry,
      day: row.day,
      parser_version: row.parserVersion,
      created_at: row.createdAt,
    };
  });
  // Which items are new, decided as SQLite's one-by-one saves do (an item is stored unless its text or externalId
  // is stored or came earlier in the batch), so that no row conflicts: one that did would still take an id from
  // the sequence (and have its text indexed) for nothing. A concurrent transaction's row still conflicts.
  const stored = await db.query<{ content_hash: string; external_id: string | null }>(
    'SELECT content_hash, external_id FROM articles WHERE content_hash = ANY($1) OR external_id = ANY($2)',
    [rows.map((row) => row.content_hash), rows.flatMap((row) => row.external_id ?? [])],
  );
  const taken = new Set(stored.rows.flatMap((row) => [row.content_hash, row.external_id ?? []]).flat());
  const tried = rows.filter((row) => {
    if (taken.has(row.content_hash) || (row.external_id !== null && taken.has(row.external_id))) return false;
    taken.add(row.content_hash).add(row.external_id ?? row.content_hash);
    return true;
  });
  const inserted = await db.query<{ id: number; content_hash: string; external_id: string | null }>(
    `INSERT INTO articles (${ARTICLE_COLUMNS})
     SELECT ${ARTICLE_COLUMNS.split(',').map((column) => `r.${column.trim()}`)}
     FROM jsonb_populate_recordset(NULL::articles, $1) WITH ORDINALITY AS r ORDER BY r.ordinality
     ON CONFLICT DO NOTHING RETURNING id, content_hash, external_id`,
    [JSON.stringify(tried)],
  );
  const idOf = new Map(inserted.rows.map((row) => [JSON.stringify([row.content_hash, row.external_id]), row.id]));
  return rows.map((row) => {
    const key = JSON.stringify([row.content_hash, row.external_id]);
    const id = idOf.get(key);
    idOf.delete(key);
    return id;
  });
}

/** Stores each article unless its text or externalId is stored already; a batch in a dozen statements. */
export async function saveArticles(db: Client, items: NewArticle[]): Promise<SavedRow[]> {
  const ids = await insertArticles(db, items);
  const saved: SavedRow[] = [];
  const stored: { id: number; item: NewArticle }[] = [];
  for (const [i, item] of items.entries()) {
    const id = ids[i];
    if (id === undefined) {
      const existing = (await articleReads(db).findExisting(item.text, item.externalId))!;
      saved.push({ id: existing.id, created: false, conflict: existing.conflict });
    } else {
      saved.push({ id, created: true, conflict: false });
      stored.push({ id, item });
    }
  }
  const created = await saveOfficials(
    db,
    stored.map(({ id, item }) => ({ articleId: id, officials: item.parsed.officials })),
  );
  await saveQuotes(
    db,
    stored.map(({ id, item }) => ({
      articleId: id,
      placement: { day: dayOf(item), dateline: item.parsed.dateline, url: item.url ?? null, source: item.source ?? null },
      quotes: item.parsed.quotes,
    })),
    created,
  );
  return saved;
}

export async function updateArticle(db: Client, id: number, item: NewArticle): Promise<UpdateOutcome> {
  // The row lock: two updates of one article take turns.
  if ((await firstValue(db, 'SELECT 1 FROM articles WHERE id = @id FOR UPDATE', { id })) === undefined) return { status: 'missing' };
  const hash = contentHash(item.text);
  const byText = await firstValue<number>(db, 'SELECT id FROM articles WHERE content_hash = @hash', { hash });
  if (byText !== undefined && byText !== id) return { status: 'conflict', id: byText, field: 'text' };
  const byExternalId =
    item.externalId === undefined
      ? undefined
      : await firstValue<number>(db, 'SELECT id FROM articles WHERE external_id = @externalId', { externalId: item.externalId });
  if (byExternalId !== undefined && byExternalId !== id) return { status: 'conflict', id: byExternalId, field: 'externalId' };
  const meta = { publishedAt: item.publishedAt ?? null, url: item.url ?? null, source: item.source ?? null };
  await run(
    db,
    `UPDATE articles SET content_hash = @hash, external_id = coalesce(@externalId, external_id), text = @text, url = @url,
       source = @source, published_at = @publishedAt WHERE id = @id`,
    { id, hash, externalId: item.externalId ?? null, text: item.text, ...meta },
  );
  await replaceRecords(db, [{ id, parsed: item.parsed, meta }]);
  return { status: 'updated' };
}

export async function deleteArticle(db: Client, id: number): Promise<boolean> {
  const named = await officialsOf(db, [id]);
  if ((await run(db, 'DELETE FROM articles WHERE id = @id', { id })) === 0) return false;
  await afterArticleDelete(db, named);
  return true;
}

/**
 * Replaces the records of the articles not yet carrying the new parse's version, skipping those another
 * process holds (FOR UPDATE SKIP LOCKED): replicas re-parsing at once replace each article once.
 */
export async function replaceParses(db: Client, items: { id: number; parsed: ParseResult }[]): Promise<void> {
  const claimed = await rowsOf<StoredMeta & { id: number }>(
    db,
    `SELECT id, published_at AS "publishedAt", url, source FROM articles
       WHERE id = ANY(@ids) AND parser_version <> ALL(@versions) ORDER BY id FOR UPDATE SKIP LOCKED`,
    { ids: items.map((item) => item.id), versions: [...new Set(items.map((item) => item.parsed.parserVersion))] },
  );
  const parses = new Map(items.map((item) => [item.id, item.parsed]));
  if (claimed.length > 0)
    await replaceRecords(
      db,
      claimed.map(({ id, ...meta }) => ({ id, parsed: parses.get(id)!, meta })),
    );
}
