import t from 'tap';
import { openStore } from '../../src/store/index.js';
import { nameKey } from '../../src/store/names.js';
import { rekeyNames } from '../../src/store/rekey.js';
import { article, official, person, quote } from './fixtures.js';

const page = { limit: 50 };

t.test('name keys drop the lexicon honorifics, ranks and name prefixes, not initials', async (t) => {
  t.equal(nameKey('Maulana Fazlur Rehman'), 'fazlur rehman');
  t.equal(nameKey('Sheikh Rashid Ahmed'), 'rashid ahmed');
  t.equal(nameKey('Rana Sanaullah'), 'sanaullah');
  t.equal(nameKey('Justice (retd) Maqbool Baqar'), 'maqbool baqar');
  t.equal(nameKey('R. Ashwin'), 'r ashwin', 'a lone letter is an initial');
});

t.test('a store re-keys names made with other words, merging officials that now share a key', async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  const db = store.db;
  t.equal(rekeyNames(db), false, "a new store is keyed with today's words");

  const [first] = store.saveArticles([
    article('Rehman spoke first.', {
      quotes: [quote('the talks will go on', person('Maulana Fazlur Rehman'))],
      officials: [official('Maulana Fazlur Rehman', 'JUI-F chief', 'Pakistan', ['Maulana'])],
    }),
  ]);
  // as an older version stored it: the rank was part of the key
  db.exec(`UPDATE officials SET name_key = 'maulana fazlur rehman';
           UPDATE quotes SET speaker_key = 'maulana fazlur rehman';
           DELETE FROM speakers; INSERT INTO speakers VALUES ('maulana fazlur rehman', 'rehman');`);
  const [second] = store.saveArticles([
    article('Rehman spoke again.', {
      quotes: [quote('the march is on', person('Fazlur Rehman'))],
      officials: [official('Fazlur Rehman', 'party chief', 'Pakistan', ['Mr Rehman'])],
    }),
  ]);
  const [older, newer] = [first.article.officials[0].id, second.article.officials[0].id];
  t.not(older, newer, 'two records for one man before');
  // the newer record named in the first article too: the merge keeps one role there, the older's
  db.prepare('INSERT INTO official_roles (official_id, article_id, title, country) VALUES (?, ?, ?, ?)').run(
    newer,
    first.article.id,
    'senator',
    'Pakistan',
  );
  t.equal(store.getOfficial(older)?.title, 'JUI-F chief');
  db.exec("UPDATE name_key_words SET words = 'mr mrs'");

  t.equal(rekeyNames(db), true);
  t.equal(rekeyNames(db), false, 'once');
  t.equal(store.getOfficial(newer), undefined, 'the newer record is merged away');
  const merged = store.getOfficial(older)!;
  t.equal(merged.name, 'Maulana Fazlur Rehman');
  t.same(merged.aliases.sort(), ['Maulana', 'Mr Rehman']);
  t.same(
    merged.roles.map((r) => r.articleId),
    [first.article.id, second.article.id],
  );
  t.equal(merged.title, 'party chief', 'the latest role');
  t.equal(merged.quoteCount, 2);
  const quotes = store.listQuotes({ speaker: 'Fazlur Rehman' }, page);
  t.same('items' in quotes && quotes.items.map((q) => q.officialId), [older, older]);
  const bySurname = store.listQuotes({ speaker: 'rehman' }, page);
  t.equal('items' in bySurname && bySurname.items.length, 2, 'one speaker key left for the surname');
  t.same(
    store.listOfficials({ q: 'Mr Rehman' }, page).items.map((o) => o.id),
    [older],
    'names searchable',
  );
  t.same(
    store.listOfficials({ country: 'Pakistan' }, page).items.map((o) => o.id),
    [older],
  );
});

t.test('re-keying swaps keys through placeholders and leaves a name of honorifics alone', async (t) => {
  const store = openStore(':memory:');
  t.teardown(() => store.close());
  const db = store.db;
  store.saveArticles([
    article('Two men spoke.', {
      quotes: [quote('we agree', person('Maulana'))],
      officials: [official('Vedant Patel', 'spokesperson', 'United States'), official('Masood Khan', 'ambassador', 'Pakistan')],
    }),
  ]);
  db.exec(`UPDATE officials SET name_key = 'x' WHERE name = 'Vedant Patel';
           UPDATE officials SET name_key = 'vedant patel' WHERE name = 'Masood Khan';
           INSERT INTO officials (name_key, name) VALUES ('maulana', 'Maulana');
           UPDATE quotes SET speaker_key = 'maulana';
           DELETE FROM name_key_words;`);
  t.equal(rekeyNames(db), true);
  const keys = db.prepare('SELECT name, name_key FROM officials ORDER BY id').all();
  t.same(keys, [
    { name: 'Vedant Patel', name_key: 'vedant patel' },
    { name: 'Masood Khan', name_key: 'masood khan' },
    { name: 'Maulana', name_key: 'maulana' },
  ]);
  t.same(db.prepare('SELECT speaker_key, official_id FROM quotes').all(), [{ speaker_key: null, official_id: null }]);
  t.same(db.prepare('SELECT count(*) AS n FROM speakers').get(), { n: 0 });
});
