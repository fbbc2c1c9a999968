// Any input returns a result without throwing, every offset pair holds its text, and big or hostile
// inputs finish (linear-time scanning: no regex backtracking blow-up).
import fc from 'fast-check';
import t from 'tap';
import { parseArticle } from '../../src/extract/index.js';
import type { ParseResult } from '../../src/extract/types.js';

function offsetsHold(text: string, r: ParseResult): boolean {
  return r.quotes.every(
    (q) =>
      q.start >= 0 &&
      q.end <= text.length &&
      q.start <= q.end &&
      text.slice(q.start, q.end) === q.text &&
      q.confidence >= 0 &&
      q.confidence <= 1,
  );
}

const newsy = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\n\n',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  ',',
  '.',
  ':',
  ' said ',
  ' told reporters ',
  ' that ',
  'According to',
  ' he ',
  'She',
  ' Mr ',
  'Khan',
  'Patel',
  ' officials ',
  ' the minister ',
  '(',
  ')',
  '—',
  'ISLAMABAD - ',
  'date 2024-01-01 ',
  ' Supreme Court',
  ' Ministry',
  ' Engineers’ ',
  'Board',
  "'s",
  ' at the ',
  ' in ',
  ' hall of ',
);

// Each property runs twice: from a fixed seed, so the inputs (and the coverage they give, which tap's 100%
// gate counts) are the same on every run, and from a fresh seed, so each run also explores new inputs
// (fast-check prints the seed of a failure to replay it).
const SEEDS = [20261127, undefined];

t.test('any Unicode string', async (t) => {
  for (const seed of SEEDS) {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => offsetsHold(s, parseArticle(s))),
      { numRuns: 300, seed },
    );
  }
  t.pass('no throw, offsets hold');
});

t.test('news-shaped noise: marks, cues, names and breaks in any order', async (t) => {
  for (const seed of SEEDS) {
    fc.assert(
      fc.property(fc.array(newsy, { maxLength: 120 }), (parts) => {
        const s = parts.join('');
        return offsetsHold(s, parseArticle(s));
      }),
      { numRuns: 400, seed },
    );
  }
  t.pass('no throw, offsets hold');
});

t.test('empty and blank articles', async (t) => {
  for (const s of ['', ' ', '\n\n', '“', '"']) {
    const r = parseArticle(s);
    t.same(r.quotes, []);
    t.same(r.officials, []);
  }
});

t.test('an article may end on any word: a head word of a body, a possessive, a cue', async (t) => {
  const sentence =
    'Officials of the Ceylon Electricity Board Engineers’ Union told the Supreme Court at the hearing in Colombo that the Ministry’s plan had failed, the union said';
  const words = sentence.split(' ');
  for (let n = 1; n <= words.length; n++) {
    const s = words.slice(0, n).join(' ');
    t.ok(offsetsHold(s, parseArticle(s)), s.slice(-24));
  }
});

// A pattern that backtracks over every way to split a clause into words takes minutes on one sentence
// with no comma; these are the shapes that once did.
t.test('a long adjunct with no comma after a cue finishes', async (t) => {
  const s = 'He said in the ' + 'big hall of the town '.repeat(13) + 'that it was late';
  t.ok(offsetsHold(s, parseArticle(s)));
});

t.test('1 MiB inputs finish: an article repeated, unbalanced marks, one endless sentence', async (t) => {
  const article = 'ISLAMABAD - Foreign Office spokesperson Sadia Noor Baig said the talks were useful. “We remain engaged,” she added. ';
  const inputs = [
    article.repeat(Math.ceil((1 << 20) / article.length)),
    '“'.repeat(1 << 20),
    '"a, '.repeat(1 << 18),
    'x said y, '.repeat(1 << 17),
    'Mr A B said. '.repeat(1 << 16),
  ];
  for (const s of inputs) t.ok(offsetsHold(s, parseArticle(s)), `${s.slice(0, 12)}... parsed`);
});
