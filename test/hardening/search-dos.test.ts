// Full-text searches run in a reader thread, under a time budget and a per-caller share, so keyless searches
// for the commonest word cannot stall keyed clients or probes. A generated database of 100k quotes.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { explain, SEARCH_QUEUE_MAX, SEARCHES_PER_CALLER } from '../../src/store-reader/reader.js';
import { tempDir, testApp } from '../bulk/helpers.js';

const READER = 'reader-key-0123456789';
const WRITER = 'writer-key-0123456789';
const apiKeys = parseApiKeys(`${READER}:read,${WRITER}:write`, 'API_KEYS');
const QUOTES = 100_000;

/**
 * The database every test searches: one posted article, then copies of its quote, each with its own number,
 * straight into the tables (and the full-text index). Built once and copied for each test, which is much
 * cheaper than generating it again.
 */
async function generateDatabase(t: Test): Promise<string> {
  const databasePath = join(tempDir(t), 'filled.db');
  const app = await buildApp({ databasePath, logger: false, apiKeys, searchThreads: 0, maxEventLoopDelayMs: 0 });
  const posted = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: { 'content-type': 'text/plain', authorization: `Bearer ${WRITER}` },
    payload: 'GENEVA - "We will talk about the plan with the unions," said Maria Lopez, a UN spokeswoman.',
  });
  t.equal(posted.statusCode, 201);
  app.sqlite!.db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${QUOTES})
    INSERT INTO quotes (article_id, ordinal, day, text, type, start, "end", cue, speaker_kind, speaker_name, speaker_mention,
      speaker_key, official_id, confidence, dateline_date, dateline_city, dateline_country)
    SELECT article_id, ordinal + i, day, text || ' ' || i, type, start, "end", cue, speaker_kind, speaker_name, speaker_mention,
      speaker_key, official_id, confidence, dateline_date, dateline_city, dateline_country FROM quotes, n WHERE quotes.id = 1;
    INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id > 1;`);
  // Closing checkpoints the WAL into the file, so the file alone is the whole database.
  await app.close();
  return databasePath;
}

const filled = await generateDatabase(t);

/** An app with one reader thread on its own copy of the filled database. */
async function filledApp(t: Test, searchTimeoutMs: number) {
  const databasePath = join(tempDir(t), 'search.db');
  copyFileSync(filled, databasePath);
  return testApp(t, { apiKeys, databasePath, searchThreads: 1, searchTimeoutMs });
}

t.test('keyless searches for a common word are shared out and bounded; keyed clients and probes are served', async (t) => {
  const app = await filledApp(t, 60_000);
  const search = (remoteAddress: string) => app.inject({ url: '/v1/quotes?q=the&limit=500', remoteAddress });
  // Five addresses, four searches each: each address has SEARCHES_PER_CALLER at once, the rest 429.
  const attack = Array.from({ length: 20 }, (_, i) => search(`10.0.0.${i % 5}`));
  const keyed = await app.inject({ url: '/v1/quotes?speaker=Maria%20Lopez&limit=5', headers: { authorization: `Bearer ${READER}` } });
  t.equal(keyed.statusCode, 200, 'a keyed lookup is answered while the searches run');
  t.equal(keyed.json().items.length, 5);
  t.equal((await app.inject({ url: '/health' })).statusCode, 200);
  t.equal((await app.inject({ url: '/ready' })).statusCode, 200);
  const answers = await Promise.all(attack);
  const count = (status: number) => answers.filter((answer) => answer.statusCode === status).length;
  t.equal(count(200), 5 * SEARCHES_PER_CALLER, 'each address gets its share');
  t.equal(count(429), 20 - 5 * SEARCHES_PER_CALLER, 'and no more');
  t.match(answers.find((answer) => answer.statusCode === 429)!.json(), { detail: /searches are already running/ });
  t.equal(answers.find((answer) => answer.statusCode === 200)!.json().items.length, 500, 'searches give full pages');
});

t.test('searches beyond what the thread can queue are refused with 503 and Retry-After', async (t) => {
  const app = await filledApp(t, 60_000);
  const answers = await Promise.all(
    Array.from({ length: SEARCH_QUEUE_MAX + 4 }, (_, i) => app.inject({ url: '/v1/quotes?q=the&limit=500', remoteAddress: `10.0.1.${i}` })),
  );
  const refused = answers.filter((answer) => answer.statusCode === 503);
  t.ok(refused.length >= 1, `${refused.length} refused`);
  t.equal(refused[0].headers['retry-after'], '1');
  t.match(refused[0].json(), { detail: /Too many searches are running/ });
  t.equal(answers.filter((answer) => answer.statusCode === 200).length + refused.length, answers.length, 'the rest answered');
});

t.test('a search over its time budget is stopped with 422, and the next one is served', async (t) => {
  const app = await filledApp(t, 1);
  const slow = await app.inject({ url: '/v1/quotes?q=the&limit=500' });
  t.equal(slow.statusCode, 422);
  t.match(slow.json(), { detail: /longer than 1 ms and was stopped; add words or filters/ });
  t.equal((await app.inject({ url: '/v1/quotes?q=unions&limit=1' })).statusCode, 422, 'still too short a budget for any search');
  t.equal((await app.inject({ url: '/v1/quotes?speaker=Maria%20Lopez&limit=1' })).statusCode, 200, 'lookups do not use the budget');
});

t.test('searches in a reader thread answer as on the event loop, exports too', async (t) => {
  const app = await filledApp(t, 60_000);
  const page = await app.inject({ url: '/v1/quotes?q=unions%2099999&limit=5' });
  t.match(page.json(), { items: [{ text: /99999$/ }] });
  const articles = await app.inject({ url: '/v1/articles?q=spokeswoman' });
  t.equal(articles.json().items.length, 1);
  t.equal((await app.inject({ url: '/v1/articles?q=spokeswoman&cursor=bad' })).statusCode, 400, "a bad cursor is the thread's 400");
  const exported = await app.inject({ url: '/v1/quotes?q=unions%201000', headers: { accept: 'application/x-ndjson' } });
  t.match(
    exported.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)),
    [{ text: /unions.* 1000$/ }],
  );
});

t.test('a failure other than the budget or the queue passes through as it is', async (t) => {
  const failure = new Error('the reader thread exited');
  t.equal(explain(failure, 10), failure);
});
