// Bad input gets a clear 4xx problem+json, never a 500, a hang or a partial record: one row per kind of
// mistake a client (or an attacker) can make, each through the whole app.
import t from 'tap';
import type { InjectOptions } from 'fastify';
import { testApp } from '../routes/helpers.js';

const ARTICLE = 'GENEVA, March 3 (Reuters) - "The talks will resume next week," said Maria Lopez, a UN spokeswoman.';
const json = { 'content-type': 'application/json' };
const plain = { 'content-type': 'text/plain' };
const post = (url: string, payload: string | Buffer, headers: Record<string, string> = json): InjectOptions => ({
  method: 'POST',
  url,
  payload,
  headers,
});
const get = (url: string): InjectOptions => ({ method: 'GET', url });

// The detail, where given, must match: a rejected parameter is named in it.
type Row = [name: string, request: InjectOptions, status: number, detail?: RegExp];

const MAX_BYTES = 4096;
const PLAIN = (name: string) => new RegExp(`^querystring/${name} must be a whole number written in plain digits$`);
const rows: Row[] = [
  // Size and type.
  ['a JSON body over the limit', post('/v1/articles', JSON.stringify({ text: 'a'.repeat(MAX_BYTES) })), 413],
  ['a text body over the limit', post('/v1/articles', 'a'.repeat(MAX_BYTES + 1), plain), 413],
  ['parse: a body over the limit', post('/v1/parse', 'a'.repeat(MAX_BYTES + 1), plain), 413],
  ['text/csv', post('/v1/articles', 'a,b', { 'content-type': 'text/csv' }), 415],
  ['application/xml', post('/v1/articles', '<a/>', { 'content-type': 'application/xml' }), 415],
  ['form data', post('/v1/articles', 'text=a', { 'content-type': 'application/x-www-form-urlencoded' }), 415],
  ['a content type of garbage', post('/v1/articles', '{}', { 'content-type': '\u00ff/\u00fe' }), 415],
  // Malformed JSON and schema violations.
  ['truncated JSON', post('/v1/articles', '{"text": "abc'), 400],
  ['not JSON at all', post('/v1/articles', 'text: abc'), 400],
  ['an empty JSON body', post('/v1/articles', ''), 400],
  ['JSON null', post('/v1/articles', 'null'), 400],
  ['a JSON array', post('/v1/articles', '[]'), 400],
  ['text is a number', post('/v1/articles', '{"text": 5}'), 400],
  ['text missing', post('/v1/articles', '{"url": "https://a.example"}'), 400],
  ['an unknown field', post('/v1/articles', JSON.stringify({ text: ARTICLE, sauce: 1 })), 400],
  ['a bad url', post('/v1/articles', JSON.stringify({ text: ARTICLE, url: 'not a url' })), 400],
  ['a bad publishedAt', post('/v1/articles', JSON.stringify({ text: ARTICLE, publishedAt: '2023-02-30' })), 400],
  ['an empty externalId', post('/v1/articles', JSON.stringify({ text: ARTICLE, externalId: '' })), 400],
  ['__proto__ in the body', post('/v1/articles', `{"text": "abc def", "__proto__": {"admin": true}}`), 400],
  ['deeply nested JSON', post('/v1/articles', '{"text":' + '['.repeat(1500) + ']'.repeat(1500) + '}'), 400],
  // Text that is not an article.
  ['invalid UTF-8 in JSON', post('/v1/articles', Buffer.from([...Buffer.from('{"text": "abc '), 0xff, 0xfe, ...Buffer.from('"}')])), 400],
  ['invalid UTF-8 as text', post('/v1/articles', Buffer.from([0x61, 0x62, 0xc3, 0x28, 0x20, 0x64]), plain), 400],
  ['a NUL byte', post('/v1/articles', JSON.stringify({ text: `${ARTICLE}\u0000` })), 400],
  ['a NUL byte as text', post('/v1/articles', `abc\u0000def`, plain), 400],
  ['a NUL byte in source', post('/v1/articles', JSON.stringify({ text: ARTICLE, source: 'Da\u0000wn' })), 400],
  ['a NUL byte in externalId', post('/v1/articles', JSON.stringify({ text: ARTICLE, externalId: 'x\u0000' })), 400],
  ['a NUL byte in an externalId path', { method: 'PUT', url: '/v1/articles/by-external-id/x%00', payload: { text: ARTICLE } }, 400],
  ['control characters', post('/v1/articles', JSON.stringify({ text: `abc\u0007\u001b[31mdef` })), 400],
  ['only whitespace', post('/v1/articles', JSON.stringify({ text: ' \n\t\u00a0\u2003 ' })), 400],
  ['only whitespace as text', post('/v1/articles', '   \n  ', plain), 400],
  ['an empty string', post('/v1/articles', JSON.stringify({ text: '' })), 400],
  ['only quotation marks', post('/v1/articles', JSON.stringify({ text: '"" \u201c\u201d \u2018\u2019 \'\' \u00ab\u00bb' })), 400],
  ['parse: only quotation marks', post('/v1/parse', JSON.stringify({ text: '“”' })), 400],
  ['parse: a NUL byte', post('/v1/parse', 'abc\u0000', plain), 400],
  // Ids.
  ['an unknown article', get('/v1/articles/123456'), 404],
  ['an article id of letters', get('/v1/articles/abc'), 400],
  ['an article id of zero', get('/v1/articles/0'), 400],
  ['a negative article id', get('/v1/articles/-1'), 400],
  ['a fractional article id', get('/v1/articles/1.5'), 400],
  ['an article id past 2^53', get('/v1/articles/99999999999999999999'), 400],
  ['an article id with a space', get('/v1/articles/1%201'), 400],
  // Ids are plain decimal digits: nothing a number parser would also read as 16 (or 10).
  ['a hexadecimal article id', get('/v1/articles/0x10'), 400],
  ['an article id in exponent form', get('/v1/articles/1e1'), 400],
  ['an article id with a leading space', get('/v1/articles/%2016'), 400],
  ['an article id with a trailing tab', get('/v1/articles/16%09'), 400],
  ['an article id with a plus sign', get('/v1/articles/+16'), 400],
  ['an article id with a leading zero', get('/v1/articles/016'), 400],
  ['an article id of 1.0', get('/v1/articles/1.0'), 400],
  ['a binary article id', get('/v1/articles/0b1'), 400],
  ['an article id of 16 digits', get('/v1/articles/1000000000000000'), 400],
  ['the largest article id taken, unknown', get('/v1/articles/999999999999999'), 404],
  ['the stored article by its id', get('/v1/articles/1'), 200],
  ['deleting a hexadecimal id', { method: 'DELETE', url: '/v1/articles/0x1' }, 400],
  ['a hexadecimal official id', get('/v1/officials/0x1'), 400],
  ["a hexadecimal official's quotes", get('/v1/officials/0x1/quotes'), 400],
  ["an official's quotes, id with a leading zero", get('/v1/officials/01/quotes'), 400],
  ['a path parameter past the length limit', get(`/v1/articles/${'9'.repeat(150)}`), 414],
  ['a malformed percent-encoding', get('/v1/articles/%E0%A4%A'), 400],
  ['deleting an unknown article', { method: 'DELETE', url: '/v1/articles/123456' }, 404],
  ['deleting a bad id', { method: 'DELETE', url: '/v1/articles/abc' }, 400],
  ['an unknown official', get('/v1/officials/123456'), 404],
  ['an official id of letters', get('/v1/officials/x'), 400],
  ["an unknown official's quotes", get('/v1/officials/123456/quotes'), 404],
  // Lists: limits, cursors, dates.
  ['limit 0', get('/v1/articles?limit=0'), 400],
  ['limit over 500', get('/v1/quotes?limit=501'), 400],
  ['a negative limit', get('/v1/officials?limit=-5'), 400],
  ['limit of letters', get('/v1/quotes?limit=ten'), 400],
  ['limit as a float', get('/v1/quotes?limit=2.5'), 400],
  ['limit past 2^53', get('/v1/quotes?limit=1e400'), 400],
  ['a cursor of garbage', get('/v1/articles?cursor=!!!!'), 400],
  ['a well-encoded cursor of garbage', get(`/v1/quotes?cursor=${Buffer.from('{"x":1}').toString('base64url')}`), 400],
  ['an over-long cursor', get(`/v1/quotes?cursor=${'A'.repeat(2000)}`), 400],
  ['an impossible date', get('/v1/articles?from=2023-02-30'), 400],
  ['a date in words', get('/v1/quotes?from=yesterday'), 400],
  ['a date past year 9999', get('/v1/quotes?to=12345-01-01'), 400],
  ['a date with a time', get('/v1/articles?from=2023-01-01T00:00:00Z'), 400],
  ['an unknown quote type', get('/v1/quotes?type=paraphrase'), 400],
  ['an officialId of letters', get('/v1/quotes?officialId=abc'), 400],
  ['an articleId of zero', get('/v1/quotes?articleId=0'), 400],
  // Integers in a query string are plain decimal digits too, as ids in a path are.
  ['a hexadecimal limit', get('/v1/quotes?limit=0x10'), 400, PLAIN('limit')],
  ['a limit in exponent form', get('/v1/articles?limit=1e1'), 400, PLAIN('limit')],
  ['a limit with a plus sign', get('/v1/officials?limit=+5'), 400, PLAIN('limit')],
  ['a limit with a leading space', get('/v1/quotes?limit=%2016'), 400, PLAIN('limit')],
  ['a limit with a leading zero', get('/v1/articles?limit=016'), 400, PLAIN('limit')],
  ['a limit of 1.0', get('/v1/officials?limit=1.0'), 400, PLAIN('limit')],
  ["an official's quotes, a hexadecimal limit", get('/v1/officials/1/quotes?limit=0x10'), 400, PLAIN('limit')],
  ['a hexadecimal articleId', get('/v1/quotes?articleId=0x10'), 400, PLAIN('articleId')],
  ['an officialId in exponent form', get('/v1/quotes?officialId=1e1'), 400, PLAIN('officialId')],
  ['a negative limit is out of range', get('/v1/quotes?limit=-5'), 400, /^querystring\/limit must be >= 1$/],
  ['a limit of 20', get('/v1/quotes?limit=20'), 200],
  ['articles, a limit of 20', get('/v1/articles?limit=20'), 200],
  ['officials, a limit of 20', get('/v1/officials?limit=20'), 200],
  ['an articleId of 3', get('/v1/quotes?articleId=3'), 200],
  ['an officialId of 3 and a limit of 1', get('/v1/quotes?officialId=3&limit=1'), 200],
  // Very long query strings and duplicated parameters.
  ['a q over its length limit', get(`/v1/articles?q=${'word '.repeat(200)}`), 400],
  ['a speaker over its length limit', get(`/v1/quotes?speaker=${'a'.repeat(1000)}`), 400],
  ['a URL over 8 KiB', get(`/v1/quotes?unknown=${'a'.repeat(9000)}`), 414],
  ['limit twice', get('/v1/quotes?limit=5&limit=6'), 400],
  ['q twice', get('/v1/articles?q=talks&q=summit'), 400],
  ['speaker twice', get('/v1/quotes?speaker=lopez&speaker=patel'), 400],
  ['a bracketed array parameter', get('/v1/quotes?speaker[]=lopez'), 400, /"speaker\[\]" is not a query parameter here/],
  ['a misspelt parameter', get('/v1/quotes?speakr=lopez'), 400, /"speakr" is not a query parameter here; expected one of speaker,/],
];

// FTS5 syntax and SQL fragments are words to find, never syntax: always a 200.
const hostile = [
  '"',
  '""',
  '*',
  'talks*',
  'NEAR(',
  'NEAR(talks summit, 2)',
  '-',
  '-talks',
  'talks -summit',
  '(',
  ')',
  '((talks',
  'talks OR',
  'AND',
  'NOT talks',
  'text:talks',
  '^talks',
  '{talks}',
  "'",
  "'; DROP TABLE articles; --",
  '1 OR 1=1',
  '%',
  '_',
  '\\',
  'talks" OR "1"="1',
  '\u0000',
  '🙂',
  '\u202e',
  'a'.repeat(150),
];

t.test('every row gets its 4xx (or 200) as problem+json, and nothing is stored', async (t) => {
  const app = await testApp(t, { maxArticleBytes: MAX_BYTES });
  const created = await app.inject(post('/v1/articles', JSON.stringify({ text: ARTICLE })));
  t.equal(created.statusCode, 201);
  const before = await app.store.stats();

  for (const [name, request, status, detail = String] of rows) {
    const response = await app.inject(request);
    t.equal(response.statusCode, status, `${name}: ${response.body.slice(0, 200)}`);
    if (status >= 400) {
      t.match(response.headers['content-type'], /^application\/problem\+json/, `${name}: problem+json`);
      t.match(response.json(), { type: String, title: String, status, detail }, `${name}: problem body`);
    }
  }
  t.same(await app.store.stats(), before, 'no rejected request stored anything');

  // Plain digits still arrive as the numbers they say.
  const quotes = (await app.inject(get('/v1/quotes?articleId=1&limit=1'))).json();
  t.match(quotes, { items: [{ articleId: 1 }] }, 'articleId=1&limit=1: the stored quote');
  t.equal(quotes.items.length, 1, 'limit=1: one item');
});

t.test('FTS operators and SQL fragments in q and speaker are treated as words', async (t) => {
  const app = await testApp(t);
  await app.inject(post('/v1/articles', JSON.stringify({ text: ARTICLE })));
  for (const value of hostile) {
    const q = encodeURIComponent(value);
    for (const url of [`/v1/articles?q=${q}`, `/v1/quotes?q=${q}`, `/v1/quotes?speaker=${q}`, `/v1/officials?q=${q}`]) {
      const response = await app.inject(get(url));
      t.equal(response.statusCode, 200, `${url}: ${response.body.slice(0, 200)}`);
    }
  }
  const found = (await app.inject(get(`/v1/articles?q=${encodeURIComponent('talks" OR "x')}`))).json();
  t.equal(found.items.length, 0, 'quote marks do not open a phrase: "x" is a word that must be there too');
  t.equal((await app.inject(get('/v1/articles?q=talks%20resume'))).json().items.length, 1, 'plain words still find it');
  t.equal((await app.store.stats()).articles, 1, 'the table is still there');
});
