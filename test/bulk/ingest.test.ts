// Batch ingest: each entry checked like a POST /v1/articles body, then parsed and stored in transactions.
import t from 'tap';
import { checkArticle } from '../../src/bulk/articles.js';
import { ingest, type Entry, type IngestSteps } from '../../src/bulk/ingest.js';
import { problemBody } from '../../src/plugins/errors.js';
import { parseArticle } from '../../src/extract/index.js';
import type { ParseResult } from '../../src/extract/types.js';

async function* entries<R>(list: Entry<R>[]): AsyncGenerator<Entry<R>> {
  yield* list;
}

// A store in memory: ids by text, one call per transaction recorded.
function steps(transactions: number[]): IngestSteps<string, ParseResult> {
  const ids = new Map<string, number>();
  return {
    check: (body) => (typeof body === 'string' && body ? { article: body } : { problem: problemBody(400, 'not text') }),
    parse: async (text) => {
      if (text === 'boom') throw new Error('engine failed');
      return parseArticle(text);
    },
    save: async (items) => {
      transactions.push(items.length);
      return items.map(({ article }) => {
        const existing = ids.get(article);
        if (existing) return { id: existing, created: false, conflict: false };
        ids.set(article, ids.size + 1);
        return { id: ids.size, created: true, conflict: false };
      });
    },
  };
}

t.test('one outcome per entry, in order, stored in chunked transactions', async (t) => {
  const transactions: number[] = [];
  const input: Entry<number>[] = [
    { ref: 1, body: 'a' },
    { ref: 2, body: '' },
    { ref: 3, problem: problemBody(400, 'bad') },
    { ref: 4, body: 'b' },
    { ref: 5, body: 'a' },
    { ref: 6, body: 'boom' },
    { ref: 7, body: 'c' },
  ];
  const out = [];
  for await (const o of ingest(entries(input), steps(transactions), 3)) out.push(o);
  t.same(
    out.map((o) => [o.ref, o.status]),
    [
      [1, 'created'],
      [2, 'failed'],
      [3, 'failed'],
      [4, 'created'],
      [5, 'existing'],
      [6, 'failed'],
      [7, 'created'],
    ],
  );
  t.same(
    out.map((o) => ('id' in o ? o.id : null)),
    [1, null, null, 2, 1, null, 3],
  );
  t.match(out[5], { problem: { status: 422, detail: /engine failed/ } });
  t.same(transactions, [1, 2, 1], 'chunks of 3 entries, only valid articles saved');
});

t.test('a chunk with nothing valid opens no transaction', async (t) => {
  const transactions: number[] = [];
  const out = [];
  for await (const o of ingest(entries([{ ref: 'x', body: 7 }]), steps(transactions), 10)) out.push(o);
  t.equal(out.length, 1);
  t.same(transactions, []);
});

t.test('an error reading the input surfaces to the caller', async (t) => {
  async function* broken(): AsyncGenerator<Entry<number>> {
    yield { ref: 1, body: 'a' };
    throw new Error('connection reset');
  }
  const out = [];
  await t.rejects(async () => {
    for await (const o of ingest(broken(), steps([]), 1)) out.push(o);
  }, /connection reset/);
  t.equal(out.length, 1, 'the chunk read before the error is still stored and reported');
});

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
