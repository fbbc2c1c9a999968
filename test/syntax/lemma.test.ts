// Lemmas: rules for regular inflection, the learnt table for the rest.
import t from 'tap';
import { lemmatize, ruleLemma } from '../../src/syntax/lemma.js';

t.test('rules undo regular inflection by part of speech', async (t) => {
  const cases: [string, string, string][] = [
    ['Ministers', 'NOUN', 'minister'],
    ['policies', 'NOUN', 'policy'],
    ['churches', 'NOUN', 'church'],
    ['boxes', 'NOUN', 'box'],
    ['crisis', 'NOUN', 'crisis'],
    ['bus', 'NOUN', 'bus'],
    ['gas', 'NOUN', 'gas'],
    ['carried', 'VERB', 'carry'],
    ['denies', 'VERB', 'deny'],
    ['pushes', 'VERB', 'push'],
    ['goes', 'VERB', 'go'],
    ['stopped', 'VERB', 'stop'],
    ['making', 'VERB', 'make'],
    ['received', 'VERB', 'receive'],
    ['visited', 'VERB', 'visit'],
    ['handled', 'VERB', 'handle'],
    ['located', 'VERB', 'locate'],
    ['hoped', 'VERB', 'hope'],
    ['passing', 'VERB', 'pass'],
    ['warns', 'VERB', 'warn'],
    ['passes', 'VERB', 'pass'],
    ['red', 'VERB', 'red'],
    ['is', 'AUX', 'is'],
    ['Brussels', 'PROPN', 'Brussels'],
    ['I', 'PRON', 'I'],
    ['Quickly', 'ADV', 'quickly'],
  ];
  for (const [word, upos, lemma] of cases) t.equal(ruleLemma(word, upos), lemma, `${word}/${upos}`);
});

t.test('the exception table wins over the rules', async (t) => {
  const exceptions = new Map([
    ['said\tVERB', 'say'],
    ['was\tAUX', 'be'],
  ]);
  t.equal(lemmatize('Said', 'VERB', exceptions), 'say');
  t.equal(lemmatize('was', 'AUX', exceptions), 'be');
  t.equal(lemmatize('says', 'VERB', exceptions), 'say');
  t.equal(lemmatize('saying', 'VERB', exceptions), 'say');
});
