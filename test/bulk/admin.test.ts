import t from 'tap';
import { PARSER_VERSION } from '../../src/extract/version.js';
import { article, testApp } from './helpers.js';

t.test('POST /v1/admin/reparse re-parses older articles a limited number at a time, ids kept', async (t) => {
  const app = await testApp(t, { parseWorkers: 1, writerThread: true });
  const batch = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: [article(1), article(2), article(3)] });
  const ids = batch.json().results.map((r: { id: number }) => r.id);
  app.sqlite!.db.prepare("UPDATE articles SET parser_version = '0.0.0'").run();

  const first = await app.inject({ method: 'POST', url: '/v1/admin/reparse?limit=2' });
  t.equal(first.statusCode, 200);
  t.same(first.json(), { parserVersion: PARSER_VERSION, reparsed: 2, failedIds: [], more: true });
  const second = await app.inject({ method: 'POST', url: '/v1/admin/reparse' });
  t.same(second.json(), { parserVersion: PARSER_VERSION, reparsed: 1, failedIds: [], more: false });
  for (const id of ids) t.equal((await app.store.getArticle(id))?.parserVersion, PARSER_VERSION);
  t.ok(app.parser.completed >= 6, 'parsed in the worker pool');

  const bad = await app.inject({ method: 'POST', url: '/v1/admin/reparse?limit=0' });
  t.equal(bad.statusCode, 400);
});
