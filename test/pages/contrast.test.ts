// WCAG AA contrast of the stylesheet's colours, read from the stylesheet itself: text 4.5:1, the lines that
// tell speakers apart and the focus ring 3:1 (non-text contrast).
import { readFileSync } from 'node:fs';
import t from 'tap';
import { COLOURS } from '../../src/pages/public/marks.js';

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
