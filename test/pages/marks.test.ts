// Quotes highlighted in their text: one element per quote, cue and mention marked, odd offsets survived; and
// the colours they are marked in, readable.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { COLOURS, markedText } from '../../src/pages/public/marks.js';

const TEXT = 'Ms Malik said "we will not raise fuel prices" on Monday. Officials said prices <b>would</b> stay.';
type Quote = Parameters<typeof markedText>[1][number];

const quote = (text: string, fields: Partial<Quote> = {}): Quote => {
  const start = TEXT.indexOf(text);
  return { text, type: 'direct', start, end: start + text.length, cue: null, speaker: null, confidence: 0.9, ...fields };
};
const at = (word: string, from = 0) => ({ start: TEXT.indexOf(word, from), end: TEXT.indexOf(word, from) + word.length });

t.test('each quote is one mark; cue and mention outside it are marked in its colour', async (t) => {
  const said = at('said');
  const malik = at('Ms Malik');
  const first = quote('we will not raise fuel prices', {
    cue: 'said',
    cueStart: said.start,
    cueEnd: said.end,
    speaker: { kind: 'person', name: 'Ayesha Malik', mention: 'Ms Malik', mentionStart: malik.start, mentionEnd: malik.end },
  });
  const second = quote('prices <b>would</b> stay', { type: 'indirect', speaker: { kind: 'anonymous', name: null, mention: 'Officials' } });
  const markup = markedText(TEXT, [first, second]).markup;
  t.equal(markup.match(/<mark /g)?.length, 2);
  t.match(
    markup,
    '<span class="mention speaker-0">Ms Malik</span> <span class="cue speaker-0">said</span> &quot;<mark class="quote speaker-0" id="quote-0"',
  );
  t.match(
    markup,
    '<mark class="quote speaker-1" id="quote-1" tabindex="0" data-quote="1" aria-describedby="quote-detail-1">prices &lt;b&gt;would&lt;/b&gt; stay</mark>',
  );
  const shown = markup
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"');
  t.equal(shown, TEXT, 'the text itself unchanged');
});

t.test('a cue inside the quote is marked inside its mark; a speaker keeps a colour, colours wrap around', async (t) => {
  const quotes = Array.from({ length: COLOURS + 1 }, (_, i) =>
    quote('Monday', { speaker: { kind: 'person', name: `P${i}`, mention: null }, start: i, end: i + 1 }),
  );
  const inside = at('fuel');
  const wide = quote('we will not raise fuel prices', {
    cue: 'fuel',
    cueStart: inside.start,
    cueEnd: inside.end,
    speaker: { kind: 'person', name: 'P0', mention: null },
  });
  const markup = markedText(TEXT, [
    ...quotes.slice(0, COLOURS + 1).map((q, i) => ({ ...q, start: TEXT.length - 20 + i, end: TEXT.length - 19 + i })),
    wide,
  ]).markup;
  t.match(markup, 'raise <span class="cue speaker-0">fuel</span> prices</mark>');
  t.match(markup, `class="quote speaker-0" id="quote-${COLOURS}"`, 'the ninth speaker takes the first colour again');
});

t.test('overlapping quotes and marks, and offsets outside the text, are left unmarked', async (t) => {
  const outer = quote('we will not raise fuel prices');
  const nested = quote('raise fuel');
  const beyond = quote('x', { start: TEXT.length - 1, end: TEXT.length + 5 });
  const empty = quote('', { start: 3, end: 3 });
  const oddCue = quote('Monday', {
    cue: 'x',
    cueStart: -1,
    cueEnd: 2,
    speaker: { kind: 'person', name: 'A', mention: 'A', mentionStart: null, mentionEnd: null },
  });
  const clash = at('Officials');
  const twice = quote('stay', {
    cue: 'Officials',
    cueStart: clash.start,
    cueEnd: clash.end,
    speaker: { kind: 'anonymous', name: null, mention: 'Officials', mentionStart: clash.start + 2, mentionEnd: clash.end },
  });
  const markup = markedText(TEXT, [outer, nested, beyond, empty, oddCue, twice]).markup;
  t.equal(markup.match(/<mark /g)?.length, 3, 'outer, Monday, stay');
  t.notMatch(markup, 'id="quote-1"');
  t.equal(markup.match(/class="cue/g)?.length, 1, 'the overlapping mention is dropped');
});

// WCAG AA contrast of the stylesheet's colours, read from the stylesheet itself: text 4.5:1, the lines that
// tell speakers apart and the focus ring 3:1 (non-text contrast).
const css = readFileSync(new URL('../../src/pages/public/viewer.css', import.meta.url), 'utf8');

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const variable = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6})`).exec(css)![1];

t.test('text on the page, in buttons and as errors', async (t) => {
  const white = '#ffffff';
  for (const name of ['text', 'muted', 'link']) t.ok(contrast(variable(name), white) >= 4.5, `--${name} on white`);
  t.ok(contrast(white, variable('link')) >= 4.5, 'button text on the link colour');
  t.ok(contrast(/\.error \{ color: (#[0-9a-f]{6})/.exec(css)![1], white) >= 4.5, 'errors');
  t.ok(contrast(/outline: 3px solid (#[0-9a-f]{6})/.exec(css)![1], white) >= 3, 'the focus ring');
});

t.test('each speaker colour: the text on its background, its line beside it', async (t) => {
  const speakers = [...css.matchAll(/\.speaker-\d \{ background: (#[0-9a-f]{6}); border-color: (#[0-9a-f]{6}); \}/g)];
  t.equal(speakers.length, COLOURS, 'one for each colour marks.js gives');
  for (const [rule, background, line] of speakers) {
    t.ok(contrast(variable('text'), background) >= 4.5, `text: ${rule}`);
    t.ok(contrast(line, background) >= 3, `line: ${rule}`);
  }
});
