// rekeyNames on PostgreSQL (src/store/postgres/rekey.ts): the same merges and relinks as SQLite's
// (rekey.test.ts), run at each replica's start, once whichever replica starts first.
import t, { type Test } from 'tap';
import { transaction } from '../../src/store/postgres/connection.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.js';
import { rekeyPostgresNames } from '../../src/store/postgres/rekey.js';
import { saveArticles } from '../../src/store/postgres/writes.js';
import { freshDatabase, postgresUnavailable } from '../support/postgres.js';
import { article, official, person, quote } from './fixtures.js';

const skip = postgresUnavailable;
const page = { limit: 50 };

async function opened(t: Test): Promise<PostgresStore> {
  const store = await openPostgresStore(await freshDatabase(t), { poolSize: 2, statementTimeoutMs: 0 });
  t.teardown(() => store.close());
  return store;
}

t.test('a store re-keys names made with other words, merging officials that now share a key', { skip }, async (t) => {
  const store = await opened(t);
  const sql = (text: string, values: unknown[] = []) => store.pool.query(text, values);
  t.equal(await rekeyPostgresNames(store.pool), false, "a new store is keyed with today's words (its start re-keyed it)");

  const save = (text: string, parsed: Parameters<typeof article>[1]) =>
    transaction(store.pool, (client) => saveArticles(client, [article(text, parsed)]));
  const [first] = await save('Rehman spoke first.', {
    quotes: [quote('the talks will go on', person('Maulana Fazlur Rehman'))],
    officials: [official('Maulana Fazlur Rehman', 'JUI-F chief', 'Pakistan', ['Maulana'])],
  });
  // as an older version stored it: the rank was part of the key
  await sql(`UPDATE officials SET name_key = 'maulana fazlur rehman'`);
  await sql(`UPDATE quotes SET speaker_key = 'maulana fazlur rehman'`);
  await sql(`DELETE FROM speakers`);
  await sql(`INSERT INTO speakers VALUES ('maulana fazlur rehman', 'rehman')`);
  const [second] = await save('Rehman spoke again.', {
    quotes: [quote('the march is on', person('Fazlur Rehman'))],
    officials: [official('Fazlur Rehman', 'party chief', 'Pakistan', ['Mr Rehman'])],
  });
  const idOf = async (name: string) => (await sql('SELECT id FROM officials WHERE name = $1', [name])).rows[0].id as number;
  const [older, newer] = [await idOf('Maulana Fazlur Rehman'), await idOf('Fazlur Rehman')];
  t.not(older, newer, 'two records for one man before');
  // the newer record named in the first article too: the merge keeps one role there, the older's
  await sql("INSERT INTO official_roles (official_id, article_id, title, country) VALUES ($1, $2, 'senator', 'Pakistan')", [
    newer,
    first.id,
  ]);
  await sql("UPDATE name_key_words SET words = 'mr mrs'");

  const [again, other] = await Promise.all([rekeyPostgresNames(store.pool), rekeyPostgresNames(store.pool)]);
  t.same([again, other].sort(), [false, true], 'once, when two replicas start together');
  t.equal(await store.getOfficial(newer), undefined, 'the newer record is merged away');
  const merged = (await store.getOfficial(older))!;
  t.equal(merged.name, 'Maulana Fazlur Rehman');
  t.same(merged.aliases.sort(), ['Maulana', 'Mr Rehman']);
  t.same(
    merged.roles.map((r) => r.articleId),
    [first.id, second.id],
  );
  t.equal(merged.title, 'party chief', 'the latest role');
  t.equal(merged.quoteCount, 2);
  const quotes = await store.listQuotes({ speaker: 'Fazlur Rehman' }, page);
  t.same(
    quotes.items.map((q) => q.officialId),
    [older, older],
  );
  const bySurname = await store.listQuotes({ speaker: 'rehman' }, page);
  t.equal(bySurname.items.length, 2, 'one speaker key left for the surname');
  t.same(
    (await store.listOfficials({ q: 'Mr Rehman' }, page)).items.map((o) => o.id),
    [older],
    'names searchable',
  );
});

t.test('re-keying swaps keys through placeholders and leaves a name of honorifics alone', { skip }, async (t) => {
  const store = await opened(t);
  const sql = (text: string) => store.pool.query(text);
  await transaction(store.pool, (client) =>
    saveArticles(client, [
      article('Two men spoke.', {
        quotes: [quote('we agree', person('Maulana'))],
        officials: [official('Vedant Patel', 'spokesperson', 'United States'), official('Masood Khan', 'ambassador', 'Pakistan')],
      }),
    ]),
  );
  await sql("UPDATE officials SET name_key = 'x' WHERE name = 'Vedant Patel'");
  await sql("UPDATE officials SET name_key = 'vedant patel' WHERE name = 'Masood Khan'");
  await sql("INSERT INTO officials (name_key, name) VALUES ('maulana', 'Maulana')");
  await sql("UPDATE quotes SET speaker_key = 'maulana'");
  await sql('DELETE FROM name_key_words');
  t.equal(await rekeyPostgresNames(store.pool), true);
  // (ordered by name: PostgreSQL's batch saves new officials in key order, so their ids are not SQLite's)
  t.same((await sql('SELECT name, name_key FROM officials ORDER BY name')).rows, [
    { name: 'Masood Khan', name_key: 'masood khan' },
    { name: 'Maulana', name_key: 'maulana' },
    { name: 'Vedant Patel', name_key: 'vedant patel' },
  ]);
  t.same((await sql('SELECT speaker_key, official_id FROM quotes')).rows, [{ speaker_key: null, official_id: null }]);
  t.same((await sql('SELECT count(*)::int AS n FROM speakers')).rows, [{ n: 0 }]);
});
