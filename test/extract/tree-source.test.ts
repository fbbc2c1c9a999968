// The source of a reporting verb read from the dependency tree, on sentences of the kinds the issue lists.
import t from 'tap';
import { describesDoer, treeSource } from '../../src/extract/attribution/tree-source.js';
import { buildDocument } from '../../src/extract/document/index.js';
import { parseArticle } from '../../src/extract/index.js';

/** The phrase the tree gives for the first occurrence of `cue` in the text, or null. */
function sourceIn(text: string, cue: string): string | null {
  const doc = buildDocument(text);
  const start = text.indexOf(cue);
  const found = treeSource(doc, { start, end: start + cue.length });
  return found && text.slice(found.start, found.end);
}

t.test('the subject of the verb, without what describes it', async (t) => {
  t.equal(sourceIn('The minister, who spoke in Oslo, said the talks had failed.', 'said'), 'The minister', 'a relative clause is left out');
  t.equal(sourceIn('Berg stood up and said inflation would ease.', 'said'), 'Berg', 'coordinated verbs share the subject');
  t.equal(sourceIn('Officials wanted to say nothing more.', 'say'), 'Officials', 'through a verb it completes');
});

t.test('the agent of a passive, without "by"', async (t) => {
  t.equal(sourceIn('It was stated by the minister that the dam would be finished by June.', 'stated'), 'the minister');
});

t.test('a participle attached to a noun: the noun does the saying', async (t) => {
  const text = 'The ministry issued a statement saying the border would reopen.';
  const doc = buildDocument(text);
  const at = text.indexOf('saying');
  t.ok(describesDoer(doc, { start: at, end: at + 6 }));
  t.notOk(describesDoer(doc, { start: text.indexOf('issued'), end: text.indexOf('issued') + 6 }));
  t.equal(sourceIn(text, 'saying'), 'a statement');
});

t.test('no answer: a noun, a sentence without a subject, text outside every sentence', async (t) => {
  t.equal(sourceIn('The claims were false, he said.', 'claims'), null, '"claims" is a noun here');
  t.equal(sourceIn('Say it again.', 'Say'), null, 'an imperative has no subject');
  t.equal(treeSource(buildDocument('KARACHI - Prices rose.'), { start: 0, end: 7 }), null, 'the dateline is in no sentence');
});

t.test('a statement saying ...: an indirect quotation the comma rule missed', async (t) => {
  const r = parseArticle('GENEVA - The agency released a statement saying the camps were full. It gave no figures.', { explain: true });
  const q = r.quotes.find((x) => x.text.startsWith('the camps were full'));
  t.ok(q, 'found');
  t.equal(q!.cue, 'saying');
  t.match(q!.provenance, { quote: 'indirect:participle', speaker: /^tree > / });
});
