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
  t.notOk(
    c.some((q) => q.text.startsWith('the polls')),
    'no quotation after "for saying that"',
  );
});

t.test('"Pakistan.”Now we are": a closing glyph right before a word opens the quotation, and the stop ends the sentence', async (t) => {
  const qs = quotesOf('ISLAMABAD: He said at one stage the disease had spread to every district.”Now we are close to ending it.”');
  t.equal(quote(qs, 'at one stage').text, 'at one stage the disease had spread to every district');
  t.equal(quote(qs, 'Now we').text, 'Now we are close to ending it');
  t.equal(quote(qs, 'Now we').type, 'direct');
});

t.test('"district, “ the mayor said": an opening glyph with a space after it closes an open quotation', async (t) => {
  const qs = quotesOf('LAHORE: “The new road will reach every district, “ the mayor said on Sunday.');
  t.equal(qs.length, 1);
  t.equal(quote(qs, 'The new road').text, 'The new road will reach every district');
  t.equal(quote(qs, 'The new road').type, 'direct');
});

t.test('"told reporters, “We ...": a quotation a cue opens and nothing closes ends with its paragraph', async (t) => {
  const qs = quotesOf(
    'DHAKA: Secretary Ali Raza Gondal told reporters, “We have taken several decisions to make the polls fair.\n\nAsked about the turnout, he said it was low.',
  );
  const q = quote(qs, 'We have taken');
  t.equal(q.text, 'We have taken several decisions to make the polls fair');
  t.equal(who(q), 'person:Ali Raza Gondal');
  // an unclosed mark no cue opens is still left out
  const r = quotesOf('DHAKA: The polls were quiet. “Nobody came to vote at all.\n\nThe count begins today.');
  t.notOk(
    r.some((x) => x.text.startsWith('Nobody')),
    'no quotation from a stray mark',
  );
});

t.test('"implementing “Islamic orders”": two words in marks with a plain common word are no name', async (t) => {
  const qs = quotesOf(
    'KABUL: In the audio, Ali Raza Gondal says that nothing stands in the way of implementing “Islamic orders,” and that they face no pressure.',
  );
  const q = quote(qs, 'Islamic orders');
  t.equal(q.type, 'direct');
  t.equal(who(q), 'person:Ali Raza Gondal');
  const names = quotesOf('KABUL: Ali Raza Gondal said that the group “Fitna al-Khawarij” and “Operation Sindoor” were discussed.');
  t.notOk(
    names.some((x) => /^(?:Fitna|Operation)/.test(x.text)),
    'names in marks stay out',
  );
});

t.test('"The port, which handles trade, has been ...": a relative set off by commas before the main verb', async (t) => {
  const qs = quotesOf(
    'DHAKA: The port, which handles most of the trade, has been reeling under congestion for a week, said Ali Raza Gondal, a member of the authority.',
  );
  const q = quote(qs, 'The port');
  t.equal(q.text, 'The port, which handles most of the trade, has been reeling under congestion for a week');
  t.equal(who(q), 'person:Ali Raza Gondal');
  // a noun after the relative's comma is no verb: still no clause
  const r = quotesOf('DHAKA: The port, which handles most of the trade, its busiest berth and more, said Ali Raza Gondal.');
  t.notOk(
    r.some((x) => x.text.startsWith('The port')),
    'no clause without a main verb',
  );
});

t.test('"according to": a pronoun needs no comma after it; a comma between digits sets nothing off', async (t) => {
  const qs = quotesOf('KOLKATA: Ali Raza Gondal boarded the train at eight. According to him the train ran well till the park.');
  t.equal(quote(qs, 'the train ran').text, 'the train ran well till the park');
  const r = quotesOf(
    'RAJSHAHI: Ali Raza Gondal, a trader said mangoes sell at Taka 2,000 according to quality while the others sell at Taka 1,000 to 1,500.',
  );
  t.notOk(
    r.some((x) => x.text.startsWith('000')),
    'no quotation after the comma of a number',
  );
});

t.test('"As a result, he said, PM X had to ...": a parenthetical cue before a name', async (t) => {
  const qs = quotesOf(
    'LAHORE: The counsel Ali Raza Gondal argued that the court had taken notice. As a result, he said, Chief Minister Sadia Noor Baig had to return the money.',
  );
  const q = quote(qs, 'As a result');
  t.equal(q.text, 'As a result, he said, Chief Minister Sadia Noor Baig had to return the money');
  t.equal(who(q), 'person:Ali Raza Gondal');
});

t.test('"observed a project", "observed Kashmir Day": "observe" reports only with "that" after it', async (t) => {
  const qs = quotesOf(
    'NIAMEY: Minister Sadia Noor Baig also observed an irrigation project meant to tackle drought. The judge observed that the order was late. Lending, he observed, had fallen.',
  );
  t.notOk(
    qs.some((q) => q.text.startsWith('an irrigation')),
    'seeing is no saying',
  );
  t.equal(quote(qs, 'the order was').text, 'the order was late');
  t.equal(quote(qs, 'Lending').text, 'Lending, he observed, had fallen');
});

t.test('"criticised X for using “A” over “B”": a second phrase in marks is the same act’s', async (t) => {
  const qs = quotesOf(
    'EDINBURGH: Ali Raza Gondal criticised the minister for using the word “unfortunate” over “losing a fortune on ferries”.',
  );
  const q = quote(qs, 'losing a fortune');
  t.equal(q.type, 'direct');
  t.equal(who(q), 'person:Ali Raza Gondal');
  // an act inside the first phrase's marks is no act of the sentence's subject
  const r = quotesOf('EDINBURGH: The sign read “We praised the ferries” beside “losing a fortune on ferries”.');
  t.notOk(
    r.some((x) => x.text.startsWith('losing')),
    'no act outside the marks',
  );
});

t.test('a quotation running on to the next paragraph ends the reported clause where it opens', async (t) => {
  const qs = quotesOf(
    'LONDON: Ali Raza Gondal said he was "only teasing" his friend "because he kept saying we would lose, and I was telling him he would be fine.\n\n"And then he leaked it to a website."',
  );
  t.equal(quote(qs, 'he was').text, 'he was "only teasing" his friend');
  const run = quote(qs, 'because he kept');
  t.equal(run.type, 'direct');
  t.equal(who(run), 'person:Ali Raza Gondal');
});

t.test('"This was stated by X": the passive of "X said this" reports the sentence before', async (t) => {
  const qs = quotesOf(
    'KARACHI: The city and the province are equally responsible for the water shortage.\n\nThis was stated by Jamaat-e-Islami (JI) Karachi Chief Ali Raza Gondal in a statement issued here on Monday.',
  );
  const q = quote(qs, 'The city');
  t.equal(q.text, 'The city and the province are equally responsible for the water shortage');
  t.equal(who(q), 'person:Ali Raza Gondal', 'the acronym in brackets glosses the name, the phrase goes on');
  // a passive of no verb of saying, or after a sentence with its own quotation, reports nothing
  const r = quotesOf(
    'KARACHI: The road was closed for a week. This was caused by the rain. Ali Raza Gondal said the road is open. This was stated by him later.',
  );
  t.notOk(
    r.some((x) => x.text.startsWith('The road')),
    'no quotation from a passive of no saying',
  );
  t.equal(r.length, 1);
  const s = quotesOf('LAHORE: The fund has grown.\n\nThis was stated by the Pakistan Muslim League (PML) on Sunday.');
  t.equal(who(quote(s, 'The fund')), 'organization:Pakistan Muslim League', 'a gloss before lower-case words ends the phrase');
});

t.test('"..., the call reporting a threat, ..., officials said": a participle describing its noun is a word of the clause', async (t) => {
  const qs = quotesOf(
    'LUCKNOW: Security was raised at the station after the call reporting a bomb threat, which turned out to be a hoax, officials said on Saturday.',
  );
  const q = quote(qs, 'Security was');
  t.equal(q.text, 'Security was raised at the station after the call reporting a bomb threat, which turned out to be a hoax');
  t.equal(who(q), 'anonymous');
});

t.test('"spoke about “...”": a phrase in marks after a verb of speaking is its subject’s words', async (t) => {
  const qs = quotesOf(
    'NIAMEY: Minister Sadia Noor Baig met the president and spoke about “whether more help is needed,” in the context of the drought.',
  );
  const q = quote(qs, 'whether more help');
  t.equal(q.type, 'direct');
  t.equal(who(q), 'person:Sadia Noor Baig');
});
