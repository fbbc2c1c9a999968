// Officials: one record per normalised full name across all articles, with every alias and every role
// (title, organisation, country) seen, each tied to the article it came from.
import type { Database } from 'better-sqlite3';
import type { Official } from '../extract/types.js';
import type { OfficialDetail, OfficialFilter, OfficialSummary } from '../schemas/officials.js';
import { decodeCursor, NameKey, type Page, type PageRequest } from './cursor.js';
import { SQLITE_FULL_TEXT, type FullTextDialect } from './fts.js';
import { nameKey } from './names.js';
import { OF_OFFICIAL } from './quotes.js';
import { listPage, listQuery, statementCache, type ListQuery } from './sql.js';

export interface OfficialRow {
  id: number;
  name_key: string;
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
}

export interface RoleRow {
  article_id: number;
  day: string;
  title: string | null;
  organization: string | null;
  country: string | null;
}

export const OFFICIAL_COLUMNS = 'o.id, o.name_key, o.name, o.title, o.organization, o.country';

export const aliasKey = (alias: string) => alias.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The officials list as SQL; null when the filter cannot match anything. Exported for query-plan tests. */
export function officialListQuery(
  filter: OfficialFilter,
  page: PageRequest,
  fullText: FullTextDialect = SQLITE_FULL_TEXT,
): ListQuery | null {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: page.limit + 1 };
  if (filter.q !== undefined) {
    // Honorifics are not part of a name: "Dr Masood" finds Masood Khan.
    params.match = fullText.match(nameKey(filter.q), { prefix: true });
    if (params.match === null) return null;
    where.push(fullText.clause('officials', 'o.'));
  }
  if (filter.country !== undefined) {
    params.country = filter.country;
    where.push('o.id IN (SELECT official_id FROM official_countries WHERE country = @country)');
  }
  if (filter.organization !== undefined) {
    params.organization = filter.organization;
    where.push('o.id IN (SELECT official_id FROM official_organizations WHERE organization = @organization)');
  }
  if (page.cursor !== undefined) [params.after] = decodeCursor(page.cursor, NameKey);
  const after = page.cursor === undefined ? undefined : 'o.name_key > @after';
  return listQuery(OFFICIAL_COLUMNS, 'officials o', where, after, 'o.name_key', params);
}

export function officialsRepository(db: Database) {
  const prepared = statementCache(db);
  const idByKey = db.prepare<[string], number>('SELECT id FROM officials WHERE name_key = ?').pluck();
  const row = db.prepare<[number], OfficialRow>('SELECT * FROM officials WHERE id = ?');
  const exists = db.prepare<[number], number>('SELECT 1 FROM officials WHERE id = ?').pluck();
  const insert = db.prepare('INSERT INTO officials (name_key, name) VALUES (?, ?)');
  const insertAlias = db.prepare('INSERT OR IGNORE INTO official_aliases (official_id, alias_key, alias) VALUES (?, ?, ?)');
  const aliasesOf = db.prepare<[number], string>('SELECT alias FROM official_aliases WHERE official_id = ? ORDER BY alias_key').pluck();
  const hasRole = db.prepare<[number, number], number>('SELECT 1 FROM official_roles WHERE article_id = ? AND official_id = ?').pluck();
  // The distinct countries and organisations an official has been named with (migration 005): one table
  // each, kept the same way.
  const places = (table: string, column: 'country' | 'organization') => ({
    add: db.prepare(`INSERT OR IGNORE INTO ${table} (official_id, ${column}) VALUES (?, ?)`),
    /** Removes the places only deleted roles gave. */
    prune: db.prepare(
      `DELETE FROM ${table} AS p WHERE official_id = @id
         AND NOT EXISTS (SELECT 1 FROM official_roles r WHERE r.official_id = @id AND r.${column} = p.${column})`,
    ),
  });
  const countries = places('official_countries', 'country');
  const organizations = places('official_organizations', 'organization');
  const insertRole = db.prepare(
    'INSERT INTO official_roles (official_id, article_id, title, organization, country) VALUES (?, ?, ?, ?, ?)',
  );
  // A new role is the latest one: its non-null values replace the official's current ones. Most mentions
  // repeat the current role, and then no row is written (on a large database every written row is a
  // page to log and checkpoint).
  const noteRole = db.prepare(
    `UPDATE officials SET title = coalesce(@title, title), organization = coalesce(@organization, organization),
       country = coalesce(@country, country)
     WHERE id = @id AND (title IS NOT coalesce(@title, title)
       OR organization IS NOT coalesce(@organization, organization) COLLATE BINARY
       OR country IS NOT coalesce(@country, country) COLLATE BINARY)`,
  );
  // After a delete, the latest role left decides.
  const latest = (column: string) =>
    `(SELECT ${column} FROM official_roles WHERE official_id = @id AND ${column} IS NOT NULL ORDER BY id DESC LIMIT 1)`;
  const refreshRole = db.prepare(
    `UPDATE officials SET title = ${latest('title')}, organization = ${latest('organization')},
       country = ${latest('country')} WHERE id = @id`,
  );
  const deleteNames = db.prepare('DELETE FROM officials_fts WHERE rowid = ?');
  const insertNames = db.prepare('INSERT INTO officials_fts (rowid, names) VALUES (?, ?)');
  // A person quoted before their first article as an official gets linked once that official exists.
  const linkEarlierQuotes = db.prepare(
    "UPDATE quotes SET official_id = ? WHERE speaker_key = ? AND speaker_kind = 'person' AND official_id IS NULL",
  );
  const idsOfArticle = db.prepare<[number], number>('SELECT DISTINCT official_id FROM official_roles WHERE article_id = ?').pluck();
  const hasRoles = db.prepare<[number], number>('SELECT 1 FROM official_roles WHERE official_id = ? LIMIT 1').pluck();
  const remove = db.prepare('DELETE FROM officials WHERE id = ?');
  // quotes.official_id is not a foreign key (migration 003): the links go before the official does.
  const unlinkQuotes = db.prepare(`UPDATE quotes AS q SET official_id = NULL WHERE ${OF_OFFICIAL}`);
  const rolesOfArticle = db.prepare<[number], OfficialRow>(
    `SELECT o.id, o.name_key, o.name, r.title, r.organization, r.country
       FROM official_roles r JOIN officials o ON o.id = r.official_id WHERE r.article_id = ? ORDER BY r.id`,
  );
  const rolesOf = db.prepare<[number], RoleRow>(
    `SELECT r.article_id, a.day, r.title, r.organization, r.country
       FROM official_roles r JOIN articles a ON a.id = r.article_id WHERE r.official_id = ? ORDER BY r.id`,
  );
  const quoteCount = db.prepare<[{ officialId: number }], number>(`SELECT count(*) FROM quotes q WHERE ${OF_OFFICIAL}`).pluck();

  const summary = (official: OfficialRow): OfficialSummary => ({
    id: official.id,
    name: official.name,
    aliases: aliasesOf.all(official.id),
    title: official.title,
    organization: official.organization,
    country: official.country,
  });

  /** Rewrites the official's full-text document (name and aliases). */
  function reindexNames(id: number): void {
    const official = row.get(id) as OfficialRow;
    deleteNames.run(id);
    insertNames.run(id, [official.name, ...aliasesOf.all(id)].join(' '));
  }

  return {
    idByKey: (key: string): number | undefined => idByKey.get(key),

    /**
     * Records that `articleId` names this official; returns the official's id (null for an empty name).
     * A second entry for the same person in one article adds aliases but not a second role.
     */
    saveRole(official: Official, articleId: number): number | null {
      const key = nameKey(official.name);
      if (!key) return null;
      let id = idByKey.get(key);
      let renamed = id === undefined;
      if (id === undefined) {
        id = Number(insert.run(key, official.name).lastInsertRowid);
        linkEarlierQuotes.run(id, key);
      }
      for (const alias of official.aliases) {
        if (nameKey(alias) !== key && insertAlias.run(id, aliasKey(alias), alias).changes > 0) renamed = true;
      }
      if (!hasRole.get(articleId, id)) {
        insertRole.run(id, articleId, official.title, official.organization, official.country);
        if (official.country !== null) countries.add.run(id, official.country);
        if (official.organization !== null) organizations.add.run(id, official.organization);
        noteRole.run({ id, title: official.title, organization: official.organization, country: official.country });
      }
      // The full-text document changes only with the names: most mentions of a known official add none.
      if (renamed) reindexNames(id);
      return id;
    },

    /** The officials of an article, each with the role that article gives them. */
    ofArticle: (articleId: number): OfficialSummary[] => rolesOfArticle.all(articleId).map(summary),

    /** Call around deleting an article: officials it alone named go, the others get their role refreshed. */
    beforeArticleDelete: (articleId: number): number[] => idsOfArticle.all(articleId),
    afterArticleDelete(officialIds: number[]): void {
      for (const id of officialIds) {
        if (hasRoles.get(id)) {
          refreshRole.run({ id });
          // Places only the deleted roles gave go too (an official that goes takes its own by cascade).
          countries.prune.run({ id });
          organizations.prune.run({ id });
        } else {
          unlinkQuotes.run({ officialId: id });
          remove.run(id);
          deleteNames.run(id);
        }
      }
    },

    /** Whether the official exists: one lookup of the primary key, where get() also reads roles and counts quotes. */
    exists: (id: number): boolean => exists.get(id) !== undefined,

    get(id: number): OfficialDetail | undefined {
      const official = row.get(id);
      if (!official) return undefined;
      return {
        ...summary(official),
        roles: rolesOf.all(id).map((role) => ({
          articleId: role.article_id,
          date: role.day || null,
          title: role.title,
          organization: role.organization,
          country: role.country,
        })),
        quoteCount: quoteCount.get({ officialId: id }) as number,
      };
    },

    list(filter: OfficialFilter, page: PageRequest): Page<OfficialSummary> {
      const query = officialListQuery(filter, page);
      return listPage(prepared, query, page, { keyOf: (official: OfficialRow) => [official.name_key], toItem: summary });
    },
  };
}
