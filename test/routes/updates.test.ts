// Changing an article: PUT re-parses and replaces it in one transaction; a conflicting re-post is a 409;
// line ends and edge whitespace do not make a new article.
import t, { type Test } from 'tap';
import { article, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';
import { eachStore } from '../support/stores.js';
import type { AppOptions } from '../../src/app.js';

const first = article('KARACHI - Ali Raza said the port would reopen.', {
  quotes: [quote('the port would reopen', person('Ali Raza'), 'indirect')],
  officials: [{ name: 'Ali Raza', title: 'Port Chairman', organization: null, country: 'Pakistan', aliases: [] }],
});
const edited = article('KARACHI - Sara Qureshi said the port would stay shut. "Not this week," she added.', {
  dateline: { date: '2024-03-02', city: 'Karachi', country: 'Pakistan' },
  quotes: [quote('the port would stay shut', person('Sara Qureshi'), 'indirect'), quote('Not this week', person('Sara Qureshi', 'she'))],
  officials: [{ name: 'Sara Qureshi', title: 'Minister', organization: null, country: 'Pakistan', aliases: [] }],
});
const other = article('LAHORE - Rain again.');

async function appWithArticle(t: Test, store: AppOptions) {
  const app = await testApp(t, store);
  fakeParser(app, (text) => [first, edited, other].find((a) => a.text.trim() === text.trim())?.parsed ?? {});
  const response = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: { text: first.text, externalId: 'dawn-7', source: 'Dawn' },
  });
  return { app, stored: response.json() };
}

eachStore(t, 'PUT /v1/articles/:id re-parses and replaces text, metadata, quotes and officials', async (t, store) => {
  const { app, stored } = await appWithArticle(t, store);
  const response = await app.inject({
    method: 'PUT',
    url: `/v1/articles/${stored.id}`,
    payload: { text: edited.text, url: 'https://example.com/port', publishedAt: '2024-03-02' },
  });
  t.equal(response.statusCode, 200);
  const updated = response.json();
  t.match(updated, {
    id: stored.id,
    text: edited.text,
    externalId: 'dawn-7',
    source: null,
    url: 'https://example.com/port',
    date: '2024-03-02',
  });
  t.same(
    updated.quotes.map((q: { text: string }) => q.text),
    ['the port would stay shut', 'Not this week'],
  );
  t.ok(updated.quotes[0].id > stored.quotes[0].id, 'the new quotes have new ids');
  t.same(
    updated.officials.map((o: { name: string }) => o.name),
    ['Sara Qureshi'],
  );
  t.same((await app.inject('/v1/officials?q=raza')).json().items, [], 'an official only the old text named is gone');
  t.same((await app.inject('/v1/quotes?q=reopen')).json().items, [], 'the old quotes are gone from search');
  t.equal((await app.inject('/v1/quotes?q=shut')).json().items.length, 1, 'the new ones are found');
  t.same((await app.inject(`/v1/articles/${stored.id}`)).json(), updated);
  const plain = await app.inject({
    method: 'PUT',
    url: `/v1/articles/${stored.id}`,
    payload: first.text,
    headers: { 'content-type': 'text/plain' },
  });
  t.match(plain.json(), { text: first.text, externalId: 'dawn-7', url: null }, 'text/plain works too');
});

eachStore(t, 'PUT by externalId; unknown ids are 404s, a text or externalId of another article a 409', async (t, store) => {
  const { app, stored } = await appWithArticle(t, store);
  const byExternalId = await app.inject({ method: 'PUT', url: '/v1/articles/by-external-id/dawn-7', payload: { text: edited.text } });
  t.equal(byExternalId.statusCode, 200);
  t.match(byExternalId.json(), { id: stored.id, text: edited.text, externalId: 'dawn-7' });
  const mismatch = await app.inject({
    method: 'PUT',
    url: '/v1/articles/by-external-id/dawn-7',
    payload: { text: edited.text, externalId: 'x' },
  });
  t.equal(mismatch.statusCode, 400);
  t.match(mismatch.json().detail, /body\/externalId "x" differs from the path's "dawn-7"/);
  const same = await app.inject({
    method: 'PUT',
    url: '/v1/articles/by-external-id/dawn-7',
    payload: { text: edited.text, externalId: 'dawn-7' },
  });
  t.equal(same.statusCode, 200);
  const unknown = await app.inject({ method: 'PUT', url: '/v1/articles/by-external-id/nope', payload: { text: edited.text } });
  t.equal(unknown.statusCode, 404);
  t.match(unknown.json().detail, 'No article has externalId "nope": POST /v1/articles stores a new one.');
  t.equal((await app.inject({ method: 'PUT', url: '/v1/articles/999', payload: { text: edited.text } })).statusCode, 404);

  const second = (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: other.text, externalId: 'dawn-8' } })).json();
  const takenText = await app.inject({ method: 'PUT', url: `/v1/articles/${second.id}`, payload: { text: ` ${edited.text}\r\n` } });
  t.equal(takenText.statusCode, 409);
  t.match(takenText.json().detail, `This text is already article ${stored.id}`);
  const takenId = await app.inject({
    method: 'PUT',
    url: `/v1/articles/${second.id}`,
    payload: { text: other.text, externalId: 'dawn-7' },
  });
  t.equal(takenId.statusCode, 409);
  t.match(takenId.json().detail, `externalId "dawn-7" is already article ${stored.id}`);
  const renamed = await app.inject({
    method: 'PUT',
    url: `/v1/articles/${second.id}`,
    payload: { text: other.text, externalId: 'dawn-9' },
  });
  t.equal(renamed.json().externalId, 'dawn-9', 'PUT by id may change the externalId');
});

eachStore(t, 'the same text with CRLF line ends or trailing spaces is the same article', async (t, store) => {
  const { app, stored } = await appWithArticle(t, store);
  const crlf = `${first.text.replace(/\./, '.  ')}\r\nSecond line.\r\n`;
  const lf = `${first.text}\nSecond line.`;
  for (const text of [`${first.text}   \n\n`, `\r\n${first.text}`, `${first.text}\t`]) {
    const response = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text } });
    t.equal(response.statusCode, 200, JSON.stringify(text));
    t.equal(response.json().id, stored.id);
  }
  const once = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: crlf } });
  t.equal(once.statusCode, 201);
  t.equal(once.json().text, crlf, 'the text is stored as sent: offsets refer to it');
  const again = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: lf } });
  t.equal(again.statusCode, 200);
  t.equal(again.json().id, once.json().id);
  t.equal((await app.store.stats()).articles, 2);
});

eachStore(t, 'two posts racing with one externalId and different texts: the second is a 409', async (t, store) => {
  const app = await testApp(t, store);
  fakeParser(app, () => ({}));
  // Neither parse ends before both posts have passed the first look-up: the store's own check must catch it.
  const parse = app.parser.parse;
  let started = 0;
  let bothStarted: () => void;
  const barrier = new Promise<void>((resolve) => (bothStarted = resolve));
  app.parser.parse = async (...args) => {
    if (++started === 2) bothStarted();
    await barrier;
    return parse(...args);
  };
  const post = (text: string) => app.inject({ method: 'POST', url: '/v1/articles', payload: { text, externalId: 'race-1' } });
  const statuses = (await Promise.all([post('First version.'), post('Second version.')])).map((r) => r.statusCode);
  t.same(statuses.sort(), [201, 409], 'one stored, the other refused');
});

eachStore(t, 'a batch line whose externalId is stored with another text fails alone with a 409', async (t, store) => {
  const { app, stored } = await appWithArticle(t, store);
  const payload = [{ text: other.text }, { text: edited.text, externalId: 'dawn-7' }];
  const body = (await app.inject({ method: 'POST', url: '/v1/articles/batch', payload })).json();
  t.match(body, { created: 1, failed: 1 });
  t.match(body.results[1], { status: 'failed', problem: { status: 409, detail: new RegExp(`PUT /v1/articles/${stored.id}`) } });
});
