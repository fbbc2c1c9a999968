// Name keys are computed in code from the honorific lexicon, so a change to that lexicon changes the keys
// of names already stored. At start-up, when the words the stored keys were made with (recorded by
// migration 012) differ from today's, every key is recomputed from the names as stored, in one transaction:
// officials whose names now share a key become one (the oldest keeps its id and takes the others' aliases,
// roles, places and quotes), and each person quote is relinked to the official of its new key.
import type { Database } from 'better-sqlite3';
import { NAME_KEY_WORDS, nameKey, surnameOf } from './names.js';

export interface OfficialName {
  id: number;
  name: string;
  name_key: string;
}

function statements(db: Database) {
  const run = (sql: string) => db.prepare(sql);
  return {
    storedWords: run('SELECT words FROM name_key_words').pluck(),
    setWords: run('INSERT OR REPLACE INTO name_key_words (id, words) VALUES (1, ?)'),
    officials: run('SELECT id, name, name_key FROM officials ORDER BY id'),
    setKey: run('UPDATE officials SET name_key = ? WHERE id = ?'),
    // A merged official's role in an article that already names the survivor would be a second one.
    dropSharedRoles: run(`DELETE FROM official_roles WHERE official_id = @from
      AND article_id IN (SELECT article_id FROM official_roles WHERE official_id = @into)`),
    moveRoles: run('UPDATE official_roles SET official_id = @into WHERE official_id = @from'),
    moveAliases: run(`INSERT OR IGNORE INTO official_aliases (official_id, alias_key, alias)
      SELECT @into, alias_key, alias FROM official_aliases WHERE official_id = @from`),
    moveCountries: run(`INSERT OR IGNORE INTO official_countries (official_id, country)
      SELECT @into, country FROM official_countries WHERE official_id = @from`),
    moveOrganizations: run(`INSERT OR IGNORE INTO official_organizations (official_id, organization)
      SELECT @into, organization FROM official_organizations WHERE official_id = @from`),
    removeOfficial: run('DELETE FROM officials WHERE id = ?'),
    removeNames: run('DELETE FROM officials_fts WHERE rowid = ?'),
    insertNames: run(`INSERT INTO officials_fts (rowid, names) SELECT id, name || coalesce(' ' ||
      (SELECT group_concat(alias, ' ') FROM (SELECT alias FROM official_aliases WHERE official_id = @id ORDER BY alias_key)), '')
      FROM officials WHERE id = @id`),
    latestRole: run(`UPDATE officials SET
      title = (SELECT title FROM official_roles WHERE official_id = @id AND title IS NOT NULL ORDER BY id DESC LIMIT 1),
      organization = (SELECT organization FROM official_roles WHERE official_id = @id AND organization IS NOT NULL ORDER BY id DESC LIMIT 1),
      country = (SELECT country FROM official_roles WHERE official_id = @id AND country IS NOT NULL ORDER BY id DESC LIMIT 1)
      WHERE id = @id`),
    speakerNames: run("SELECT DISTINCT speaker_name FROM quotes WHERE speaker_kind = 'person' AND speaker_name IS NOT NULL").pluck(),
    setSpeakerKey: run("UPDATE quotes SET speaker_key = ? WHERE speaker_kind = 'person' AND speaker_name = ?"),
    clearSpeakers: run('DELETE FROM speakers'),
    speakerKeys: run("SELECT DISTINCT speaker_key FROM quotes WHERE speaker_kind = 'person' AND speaker_key IS NOT NULL").pluck(),
    insertSpeaker: run('INSERT INTO speakers (key, surname) VALUES (?, ?)'),
    relinkQuotes: run(`UPDATE quotes SET official_id = (SELECT id FROM officials WHERE name_key = quotes.speaker_key)
      WHERE speaker_kind = 'person'`),
  };
}

/** Re-keys stored names when the key words changed since they were made; says whether it did. */
export function rekeyNames(db: Database): boolean {
  const sql = statements(db);
  return db
    .transaction(() => {
      if (sql.storedWords.get() === NAME_KEY_WORDS) return false;
      mergeOfficials(sql);
      for (const name of sql.speakerNames.all() as string[]) sql.setSpeakerKey.run(nameKey(name) || null, name);
      sql.clearSpeakers.run();
      for (const key of sql.speakerKeys.all() as string[]) sql.insertSpeaker.run(key, surnameOf(key));
      sql.relinkQuotes.run();
      sql.setWords.run(NAME_KEY_WORDS);
      return true;
    })
    .immediate();
}

/** Which officials merge into which (the oldest of a key survives) and which keep their id under a new key. */
export function rekeyPlan(officials: OfficialName[]): { merges: { from: number; into: number }[]; changed: { id: number; key: string }[] } {
  const byKey = new Map<string, number>();
  const merges: { from: number; into: number }[] = [];
  const changed: { id: number; key: string }[] = [];
  for (const official of officials) {
    // a name that is all honorifics keeps its key: there is no other to give it
    const key = nameKey(official.name) || official.name_key;
    const into = byKey.get(key);
    if (into !== undefined) merges.push({ from: official.id, into });
    else {
      byKey.set(key, official.id);
      if (key !== official.name_key) changed.push({ id: official.id, key });
    }
  }
  return { merges, changed };
}

function mergeOfficials(sql: ReturnType<typeof statements>): void {
  const { merges, changed } = rekeyPlan(sql.officials.all() as OfficialName[]);
  for (const ids of merges) {
    sql.dropSharedRoles.run(ids);
    sql.moveRoles.run(ids);
    sql.moveAliases.run(ids);
    sql.moveCountries.run(ids);
    sql.moveOrganizations.run(ids);
    sql.removeOfficial.run(ids.from);
    sql.removeNames.run(ids.from);
    sql.removeNames.run(ids.into);
    sql.insertNames.run({ id: ids.into });
    sql.latestRole.run({ id: ids.into });
  }
  // Through a placeholder first: a new key may still be another official's old one.
  for (const { id } of changed) sql.setKey.run(`\u0000${id}`, id);
  for (const { id, key } of changed) sql.setKey.run(key, id);
}
