// Batches over real sockets: results stream out as they commit (Accept: application/x-ndjson) and end with a
// line saying whether the batch ran to its end; a batch that stops part way still reads (and drops) the rest
// of its body, so the client gets its answer instead of hanging or a reset. First, the body read as lines.
import { request } from 'node:http';
import { Readable } from 'node:stream';
import t from 'tap';
import { splitLines, type Line } from '../../src/bulk/lines.js';
import { ndjsonEntries } from '../../src/bulk/ndjson.js';
import { StoreUnavailable } from '../../src/store-writer/writer.js';
import { article, testApp } from './helpers.js';

async function collect(chunks: (Buffer | string)[], max = 64): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of splitLines(Readable.from(chunks), max)) out.push(l);
  return out;
}

t.test('lines split across chunks keep their numbers; blank lines give nothing', async (t) => {
  t.same(await collect(['{"a":', '1}\n\n  \n{"b"', ':2}\n', '{"c":3}']), [
    { line: 1, text: '{"a":1}' },
    { line: 4, text: '{"b":2}' },
    { line: 5, text: '{"c":3}' },
  ]);
});

t.test('a multi-byte character split between chunks decodes whole', async (t) => {
  const bytes = Buffer.from('“hé”\n');
  t.same(await collect([bytes.subarray(0, 2), bytes.subarray(2)]), [{ line: 1, text: '“hé”' }]);
});

t.test('an over-long line is reported and skipped, the next one still read', async (t) => {
  t.same(await collect(['x'.repeat(40), 'y'.repeat(40), '\nok\n', 'z'.repeat(70)], 64), [
    { line: 1, error: 'too-long' },
    { line: 2, text: 'ok' },
    { line: 3, error: 'too-long' },
  ]);
});

t.test('invalid UTF-8 spoils only its own line', async (t) => {
  t.same(await collect([Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), 'good\n']), [
    { line: 1, error: 'invalid-utf8' },
    { line: 2, text: 'good' },
  ]);
});

t.test('ndjson entries: JSON per line, or a problem with the line number', async (t) => {
  const out = [];
  const input = Readable.from(['{"text":"a"}\n', '{oops\n', 'x'.repeat(70), '\n', Buffer.from([0xc3, 0x28, 0x0a])]);
  for await (const e of ndjsonEntries(input, 64)) out.push(e);
  t.same(out[0], { ref: 1, body: { text: 'a' } });
  t.match(out[1], { ref: 2, problem: { status: 400, detail: /^Line 2: / } });
  t.match(out[2], { ref: 3, problem: { status: 413, detail: 'Line 3 is over 64 bytes.' } });
  t.match(out[3], { ref: 4, problem: { status: 400, detail: 'Line 4 is not valid UTF-8.' } });
});

const line = (n: number) => `${JSON.stringify({ text: article(n) })}\n`;

async function listening(t: Parameters<typeof testApp>[0], options: Parameters<typeof testApp>[1] = {}) {
  const app = await testApp(t, options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as { port: number }).port };
}

interface Streamed {
  status: number;
  lines: Record<string, unknown>[];
}

/** POSTs a batch whose body is written by `write` (which may wait on the response lines so far). */
function postBatch(
  port: number,
  write: (body: NodeJS.WritableStream, seen: () => number) => Promise<void>,
  accept = 'application/x-ndjson',
) {
  return new Promise<Streamed>((resolve, reject) => {
    let text = '';
    const req = request(
      { port, method: 'POST', path: '/v1/articles/batch', headers: { 'content-type': 'application/x-ndjson', accept } },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            lines: text
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l)),
          }),
        );
      },
    );
    req.on('error', reject);
    void write(req, () => text.split('\n').length - 1).then(() => req.end(), reject);
  });
}

const until = async (ready: () => boolean) => {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 20));
};

t.test('results stream out as they commit, before the body has all arrived, and end with the counts', async (t) => {
  const { port } = await listening(t);
  const { status, lines } = await postBatch(port, async (body, seen) => {
    for (let i = 1; i <= 60; i++) body.write(line(i));
    // The first 50 (one chunk) are stored and answered while the client still holds the rest back.
    await until(() => seen() >= 50);
    body.write(line(1));
    body.write('{not json\n');
  });
  t.equal(status, 200);
  t.equal(lines.length, 63);
  t.same(lines[0], { line: 1, status: 'created', id: 1 });
  t.match(lines[60], { line: 61, status: 'existing', id: 1 });
  t.match(lines[61], { line: 62, status: 'failed', problem: { status: 400 } });
  t.same(lines[62], { end: 'complete', created: 60, existing: 1, failed: 1 });
});

t.test('a store error part way: the lines stored so far, then a stopped line with the problem', async (t) => {
  const { app, port } = await listening(t);
  const save = app.writer.saveArticles.bind(app.writer);
  let calls = 0;
  app.writer.saveArticles = async (items, options) => {
    if (++calls >= 2) throw new StoreUnavailable({ kind: 'read-only', transient: true, detail: 'the folder is read-only' });
    return save(items, options);
  };
  const { lines } = await postBatch(port, async (body) => {
    for (let i = 1; i <= 120; i++) body.write(line(i));
  });
  t.equal(lines.length, 51);
  t.match(lines[49], { line: 50, status: 'created' });
  t.match(lines[50], { end: 'stopped', created: 50, existing: 0, failed: 0, problem: { status: 503, detail: /the folder is read-only/ } });
  t.equal((await app.store.stats()).articles, 50, 'exactly what the lines say');
  const json = await postBatch(port, async (body) => void body.write(line(200)), 'application/json');
  t.equal(json.status, 503, 'the JSON form answers the refusal as a whole');
});

t.test('an unexpected error part way is a 500 problem line, logged, with nothing internal in it', async (t) => {
  const { app, port } = await listening(t);
  app.writer.saveArticles = async () => {
    throw new Error('disk on fire at /var/lib/secret');
  };
  const { lines } = await postBatch(port, async (body) => void body.write(line(1)));
  t.same(lines, [
    {
      end: 'stopped',
      created: 0,
      existing: 0,
      failed: 0,
      problem: {
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'The server could not store the rest of the batch.',
      },
    },
  ]);
});

t.test('past the article cap, the rest of the body is read and dropped: the client is answered, not stuck', async (t) => {
  const { port } = await listening(t, { batchMaxArticles: 5 });
  let written = 0;
  const { lines } = await postBatch(port, async (body) => {
    // 2 MB after the cap, written as fast as the socket takes it: it used to stall once the server stopped reading.
    for (let i = 1; written < 2 * 1024 * 1024; i++) {
      const l = line(i);
      written += l.length;
      if (!body.write(l)) await new Promise((resolve) => body.once('drain', resolve));
    }
  });
  t.match(lines[5], { line: 6, status: 'failed', problem: { status: 413 } });
  t.match(lines[6], { end: 'complete', created: 5, failed: 1 });
});
