// The same article posted 50 times at once, while the parser pool works on them in parallel: one row,
// one 201, and every other answer a 200 with the same id; nothing duplicated below it either.
import t from 'tap';
import { testApp } from '../routes/helpers.js';

// One app for the file (each parser and writer thread loads the engine or the store again): each test posts
// articles of its own and counts what it added.
const app = await testApp(t, { parseWorkers: 2, writerThread: true });

const ARTICLE = 'GENEVA, March 3 (Reuters) - "The talks will resume next week," said Maria Lopez, a UN spokeswoman.';

async function postAtOnce(bodies: string[]) {
  return Promise.all(
    bodies.map((payload) => app.inject({ method: 'POST', url: '/v1/articles', payload, headers: { 'content-type': 'application/json' } })),
  );
}

t.test('50 identical articles at once: exactly one stored, the same id for all', async (t) => {
  const before = await app.store.stats();
  const responses = await postAtOnce(Array.from({ length: 50 }, () => JSON.stringify({ text: ARTICLE })));
  const statuses = responses.map((response) => response.statusCode).sort((a, b) => a - b);
  t.same(statuses, [...Array(49).fill(200), 201], 'one 201, 49 times 200');
  const ids = new Set(responses.map((response) => response.json().id));
  t.equal(ids.size, 1, 'every response carries the same id');
  const stats = await app.store.stats();
  t.equal(stats.articles - before.articles, 1);
  t.equal(stats.quotes - before.quotes, responses[0].json().quotes.length, 'quotes stored once');
  t.ok(stats.quotes > before.quotes);
});

t.test('50 posts of one externalId at once, texts differing: the first text wins, once; the others are 409s', async (t) => {
  const before = await app.store.stats();
  const bodies = Array.from({ length: 50 }, (_, i) => JSON.stringify({ text: `${ARTICLE} Update ${i}.`, externalId: 'wire-7' }));
  const responses = await postAtOnce(bodies);
  t.same(
    responses.map((response) => response.statusCode).sort((a, b) => a - b),
    [201, ...Array(49).fill(409)],
  );
  const id = responses.find((response) => response.statusCode === 201)?.json().id;
  t.ok(responses.every((response) => response.statusCode === 201 || response.json().detail.includes(`PUT /v1/articles/${id}`)));
  t.equal((await app.store.stats()).articles - before.articles, 1);
});
