// The shared document: repairs of scraped-page noise that keep every offset mappable, sentences over the
// syntax layer's tokens, trees parsed on request, and results that refer to the text as posted.
import t from 'tap';
import { buildDocument } from '../../src/extract/document/index.js';
import { repairText } from '../../src/extract/document/repair.js';
import { parseArticle } from '../../src/extract/index.js';
import { subjectOf } from '../../src/syntax/index.js';

t.test('clean text is left as it is', async (t) => {
  const text = 'The minister said the plan would work.\nPrices rose.';
  const repaired = repairText(text);
  t.equal(repaired.text, text);
  t.equal(repaired.toOriginal(12), 12);
});

t.test('a line break inside a sentence becomes a space; a break between sentences stays', async (t) => {
  const text = 'The minister told the\nassembly that taxes would fall.\nThe opposition walked out.';
  const repaired = repairText(text);
  t.equal(repaired.text, 'The minister told the assembly that taxes would fall.\nThe opposition walked out.');
  t.equal(repaired.toOriginal(30), 30, 'same length: offsets unchanged');
});

t.test('hard-wrapped wire copy: a break after a word before lower case, or after a function word, is a space', async (t) => {
  const text =
    'The party spokesman said the PPP\nwas losing ground. He was told on Friday that the\nElection Commission had\nMonday off.\nVoters of the\n2020 cycle left. A line ends in Delhi\nNew paragraph.';
  t.equal(
    repairText(text).text,
    'The party spokesman said the PPP was losing ground. He was told on Friday that the Election Commission had\nMonday off.\nVoters of the 2020 cycle left. A line ends in Delhi\nNew paragraph.',
  );
  t.equal(repairText('Grade A\nStudents passed.').text, 'Grade A\nStudents passed.', 'a capital letter is no article');
  t.equal(repairText('Sales of theatre\nTickets rose.').text, 'Sales of theatre\nTickets rose.', 'a function word only as a whole word');
});

t.test('a page paragraph split mid-sentence: the blank lines inside the sentence are spaces', async (t) => {
  t.equal(repairText('the shock of the adverse\n\ndecision was felt').text, 'the shock of the adverse  decision was felt');
  t.equal(repairText('appointed as the\n \nHead of the bench').text, 'appointed as the   Head of the bench');
  t.equal(repairText('Prices rose\n\nThe bank said.').text, 'Prices rose\n\nThe bank said.', 'a capital opens a paragraph');
  const text = 'Mazhar said the industry had not come out of the adverse\n\ndecision of the budget.';
  t.equal(parseArticle(text).quotes[0]?.text, 'the industry had not come out of the adverse\n\ndecision of the budget');
});

t.test('a glued full stop gets its space, and offsets after it map back', async (t) => {
  const text = 'Talks ended late.However, the envoy said more would follow.';
  const repaired = repairText(text);
  t.equal(repaired.text, 'Talks ended late. However, the envoy said more would follow.');
  const at = repaired.text.indexOf('the envoy');
  t.equal(repaired.toOriginal(at), text.indexOf('the envoy'));
  t.equal(repaired.toOriginal(17), 17, 'the inserted space maps to the character it stands before');
  t.equal(repaired.toOriginal(3), 3);
  t.equal(repairText('See U.S.Army records.').text, 'See U.S.Army records.', 'no glue repair after initials');
  t.equal(repairText('the draft.PFUJ President').text, 'the draft. PFUJ President', 'an acronym after the stop');
});

t.test('"(“" opening a sentence loses its bracket', async (t) => {
  t.equal(repairText('(“We are ready,” he said.)').text, ' “We are ready,” he said.)');
  t.equal(repairText('Prices rose. (“We are ready,” he said.)').text, 'Prices rose.  “We are ready,” he said.)');
  t.equal(repairText('the plan (“a disaster”) failed').text, 'the plan (“a disaster”) failed', 'an aside inside a sentence stays');
});

t.test('quotes found in repaired text carry offsets and text of the posted article', async (t) => {
  const text =
    'ISLAMABAD - Talks ended late.The envoy said the next round would open in\nthe spring.Officials said the venue was not fixed.';
  const r = parseArticle(text);
  t.ok(r.quotes.length >= 2);
  for (const q of r.quotes) t.equal(text.slice(q.start, q.end), q.text);
  t.ok(
    r.quotes.some((q) => q.text === 'the next round would open in\nthe spring'),
    'the line break is kept as posted',
  );
  t.ok(r.quotes.some((q) => q.text === 'the venue was not fixed'));
});

t.test('the document: dateline parsed once, sentences, trees and names on request', async (t) => {
  const doc = buildDocument('KARACHI, June 7: Finance Minister Ishaq Dar said the budget was ready. He left early.');
  t.equal(doc.dateline.city, 'Karachi');
  t.equal(doc.sentences.length, 2);
  const first = doc.sentences[0];
  t.equal(doc.text.slice(first.start, first.end), 'Finance Minister Ishaq Dar said the budget was ready.');
  t.equal(doc.sentenceAt(first.start), 0);
  t.equal(doc.sentenceAt(doc.sentences[1].start + 1), 1);
  t.equal(doc.sentenceAt(0), -1, 'the dateline is in no sentence');
  t.equal(doc.sentenceAt(first.end), -1, 'the space between sentences is in none');
  t.equal(doc.treeAt(0), null);
  const tree = doc.treeAt(first.start)!;
  t.equal(doc.treeAt(first.start + 5), tree, 'parsed once');
  const said = tree.tokens.findIndex((w) => w.text === 'said');
  t.equal(tree.tokens[said].upos, 'VERB');
  t.equal(tree.tokens[said].deprel, 'root');
  t.ok(subjectOf(tree.tokens, said) >= 0, 'the verb has a subject');
  t.match(
    doc.namesAt(first.start).map((s) => doc.text.slice(s.start, s.end)),
    [/\bIshaq Dar$/],
  );
  t.same(doc.namesAt(0), []);
  t.same(buildDocument('').sentences, []);
  t.equal(doc.tagsAt(0), null);
  const tags = doc.tagsAt(first.start)!;
  t.equal(tags.find((w) => w.text === 'said')?.upos, 'VERB', 'tagged');
  t.same(
    tags.map((w) => w.upos),
    tree.tokens.map((w) => w.upos),
    'the tree reads the same tags',
  );
});

t.test('a word asked about is tagged with the words before it, not the rest of its sentence', async (t) => {
  const text = 'The ousted mayor said farmers in the valley face heavy losses this year.';
  const doc = buildDocument(text);
  const tags = [...doc.tagsAt(text.indexOf('ousted'))!];
  t.same(
    tags.map((w) => w.text),
    ['The', 'ousted', 'mayor'],
    'through the word after it',
  );
  const whole = doc.treeAt(0)!.tokens;
  t.same(
    tags.map((w) => w.upos),
    whole.slice(0, 3).map((w) => w.upos),
    'as the whole sentence tags them',
  );
  t.equal(doc.tagsAt(text.indexOf('ousted'))!.length, whole.length, 'once parsed, all of it');
});

t.test('the tags of a stretch: its first words, read on across sentences and pieces', async (t) => {
  const text = 'Officials said farmers face losses. Traders agree with them. More rain fell.';
  const doc = buildDocument(text);
  const span = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length });
  const words = (from: string, to: string, count: number) => doc.tagsIn(span(from, to), count).map((w) => w.text);
  t.same(words('farmers', 'agree', 25), ['farmers', 'face', 'losses', '.', 'Traders', 'agree']);
  t.same(words('farmers', 'agree', 2), ['farmers', 'face'], 'at most the count');
  t.same(words('losses', 'More', 3), ['losses', '.', 'Traders'], 'the count reached at a sentence end');
  t.same(words('rain', 'fell.', 25), ['rain', 'fell', '.'], 'the last sentence');
  t.same(doc.tagsIn({ start: text.indexOf('Traders') + 1, end: text.indexOf('Traders') + 3 }, 25), [], 'inside a word: none');
  t.same(doc.tagsIn({ start: text.length, end: text.length + 4 }, 25), [], 'past the text: none');
  const long = 'The envoy said ' + 'and more '.repeat(150) + 'it ended';
  const pieces = buildDocument(long);
  const end = pieces.tagsIn({ start: long.indexOf('it ended'), end: long.length }, 25);
  t.same(
    end.map((w) => w.text),
    ['it', 'ended'],
    'in the second piece of a long sentence',
  );
});

t.test('a sentence longer than the parser takes is parsed in pieces', async (t) => {
  const text = 'The envoy said ' + 'and more '.repeat(150) + 'it ended';
  const doc = buildDocument(text);
  t.equal(doc.sentences.length, 1);
  const last = doc.treeAt(text.length - 3)!;
  t.not(last, doc.treeAt(0), 'another piece');
  t.equal(last.tokens[last.tokens.length - 1].text, 'ended');
});

t.test('a question or exclamation in marks stays in one sentence with the name and verb after it', async (t) => {
  const texts = (text: string) => buildDocument(text).sentences.map((s) => text.slice(s.start, s.end));
  t.same(texts('“Why was the file lost?” Qazi asked. “Find it!” Ali Raza Khan shouted.'), [
    '“Why was the file lost?” Qazi asked.',
    '“Find it!” Ali Raza Khan shouted.',
  ]);
  t.same(
    texts(
      '“Why was the file lost?” Qazi Bashir Ahmed Tariq Mehmood Khan said. “Why?” Officials were silent. Why? Ali asked. “No.” Ali said.',
    ),
    [
      '“Why was the file lost?”',
      'Qazi Bashir Ahmed Tariq Mehmood Khan said.',
      '“Why?”',
      'Officials were silent.',
      'Why?',
      'Ali asked.',
      '“No.”',
      'Ali said.',
    ],
    'a long run of capitals, a verb with no speech, no marks, a full stop: sentences end',
  );
});

t.test('two apostrophes typed for a double mark: one double mark, offsets back to the posted text', async (t) => {
  const text = "LAHORE: ''We will not back down,'' the minister said. It's ''final''.";
  const repaired = repairText(text);
  t.equal(repaired.text, 'LAHORE: "We will not back down," the minister said. It\'s "final".');
  const at = (words: string) => repaired.toOriginal(repaired.text.indexOf(words));
  t.equal(at('We will'), text.indexOf('We will'), 'after the opening pair');
  t.equal(at('," the'), text.indexOf(",'' the"));
  t.equal(at(' the minister'), text.indexOf(' the minister'), 'after the closing pair');
  t.equal(at('final'), text.indexOf('final'));
  t.equal(repairText("a 12''' pipe").text, "a 12''' pipe", 'three apostrophes are not a pair');
  const parsed = parseArticle(text);
  t.same(
    parsed.quotes.map((q) => [q.type, q.text, q.speaker?.mention]),
    [['direct', 'We will not back down', 'the minister']],
  );
  for (const q of parsed.quotes) t.equal(text.slice(q.start, q.end), q.text);
});

t.test('an article in two-apostrophe house style: its quotes are found like any others', async (t) => {
  const text =
    "ISLAMABAD, Mar 4 (APP): Federal Minister for Planning Ahmed Raza Khan on Monday said, ''The projects will be completed on time.''\n\n''We have released the funds,'' he told reporters. He said that the provinces had been consulted.";
  const quotes = parseArticle(text).quotes.map((q) => [q.type, q.text, q.speaker?.name]);
  t.same(quotes, [
    ['direct', 'The projects will be completed on time', 'Ahmed Raza Khan'],
    ['direct', 'We have released the funds', 'Ahmed Raza Khan'],
    ['indirect', 'the provinces had been consulted', 'Ahmed Raza Khan'],
  ]);
});

t.test('the dateline is read once: the document keeps its agency for the entity passes', async (t) => {
  t.equal(buildDocument('LAHORE, Mar 4 (APP): Prices rose.').agency, 'APP');
  t.equal(buildDocument('LAHORE: Prices rose (slightly).').agency, null, 'a bracket of the body is no agency');
  // APP writes from Pakistan: an official of an unnamed country is Pakistan's
  const officials = (text: string) => parseArticle(text).officials.map((o) => o.country);
  t.same(officials('LONDON (APP): Interior Minister Ali Khan said the talks went well.'), ['Pakistan']);
});

t.test('two curly single marks typed for a double one read as a curly double mark', async (t) => {
  const text = 'The judge remarked that the land was ‘‘not for sale’’ at any price.';
  t.equal(repairText(text).text, 'The judge remarked that the land was “not for sale” at any price.');
  const quotes = parseArticle(text).quotes;
  t.ok(quotes.some((q) => q.type === 'direct' && q.text === 'not for sale'));
  // (an apostrophe after a closing single mark is no doubled mark)
  t.equal(repairText('the farmers’ ‘fair price’ demand').text, 'the farmers’ ‘fair price’ demand');
});

t.test('"said" glued to a determiner or subject pronoun gets its space, offsets mapped back', async (t) => {
  const text = 'The coach saidthe team was tired. She saidthey would rest.';
  const repaired = repairText(text);
  t.equal(repaired.text, 'The coach said the team was tired. She said they would rest.');
  t.equal(repaired.toOriginal(repaired.text.indexOf('the team')), text.indexOf('the team'));
  t.equal(repairText('Saidthe and unsaidthe and saidthere stay.').text, 'Saidthe and unsaidthe and saidthere stay.');
});

t.test('a standfirst before the dateline is read as body text; a headline is not', async (t) => {
  const text =
    'Mayor says bridge will reopen\nThe city will hire around 400 bus drivers before the winter, officials said on Tuesday.\n\nQUETTA: The mayor said the bridge would reopen in May.';
  const quotes = parseArticle(text).quotes.map((q) => q.text);
  t.ok(quotes.includes('The city will hire around 400 bus drivers before the winter'));
  t.notOk(
    quotes.some((q) => q.startsWith('bridge will')),
    'the headline stays out',
  );
  // a short line with a full stop is no standfirst
  const short = parseArticle('Officials said prices rose.\n\nQUETTA: The mayor said the bridge would reopen in May.');
  t.equal(short.quotes.length, 1);
});
