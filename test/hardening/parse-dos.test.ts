// Anonymous parse work cannot starve keyed writes: its own thread and bounded queue, a work budget per article
// that the engine counts (its thread goes on), a time budget as the last resort (its thread is replaced), and
// a parse stopped when its client goes away. Real worker threads, a small file database.
import t from 'tap';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { testApp } from '../bulk/helpers.js';

const WRITER = 'writer-key-0123456789';
const apiKeys = parseApiKeys(`${WRITER}:write`, 'API_KEYS');
// About a megabyte that the engine takes seconds over (every word a reporting verb), and far over the default
// work budget.
const HOSTILE = 'said '.repeat(200_000);
const ARTICLE = 'GENEVA - "We will talk," said Maria Lopez, a UN spokeswoman.';
const text = { 'content-type': 'text/plain' };

async function until(condition: () => boolean, what: string) {
  for (const started = Date.now(); !condition(); await sleep(20)) {
    if (Date.now() - started > 60_000) throw new Error(`timed out waiting until ${what}`);
  }
}

t.test('keyless parses queue boundedly and run under a time budget while keyed writes go on', async (t) => {
  // No work budget: the time budget is all that stops a parse.
  const app = await testApp(t, {
    apiKeys,
    openParse: true,
    parseWorkers: 1,
    parseTimeoutMs: 1000,
    openParseQueueMax: 1,
    parseWorkBudget: 0,
  });
  const attack = Array.from({ length: 4 }, () => app.inject({ method: 'POST', url: '/v1/parse', payload: HOSTILE, headers: text }));
  await until(() => app.parser.pending.open === 2, 'the open lane is full');

  const write = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    payload: ARTICLE,
    headers: { ...text, authorization: `Bearer ${WRITER}` },
  });
  t.equal(write.statusCode, 201, 'a keyed write is stored while the attack runs');
  t.equal((await app.inject({ url: '/health' })).statusCode, 200);
  t.equal((await app.inject({ url: '/ready' })).statusCode, 200);

  const answers = await Promise.all(attack);
  const statuses = answers.map((answer) => answer.statusCode).sort();
  t.same(statuses, [422, 422, 503, 503], 'one running and one waiting, both stopped at the budget; two refused');
  const refused = answers.find((answer) => answer.statusCode === 503)!;
  t.match(refused.headers['content-type'], /^application\/problem\+json/);
  t.equal(refused.headers['retry-after'], '1');
  t.match(answers.find((answer) => answer.statusCode === 422)!.json(), { detail: /longer than 1000 ms to parse/ });

  const after = await app.inject({ method: 'POST', url: '/v1/parse', payload: ARTICLE, headers: text });
  t.equal(after.statusCode, 200, 'the lane serves again once the attack is over');
  t.equal(after.json().quotes.length, 1);
  t.equal(app.parser.threadsStarted, 4, "the main lane's thread; the open lane's, then one after each stopped parse");
});

t.test('the work budget stops a parse in its thread, which goes on with the next article', async (t) => {
  const app = await testApp(t, { parseWorkers: 1, parseTimeoutMs: 600_000 });
  const budget = 5_000_000;
  const over = await app.inject({ method: 'POST', url: '/v1/articles', payload: HOSTILE, headers: text });
  t.equal(over.statusCode, 422);
  t.match(over.headers['content-type'], /^application\/problem\+json/);
  t.match(over.json(), {
    status: 422,
    detail: `The article needs more work to parse than one article may take (${budget} units); send it in smaller parts.`,
  });

  const response = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: [HOSTILE, ARTICLE] });
  t.match(
    response.json(),
    {
      created: 1,
      failed: 1,
      results: [
        { line: 1, status: 'failed', problem: { status: 422, detail: /more work to parse/ } },
        { line: 2, status: 'created' },
      ],
    },
    'a batch line over the budget fails alone',
  );
  t.equal(app.parser.threadsStarted, 1, 'no thread was replaced');
  t.equal((await app.inject({ url: '/v1/quotes' })).json().items.length, 1, 'only the article within its budget was stored');
});

t.test('a parse stops when its client goes away', async (t) => {
  // A work budget the hostile text fits: its parse runs until the client goes.
  const app = await testApp(t, { parseWorkers: 1, parseTimeoutMs: 600_000, parseWorkBudget: 100_000_000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const completed = app.parser.completed;
  const client = request({ port, method: 'POST', path: '/v1/parse', headers: text });
  client.on('error', () => {});
  client.end(HOSTILE);
  await until(() => app.parser.pending.open === 1, 'the parse runs');
  client.destroy();
  await until(() => app.parser.pending.open === 0, 'the parse is stopped');
  t.equal(app.parser.completed, completed, 'it was stopped, not finished');
});
