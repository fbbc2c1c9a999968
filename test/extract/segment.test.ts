// Sentence ends: the splitter tries its pattern only where one can start (at . ! ?); it must find exactly
// the ends the pattern finds searching every character.
import t from 'tap';
import { sameAsPattern } from './same-as-pattern.js';
import { nextEnd, paragraphs, SENTENCE_END, sentences } from '../../src/extract/text/segment.js';

// the splitter's own pattern, searched at every character (a copy here once lagged behind a change to it)
const END = new RegExp(SENTENCE_END.source, 'gu');
const searched = (s: string) => [...s.matchAll(END)].map((m) => [m.index, m[0]]);
function stepped(s: string) {
  const out: [number, string][] = [];
  for (let m = nextEnd(s, 0); m; m = nextEnd(s, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}
// terminal marks, closing and opening marks, spaces, lower and upper case (ASCII and not), digits, an astral letter
const PIECES = ['.', '!', '?', '...', '”', '’', ')', '"', '“', '(', ' ', '\n', 'a', 'é', 'B', 'Ü', '7', '𝐀', ',', '%'];

t.test('each sentence end the pattern finds searching every character, and no other', async (t) => {
  sameAsPattern(PIECES, stepped, searched, 1000);
  t.pass('same ends');
});

t.test('sentences end at a stop before a capital, and where a lost space joined them', async (t) => {
  const text = 'Talks ended. Both sides left.Officials said more.';
  t.same(
    sentences(text, paragraphs(text, 0), []).map((s) => text.slice(s.start, s.end)),
    ['Talks ended.', 'Both sides left.', 'Officials said more.'],
  );
});

t.test('a lost space after a figure’s stop, a closing mark, or a quoted question still ends the sentence', async (t) => {
  const text =
    'Losses were around 28%.”Grid stations are missing,” he said. “Why was it cancelled?”The lawyer said so. It ran by the back door".Pennington added more. It was 3.5 percent. He saw the draft.PFUJ President Ali Shah spoke.';
  t.same(
    sentences(text, paragraphs(text, 0), []).map((s) => text.slice(s.start, s.end)),
    [
      'Losses were around 28%.',
      '”Grid stations are missing,” he said.',
      '“Why was it cancelled?”',
      'The lawyer said so.',
      'It ran by the back door".',
      'Pennington added more.',
      'It was 3.5 percent.',
      'He saw the draft.',
      'PFUJ President Ali Shah spoke.',
    ],
  );
});

t.test('an initial or an abbreviation ends no sentence; a party acronym’s last capital does', async (t) => {
  const text = 'The bill was moved by J. Raza of the PML-N. The JUI-F. opposed it with Dr. Ali. Talks went on.';
  t.same(
    sentences(text, paragraphs(text, 0), []).map((s) => text.slice(s.start, s.end)),
    ['The bill was moved by J. Raza of the PML-N.', 'The JUI-F. opposed it with Dr. Ali.', 'Talks went on.'],
  );
  const dotted = 'K.R. Rao lives at M.G. Colony near the lake. He walks.';
  t.same(
    sentences(dotted, paragraphs(dotted, 0), []).map((s) => dotted.slice(s.start, s.end)),
    ['K.R. Rao lives at M.G. Colony near the lake.', 'He walks.'],
    'initials of two letters, as of one',
  );
});

t.test('a currency’s abbreviation before an amount ends no sentence; before a capital it does', async (t) => {
  const text = 'He said Rs. 2 billion were set aside. Tk. 500 went to each. The cost was 40 Rs. Talks went on.';
  t.same(
    sentences(text, paragraphs(text, 0), []).map((s) => text.slice(s.start, s.end)),
    ['He said Rs. 2 billion were set aside.', 'Tk. 500 went to each.', 'The cost was 40 Rs.', 'Talks went on.'],
  );
});
