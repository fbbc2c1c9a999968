// Tokens and sentences of raw news text, in the treebank's style, with offsets into the original.
import fc from 'fast-check';
import t from 'tap';
import { MAX_SENTENCE_TOKENS, sentences } from '../../src/syntax/sentences.js';
import { tokenize } from '../../src/syntax/tokenize.js';

const words = (text: string) => tokenize(text).map((token) => token.text);
const sentenceTexts = (text: string) => {
  const tokens = tokenize(text);
  return sentences(text, tokens).map((r) => text.slice(tokens[r.start].start, tokens[r.end - 1].end));
};

t.test('splits clitics and punctuation, keeps abbreviations, numbers and initialisms', async (t) => {
  t.same(words(`Dr. Jane Smith, 54, said the U.S. economy grew 3.5% in 2019.`), [
    'Dr.',
    'Jane',
    'Smith',
    ',',
    '54',
    ',',
    'said',
    'the',
    'U.S.',
    'economy',
    'grew',
    '3.5',
    '%',
    'in',
    '2019',
    '.',
  ]);
  t.same(words(`"It isn't over," she said. They'll see; we're sure I'd won.`), [
    '"',
    'It',
    'is',
    "n't",
    'over',
    ',',
    '"',
    'she',
    'said',
    '.',
    'They',
    "'ll",
    'see',
    ';',
    'we',
    "'re",
    'sure',
    'I',
    "'d",
    'won',
    '.',
  ]);
  t.same(words(`“We won’t stop,” Mr. O’Brien’s aide said.`), [
    '“',
    'We',
    'wo',
    'n’t',
    'stop',
    ',',
    '”',
    'Mr.',
    'O’Brien',
    '’s',
    'aide',
    'said',
    '.',
  ]);
  t.same(words(`Shares fell $1,250.75 -- the worst since No. 10 spoke... in the 1990s, 21st century`), [
    'Shares',
    'fell',
    '$',
    '1,250.75',
    '--',
    'the',
    'worst',
    'since',
    'No.',
    '10',
    'spoke',
    '...',
    'in',
    'the',
    '1990s',
    ',',
    '21st',
    'century',
  ]);
  t.same(words('Gen. J. Doe met Sen. Ray at 10:30 a.m. on Nov. 3'), [
    'Gen.',
    'J.',
    'Doe',
    'met',
    'Sen.',
    'Ray',
    'at',
    '10:30',
    'a.m.',
    'on',
    'Nov.',
    '3',
  ]);
  t.same(words('Say no. No one knew. COVID-19 hit in 123abc'), [
    'Say',
    'no',
    '.',
    'No',
    'one',
    'knew',
    '.',
    'COVID',
    '-',
    '19',
    'hit',
    'in',
    '123abc',
  ]);
});

t.test('keeps URLs and e-mail addresses whole, without the closing punctuation', async (t) => {
  t.same(words('See https://example.com/a-b?x=1. Or www.example.org/news, or write to press@example.org.'), [
    'See',
    'https://example.com/a-b?x=1',
    '.',
    'Or',
    'www.example.org/news',
    ',',
    'or',
    'write',
    'to',
    'press@example.org',
    '.',
  ]);
  t.same(words('(http://)'), ['(', 'http://', ')']);
});

t.test('offsets slice each token back out of the text', async (t) => {
  const text = '  “We won’t stop,”\n\tsaid  Mr. O’Brien’s aide. ';
  for (const token of tokenize(text)) t.equal(text.slice(token.start, token.end), token.text);
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      let last = 0;
      for (const token of tokenize(text)) {
        if (text.slice(token.start, token.end) !== token.text || token.start < last || token.end <= token.start) {
          return false;
        }
        last = token.end;
      }
      return true;
    }),
  );
});

t.test('sentences end at terminal punctuation before a capital, and at line breaks', async (t) => {
  t.same(sentenceTexts('He asked: "Why?" Nobody answered. Dr. Lee left at 5 p.m. on Friday.\nA new line'), [
    'He asked: "Why?"',
    'Nobody answered.',
    'Dr. Lee left at 5 p.m. on Friday.',
    'A new line',
  ]);
  t.same(sentenceTexts('“It is over.” (Really.) Prices fell... Then rose! 3 men came.'), [
    '“It is over.”',
    '(Really.)',
    'Prices fell...',
    'Then rose!',
    '3 men came.',
  ]);
  t.same(sentenceTexts('It fell. and kept falling.'), ['It fell. and kept falling.']);
  t.same(sentences('', []), []);
});

t.test('a hostile megabyte tokenises in one pass, in sentences of bounded length', async (t) => {
  const megabyte = 1 << 20;
  const inputs = {
    said: 'said '.repeat(megabyte / 5),
    'no spaces': 'abc.'.repeat(megabyte / 4),
    quotes: '"'.repeat(megabyte),
    digits: '1.'.repeat(megabyte / 2) + 'x',
  };
  for (const [name, text] of Object.entries(inputs)) {
    const tokens = tokenize(text);
    // Every token advances through the text, so the loop runs at most once per character.
    t.ok(tokens.length <= text.length, `${name}: ${tokens.length} tokens`);
    const ranges = sentences(text, tokens);
    t.ok(
      ranges.every((r) => r.end - r.start <= MAX_SENTENCE_TOKENS),
      `${name}: ${ranges.length} sentences`,
    );
    t.equal(ranges.at(-1)!.end, tokens.length);
  }
});
