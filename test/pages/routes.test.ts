// The pages over HTTP: HTML with the pages' CSP, hostile text escaped, the key form when reads take a key,
// the assets, and nothing of it in the OpenAPI document.
import { gzipSync } from 'node:zlib';
import t from 'tap';
import { parseApiKeys } from '../../src/plugins/api-keys.js';
import { ASSET_NAMES } from '../../src/pages/assets.js';
import { PAGE_CSP } from '../../src/pages/routes.js';
import { fakeParser, testApp } from '../routes/helpers.js';

const HOSTILE = 'QUETTA - <script>window.__pwned = 1</script> said \u202eThe minister\u202c "<img src=x onerror=alert(1)>".';
const NAME = '<b onmouseover="alert(1)">Malik</b>';

async function appWithHostileArticle(t: Parameters<typeof testApp>[0]) {
  const app = await testApp(t);
  fakeParser(app, (text) => ({
    quotes: [
      {
        text: '<img src=x onerror=alert(1)>',
        type: 'direct',
        start: text.indexOf('<img'),
        end: text.indexOf('".'),
        cue: 'said',
        speaker: { kind: 'person', name: NAME, mention: null },
        confidence: 0.9,
      },
    ],
    officials: [{ name: NAME, title: 'Minister', organization: null, country: null, aliases: [] }],
  }));
  const posted = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: HOSTILE, url: 'https://x.example/a?b=1&c=2' } });
  t.equal(posted.statusCode, 201);
  return app;
}

t.test('each page: HTML, the CSP that allows no inline code, hostile text escaped', async (t) => {
  const app = await appWithHostileArticle(t);
  const official = (await app.inject('/v1/officials')).json().items[0].id;
  for (const url of ['/', `/?who=${encodeURIComponent(NAME)}&q=minister`, '/articles/1', `/officials/${official}`, '/try']) {
    const response = await app.inject(url);
    t.equal(response.statusCode, 200, url);
    t.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    t.equal(response.headers['content-security-policy'], PAGE_CSP);
    t.notMatch(response.body, /<script>|<img|<b |\u202e|\u202c/, `${url}: nothing hostile unescaped`);
    t.match(response.body, '<script type="module" src="/assets/viewer.js"></script>');
    t.match(response.body, 'data-reads="open" data-parse="open"');
  }
  const article = (await app.inject('/articles/1')).body;
  t.match(article, '&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
  t.match(article, '<mark class="quote speaker-0" id="quote-0"');
  t.match(article, '<a href="https://x.example/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">original</a>');
  t.notMatch(PAGE_CSP, 'unsafe-inline');
});

t.test('the official page filters and pages through the quotes by cursor', async (t) => {
  const app = await testApp(t);
  const text = 'KARACHI - Ayesha Malik said the budget would pass.';
  fakeParser(app, (text) => ({
    quotes: Array.from({ length: 23 }, (_, i) => ({
      text: text.slice(0, 7),
      type: i % 2 ? ('direct' as const) : ('indirect' as const),
      start: 0,
      end: 7,
      cue: null,
      speaker: { kind: 'person' as const, name: 'Ayesha Malik', mention: null },
      confidence: 0.9,
    })),
    officials: [{ name: 'Ayesha Malik', title: 'Finance Minister', organization: null, country: 'Pakistan', aliases: [] }],
  }));
  await app.inject({ method: 'POST', url: '/v1/articles', payload: { text, publishedAt: '2024-03-02' } });
  const first = await app.inject('/officials/1?type=&from=&to=&q=');
  t.equal(first.statusCode, 200, 'blank form fields are "not given"');
  t.equal(first.body.match(/class="quote-item"/g)?.length, 20);
  const older = /href="(\/officials\/1\?cursor=[^"]+)">Older quotes/.exec(first.body)?.[1];
  t.ok(older, 'a link to the older page');
  const second = await app.inject(older!.replaceAll('&amp;', '&'));
  t.equal(second.body.match(/class="quote-item"/g)?.length, 3);
  const newer = /href="([^"]+)">Newer quotes/.exec(second.body)?.[1];
  t.equal(newer, '/officials/1', 'and back to the newest');
  t.match(first.body, '<title>2024-03: 23</title>', 'the chart counts every quote');
  t.equal((await app.inject('/officials/1?back=a%20b')).statusCode, 400, 'a trail holds cursors only');
  const direct = await app.inject('/officials/1?type=direct&from=2024-01-01&to=2024-12-31&q=KARACHI');
  t.equal(direct.body.match(/class="quote-item"/g)?.length, 11, 'type, dates and words filter');
  const badCursor = await app.inject('/officials/1?cursor=nonsense');
  t.equal(badCursor.statusCode, 400, 'a cursor not from a page is a 400');
  t.equal(badCursor.headers['content-type'], 'application/problem+json; charset=utf-8');
});

t.test('bad input: 400 problems for the query, 404 pages for what is not there', async (t) => {
  const app = await testApp(t);
  for (const url of ['/officials/abc', '/officials/1?type=both', '/officials/1?from=yesterday', '/?speakr=x']) {
    const response = await app.inject(url);
    t.equal(response.statusCode, 400, url);
    t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
  }
  for (const url of ['/officials/9', '/articles/9']) {
    const response = await app.inject(url);
    t.equal(response.statusCode, 404, url);
    t.match(response.body, '<h1>Not found</h1>');
  }
  for (const words of ['"', 'NEAR(a b', '*', '-x', '%', "'; DROP TABLE quotes; --", ' ', '\u0000']) {
    const response = await app.inject(`/?who=${encodeURIComponent(words)}&q=${encodeURIComponent(words)}`);
    t.equal(response.statusCode, 200, `searched for ${words}`);
  }
  t.equal((await app.inject('/assets/../../package.json')).statusCode, 404);
  t.equal((await app.inject('/assets/nothing.js')).statusCode, 404);
});

t.test('with keys for reads: the frame and the key form, no data; /try asks for a parse key', async (t) => {
  const apiKeys = parseApiKeys('writer-key-0123456789:write', 'API_KEYS');
  const app = await testApp(t, { apiKeys, requireKeyForReads: true });
  for (const url of ['/', '/articles/1', '/officials/1?type=direct']) {
    const response = await app.inject(url);
    t.equal(response.statusCode, 200, `${url} is open: its data is not in it`);
    t.match(response.body, 'id="key-form"');
    t.match(response.body, 'data-reads="key" data-parse="key"');
    t.notMatch(response.body, 'Latest articles');
  }
  t.match((await app.inject('/try')).body, 'id="key-form"');
  const openParse = await testApp(t, { apiKeys, openParse: true });
  const tryOpen = (await openParse.inject('/try')).body;
  t.match(tryOpen, 'data-reads="open" data-parse="open"');
  t.notMatch(tryOpen, 'id="key-form"');
});

t.test('assets: types, revalidation, and a page under 100 KB compressed', async (t) => {
  const app = await testApp(t);
  const types: Record<string, string> = {};
  let compressed = gzipSync((await app.inject('/articles/1')).body).length;
  for (const name of ASSET_NAMES) {
    const response = await app.inject(`/assets/${name}`);
    t.equal(response.statusCode, 200, name);
    t.equal(response.headers['cache-control'], 'no-cache');
    types[name.split('.')[1]] = String(response.headers['content-type']);
    compressed += gzipSync(response.body).length;
  }
  t.same(types, { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' });
  t.ok(compressed < 100 * 1024, `the article page and everything it loads: ${compressed} bytes gzipped`);
  const etag = (await app.inject('/assets/viewer.js')).headers.etag;
  t.equal((await app.inject({ url: '/assets/viewer.js', headers: { 'if-none-match': String(etag) } })).statusCode, 304);
});

t.test('the pages are not in the OpenAPI document', async (t) => {
  const app = await testApp(t);
  await app.ready();
  const paths = Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths);
  t.same(
    paths.filter((path) => !path.startsWith('/v1/') && !['/health', '/ready', '/metrics'].includes(path)),
    [],
  );
});
