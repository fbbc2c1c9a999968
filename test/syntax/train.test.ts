// Training on a tiny treebank of our own: every step of the recipe runs in well under a second, and the
// model must learn its training sentences (tags, trees and labels) and survive the file format. The
// external lexicon is looked up in any case and lets the tagger tag a word the treebank never showed.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { readConllu } from '../../src/syntax/conllu.js';
import { evaluate, formatScores } from '../../src/syntax/evaluate.js';
import { externalClasses, externalLexicon } from '../../src/syntax/external.js';
import { hashText } from '../../src/syntax/hash.js';
import { decodeModel, encodeModel, type SyntaxModel } from '../../src/syntax/model.js';
import { ambiguityClasses, rareWordEntries, tagWords } from '../../src/syntax/tagger.js';
import { hashWords } from '../../src/syntax/words.js';
import { trainSyntaxModel } from '../../src/syntax/train/index.js';

const tiny = readConllu(readFileSync(new URL('./fixtures/tiny.conllu', import.meta.url), 'utf8'));
const recipe = {
  tagger: { epochs: 8, rowBits: 12, seed: 1, dictionaryMinCount: 2, dictionaryMinShare: 0.99 },
  parser: { epochs: 30, actionRowBits: 14, labelRowBits: 12, seed: 1, exploration: 0.9, beam: 1 },
  jackknifeFolds: 1,
};

t.test('reads words, skipping multiword tokens, empty nodes and comments', async (t) => {
  t.equal(tiny.length, 6);
  t.same(tiny[2].words, ['She', 'did', "n't", 'comment', '.']);
  t.same(tiny[2].heads, [4, 4, 4, 0, 4]);
  const odd = readConllu('# c\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n1.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\nbroken line\n');
  t.same(
    odd.map((s) => s.words),
    [['Hi']],
  );
  t.same(readConllu('1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_').length, 1, 'no final blank line');
});

t.test('learns the training sentences and keeps them through the file format', async (t) => {
  const messages: string[] = [];
  const model = trainSyntaxModel(tiny, recipe, (m) => messages.push(m));
  t.same(messages, ['tagger trained', 'jackknifed tags ready', 'parser trained']);
  const scores = evaluate(model, tiny);
  t.equal(scores.words, 44);
  t.equal(scores.upos, 1);
  t.equal(scores.uas, 1);
  t.equal(scores.fullLas, 1);
  t.equal(formatScores(scores), 'UPOS 1.000 UAS 1.000 LAS 1.000');
  t.equal(model.lemmaExceptions.get('said\tVERB'), 'say');
  t.equal(model.lemmaExceptions.get('men\tNOUN'), 'man');

  const decoded = decodeModel(encodeModel(model));
  t.same(evaluate(decoded, tiny), scores);
  t.same(decoded.tagger.lexicon, model.tagger.lexicon);
  t.same(decoded.parser.deprels, model.parser.deprels);
  for (const table of ['actions', 'labels'] as const) {
    const cells = (from: SyntaxModel) => {
      const found: number[] = [];
      from.parser[table].forEachCell((index, value) => found.push(index, value));
      return found;
    };
    t.same(cells(decoded), cells(model), table);
  }
});

t.test('the same data and seed give the same model', async (t) => {
  const jackknifed = { ...recipe, jackknifeFolds: 2 };
  const a = encodeModel(trainSyntaxModel(tiny, jackknifed));
  const b = encodeModel(trainSyntaxModel(tiny, jackknifed));
  t.ok(a.equals(b));
});

t.test('rejects a file that is not a model', async (t) => {
  const { gzipSync } = await import('node:zlib');
  t.throws(() => decodeModel(gzipSync(Buffer.from('nope'))), /not a syntax model/);
});

t.test('evaluation counts errors, and nothing as zero, not NaN', async (t) => {
  const model = trainSyntaxModel(tiny.slice(0, 2), recipe);
  const unseen = evaluate(model, tiny.slice(2));
  t.ok(unseen.uas < 1 && unseen.las <= unseen.uas && unseen.fullLas <= unseen.las, formatScores(unseen));
  t.same(evaluate(model, []), { words: 0, upos: 0, uas: 0, las: 0, fullLas: 0 });
});

t.test('indexes words by tag set and finds them in any case', async (t) => {
  const lexicon = externalLexicon([
    ['Paris', 'NNP'],
    ['claims', 'NNS|VBZ'],
    ['states', 'NNS|VBZ'],
    ['zzz', ''],
  ]);
  t.same(lexicon.classes, ['NNP', 'NNS|VBZ']);
  t.equal(lexicon.keys.length, 8, 'a table at most half full');
  t.equal(lexicon.values.filter((value) => value !== 0).length, 3, 'an entry with no tag is left out');
  const words = ['PARIS', 'Claims', 'unknown', 'paris', 'states', 'zzz'];
  const found = externalClasses(lexicon, words, hashWords(words), () => true);
  t.same([...found.tagSet], [hashText('NNP'), hashText('NNS|VBZ'), 0, hashText('NNP'), hashText('NNS|VBZ'), 0]);
  t.same([...found.firstTag], [hashText('NNP'), hashText('NNS'), 0, hashText('NNP'), hashText('NNS'), 0]);
});

t.test('only words seen less than twice in training read the list', async (t) => {
  const lexicon = externalLexicon([
    ['states', 'NNS|VBZ'],
    ['claims', 'NNS|VBZ'],
  ]);
  const words = ['States', 'claims'];
  const amb = ambiguityClasses(new Map([['states', 0b10]]), words);
  t.same([...rareWordEntries(lexicon, words, hashWords(words), amb).tagSet], [0, hashText('NNS|VBZ')]);
});

t.test('two words with one hash share the first entry', async (t) => {
  // a known FNV-1a (32-bit) collision
  t.equal(hashText('costarring'), hashText('liquid'));
  const lexicon = externalLexicon([
    ['costarring', 'VBG'],
    ['liquid', 'NN|JJ'],
  ]);
  const words = ['liquid'];
  t.same([...externalClasses(lexicon, words, hashWords(words), () => true).tagSet], [hashText('VBG')]);
  const empty = externalLexicon([]);
  t.same([...externalClasses(empty, words, hashWords(words), () => true).tagSet], [0]);
});

t.test('tags a word the treebank lacks by its entry, and keeps the entries in the model file', async (t) => {
  // the tiny treebank has "arrested" but not "caught": the list's entry for it, not the context, decides
  const listing = (caught: string) =>
    externalLexicon([
      ['arrested', 'VBD|VBN'],
      ['caught', caught],
      ['court', 'NN'],
      ['Tuesday', 'NNP'],
    ]);
  const words = ['Officials', 'caught', '.'];
  const tagOfCaught = (model: SyntaxModel) => model.tagger.tags[tagWords(model.tagger, words)[1]];
  const model = trainSyntaxModel(tiny, { ...recipe, external: listing('VBD|VBN') });
  t.equal(tagOfCaught(model), 'VERB', 'listed as a verb');
  t.equal(tagOfCaught(trainSyntaxModel(tiny, { ...recipe, external: listing('NNP') })), 'PROPN', 'listed as a name');
  const decoded = decodeModel(encodeModel(model));
  t.same(decoded.tagger.external, model.tagger.external);
  t.same(tagWords(decoded.tagger, words), tagWords(model.tagger, words));
});
