// Relations the extraction passes will ask for, on short news sentences parsed by the committed model.
import t from 'tap';
import { analyze, appositionsOf, complementOf, reportingHeads, subjectOf, subtreeSpan, type ParsedToken } from '../../src/syntax/index.js';

const REPORTING = new Set(['say', 'tell', 'add', 'warn']);
const sentence = (text: string) => analyze(text)[0].tokens;
const at = (tokens: ParsedToken[], text: string) => tokens.findIndex((token) => token.text === text);
const words = (tokens: ParsedToken[], span: { first: number; last: number } | null) =>
  span &&
  tokens
    .slice(span.first, span.last + 1)
    .map((token) => token.text)
    .join(' ');

t.test('the subject of a reporting verb, and the clause it reports', async (t) => {
  const tokens = sentence('The minister said the talks would resume next week.');
  const [said] = reportingHeads(tokens, REPORTING);
  t.equal(tokens[said].text, 'said');
  t.equal(subjectOf(tokens, said), at(tokens, 'minister'));
  t.equal(words(tokens, complementOf(tokens, said)), 'the talks would resume next week');
  t.equal(complementOf(tokens, at(tokens, 'resume')), null);
});

t.test('the agent of a passive is its doer', async (t) => {
  const tokens = sentence('The decision was announced by the ministry on Monday.');
  t.equal(subjectOf(tokens, at(tokens, 'announced')), at(tokens, 'ministry'));
});

t.test('a conjoined verb shares the first verb’s subject', async (t) => {
  const tokens = sentence('The mayor stood up and said the result was clear.');
  const said = at(tokens, 'said');
  t.equal(tokens[said].deprel, 'conj');
  t.equal(subjectOf(tokens, said), at(tokens, 'mayor'));
  t.equal(subjectOf(tokens, at(tokens, 'result')), -1, 'a noun has no subject');
});

t.test('apposition names a role', async (t) => {
  const tokens = sentence('Maria Lopez, the mayor of Springfield, thanked voters.');
  t.same(appositionsOf(tokens, at(tokens, 'Maria')), [at(tokens, 'mayor')]);
  // The comma before an appositive belongs to it in UD.
  t.same(subtreeSpan(tokens, at(tokens, 'mayor')), { first: at(tokens, ','), last: at(tokens, 'Springfield') });
});
