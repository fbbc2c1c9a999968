// Full-text indexing behind a watermark (migration 015, src/store/fts.ts): a deferring store leaves new text
// for indexPendingText, which adds many writes' rows at once; deletes and edits of rows not yet indexed
// leave the indexes sound, and the text searched is always the stored one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { openReadOnlyStore, openStore, type Store } from '../../src/store/index.js';
import { article, patelArticle, person, quote } from './fixtures.js';

const page = { limit: 50 };

function deferringStore(t: Test, path = ':memory:'): Store {
  const store = openStore(path, { deferFullText: true });
  t.teardown(() => store.close());
  return store;
}

const quoteTexts = (store: Store, q: string) => store.listQuotes({ q }, page).items.map((item) => item.text);
const articleIds = (store: Store, q: string) => store.listArticles({ q }, page).items.map((item) => item.id);

/** FTS5's own check that each index holds exactly the text its content table has under the watermark. */
function indexesSound(t: Test, store: Store) {
  for (const table of ['quotes_fts', 'articles_fts']) {
    t.doesNotThrow(() => store.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`), `${table} sound`);
  }
}

t.test('deferred text is found once indexed, many writes at once', async (t) => {
  const store = deferringStore(t);
  const [patel] = store.saveArticles([patelArticle]);
  store.saveArticles([article('KARACHI - A second report.', { quotes: [quote('ties are stable', person('Vedant Patel'))] })]);
  t.same(quoteTexts(store, 'stable ties'), [], 'not searchable before indexing');
  t.same(articleIds(store, 'islamabad'), []);
  t.same(store.getArticle(patel.id)?.quotes.length, 4, 'while every other read sees the write at once');
  t.equal(store.indexPendingText(), 4 + 1 + 2, 'five quotes and two articles');
  t.same(quoteTexts(store, 'stable ties').sort(), ['the US wanted stable ties', 'ties are stable']);
  t.same(articleIds(store, 'islamabad'), [patel.id]);
  t.equal(store.indexPendingText(), 0, 'nothing twice');
  indexesSound(t, store);
});

t.test('a row deleted or edited before it was indexed leaves the indexes sound', async (t) => {
  const store = deferringStore(t);
  const [kept, gone] = store.saveArticles([patelArticle, article('LAHORE - Nobody spoke to the press.')]);
  t.equal(store.deleteArticle(gone.id), true);
  const edited = article('MULTAN - Patel said the talks would resume.', {
    quotes: [quote('the talks would resume', person('Vedant Patel'), 'indirect')],
  });
  t.same(store.updateArticle(kept.id, edited), { status: 'updated' });
  store.indexPendingText();
  t.same(articleIds(store, 'press'), [], 'the deleted article never reaches the index');
  t.same(articleIds(store, 'islamabad'), [], 'the text before the edit is not found');
  t.same(articleIds(store, 'multan'), [kept.id], 'the text after it is');
  t.same(quoteTexts(store, 'engage'), []);
  t.same(quoteTexts(store, 'resume'), ['the talks would resume']);
  indexesSound(t, store);
});

t.test('rows indexed already leave the index when deleted, edited or re-parsed', async (t) => {
  const store = deferringStore(t);
  const [first, second] = store.saveArticles([patelArticle, article('QUETTA - A quiet day.')]);
  store.indexPendingText();
  store.updateArticle(second.id, article('QUETTA - A busy day.'));
  store.replaceParses([{ id: first.id, parsed: { ...patelArticle.parsed, quotes: [quote('talks went well', person('Masood Khan'))] } }]);
  t.same(articleIds(store, 'busy'), [second.id], 'an edit of an indexed article is indexed at once (its trigger)');
  t.same(quoteTexts(store, 'engage'), [], "a re-parse's old quotes leave at once");
  t.same(quoteTexts(store, 'talks'), [], 'its new quotes wait for their turn');
  store.indexPendingText();
  t.same(quoteTexts(store, 'talks'), ['talks went well']);
  // The last article goes: the watermark stays past its id, and the next article (a new id) is indexed.
  store.deleteArticle(second.id);
  const [third] = store.saveArticles([article('SUKKUR - Rain again.')]);
  t.equal(store.indexPendingText(), 1);
  t.same(articleIds(store, 'rain'), [third.id]);
  indexesSound(t, store);
});

t.test('without deferral each write indexes its own text; a read-only connection with nothing to index takes no lock', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'watermark-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'quotes.db');
  const deferring = deferringStore(t, path);
  deferring.saveArticles([patelArticle]);
  const store = openStore(path);
  t.teardown(() => store.close());
  store.saveArticles([article('GWADAR - The port opened.')]);
  t.same(articleIds(store, 'islamabad').length, 1, 'a write indexes what earlier deferred writes left, with its own');
  t.same(articleIds(store, 'port').length, 1);
  const readOnly = openReadOnlyStore(path);
  t.teardown(() => readOnly.close());
  t.equal(readOnly.indexPendingText(), 0);
});

t.test('text a deferring connection left unindexed is indexed when the database is next opened', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'watermark-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'quotes.db');
  const crashed = openStore(path, { deferFullText: true });
  crashed.saveArticles([patelArticle]);
  crashed.close();
  const reopened = deferringStore(t, path);
  t.same(quoteTexts(reopened, 'engage'), ['We engage directly']);
  indexesSound(t, reopened);
});
