// The records of many articles at once (officials, roles, aliases, speakers, quotes), each kind in one
// set-based statement whatever the number of articles: a batch costs a dozen round trips, not thousands.
// Rows that other transactions may insert too (officials, aliases, speakers, places) go in one sorted order,
// so two batches that wait for each other's new rows do so in the same order and never deadlock on them.
import type pg from 'pg';
import type { Official, Quote } from '../../extract/types.js';
import { nameKey, surnameOf } from '../names.js';
import { aliasKey } from '../officials.js';
import { QUOTE_COLUMNS, quoteColumns, type QuotePlacement } from '../quotes.js';

type Client = pg.PoolClient;

export interface ArticleOfficials {
  articleId: number;
  officials: Official[];
}

export interface ArticleQuotes {
  articleId: number;
  placement: QuotePlacement;
  quotes: Quote[];
}

interface Role {
  officialId: number;
  articleId: number;
  official: Official;
}

/** The latest non-null title, organisation and country each official was seen with, as coalescing role by role. */
function latestValues(roles: Role[]) {
  const latest = new Map<number, { title: string | null; organization: string | null; country: string | null }>();
  for (const { officialId, official } of roles) {
    const seen = latest.get(officialId) ?? { title: null, organization: null, country: null };
    latest.set(officialId, {
      title: official.title ?? seen.title,
      organization: official.organization ?? seen.organization,
      country: official.country ?? seen.country,
    });
  }
  return [...latest].sort(([a], [b]) => a - b);
}

/** Officials by name key, made once whichever transaction names them first: the ids and the keys this call created. */
async function officialIds(db: Client, names: Map<string, string>): Promise<{ ids: Map<string, number>; created: Set<string> }> {
  const keys = [...names.keys()].sort();
  // Known names are left out before the insert: a conflicting row would take an id from the sequence for nothing.
  const inserted = await db.query<{ name_key: string }>(
    `INSERT INTO officials (name_key, name)
     SELECT key, name FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS o(key, name, n)
     WHERE NOT EXISTS (SELECT 1 FROM officials WHERE name_key = o.key) ORDER BY n
     ON CONFLICT DO NOTHING RETURNING name_key`,
    [keys, keys.map((key) => names.get(key))],
  );
  // A new statement: it sees the rows of the transactions this one waited for.
  const found = await db.query<{ id: number; name_key: string }>('SELECT id, name_key FROM officials WHERE name_key = ANY($1)', [keys]);
  return {
    ids: new Map(found.rows.map((row) => [row.name_key, row.id])),
    created: new Set(inserted.rows.map((row) => row.name_key)),
  };
}

async function saveAliases(db: Client, roles: Role[]): Promise<number[]> {
  const aliases = new Map<string, [number, string, string]>();
  for (const { officialId, official } of roles) {
    const key = nameKey(official.name);
    for (const alias of official.aliases) {
      if (nameKey(alias) === key) continue;
      const row: [number, string, string] = [officialId, aliasKey(alias), alias];
      const id = JSON.stringify(row.slice(0, 2));
      if (!aliases.has(id)) aliases.set(id, row);
    }
  }
  if (aliases.size === 0) return [];
  // (id, key) pairs are unique here: no two compare equal.
  const rows = [...aliases.values()].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  const added = await db.query<{ official_id: number }>(
    `INSERT INTO official_aliases (official_id, alias_key, alias)
     SELECT id, key, alias FROM unnest($1::bigint[], $2::text[], $3::text[]) WITH ORDINALITY AS a(id, key, alias, n) ORDER BY n
     ON CONFLICT DO NOTHING RETURNING official_id`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
  );
  return added.rows.map((row) => row.official_id);
}

/** Roles, the places they name, and each official's latest title, organisation and country, in two statements. */
async function saveRoles(db: Client, roles: Role[]): Promise<void> {
  const column = <K extends keyof Official>(name: K) => roles.map((role) => role.official[name]);
  await db.query(
    `WITH roles AS (
       INSERT INTO official_roles (official_id, article_id, title, organization, country)
       SELECT official_id, article_id, title, organization, country
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[])
           WITH ORDINALITY AS r(official_id, article_id, title, organization, country, n)
         ORDER BY n
       RETURNING official_id, organization, country),
     countries AS (
       INSERT INTO official_countries (official_id, country)
       SELECT DISTINCT official_id, country FROM roles WHERE country IS NOT NULL ORDER BY 1, 2 ON CONFLICT DO NOTHING)
     INSERT INTO official_organizations (official_id, organization)
     SELECT DISTINCT official_id, organization FROM roles WHERE organization IS NOT NULL ORDER BY 1, 2 ON CONFLICT DO NOTHING`,
    [roles.map((r) => r.officialId), roles.map((r) => r.articleId), column('title'), column('organization'), column('country')],
  );
  const latest = latestValues(roles);
  const value = (name: 'title' | 'organization' | 'country') => latest.map(([, values]) => values[name]);
  // Only the rows whose values change are written (and locked): most saves of a known official change nothing.
  await db.query(
    `UPDATE officials o SET title = coalesce(v.title, o.title), organization = coalesce(v.organization, o.organization),
       country = coalesce(v.country, o.country)
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS v(id, title, organization, country)
     WHERE o.id = v.id AND (o.title IS DISTINCT FROM coalesce(v.title, o.title)
       OR o.organization COLLATE "C" IS DISTINCT FROM coalesce(v.organization, o.organization) COLLATE "C"
       OR o.country COLLATE "C" IS DISTINCT FROM coalesce(v.country, o.country) COLLATE "C")`,
    [latest.map(([id]) => id), value('title'), value('organization'), value('country')],
  );
}

/** The officials' search column: name and aliases, as SQLite's officials_fts holds them. */
export async function reindexNames(db: Client, ids: number[]): Promise<void> {
  await db.query(
    `UPDATE officials o SET search = to_tsvector('words', name || ' ' ||
       coalesce((SELECT string_agg(alias, ' ' ORDER BY alias_key) FROM official_aliases a WHERE a.official_id = o.id), ''))
     WHERE o.id = ANY($1)`,
    [ids],
  );
}

/**
 * As officialsRepository's saveRole for every official of every article: one official per name key, a role per
 * article (the first when an article names one twice), aliases, places and latest values. Returns the name
 * keys this transaction created: the quotes already saved under those names are to be linked to them.
 */
export async function saveOfficials(db: Client, articles: ArticleOfficials[]): Promise<Set<string>> {
  const names = new Map<string, string>();
  const named: { articleId: number; key: string; official: Official }[] = [];
  for (const { articleId, officials } of articles) {
    for (const official of officials) {
      const key = nameKey(official.name);
      if (!key) continue;
      if (!names.has(key)) names.set(key, official.name);
      named.push({ articleId, key, official });
    }
  }
  if (named.length === 0) return new Set();
  const { ids, created } = await officialIds(db, names);
  const every = named.map(({ articleId, key, official }): Role => ({ officialId: ids.get(key)!, articleId, official }));
  const renamed = new Set([...[...created].map((key) => ids.get(key)!), ...(await saveAliases(db, every))]);
  const roled = new Set<string>();
  const roles = every.filter(
    ({ articleId, officialId }) => !roled.has(`${articleId} ${officialId}`) && roled.add(`${articleId} ${officialId}`),
  );
  await saveRoles(db, roles);
  if (renamed.size > 0)
    await reindexNames(
      db,
      [...renamed].sort((a, b) => a - b),
    );
  return created;
}

// official_id is left out: the insert links it in SQL (see saveQuotes).
const INSERTED = QUOTE_COLUMNS.filter((column) => column !== 'official_id').map((column) => `"${column}"`);

const quoteRows = (articles: ArticleQuotes[]) =>
  articles.flatMap(({ articleId, placement, quotes }) =>
    quotes.map((quote, ordinal) => quoteColumns(articleId, ordinal, placement, quote)),
  );

/**
 * Holds, until the transaction ends, the name locks that keep a quote and the official of its speaker linked
 * across transactions: exclusive on the names this transaction created officials for, shared on the names of
 * its quotes that found no official. Neither transaction sees the other's rows before it commits, so the later
 * one waits for the earlier one to commit and then links what the earlier one left unlinked. Savers of quotes
 * only share the lock: they never wait for each other. Taken in one statement, in the order of the lock keys,
 * so two transactions never wait for each other's locks in opposite orders.
 */
async function lockNames(db: Client, created: Set<string>, unlinked: string[]): Promise<void> {
  const keys = [...new Set([...created, ...unlinked])];
  await db.query(
    `SELECT CASE WHEN exclusive THEN pg_advisory_xact_lock(14, lock) ELSE pg_advisory_xact_lock_shared(14, lock) END
     FROM (SELECT hashtext(key) AS lock, bool_or(exclusive) AS exclusive
           FROM unnest($1::text[], $2::boolean[]) AS k(key, exclusive) GROUP BY 1 ORDER BY 1) AS locks`,
    [keys, keys.map((key) => created.has(key))],
  );
}

/**
 * As quotesRepository's saveAll for every article: speakers, then the quotes in one statement, each person
 * speaker linked to the official of the same name; then, under the name locks, the links another transaction
 * could not see (see lockNames). `created`: the names saveOfficials created officials for in this transaction.
 */
export async function saveQuotes(db: Client, articles: ArticleQuotes[], created: Set<string>): Promise<void> {
  const rows = quoteRows(articles);
  const persons = [
    ...new Set(rows.filter((r) => r.speaker_kind === 'person' && r.speaker_key !== null).map((r) => r.speaker_key as string)),
  ];
  persons.sort();
  if (persons.length > 0) {
    await db.query(
      `INSERT INTO speakers (key, surname) SELECT key, surname FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS s(key, surname, n)
       ORDER BY n ON CONFLICT DO NOTHING`,
      [persons, persons.map(surnameOf)],
    );
  }
  let unlinked: string[] = [];
  if (rows.length > 0) {
    const result = await db.query<{ speaker_key: string }>(
      `WITH saved AS (
         INSERT INTO quotes (${INSERTED}, official_id)
         SELECT ${INSERTED.map((column) => `r.${column}`)},
           CASE WHEN r.speaker_kind = 'person' THEN (SELECT o.id FROM officials o WHERE o.name_key = r.speaker_key) END
         FROM jsonb_populate_recordset(NULL::quotes, $1) WITH ORDINALITY AS r ORDER BY r.ordinality
         RETURNING speaker_kind, speaker_key, official_id)
       SELECT DISTINCT speaker_key FROM saved WHERE speaker_kind = 'person' AND speaker_key IS NOT NULL AND official_id IS NULL`,
      [JSON.stringify(rows)],
    );
    unlinked = result.rows.map((row) => row.speaker_key);
  }
  if (created.size + unlinked.length === 0) return;
  await lockNames(db, created, unlinked);
  await db.query(
    `UPDATE quotes q SET official_id = o.id FROM officials o
     WHERE q.speaker_key = ANY($1) AND q.speaker_kind = 'person' AND q.official_id IS NULL AND o.name_key = q.speaker_key`,
    [[...created, ...unlinked]],
  );
}
