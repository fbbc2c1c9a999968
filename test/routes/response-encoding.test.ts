// ETags and 304s on GETs; gzip and br for large bodies only, never for NDJSON streams.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { article, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';

// Enough quotes that a page of them is well past the compression threshold.
const long = article('PESHAWAR - The council met.', {
  quotes: Array.from({ length: 40 }, (_, i) => quote(`the council will publish its report number ${i} next week`, person('Amina Yusuf'))),
});

async function appWithQuotes(t: Parameters<typeof testApp>[0]) {
  const app = await testApp(t);
  fakeParser(app, (text) => (text === long.text ? long.parsed : {}));
  await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: long.text } });
  return app;
}

t.test('a GET answers with a weak ETag, and 304 when the client has it', async (t) => {
  const app = await appWithQuotes(t);
  const first = await app.inject('/v1/quotes?limit=5');
  const etag = first.headers.etag as string;
  t.match(etag, /^W\/"[^"]+"$/, 'weak: the same page is sent in several encodings');
  const again = await app.inject({ url: '/v1/quotes?limit=5', headers: { 'if-none-match': etag } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  const other = await app.inject({ url: '/v1/quotes?limit=6', headers: { 'if-none-match': etag } });
  t.equal(other.statusCode, 200, 'another page has another ETag');
  t.not(other.headers.etag, etag);
  const zipped = await app.inject({ url: '/v1/quotes?limit=5', headers: { 'accept-encoding': 'gzip' } });
  t.equal(zipped.headers.etag, etag, 'the same ETag compressed or not');
  await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: 'QUETTA - A new article.' } });
  const article = (await app.inject('/v1/articles?limit=5')).headers.etag;
  await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: 'QUETTA - Another article.' } });
  const changed = await app.inject({ url: '/v1/articles?limit=5', headers: { 'if-none-match': article } });
  t.equal(changed.statusCode, 200, 'a list that changed is sent again');
});

t.test('large bodies are compressed with br or gzip; small ones and NDJSON are not', async (t) => {
  const app = await appWithQuotes(t);
  const plain = await app.inject('/v1/quotes');
  t.ok(plain.body.length > 1024);
  const br = await app.inject({ url: '/v1/quotes', headers: { 'accept-encoding': 'gzip, br' } });
  t.equal(br.headers['content-encoding'], 'br', 'br preferred');
  t.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
  t.ok(br.rawPayload.length < plain.body.length / 4, `${plain.body.length} -> ${br.rawPayload.length} bytes`);
  const gzip = await app.inject({ url: '/v1/quotes', headers: { 'accept-encoding': 'gzip' } });
  t.equal(gzip.headers['content-encoding'], 'gzip');
  t.equal(gunzipSync(gzip.rawPayload).toString(), plain.body);
  const small = await app.inject({ url: '/v1/quotes?limit=1', headers: { 'accept-encoding': 'gzip, br' } });
  t.equal(small.headers['content-encoding'], undefined, 'under the threshold');
  const ndjson = await app.inject({ url: '/v1/quotes', headers: { 'accept-encoding': 'gzip, br', accept: 'application/x-ndjson' } });
  t.equal(ndjson.headers['content-encoding'], undefined, 'a stream is sent as written');
  t.equal(ndjson.body.trim().split('\n').length, 40);
});
