// Conditional requests: If-None-Match (a list or *) on GETs, If-Match on an article's PUT and DELETE.
import { setTimeout } from 'node:timers/promises';
import t, { type Test } from 'tap';
import { entityTags, names, oneAtATime } from '../../src/plugins/preconditions.js';
import { article, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';

const first = article('MULTAN - Hina Baig said the bridge would open in May.', {
  quotes: [quote('the bridge would open in May', person('Hina Baig'), 'indirect')],
});
const edited = article('MULTAN - Hina Baig said the bridge would open in June.', {
  quotes: [quote('the bridge would open in June', person('Hina Baig'), 'indirect')],
});
const third = article('MULTAN - Hina Baig said the bridge would open in July.');

async function appWithArticle(t: Test) {
  const app = await testApp(t);
  fakeParser(app, (text) => [first, edited, third].find((a) => a.text === text)?.parsed ?? {});
  const { id } = (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: first.text, externalId: 'mx-1' } })).json();
  const etag = (await app.inject(`/v1/articles/${id}`)).headers.etag as string;
  return { app, id: id as number, etag };
}

t.test('entity-tag lists: tag by tag (a comma may sit inside one), *, and nothing from a malformed value', async (t) => {
  t.same(entityTags('W/"a,b", "c" ,W/"d"'), ['W/"a,b"', '"c"', 'W/"d"']);
  t.equal(entityTags(' * '), '*');
  t.same(entityTags('abc'), []);
  t.ok(names('"x", W/"y"', 'W/"y"'), 'a weak tag matches weakly');
  t.ok(names('"y"', 'W/"y"'), 'the W/ prefix is not part of the comparison');
  t.notOk(names('W/"a,b"', 'W/"a"'), 'a comma inside a tag does not split it');
  t.notOk(names('abc', 'W/"abc"'), 'an unquoted value names nothing');
  t.ok(names('*', 'W/"z"'));
});

t.test('oneAtATime: a change waits for the previous one on its key, whether that one failed or not', async (t) => {
  const inTurn = oneAtATime<number>();
  const order: string[] = [];
  const failing = inTurn(1, async () => {
    await setTimeout(20);
    order.push('first');
    throw new Error('first failed');
  });
  const second = inTurn(1, async () => {
    order.push('second');
    return 2;
  });
  const elsewhere = inTurn(2, async () => {
    order.push('other key');
    return 3;
  });
  await t.rejects(failing, /first failed/);
  t.equal(await second, 2);
  t.equal(await elsewhere, 3);
  t.same(order, ['other key', 'first', 'second'], 'the other key did not wait; the second change did');
  t.equal(await inTurn(1, async () => 'later'), 'later', 'a key whose changes all settled starts at once');
});

t.test('If-None-Match on GETs: a list naming the ETag, or *, is a 304; other tags are a 200', async (t) => {
  const { app, id, etag } = await appWithArticle(t);
  const url = `/v1/articles/${id}`;
  const listed = await app.inject({ url, headers: { 'if-none-match': `W/"stale", ${etag}` } });
  t.equal(listed.statusCode, 304);
  t.equal(listed.body, '');
  t.equal(listed.headers.etag, etag, 'a 304 carries the ETag');
  t.equal((await app.inject({ url, headers: { 'if-none-match': '*' } })).statusCode, 304, '* matches any current representation');
  t.equal((await app.inject({ method: 'HEAD', url, headers: { 'if-none-match': etag } })).statusCode, 304, 'HEAD too');
  const strong = etag.slice(2);
  t.equal((await app.inject({ url, headers: { 'if-none-match': strong } })).statusCode, 304, 'compared weakly');
  const others = await app.inject({ url, headers: { 'if-none-match': 'W/"a", W/"b"' } });
  t.equal(others.statusCode, 200);
  t.equal(others.json().id, id);
  const list = await app.inject('/v1/quotes?limit=5');
  const again = await app.inject({ url: '/v1/quotes?limit=5', headers: { 'if-none-match': `"x", ${list.headers.etag}` } });
  t.equal(again.statusCode, 304, 'lists too');
});

t.test('If-None-Match applies only to GETs that would answer 2xx with an ETag', async (t) => {
  const { app } = await appWithArticle(t);
  const missing = await app.inject({ url: '/v1/articles/999', headers: { 'if-none-match': '*' } });
  t.equal(missing.statusCode, 404, 'no current representation: * does not match, the 404 stands');
  const posted = await app.inject({ method: 'POST', url: '/v1/parse', payload: { text: first.text }, headers: { 'if-none-match': '*' } });
  t.equal(posted.statusCode, 200, 'a POST is not a conditional GET');
  const stream = await app.inject({ url: '/v1/articles', headers: { accept: 'application/x-ndjson', 'if-none-match': '*' } });
  t.equal(stream.statusCode, 200, 'an NDJSON stream has no ETag to match');
  t.equal(stream.headers.etag, undefined);
});

t.test('PUT with If-Match: the current ETag (or *) updates and answers the new ETag; a stale one is a 412', async (t) => {
  const { app, id, etag } = await appWithArticle(t);
  const url = `/v1/articles/${id}`;
  const stale = await app.inject({ method: 'PUT', url, payload: { text: edited.text }, headers: { 'if-match': 'W/"stale"' } });
  t.equal(stale.statusCode, 412);
  t.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(stale.json().detail, /has changed since that ETag/);
  t.equal((await app.inject(url)).json().text, first.text, 'a 412 changes nothing');

  const updated = await app.inject({ method: 'PUT', url, payload: { text: edited.text }, headers: { 'if-match': `W/"old", ${etag}` } });
  t.equal(updated.statusCode, 200);
  t.equal(updated.json().text, edited.text);
  const current = (await app.inject(url)).headers.etag;
  t.equal(updated.headers.etag, current, 'the answer carries the ETag GET now gives');
  t.not(current, etag);
  const again = await app.inject({ method: 'PUT', url, payload: { text: third.text }, headers: { 'if-match': etag } });
  t.equal(again.statusCode, 412, 'the ETag before the update no longer passes');
  const any = await app.inject({ method: 'PUT', url, payload: { text: third.text }, headers: { 'if-match': '*' } });
  t.equal(any.statusCode, 200, '* passes while the article exists');
  const gone = await app.inject({ method: 'PUT', url: '/v1/articles/999', payload: { text: third.text }, headers: { 'if-match': '*' } });
  t.equal(gone.statusCode, 404, 'no article: a 404, not a 412');
});

t.test('PUT by externalId obeys If-Match as well', async (t) => {
  const { app, etag } = await appWithArticle(t);
  const url = '/v1/articles/by-external-id/mx-1';
  const stale = await app.inject({ method: 'PUT', url, payload: { text: edited.text }, headers: { 'if-match': 'W/"stale"' } });
  t.equal(stale.statusCode, 412);
  const updated = await app.inject({ method: 'PUT', url, payload: { text: edited.text }, headers: { 'if-match': etag } });
  t.equal(updated.statusCode, 200);
  t.match(updated.headers.etag, /^W\/"/);
});

t.test('two PUTs sent with the same If-Match: one updates, the other is a 412', async (t) => {
  const { app, id, etag } = await appWithArticle(t);
  const url = `/v1/articles/${id}`;
  // Parsing takes a while, as it does for real: both PUTs are in flight before either writes.
  const { parse } = app.parser;
  Object.assign(app.parser, { parse: async (text: string) => (await setTimeout(50), parse(text)) });
  const answers = await Promise.all(
    [edited, third].map((next) => app.inject({ method: 'PUT', url, payload: { text: next.text }, headers: { 'if-match': etag } })),
  );
  t.same(answers.map((a) => a.statusCode).sort(), [200, 412]);
  const winner = answers.find((a) => a.statusCode === 200)?.json().text;
  t.equal((await app.inject(url)).json().text, winner, 'the stored text is the one update that passed');
});

t.test('DELETE with If-Match: a stale ETag is a 412 and deletes nothing; the current one deletes', async (t) => {
  const { app, id, etag } = await appWithArticle(t);
  const url = `/v1/articles/${id}`;
  const stale = await app.inject({ method: 'DELETE', url, headers: { 'if-match': 'W/"stale"' } });
  t.equal(stale.statusCode, 412);
  t.equal((await app.inject(url)).statusCode, 200, 'still there');
  t.equal((await app.inject({ method: 'DELETE', url, headers: { 'if-match': etag } })).statusCode, 204);
  t.equal((await app.inject(url)).statusCode, 404);
  t.equal((await app.inject({ method: 'DELETE', url, headers: { 'if-match': etag } })).statusCode, 404, 'gone: a 404');
});
