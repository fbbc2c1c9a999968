// Quotations the cues and marks missed before: a participle's "that" with no comma before it, marks
// written with the wrong glyph or left open, clauses whose subject holds a relative clause.
import t from 'tap';
import { quote, quotesOf, who } from './quote-helpers.js';

t.test('"said adding that", "refused while saying that": a participle with its "that" and no comma', async (t) => {
  const qs = quotesOf(
    'KARACHI: Minister Sadia Noor Baig refused to resign while saying that she had done nothing wrong.\n\n“We will appeal,” lawyer Ali Raza Gondal said adding that the order was unlawful.',
  );
  const a = quote(qs, 'she had done');
  t.equal(a.text, 'she had done nothing wrong');
  t.equal(who(a), 'person:Sadia Noor Baig');
  const b = quote(qs, 'the order was');
  t.equal(b.text, 'the order was unlawful');
  t.equal(who(b), 'person:Ali Raza Gondal');
  // the object of a preposition is no act of the subject's
  const c = quotesOf('The party criticised Ali Raza Gondal for saying that the polls were rigged.');
  t.notOk(c.some((q) => q.text.startsWith('the polls')), 'no quotation after "for saying that"');
});
