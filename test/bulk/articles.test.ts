import t from 'tap';
import { checkArticle } from '../../src/bulk/articles.js';

t.test('batch entries are checked like POST /v1/articles bodies', async (t) => {
  t.same(checkArticle('ISLAMABAD - text'), { article: { text: 'ISLAMABAD - text' } });
  t.same(checkArticle({ text: 'a', source: 'Dawn', publishedAt: '2024-03-15', url: 'https://example.com/a' }), {
    article: { text: 'a', source: 'Dawn', publishedAt: '2024-03-15', url: 'https://example.com/a' },
  });
  t.match(checkArticle({ text: 'a', publishedAt: '2024-02-30' }), { problem: { status: 400, detail: /publishedAt|must match/ } });
  t.match(checkArticle({ text: 'a', url: 'not a url' }), { problem: { status: 400 } });
  t.match(
    checkArticle({ text: 'a', url: 'javascript:alert(1)' }),
    { problem: { status: 400, detail: /url must match pattern/ } },
    'http and https only',
  );
  t.match(checkArticle({ text: 'a', url: 'data:text/html,hi' }), { problem: { status: 400 } });
  t.match(checkArticle({ text: 'a', url: 'HTTP://Example.com/A' }), { article: { url: 'HTTP://Example.com/A' } });
  t.match(checkArticle({ text: 'a', extra: 1 }), { problem: { status: 400 } });
  t.match(checkArticle({ body: 'a' }), { problem: { status: 400, title: 'Bad Request' } });
  t.match(checkArticle(42), { problem: { status: 400, detail: /^body must be/ } });
  t.match(checkArticle({ text: '“ ” ...' }), { problem: { status: 400, detail: /empty/ } });
  t.match(checkArticle({ text: ' \n\t ' }), { problem: { status: 400, detail: /empty/ } });
  t.match(checkArticle('Ünïcode text', 12), { problem: { status: 413, detail: /14 bytes; at most 12/ } }, 'bytes, not characters');
  t.same(checkArticle('Ünïcode text', 14), { article: { text: 'Ünïcode text' } });
});
