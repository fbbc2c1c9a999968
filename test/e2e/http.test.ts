// Over a real socket: the server as clients see it, and a file database that outlives the process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { NO_LOAD_SHEDDING } from '../routes/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'quotes-e2e-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const databasePath = join(dir, 'nested', 'quotes.db');

async function listening() {
  const app = await buildApp({ databasePath, logger: false, parseWorkers: 0, ...NO_LOAD_SHEDDING });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, address };
}

t.test('post, query and delete over HTTP; the data survives a restart', async (t) => {
  const text = 'ISLAMABAD - "We are ready to talk," Foreign Office spokesperson Sara Qureshi said on Monday.';
  let { app, address } = await listening();
  const created = await fetch(`${address}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, externalId: 'e2e-1' }),
  });
  t.equal(created.status, 201);
  const { id } = (await created.json()) as { id: number };
  await app.close();

  ({ app, address } = await listening());
  t.teardown(() => app.close());
  const stored = await fetch(`${address}/v1/articles/${id}`);
  t.equal(stored.status, 200);
  t.match(await stored.json(), { id, text, externalId: 'e2e-1' });
  const listed = await fetch(`${address}/v1/articles?q=ready%20talk`);
  const list = (await listed.json()) as { items: { id: number }[] };
  t.equal(listed.status, 200, JSON.stringify(list));
  t.same(
    list.items.map((a) => a.id),
    [id],
  );

  const problem = await fetch(`${address}/v1/articles`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' });
  t.equal(problem.status, 415);
  t.match(problem.headers.get('content-type'), /^application\/problem\+json/);

  t.equal((await fetch(`${address}/v1/articles/${id}`, { method: 'DELETE' })).status, 204);
  t.equal((await fetch(`${address}/v1/articles/${id}`)).status, 404);
});
