// rekeyNames (../rekey.ts) for PostgreSQL, at each replica's start after the migrations: when the honorific
// words the stored name keys were made with differ from today's, every key is recomputed from the stored
// names in one transaction, officials that now share a key merged into the oldest. The migrations' lock is
// taken first, so replicas starting together re-key once: the later ones find the words up to date.
import type pg from 'pg';
import { NAME_KEY_WORDS, nameKey, surnameOf } from '../names.js';
import { type OfficialName, rekeyPlan } from '../rekey.js';
import { firstValue, rowsOf, transaction } from './connection.js';
import { LOCK } from './migrate.js';
import { reindexNames } from './records.js';

type Client = pg.PoolClient;

const latest = (column: string) =>
  `${column} = (SELECT ${column} FROM official_roles WHERE official_id = $1 AND ${column} IS NOT NULL ORDER BY id DESC LIMIT 1)`;

/** One official's aliases, roles, places and quotes moved onto another, and the first removed. */
async function merge(db: Client, from: number, into: number): Promise<void> {
  const ids = [from, into];
  // A merged official's role in an article that already names the survivor would be a second one.
  await db.query(
    `DELETE FROM official_roles WHERE official_id = $1
       AND article_id IN (SELECT article_id FROM official_roles WHERE official_id = $2)`,
    ids,
  );
  await db.query('UPDATE official_roles SET official_id = $2 WHERE official_id = $1', ids);
  for (const [table, column] of [
    ['official_aliases', 'alias_key, alias'],
    ['official_countries', 'country'],
    ['official_organizations', 'organization'],
  ]) {
    await db.query(
      `INSERT INTO ${table} (official_id, ${column}) SELECT $2, ${column} FROM ${table} WHERE official_id = $1 ON CONFLICT DO NOTHING`,
      ids,
    );
  }
  await db.query('DELETE FROM officials WHERE id = $1', [from]);
  await db.query(`UPDATE officials SET ${['title', 'organization', 'country'].map(latest).join(', ')} WHERE id = $1`, [into]);
}

async function mergeOfficials(db: Client): Promise<void> {
  const { merges, changed } = rekeyPlan(await rowsOf<OfficialName>(db, 'SELECT id, name, name_key FROM officials ORDER BY id'));
  for (const { from, into } of merges) await merge(db, from, into);
  await reindexNames(db, [...new Set(merges.map((m) => m.into))]);
  // Through a placeholder first: a new key may still be another official's old one (PostgreSQL's text has no NUL).
  const setKeys = (keys: string[]) =>
    db.query('UPDATE officials o SET name_key = v.key FROM unnest($1::bigint[], $2::text[]) AS v(id, key) WHERE o.id = v.id', [
      changed.map((c) => c.id),
      keys,
    ]);
  await setKeys(changed.map(({ id }) => `\u0001${id}`));
  await setKeys(changed.map(({ key }) => key));
}

/** The distinct values of a column of person quotes. */
const personColumn = async (db: Client, column: 'speaker_name' | 'speaker_key') =>
  (
    await rowsOf<[string]>(db, `SELECT DISTINCT ${column} FROM quotes WHERE speaker_kind = 'person' AND ${column} IS NOT NULL`, {}, true)
  ).map(([value]) => value);

/** Person quotes' keys from their names, the speakers table from those keys, and quotes relinked to officials. */
async function rekeySpeakers(db: Client): Promise<void> {
  const names = await personColumn(db, 'speaker_name');
  await db.query(
    `UPDATE quotes q SET speaker_key = v.key FROM unnest($1::text[], $2::text[]) AS v(name, key)
     WHERE q.speaker_kind = 'person' AND q.speaker_name = v.name AND q.speaker_key IS DISTINCT FROM v.key`,
    [names, names.map((name) => nameKey(name) || null)],
  );
  await db.query('DELETE FROM speakers');
  const keys = await personColumn(db, 'speaker_key');
  await db.query('INSERT INTO speakers (key, surname) SELECT * FROM unnest($1::text[], $2::text[])', [keys, keys.map(surnameOf)]);
  const officialOf = '(SELECT id FROM officials WHERE name_key = q.speaker_key)';
  await db.query(
    `UPDATE quotes q SET official_id = ${officialOf} WHERE q.speaker_kind = 'person' AND q.official_id IS DISTINCT FROM ${officialOf}`,
  );
}

/** Re-keys stored names when the key words changed since they were made; says whether it did. */
export function rekeyPostgresNames(pool: pg.Pool): Promise<boolean> {
  return transaction(pool, async (db) => {
    await db.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
    if ((await firstValue<string>(db, 'SELECT words FROM name_key_words')) === NAME_KEY_WORDS) return false;
    await mergeOfficials(db);
    await rekeySpeakers(db);
    await db.query('INSERT INTO name_key_words (id, words) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET words = excluded.words', [
      NAME_KEY_WORDS,
    ]);
    return true;
  });
}
