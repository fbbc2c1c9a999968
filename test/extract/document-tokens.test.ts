// The document's word tokens, which the entity passes read: possessives split off (noise included),
// the full stop of initials and titles kept off, and the line breaks between tokens.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import t from 'tap';
import { sameAsPattern } from './same-as-pattern.js';
import { buildDocument } from '../../src/extract/document/index.js';
import { codePointLength, skipSpace, wordEnd } from '../../src/extract/document/scan.js';
import { wordsIn, wordTokens } from '../../src/extract/document/tokens.js';

const texts = (text: string) => wordTokens(text, 0).map((w) => w.text);

t.test('a possessive ’s marks its possessor, even with a space before the s', async (t) => {
  const tokens = wordTokens('Pakistan’s envoy met Iran’ s minister.', 0);
  t.same(
    tokens.map((w) => w.text),
    ['Pakistan', 'envoy', 'met', 'Iran', 'minister', '.'],
  );
  t.same(
    tokens.map((w) => w.poss),
    [true, false, false, true, false, false],
  );
  t.same(tokens[0], { text: 'Pakistan', lower: 'pakistan', start: 0, end: 8, word: true, cap: true, poss: true, lineBefore: false });
});

t.test('a plural possessive before a word, not a closing quotation mark', async (t) => {
  const tokens = wordTokens('the Engineers’ Union said “no to talks’ ”.', 0);
  t.same(tokens[1], { text: 'Engineers', lower: 'engineers', start: 4, end: 13, word: true, cap: true, poss: true, lineBefore: false });
  t.ok(
    tokens.some((w) => w.text === '’'),
    'the quotation mark closing "talks’" stays a token',
  );
});

t.test('initials and titles keep their full stop off; a sentence’s stays', async (t) => {
  t.same(texts('Dr. Ali met U.S. officials and S. Jaishankar. Then he left.'), [
    'Dr',
    'Ali',
    'met',
    'U.S',
    'officials',
    'and',
    'S',
    'Jaishankar',
    '.',
    'Then',
    'he',
    'left',
    '.',
  ]);
  // police ranks: "Chief Insp. X", "Supt. X"
  t.same(texts('Insp. Rosa Dela Cruz and Supt. Omar Latif spoke.'), [
    'Insp',
    'Rosa',
    'Dela',
    'Cruz',
    'and',
    'Supt',
    'Omar',
    'Latif',
    'spoke',
    '.',
  ]);
});

t.test('hyphens, apostrophes and ampersands join a word; other marks stand alone', async (t) => {
  t.same(texts('A well-known AT&T boss didn’t say “yes”, 3.5%'), [
    'A',
    'well-known',
    'AT&T',
    'boss',
    'didn’t',
    'say',
    '“',
    'yes',
    '”',
    ',',
    '3.5',
    '%',
  ]);
});

t.test('a token knows a line break before it; tokens start where the body does', async (t) => {
  const text = 'HEADLINE\nPrices rose.\n\nTrade fell.';
  const tokens = wordTokens(text, 9);
  t.same(
    tokens.map((w) => [w.text, w.lineBefore]),
    [
      ['Prices', false],
      ['rose', false],
      ['.', false],
      ['Trade', true],
      ['fell', false],
      ['.', false],
    ],
  );
});

t.test('the document tokenises its body once, after the dateline', async (t) => {
  const doc = buildDocument('ISLAMABAD: The minister’s aide spoke.');
  t.same(
    doc.tokens.map((w) => w.text),
    ['The', 'minister', 'aide', 'spoke', '.'],
  );
  t.equal(doc.tokens[0].start, doc.bodyStart);
});

t.test('the words of a stretch, read off the tokens: glued tokens are one word, as a reader takes them', async (t) => {
  const text = 'The U.S.-led force’s chief, Iran’ s envoy and AT&T said no doubt...the well-known plan failed.';
  const tokens = wordTokens(text, 0);
  const words = (start: number, end: number, limit?: number) => wordsIn(text, tokens, start, end, limit).map((w) => w.text);
  t.same(words(0, text.length), [
    'The',
    'U.S.-led',
    'force’s',
    'chief',
    'Iran',
    'envoy',
    'and',
    'AT&T',
    'said',
    'no',
    'doubt...the',
    'well-known',
    'plan',
    'failed',
  ]);
  t.same(words(0, text.length, 3), ['The', 'U.S.-led', 'force’s'], 'at most `limit` words');
  const well = text.indexOf('well-known');
  t.same(words(well, well + 5), ['well'], 'a word the end cuts is cut, without the hyphen it would end on');
  t.same(words(well + 4, well + 10), ['known'], 'a stretch starting on a hyphen starts after it');
  t.same(words(text.indexOf('chief') + 2, text.indexOf('chief') + 5), ['ief'], 'and one it starts inside is cut at the start');
  t.same(wordsIn(text, tokens, 4, 12)[0], { start: 4, end: 12, text: 'U.S.-led' });
  t.same(words(text.length, text.length + 5), []);
});

t.test('the document hands the quote passes the words of its body', async (t) => {
  const doc = buildDocument('ISLAMABAD: The minister’s aide said that’s wrong.');
  const said = doc.text.indexOf('said');
  t.same(
    doc.words(said, doc.text.length).map((w) => w.text),
    ['said', 'that’s', 'wrong'],
  );
});

// The tokeniser's scan is written out by hand for speed; it must cut exactly where this pattern does.
const TOKEN = /([\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*)|\S/gu;
function scanned(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  for (let at = skipSpace(text, 0); at < text.length; ) {
    const end = wordEnd(text, at);
    out.push(end > at ? [at, end, true] : [at, at + codePointLength(text, at), false]);
    at = skipSpace(text, out[out.length - 1][1]);
  }
  return out;
}
const matched = (text: string): [number, number, boolean][] =>
  [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length, m[1] !== undefined]);
// letters and digits (ASCII, accented, astral), joiners, spaces (ASCII and not), marks, an astral symbol, lone surrogates
const PIECES = [
  'a',
  'Z',
  '9',
  'é',
  'ß',
  '٣',
  '𝐀',
  '😀',
  '’',
  "'",
  '-',
  '.',
  '&',
  ',',
  '“',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\ud800',
  '\udc00',
];

t.test('the hand-written scan cuts tokens where the word-or-mark pattern does', async (t) => {
  sameAsPattern(PIECES, scanned, matched);
  // any string at all, lone surrogates included
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => isDeepStrictEqual(scanned(s), matched(s))),
    { numRuns: 200, seed: 20261202 },
  );
  t.pass('same tokens as the pattern');
});
