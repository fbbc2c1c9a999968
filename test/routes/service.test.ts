import type { InjectOptions } from 'fastify';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { testApp } from './helpers.js';

const json = (text: unknown) => ({ payload: JSON.stringify(text), headers: { 'content-type': 'application/json' } });

t.test('health and readiness', async (t) => {
  const app = await testApp(t);
  t.same((await app.inject('/health')).json(), { status: 'ok' });
  t.same((await app.inject('/ready')).json(), { status: 'ok' });
  Object.defineProperty(app.writer, 'stopped', { value: 'the writer thread exited (code 1)' });
  const unwritable = await app.inject('/ready');
  t.equal(unwritable.statusCode, 503);
  t.match(unwritable.json(), { detail: 'The database cannot be written to: the writer thread exited (code 1).' });
  app.sqlite!.close();
  const down = await app.inject('/ready');
  t.equal(down.statusCode, 503);
  t.match(down.json(), { status: 503, title: 'Service Unavailable', detail: /database/ });
});

t.test('POST /v1/parse takes JSON or text/plain and stores nothing', async (t) => {
  const app = await testApp(t);
  const text = 'ISLAMABAD - "We are ready," the minister said.';
  const fromJson = await app.inject({ method: 'POST', url: '/v1/parse', ...json({ text }) });
  const fromPlain = await app.inject({
    method: 'POST',
    url: '/v1/parse',
    payload: text,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
  t.equal(fromJson.statusCode, 200);
  t.same(fromPlain.json(), fromJson.json());
  const result = fromJson.json();
  t.match(result, { parserVersion: String, dateline: {}, quotes: Array, officials: Array });
  for (const quote of result.quotes) t.equal(text.slice(quote.start, quote.end), quote.text);
  t.equal((await app.store.stats()).articles, 0);
});

t.test('POST /v1/parse?explain=true adds provenance to quotes and officials; offsets of cue and mention always', async (t) => {
  const app = await testApp(t);
  const text = 'ISLAMABAD - Interior Minister Omar Latif said the border would reopen. "We are ready," he added.';
  const plain = (await app.inject({ method: 'POST', url: '/v1/parse', ...json({ text }) })).json();
  t.notOk('provenance' in plain.quotes[0], 'no provenance unless asked');
  t.notOk('provenance' in plain.officials[0]);
  for (const q of plain.quotes) {
    t.equal(text.slice(q.cueStart, q.cueEnd), q.cue);
    t.equal(text.slice(q.speaker.mentionStart, q.speaker.mentionEnd), q.speaker.mention);
  }
  t.equal(plain.quotes[1].speaker.mention, 'he', 'the mention is the phrase at the quote');
  const explained = await app.inject({ method: 'POST', url: '/v1/parse?explain=true', ...json({ text }) });
  t.equal(explained.statusCode, 200);
  const result = explained.json();
  t.same(result.quotes[0].provenance, { quote: 'indirect:verb', speaker: 'text > named-person' });
  t.same(result.quotes[1].provenance, { quote: 'direct:cue-after', speaker: 'text > pronoun' });
  t.same(result.officials[0].provenance, { official: 'entities:title' });
  const bad = await app.inject({ method: 'POST', url: '/v1/parse?explain=maybe', ...json({ text }) });
  t.equal(bad.statusCode, 400);
});

t.test('bad input is a 4xx problem, never a 500', async (t) => {
  const app = await testApp(t, { maxArticleBytes: 200 });
  const cases: [string, InjectOptions, number][] = [
    ['blank article', { method: 'POST', url: '/v1/parse', ...json({ text: '  \n\t ' }) }, 400],
    ['only quotation marks', { method: 'POST', url: '/v1/articles', ...json({ text: '“ ” " \'' }) }, 400],
    ['text of the wrong type', { method: 'POST', url: '/v1/parse', ...json({ text: 5 }) }, 400],
    ['no text', { method: 'POST', url: '/v1/parse', ...json({}) }, 400],
    ['malformed JSON', { method: 'POST', url: '/v1/parse', payload: '{"text": "a', headers: { 'content-type': 'application/json' } }, 400],
    ['unknown article field', { method: 'POST', url: '/v1/articles', ...json({ text: 'Hello.', nope: 1 }) }, 400],
    ['bad publishedAt', { method: 'POST', url: '/v1/articles', ...json({ text: 'Hello.', publishedAt: 'yesterday' }) }, 400],
    ['over the size limit', { method: 'POST', url: '/v1/parse', ...json({ text: 'x'.repeat(300) }) }, 413],
    [
      'unsupported content type',
      { method: 'POST', url: '/v1/parse', payload: '<a/>', headers: { 'content-type': 'application/xml' } },
      415,
    ],
    ['unknown route', { method: 'GET', url: '/v2/nothing?x=1' }, 404],
  ];
  for (const [name, request, status] of cases) {
    const response = await app.inject(request);
    t.equal(response.statusCode, status, name);
    t.match(response.headers['content-type'], /^application\/problem\+json/, name);
    t.match(response.json(), { type: 'about:blank', title: String, status, detail: String }, name);
  }
  t.equal((await app.store.stats()).articles, 0, 'nothing stored by a rejected request');
});

t.test('an unexpected failure is a 500 that reveals nothing', async (t) => {
  const app = await testApp(t);
  app.get('/boom', async () => {
    throw new Error('secret internals');
  });
  const response = await app.inject('/boom');
  t.equal(response.statusCode, 500);
  t.notMatch(response.body, /secret/);
  t.match(response.json(), { status: 500, title: 'Internal Server Error' });
});

t.test('an unusual status keeps its code, with a generic title', async (t) => {
  const app = await testApp(t);
  app.get('/teapot', async () => {
    throw Object.assign(new Error('short and stout'), { statusCode: 499 });
  });
  const response = await app.inject('/teapot');
  t.equal(response.statusCode, 499);
  t.match(response.json(), { title: 'Error', status: 499, detail: 'short and stout' });
});

t.test('without a logger option the app logs at LOG_LEVEL', async (t) => {
  const app = await buildApp({ databasePath: ':memory:', logLevel: 'silent' });
  t.teardown(() => app.close());
  t.equal(app.log.level, 'silent');
});

t.test('the app wires the store into /metrics', async (t) => {
  const app = await testApp(t);
  await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: 'ISLAMABAD - Talks went well, officials said.' } });
  const metrics = await app.inject('/metrics');
  t.equal(metrics.statusCode, 200);
  t.match(metrics.body, /^articles_stored 1$/m);
  t.match(metrics.body, /^database_size_bytes [1-9]\d*$/m);
});

t.test('a method a path does not answer is a 405 with Allow; an unknown path stays a 404', async (t) => {
  const app = await testApp(t);
  const put = await app.inject({ method: 'PUT', url: '/v1/quotes?limit=5' });
  t.equal(put.statusCode, 405);
  t.equal(put.headers.allow, 'GET, HEAD');
  t.match(put.json(), { status: 405, detail: 'PUT is not allowed on /v1/quotes; it answers GET, HEAD.' });
  const patch = await app.inject({ method: 'PATCH', url: '/v1/articles/7' });
  t.equal(patch.statusCode, 405);
  t.equal(patch.headers.allow, 'GET, HEAD, PUT, DELETE');
  t.equal((await app.inject({ method: 'PATCH', url: '/v1/articles/7/x' })).statusCode, 404);
  t.equal((await app.inject({ method: 'GET', url: '/v1/nothing' })).statusCode, 404);
});
