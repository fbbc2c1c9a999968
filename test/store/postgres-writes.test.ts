// PostgreSQL saves a batch in a dozen set-based statements; SQLite saves it article by article. The same
// writes through both must leave the same records: these run each step on both stores and compare what
// the reads return (ids included, since both number rows in the order they are saved).
import type pg from 'pg';
import t, { type Test } from 'tap';
import { parseArticle } from '../../src/extract/index.js';
import type { Official, ParseResult } from '../../src/extract/types.js';
import { asyncSqliteStore, type AsyncStore } from '../../src/store/async-store.js';
import type { NewArticle } from '../../src/store/articles.js';
import { openStore } from '../../src/store/index.js';
import { transaction } from '../../src/store/postgres/connection.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { deleteArticle, replaceParses, saveArticles, updateArticle } from '../../src/store/postgres/writes.js';
import { freshDatabase, postgresUnavailable } from '../support/postgres.js';

const skip = postgresUnavailable;

const TEXTS = [
  'NAIROBI, June 2 (Reuters) - "We will open the corridor on Monday," said Amina Odhiambo, the transport minister of Kenya. ' +
    'Odhiambo said the trucks had waited for a week.',
  'NAIROBI, June 3 (Reuters) - Kenya\'s Transport Minister Amina Odhiambo said the corridor was open. "Traffic is flowing," ' +
    'said Peter Mwangi, a driver.',
  'ACCRA, June 4 (Reuters) - "Prices will fall," said Kwame Mensah, the finance minister of Ghana. "Not soon," said Peter Mwangi.',
];

const official = (name: string, fields: Partial<Official> = {}): Official => ({
  name,
  aliases: [],
  title: null,
  organization: null,
  country: null,
  ...fields,
});

/** A parse naming officials in ways a single article rarely does: twice, with aliases, with changing roles. */
function crafted(n: number, officials: Official[]): ParseResult {
  return {
    parserVersion: '0.5.0',
    dateline: { date: `2024-06-0${n}`, city: 'Lima', country: 'Peru' },
    quotes: [
      {
        text: `Statement ${n}`,
        type: 'direct',
        start: 0,
        end: 11,
        cue: 'said',
        speaker: { kind: 'person', name: 'Rosa Quispe', mention: 'Rosa Quispe' },
        confidence: 0.9,
      },
      { text: `Aside ${n}`, type: 'indirect', start: 20, end: 27, cue: 'added', speaker: null, confidence: 0.4 },
    ],
    officials,
  };
}

type SqliteStore = ReturnType<typeof openStore>;

interface Both {
  postgres: AsyncStore;
  /** Runs one write on both stores (PostgreSQL's in a transaction) and checks that they answered alike. */
  write(name: string, onSqlite: (store: SqliteStore) => unknown, onPostgres: (client: pg.PoolClient) => Promise<unknown>): Promise<void>;
  /** Checks that an article, the quotes and the officials read the same from both. */
  same(id: number): Promise<void>;
}

const outcomes = (saved: { id: number; created: boolean; conflict: boolean }[]) =>
  saved.map(({ id, created, conflict }) => ({ id, created, conflict }));

async function bothStores(t: Test, databaseOptions = ''): Promise<Both> {
  const file = openStore(':memory:');
  const pgStore = await openPostgresStore(await freshDatabase(t, databaseOptions), { poolSize: 2, statementTimeoutMs: 0 });
  t.teardown(async () => (file.close(), await pgStore.close()));
  const sqlite = asyncSqliteStore(file);
  const withoutCreatedAt = (article: unknown) => ({ ...(article as object), createdAt: undefined });
  const all = { limit: 100 };
  return {
    postgres: pgStore,
    async write(name, onSqlite, onPostgres) {
      const expected = onSqlite(file);
      t.same(await transaction(pgStore.pool, onPostgres), expected ?? undefined, name);
    },
    async same(id) {
      t.same(withoutCreatedAt(await pgStore.getArticle(id)), withoutCreatedAt(await sqlite.getArticle(id)), `article ${id} alike`);
      t.same(await pgStore.listQuotes({}, all), await sqlite.listQuotes({}, all), 'quotes alike');
      const officials = await sqlite.listOfficials({}, all);
      t.same(await pgStore.listOfficials({}, all), officials, 'officials alike');
      for (const { id } of officials.items) t.same(await pgStore.getOfficial(id), await sqlite.getOfficial(id), `official ${id} alike`);
      for (const id of [...officials.items.map((official) => official.id), 999_999]) {
        t.equal(await pgStore.officialExists(id), await sqlite.officialExists(id), `official ${id} exists alike`);
      }
    },
  };
}

t.test('a batch with repeats, conflicts and stored articles: the same outcomes and records as SQLite', { skip }, async (t) => {
  const both = await bothStores(t);
  const [a, b, c] = TEXTS.map((text): NewArticle => ({ text, parsed: parseArticle(text) }));
  const save = (items: NewArticle[]) =>
    both.write(
      `saved: ${items.length} items`,
      (store) => outcomes(store.saveArticles(items)),
      async (client) => outcomes(await saveArticles(client, items)),
    );
  // The same text twice, the same externalId with another text (a conflict), the same text and a new externalId.
  await save([a, { ...b, externalId: 'wire-1' }, a, { ...c, externalId: 'wire-1' }, { ...b, externalId: 'wire-2' }]);
  // Stored already, next to new ones (one published on a given day, one with no date at all).
  await save([
    { ...b, externalId: 'wire-1' },
    a,
    c,
    { ...a, text: 'A note.', publishedAt: '2024-07-01T09:00:00Z' },
    { ...c, text: 'Undated.' },
  ]);
  await both.same(4);
  await both.same(5);
  for (const id of [1, 2, 3]) await both.same(id);
});

t.test('officials named twice, with aliases and changing roles; then updates, re-parses and deletes', { skip }, async (t) => {
  const both = await bothStores(t);
  const quispe = (fields: Partial<Official>) => official('Rosa Quispe', fields);
  // Named in their names' order: PostgreSQL creates a batch's new officials in that order (see records.ts), SQLite
  // in the order articles name them, and this compares ids.
  const first = crafted(1, [
    official('Luis Soto', { organization: 'Port Authority' }),
    quispe({ title: 'Minister', organization: 'Ministry of Trade', aliases: ['Quispe', 'Rosa Quispe', 'Ms. Quispe'] }),
    quispe({ title: 'Trade Minister', country: 'Peru', aliases: ['R. Quispe'] }),
    official('Mr.'),
  ]);
  const second = crafted(2, [quispe({ country: 'Chile' }), official('Luis Soto', { title: 'Director', aliases: ['Soto'] })]);
  const items = [
    { text: 'Article one', parsed: first },
    { text: 'Article two', parsed: second },
  ];
  await both.write(
    'two articles saved',
    (store) => outcomes(store.saveArticles(items)),
    async (client) => outcomes(await saveArticles(client, items)),
  );
  await both.same(1);
  await both.same(2);

  // Article 2 re-parsed: Luis Soto no longer named there, a new official instead; then article 1 updated.
  const reparsed = crafted(2, [official('Ana Vega', { title: 'Mayor', aliases: ['Vega'] })]);
  reparsed.parserVersion = '0.6.0';
  await both.write(
    're-parse',
    (store) => store.replaceParses([{ id: 2, parsed: reparsed }]),
    (client) => replaceParses(client, [{ id: 2, parsed: reparsed }]),
  );
  await both.same(2);
  const update = { text: 'Article one, corrected', parsed: crafted(1, [quispe({ title: 'Former Minister' })]) };
  await both.write(
    'update',
    (store) => store.updateArticle(1, update),
    (client) => updateArticle(client, 1, update),
  );
  await both.same(1);
  await both.write(
    'delete',
    (store) => store.deleteArticle(2),
    (client) => deleteArticle(client, 2),
  );
  await both.write(
    'delete, again',
    (store) => store.deleteArticle(2),
    (client) => deleteArticle(client, 2),
  );
  await both.same(1);
  t.same(
    (await both.postgres.listOfficials({}, { limit: 10 })).items.map((o) => o.name),
    ['Rosa Quispe'],
    'the others went with their articles',
  );
});

t.test('name keys in byte order, as SQLite, in a database whose own collation orders by language', { skip }, async (t) => {
  // en-US puts "álvarez" before "zapata"; SQLite's BINARY (and "C") put it after: 0xC3 > "z".
  const both = await bothStores(t, "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
  const named = crafted(1, [official('Marta Ruiz', { title: 'Judge', aliases: ['Ruiz Zapata', 'Ruiz Álvarez', 'Ruiz Abad'] })]);
  const items = [{ text: 'Article one', parsed: named }];
  await both.write(
    'saved',
    (store) => outcomes(store.saveArticles(items)),
    async (client) => outcomes(await saveArticles(client, items)),
  );
  await both.same(1);
  t.match(await both.postgres.getOfficial(1), { aliases: ['Ruiz Abad', 'Ruiz Zapata', 'Ruiz Álvarez'] });
});
