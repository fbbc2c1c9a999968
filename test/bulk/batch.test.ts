import t from 'tap';
import { Readable } from 'node:stream';
import { article, testApp } from './helpers.js';

const ndjson = (lines: unknown[]) =>
  lines.map((l) => (typeof l === 'string' && l.startsWith('RAW:') ? l.slice(4) : JSON.stringify(l))).join('\n') + '\n';

t.test('NDJSON: one result per line in order, bad lines fail alone with their line number', async (t) => {
  const app = await testApp(t);
  const payload = ndjson([
    { text: article(1), source: 'Dawn', externalId: 'a-1' },
    'RAW:{not json',
    article(2),
    { text: '  ' },
    'RAW:',
    { text: article(1) },
    { text: article(3), publishedAt: 'yesterday' },
  ]);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/x-ndjson' },
    payload,
  });
  t.equal(response.statusCode, 200);
  const body = response.json();
  t.same(
    body.results.map((r: { line: number; status: string }) => [r.line, r.status]),
    [
      [1, 'created'],
      [2, 'failed'],
      [3, 'created'],
      [4, 'failed'],
      [6, 'existing'],
      [7, 'failed'],
    ],
  );
  t.match(body, { created: 2, existing: 1, failed: 3 });
  t.equal(body.results[4].id, body.results[0].id, 'the repeated text is the same article');
  t.match(body.results[1].problem, { status: 400, detail: /^Line 2: / });
  t.match(body.results[5].problem, { status: 400, detail: /publishedAt/ });
  const stored = await app.inject({ url: `/v1/articles/${body.results[0].id}` });
  t.match(stored.json(), { source: 'Dawn', externalId: 'a-1', text: article(1) });
});

t.test('NDJSON is read as a stream', async (t) => {
  const app = await testApp(t);
  const lines = Array.from({ length: 450 }, (_, i) => JSON.stringify({ text: article(i) }) + '\n');
  const response = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: Readable.from(lines),
  });
  t.equal(response.statusCode, 200);
  t.match(response.json(), { created: 450, failed: 0 });
  t.equal((await app.store.stats()).articles, 450);
});

t.test('a JSON array works the same, lines being 1-based indexes', async (t) => {
  const app = await testApp(t);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    payload: [article(1), { text: 5 }, { text: article(2) }],
  });
  t.equal(response.statusCode, 200);
  t.same(
    response.json().results.map((r: { line: number; status: string }) => [r.line, r.status]),
    [
      [1, 'created'],
      [2, 'failed'],
      [3, 'created'],
    ],
  );
});

t.test('the batch limit: an array over it is refused whole, NDJSON stops at the first line past it', async (t) => {
  const app = await testApp(t, { batchMaxArticles: 2 });
  const array = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: [article(1), article(2), article(3)] });
  t.equal(array.statusCode, 413);
  t.equal(array.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.equal((await app.store.stats()).articles, 0, 'nothing stored');

  const stream = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: ndjson([article(1), article(2), article(3), article(4)]),
  });
  t.equal(stream.statusCode, 200);
  const body = stream.json();
  t.same(
    body.results.map((r: { status: string }) => r.status),
    ['created', 'created', 'failed'],
  );
  t.match(body.results[2].problem, { status: 413, detail: /limit of 2 articles: line 3/ });
});

t.test('anything but an array or NDJSON is a 400 or a 415', async (t) => {
  const app = await testApp(t);
  const object = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: { text: article(1) } });
  t.equal(object.statusCode, 400);
  const xml = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/xml' },
    payload: '<a/>',
  });
  t.equal(xml.statusCode, 415);
});

t.test('reads are answered while a batch is being parsed in the pool', async (t) => {
  const app = await testApp(t, { parseWorkers: 1, writerThread: true });
  const order: string[] = [];
  const batch = app
    .inject({
      method: 'POST',
      url: '/v1/articles/batch',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: Array.from({ length: 300 }, (_, i) => JSON.stringify({ text: article(i) })).join('\n'),
    })
    .then((response) => order.push(`batch ${response.json().created}`));
  // Let the batch start, then read.
  await new Promise((resolve) => setImmediate(resolve));
  const read = app.inject({ url: '/v1/quotes?speaker=khan' }).then((response) => order.push(`read ${response.statusCode}`));
  await Promise.all([batch, read]);
  t.same(order, ['read 200', 'batch 300'], 'the read did not wait for the batch');
  t.equal(app.parser.completed, 300, 'the batch was parsed by the pool');
});

t.test('NDJSON with a charset parameter is still NDJSON', async (t) => {
  const app = await testApp(t);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8' },
    payload: JSON.stringify({ text: article(1) }) + '\n',
  });
  t.equal(response.statusCode, 200);
  t.match(response.json(), { created: 1 });
});

t.test('each article of a batch obeys MAX_ARTICLE_BYTES, as when posted alone', async (t) => {
  const app = await testApp(t, { maxArticleBytes: 200 });
  const big = `${article(1)} ${'More text. '.repeat(20)}`;
  const json = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: [big, { text: article(2) }] });
  t.match(json.json(), {
    created: 1,
    failed: 1,
    results: [{ line: 1, status: 'failed', problem: { status: 413, detail: /at most 200 are accepted/ } }],
  });
  // An NDJSON line may hold up to twice the limit (escapes), but not an article over it.
  const lines = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: ndjson([{ text: big.slice(0, 300) }, article(3)]),
  });
  t.match(lines.json(), {
    created: 1,
    failed: 1,
    results: [
      { line: 1, problem: { status: 413 } },
      { line: 2, status: 'created' },
    ],
  });
  t.equal(
    (await app.inject({ method: 'POST', url: '/v1/articles', payload: big, headers: { 'content-type': 'text/plain' } })).statusCode,
    413,
    'alone too',
  );
});
