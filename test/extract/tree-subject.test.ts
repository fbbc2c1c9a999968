// Sentence subjects from the dependency tree before a pronoun source, on sentences of our own.
import t from 'tap';
import { describesDoer } from '../../src/extract/attribution/tree-source.js';
import { treeSubjects } from '../../src/extract/attribution/tree-subject.js';
import { buildDocument } from '../../src/extract/document/index.js';
import { parseArticle } from '../../src/extract/index.js';
import { findQuotes } from '../../src/extract/quotes/index.js';

/** The subjects the word-list finder gives and those after the tree's pass, as text. */
function subjects(text: string): { words: string[]; tree: string[] } {
  const doc = buildDocument(text);
  const found = findQuotes(
    doc.text,
    doc.paragraphs,
    (p) => describesDoer(doc, p),
    doc.tagsIn,
    doc.words,
    () => {},
  );
  const say = (spans: { start: number; end: number }[]) => spans.map((s) => doc.text.slice(s.start, s.end));
  return { words: say(found.subjects), tree: say(treeSubjects(doc, found.candidates, found.subjects)) };
}

/** The speaker's name of the quotation starting with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return parseArticle(text).quotes.find((q) => q.text.startsWith(opening))?.speaker?.name;
}

/** The finder misses the subject (or takes a fronted clause); the tree names it, and the pronoun points to it. */
const PRONOUN_CASES = [
  {
    name: 'the main subject past a fronted clause',
    text:
      'LAHORE: Commissioner Farah Siddiqui visited the flooded villages on Tuesday. ' +
      'When asked about the relief funds, Provincial Secretary Imran Haider said nothing. ' +
      'Later he told reporters that the funds had been released.',
    finder: 'When',
    tree: 'Provincial Secretary Imran Haider',
    quote: 'the funds',
    speaker: 'Imran Haider',
  },
  {
    name: 'the subject past a relative clause with commas of its own, not the object',
    text:
      'KARACHI: Senator Nadia Qureshi, who chairs the finance committee, which oversees the budget, and has long ' +
      'opposed the levy, met Trade Minister Bilal Ahmed on Monday. She said the tax would hurt exporters.',
    finder: null,
    tree: 'Senator Nadia Qureshi',
    quote: 'the tax',
    speaker: 'Nadia Qureshi',
  },
  {
    name: 'a fronted participle is no subject; title words the parse hung elsewhere are kept',
    text:
      'QUETTA: Chief Engineer Omar Farooq inspected the dam. Accompanied by retired engineers, Justice Aslam Javed ' +
      'opened the hearing. He said the dam was safe.',
    finder: 'Accompanied by',
    tree: 'Justice Aslam Javed',
    quote: 'the dam',
    speaker: 'Aslam Javed',
  },
];

for (const c of PRONOUN_CASES) {
  t.test(c.name, async (t) => {
    const { words, tree } = subjects(c.text);
    t.notOk(words.includes(c.tree), 'the word-list finder misses it');
    if (c.finder) t.ok(words.includes(c.finder), `the finder takes "${c.finder}"`);
    t.ok(tree.includes(c.tree), tree.join(' | '));
    if (c.finder) t.notOk(tree.includes(c.finder));
    t.equal(speakerOf(c.text, c.quote), c.speaker);
  });
}

t.test('coordinated subjects stay one phrase', async (t) => {
  const text =
    'ISLAMABAD: Ali Raza spoke first. Minister Kamran Shah and Governor Tariq Malik, who chair the committee, which ' +
    'oversees the budget, and have long opposed the levy, opened the bridge. They said the project would cut travel time.';
  t.same(subjects(text).tree, ['Ali Raza', 'Minister Kamran Shah and Governor Tariq Malik', 'They']);
});

t.test('a body or an object is not taken for a person', async (t) => {
  const text =
    'PESHAWAR: Mayor Zubair Khan praised the police. In a statement, the Water Board blamed Engineer Asad Ali for the ' +
    'delay. He said the pipes were old.';
  t.ok(subjects(text).tree.includes('the Water Board'), 'the subject is the body, not the engineer it blamed');
  t.equal(speakerOf(text, 'the pipes'), 'Zubair Khan');
});

t.test('no pronoun source, nothing parsed', async (t) => {
  const text = 'LAHORE: The board met on Monday. Chairman Ali Raza said the fees would rise.';
  const { words, tree } = subjects(text);
  t.same(tree, words);
});

t.test("a subject the tree cannot name leaves the finder's", async (t) => {
  const before = [
    'After the vote, many attended the rally.',
    'Stop the march.',
    'In the end, both attended the hearing.',
    'Several of the traders, who came from the villages, which were flooded, and had walked for hours, closed their shops.',
  ];
  for (const sentence of before) {
    const { words, tree } = subjects(`LAHORE: Ali Raza spoke first. ${sentence} He said the protest would go on.`);
    t.same(tree, words, sentence);
  }
});

t.test('the subject of a clause the root governs, when the root has none', async (t) => {
  const { tree } = subjects('LAHORE: Mayor Ali Raza spoke first. Asked about it, nobody answered. He said the fees would rise.');
  t.ok(tree.includes('nobody'));
  t.notOk(tree.includes('Asked about it'));
});

t.test('a hyphenated name runs on; a dateline is no subject', async (t) => {
  const text =
    'ISLAMABAD: Ali Raza spoke first. When asked about the levy, Prime Minister Raja Anwar-ul-Haq Sheikh urged calm. ' +
    'He said the valley would not forget.';
  t.ok(subjects(text).tree.includes('Prime Minister Raja Anwar-ul-Haq Sheikh'));
  t.equal(speakerOf(text, 'the valley'), 'Raja Anwar-ul-Haq Sheikh');
  const dateline =
    'ISLAMABAD: Ali Raza spoke first.\n\nKOTLI: former Prime Minister Raja Sheikh, addressing a rally, urged calm.\n\n' +
    'He said the valley would not forget.';
  t.notOk(subjects(dateline).tree.includes('KOTLI'));
});

t.test('a subject the finder gives as a noun phrase is kept, unparsed', async (t) => {
  const text = 'LAHORE: Ali Raza spoke first. The provincial government narrowly won the vote on Monday. It said the budget would pass.';
  const { words, tree } = subjects(text);
  t.ok(words.includes('The provincial government narrowly'));
  t.same(tree, words);
});

t.test('a proper-name apposition of a common noun is the subject, past a fronted time phrase', async (t) => {
  const text =
    'BEIRUT: Foreign Minister Karim Saad met opposition leader Moaz al-Rashidi on Monday. Last month, al-Rashidi ' +
    'made an offer to the government. He demanded that the talks be held in Geneva.';
  const { tree } = subjects(text);
  t.ok(tree.includes('al-Rashidi'), tree.join(' | '));
  t.notOk(tree.includes('Last month'), 'the time phrase the parse took for the subject');
  t.equal(speakerOf(text, 'the talks be held'), 'Moaz al-Rashidi');
  const dateline =
    'ISLAMABAD: Ali Raza spoke first.\n\nKOTLI: the former prime minister, addressing a rally, urged calm.\n\nHe said the valley would not forget.';
  t.notOk(subjects(dateline).tree.includes('KOTLI'), 'a common-noun apposition leaves the dateline, which is no subject');
});

t.test('an apposition the finder took for the subject is parsed: the name before it is the "he"', async (t) => {
  const text =
    'Bilal Haider, Secretary General of the Traders Association, said the vote was fair.\n\n' +
    'Meanwhile, Tariq Mehmood, Secretary General North Zone TA, announced the results of the zone. He said Ali Raza had been elected president.';
  t.equal(speakerOf(text, 'Ali Raza had'), 'Tariq Mehmood');
  t.same(subjects('Meanwhile, the mayor opened the bridge. He said it was safe.').tree, ['the mayor', 'He'], 'a sentence adverb alone');
});
