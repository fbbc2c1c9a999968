import t from 'tap';
import Fastify from 'fastify';
import metrics, { type MetricsOptions } from '../../src/plugins/metrics.js';
import type { StoreStats } from '../../src/store/async-store.js';
import metricsRoutes from '../../src/routes/metrics.js';
import { testApp } from '../routes/helpers.js';

async function appWith(storeStats: () => Promise<StoreStats>, parser?: MetricsOptions['parser']) {
  const app = Fastify();
  await app.register(metrics, { storeStats, parser });
  await app.register(metricsRoutes);
  app.get('/v1/things/:id', async (request) => request.params);
  await app.ready();
  return app;
}

t.test('exposes request counts, latency, parse time and store figures in Prometheus format', async (t) => {
  let scrapes = 0;
  const parser = {
    parse: async (text: string) => {
      if (text === '') throw new Error('empty');
      return { length: text.length };
    },
    parseEncoded: async (text: string) => new TextEncoder().encode(text),
  };
  const app = await appWith(async () => {
    scrapes++;
    return { articles: 3, quotes: 17, officials: 5, databaseBytes: 65536 };
  }, parser);
  t.teardown(() => app.close());
  await app.inject({ method: 'GET', url: '/v1/things/1' });
  await app.inject({ method: 'GET', url: '/v1/things/2' });
  await app.inject({ method: 'GET', url: '/nowhere' });
  t.same(await parser.parse('abc'), { length: 3 }, 'the timed parser still returns the result');
  await t.rejects(parser.parse(''), /empty/, 'and still fails as before');
  t.same(await parser.parseEncoded('ab'), new Uint8Array([97, 98]), 'the encoded form is timed too');

  const response = await app.inject({ method: 'GET', url: '/metrics' });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^text\/plain; version=0\.0\.4/);
  const body = response.body;
  t.match(body, 'http_requests_total{method="GET",route="/v1/things/:id",status="200"} 2', 'by route pattern, not URL');
  t.match(body, 'http_requests_total{method="GET",route="unmatched",status="404"} 1');
  t.match(body, /http_request_duration_seconds_count\{method="GET",route="\/v1\/things\/:id",status="200"\} 2/);
  t.match(body, 'article_parse_duration_seconds_count 3');
  t.match(body, 'articles_stored 3');
  t.match(body, 'quotes_stored 17');
  t.match(body, 'officials_stored 5');
  t.match(body, 'database_size_bytes 65536');
  t.match(body, /process_resident_memory_bytes \d+/);
  t.equal(scrapes, 1, 'one store read serves every gauge of a scrape');

  await app.inject({ method: 'GET', url: '/metrics' });
  t.equal(scrapes, 2, 'every scrape reads the store afresh');
});

t.test('apps built side by side keep separate registries', async (t) => {
  const stats = { articles: 0, quotes: 0, officials: 0, databaseBytes: 0 };
  const first = await appWith(async () => stats);
  const second = await appWith(async () => stats);
  t.teardown(async () => {
    await first.close();
    await second.close();
  });
  await first.inject({ method: 'GET', url: '/v1/things/1' });
  t.match((await first.inject({ method: 'GET', url: '/metrics' })).body, 'route="/v1/things/:id"');
  t.notMatch((await second.inject({ method: 'GET', url: '/metrics' })).body, 'route="/v1/things/:id"');
});

t.test('in the whole app: stored counts and parse time follow what was posted', async (t) => {
  const app = await testApp(t);
  const text = 'GENEVA - "We will talk," said Maria Lopez, the foreign minister of Spain.';
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', payload: { text } })).statusCode, 201);
  const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  t.match(body, /^articles_stored 1$/m);
  t.match(body, new RegExp(`^quotes_stored ${(await app.store.stats()).quotes}$`, 'm'));
  t.match(body, /^article_parse_duration_seconds_count 1$/m, 'the app parser is timed');
  t.match(body, /^database_size_bytes [1-9]\d*$/m);
  t.match(body, 'http_requests_total{method="POST",route="/v1/articles",status="201"} 1');
});

t.test('queue depths: the parser lanes and the search threads, read at each scrape', async (t) => {
  const depths = { parse: { main: 3, open: 1 }, search: 2 };
  const app = Fastify();
  await app.register(metrics, {
    storeStats: async () => ({ articles: 0, quotes: 0, officials: 0, databaseBytes: 0 }),
    queueDepths: () => depths,
  });
  await app.register(metricsRoutes);
  t.teardown(() => app.close());
  const first = (await app.inject('/metrics')).body;
  t.match(first, 'parse_queue_depth{lane="main"} 3');
  t.match(first, 'parse_queue_depth{lane="open"} 1');
  t.match(first, /^search_queue_depth 2$/m);
  depths.search = 0;
  t.match((await app.inject('/metrics')).body, /^search_queue_depth 0$/m);
});

t.test('in the whole app, the search queue counts searches in flight', async (t) => {
  const app = await testApp(t);
  const searching = app.reader.search({ list: 'quotes', filter: { q: 'minister' }, page: { limit: 5 } }, 'caller');
  t.equal(app.reader.pending, 1);
  await searching;
  t.equal(app.reader.pending, 0);
  const body = (await app.inject('/metrics')).body;
  t.match(body, /^search_queue_depth 0$/m);
  t.match(body, 'parse_queue_depth{lane="open"} 0');
});
