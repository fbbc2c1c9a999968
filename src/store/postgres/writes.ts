// PostgreSQL's writes, each in a transaction on one client: the same records as SQLite's store writes, made
// safe for several processes at once. Articles and officials are inserted with ON CONFLICT DO NOTHING on
// their unique keys, so the same text or official saved by two replicas at once is stored once (the second
// waits for the first to commit, then finds its row).
import type pg from 'pg';
import type { Official, ParseResult, Quote } from '../../extract/types.js';
import { contentHash, newArticleRow, type NewArticle, type UpdateOutcome } from '../articles.js';
import { nameKey, surnameOf } from '../names.js';
import { aliasKey } from '../officials.js';
import { OF_OFFICIAL, provenanceColumn, rankOf, type QuotePlacement } from '../quotes.js';
import type { StoredMeta } from '../reparse.js';
import { rowsOf, run, firstValue } from './connection.js';
import { articleReads } from './reads.js';

type Client = pg.PoolClient;

const QUOTE_COLUMNS = `article_id, ordinal, day, text, type, start, "end", cue, speaker_kind, speaker_name, speaker_mention,
  speaker_key, official_id, confidence, dateline_date, dateline_city, dateline_country, rank, url, source, cue_start, cue_end,
  mention_start, mention_end, provenance`;
const QUOTE_WIDTH = 25;

async function reindexNames(db: Client, id: number): Promise<void> {
  await run(
    db,
    `UPDATE officials SET search = to_tsvector('words', name || ' ' ||
       coalesce((SELECT string_agg(alias, ' ' ORDER BY alias_key) FROM official_aliases WHERE official_id = @id), ''))
     WHERE id = @id`,
    { id },
  );
}

/**
 * Quotes are linked to the official of their speaker's name both ways: by the article saving the quotes, and
 * by the one creating the official. Across processes neither sees the other's rows before it commits, so
 * both take this lock on the name first: the second waits for the first to commit, then sees its rows.
 * Two keys (a class of our own, the name's hash): apart from the migrations' one-key lock.
 */
const lockName = (db: Client, key: string) => db.query('SELECT pg_advisory_xact_lock(14, hashtext($1))', [key]);

async function addPlace(db: Client, id: number, table: string, column: string, value: string | null) {
  if (value !== null)
    await run(db, `INSERT INTO ${table} (official_id, ${column}) VALUES (@id, @value) ON CONFLICT DO NOTHING`, { id, value });
}

/** As officialsRepository's saveRole: the official's id, made once whichever process names it first. */
export async function saveRole(db: Client, official: Official, articleId: number): Promise<number | null> {
  const key = nameKey(official.name);
  if (!key) return null;
  const params = { key, name: official.name };
  const created = await firstValue<number>(
    db,
    'INSERT INTO officials (name_key, name) VALUES (@key, @name) ON CONFLICT DO NOTHING RETURNING id',
    params,
  );
  const id = created ?? ((await firstValue<number>(db, 'SELECT id FROM officials WHERE name_key = @key', params)) as number);
  let renamed = created !== undefined;
  if (renamed) {
    await lockName(db, key);
    await run(db, "UPDATE quotes SET official_id = @id WHERE speaker_key = @key AND speaker_kind = 'person' AND official_id IS NULL", {
      id,
      key,
    });
  }
  for (const alias of official.aliases) {
    if (nameKey(alias) === key) continue;
    const added = await run(
      db,
      'INSERT INTO official_aliases (official_id, alias_key, alias) VALUES (@id, @aliasKey, @alias) ON CONFLICT DO NOTHING',
      { id, aliasKey: aliasKey(alias), alias },
    );
    if (added > 0) renamed = true;
  }
  const hasRole = await firstValue(db, 'SELECT 1 FROM official_roles WHERE article_id = @articleId AND official_id = @id', {
    articleId,
    id,
  });
  if (!hasRole) {
    const role = { id, articleId, title: official.title, organization: official.organization, country: official.country };
    await run(
      db,
      'INSERT INTO official_roles (official_id, article_id, title, organization, country) VALUES (@id, @articleId, @title, @organization, @country)',
      role,
    );
    await addPlace(db, id, 'official_countries', 'country', official.country);
    await addPlace(db, id, 'official_organizations', 'organization', official.organization);
    await run(
      db,
      `UPDATE officials SET title = coalesce(@title, title), organization = coalesce(@organization, organization),
         country = coalesce(@country, country)
       WHERE id = @id AND (title IS DISTINCT FROM coalesce(@title, title)
         OR organization COLLATE "C" IS DISTINCT FROM coalesce(@organization, organization) COLLATE "C"
         OR country COLLATE "C" IS DISTINCT FROM coalesce(@country, country) COLLATE "C")`,
      role,
    );
  }
  if (renamed) await reindexNames(db, id);
  return id;
}

/** As quotesRepository's saveAll, in one statement: a person speaker is linked to the official of the same name. */
async function saveQuotes(db: Client, articleId: number, placement: QuotePlacement, quotes: Quote[]): Promise<void> {
  if (quotes.length === 0) return;
  const values: unknown[] = [];
  const persons = new Set<string>();
  for (const [ordinal, quote] of quotes.entries()) {
    const speaker = quote.speaker;
    const key = speaker?.name ? nameKey(speaker.name) || null : null;
    if (speaker?.kind === 'person' && key !== null) persons.add(key);
    const { dateline } = placement;
    values.push(articleId, ordinal, placement.day, quote.text, quote.type, quote.start, quote.end, quote.cue);
    values.push(speaker?.kind ?? null, speaker?.name ?? null, speaker?.mention ?? null, key, null, quote.confidence);
    values.push(dateline.date, dateline.city, dateline.country, rankOf(articleId, ordinal), placement.url, placement.source);
    values.push(quote.cueStart ?? null, quote.cueEnd ?? null, speaker?.mentionStart ?? null, speaker?.mentionEnd ?? null);
    values.push(provenanceColumn(quote));
  }
  for (const key of [...persons].sort()) {
    await db.query('INSERT INTO speakers (key, surname) VALUES ($1, $2) ON CONFLICT DO NOTHING', [key, surnameOf(key)]);
  }
  const rows = quotes.map((_, i) => `(${Array.from({ length: QUOTE_WIDTH }, (_, c) => `$${i * QUOTE_WIDTH + c + 1}`).join(', ')})`);
  await db.query(`INSERT INTO quotes (${QUOTE_COLUMNS}) VALUES ${rows.join(', ')}`, values);
  for (const key of [...persons].sort()) await lockName(db, key);
  await db.query(
    `UPDATE quotes q SET official_id = o.id FROM officials o
       WHERE q.article_id = $1 AND q.speaker_kind = 'person' AND o.name_key = q.speaker_key`,
    [articleId],
  );
}

/** Officials an article names, before its roles go; those no longer named anywhere go after (see afterArticleDelete). */
const officialsOf = async (db: Client, articleId: number) =>
  (await rowsOf<[number]>(db, 'SELECT DISTINCT official_id FROM official_roles WHERE article_id = @articleId', { articleId }, true)).map(
    ([id]) => id,
  );

async function afterArticleDelete(db: Client, officialIds: number[]): Promise<void> {
  const latest = (column: string) =>
    `(SELECT ${column} FROM official_roles WHERE official_id = @id AND ${column} IS NOT NULL ORDER BY id DESC LIMIT 1)`;
  for (const id of officialIds) {
    if (await firstValue(db, 'SELECT 1 FROM official_roles WHERE official_id = @id LIMIT 1', { id })) {
      await run(
        db,
        `UPDATE officials SET title = ${latest('title')}, organization = ${latest('organization')}, country = ${latest('country')} WHERE id = @id`,
        {
          id,
        },
      );
      for (const [table, column] of [
        ['official_countries', 'country'],
        ['official_organizations', 'organization'],
      ]) {
        await run(
          db,
          `DELETE FROM ${table} p WHERE official_id = @id
             AND NOT EXISTS (SELECT 1 FROM official_roles r WHERE r.official_id = @id AND r.${column} = p.${column})`,
          { id },
        );
      }
    } else {
      await run(db, `UPDATE quotes AS q SET official_id = NULL WHERE ${OF_OFFICIAL}`, { officialId: id });
      await run(db, 'DELETE FROM officials WHERE id = @id', { id });
    }
  }
}

/** As recordsReplacer: an article's quotes and roles replaced by a new parse, its id unchanged. */
async function replaceRecords(db: Client, id: number, parsed: ParseResult, meta: StoredMeta): Promise<void> {
  const named = await officialsOf(db, id);
  await run(db, 'DELETE FROM quotes WHERE article_id = @id', { id });
  await run(db, 'DELETE FROM official_roles WHERE article_id = @id', { id });
  const day = meta.publishedAt?.slice(0, 10) ?? parsed.dateline.date ?? '';
  await run(
    db,
    `UPDATE articles SET dateline_date = @date, dateline_city = @city, dateline_country = @country, day = @day,
       parser_version = @parserVersion WHERE id = @id`,
    { id, ...parsed.dateline, day, parserVersion: parsed.parserVersion },
  );
  for (const official of parsed.officials) await saveRole(db, official, id);
  await afterArticleDelete(db, named);
  await saveQuotes(db, id, { day, dateline: parsed.dateline, url: meta.url, source: meta.source }, parsed.quotes);
}

export interface SavedRow {
  id: number;
  created: boolean;
  conflict: boolean;
}

/** Stores one article unless its text or externalId is stored already (by this transaction or a committed one). */
async function saveOne(db: Client, item: NewArticle): Promise<SavedRow> {
  const { dateline } = item.parsed;
  const day = item.publishedAt?.slice(0, 10) ?? dateline.date ?? '';
  const id = await firstValue<number>(
    db,
    `INSERT INTO articles (content_hash, external_id, text, url, source, published_at, dateline_date, dateline_city,
       dateline_country, day, parser_version, created_at)
     VALUES (@contentHash, @externalId, @text, @url, @source, @publishedAt, @datelineDate, @datelineCity, @datelineCountry,
       @day, @parserVersion, @createdAt)
     ON CONFLICT DO NOTHING RETURNING id`,
    newArticleRow(item, day),
  );
  if (id === undefined) {
    const existing = (await articleReads(db).findExisting(item.text, item.externalId))!;
    return { id: existing.id, created: false, conflict: existing.conflict };
  }
  for (const official of item.parsed.officials) await saveRole(db, official, id);
  await saveQuotes(db, id, { day, dateline, url: item.url ?? null, source: item.source ?? null }, item.parsed.quotes);
  return { id, created: true, conflict: false };
}

export async function saveArticles(db: Client, items: NewArticle[]): Promise<SavedRow[]> {
  const saved: SavedRow[] = [];
  for (const item of items) saved.push(await saveOne(db, item));
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
  await replaceRecords(db, id, item.parsed, meta);
  return { status: 'updated' };
}

export async function deleteArticle(db: Client, id: number): Promise<boolean> {
  const named = await officialsOf(db, id);
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
  for (const { id, ...meta } of claimed) await replaceRecords(db, id, parses.get(id)!, meta);
}
