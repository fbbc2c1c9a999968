import t from 'tap';
import { Readable } from 'node:stream';
import { splitLines, type Line } from '../../src/bulk/lines.js';
import { ndjsonEntries } from '../../src/bulk/ndjson.js';

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
