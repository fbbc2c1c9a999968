// The source phrase finder on its own: comma segments it skips and the one it keeps.
import t from 'tap';
import { wordsIn, wordTokens } from '../../src/extract/document/tokens.js';
import { sourceAfter, sourceBefore } from '../../src/extract/quotes/source.js';
import type { Quote } from '../../src/extract/types.js';
import { quote, quotesOf, who } from './quote-helpers.js';

function before(text: string, verb: string): string | null {
  const at = text.indexOf(verb);
  const tokens = wordTokens(text, 0);
  const s = sourceBefore(text, 0, at, (start, end, limit) => wordsIn(text, tokens, start, end, limit));
  return s && text.slice(s.start, s.end);
}

t.test('segments skipped: empty, relative clause, quoted aside; the named one kept', async (t) => {
  t.equal(before('Sher Bahadur, a father of four, said it.', 'said'), 'Sher Bahadur');
  t.equal(before('Two officials, who requested anonymity, said it.', 'said'), 'Two officials');
  t.equal(before('Officials,, said it.', 'said'), 'Officials');
  t.equal(before('One resident, wishing to remain anonymous, said it.', 'said'), 'One resident', "any participle's clause");
  t.equal(before('Officials, “who asked not to be named,” said it.', 'said'), 'Officials');
  t.equal(before(', said it.', 'said'), null);
  t.equal(before('Whitaker, R-Kan., told reporters it.', 'told'), 'Whitaker', "a lawmaker's party and state");
  t.equal(before('Senator Ana Ruiz, D-New Mexico, said it.', 'said'), 'Senator Ana Ruiz');
  t.equal(before('The Small Traders Association, a body that speaks for shopkeepers, said it.', 'said'), 'The Small Traders Association');
  t.equal(before('The Council of Ulema (CoU), a religious body, said it.', 'said'), 'The Council of Ulema (CoU)');
});

t.test('the subject right before the verb, past adverbs and a clause opener', async (t) => {
  t.equal(before('Qureshi also said it.', 'said'), 'Qureshi');
  t.equal(before('The panel Eventually ruled it.', 'ruled'), 'The panel', 'a derived adverb even when capitalised');
  t.equal(before('Singer Molly said it.', 'said'), 'Singer Molly', 'a name in -ly is no derived adverb');
  t.equal(before('Prices rose as traders warned it.', 'warned'), 'traders');
  t.equal(before('a figure he described', 'described'), 'he');
  t.equal(before('Dr Qazi thanked the government and said it.', 'said'), 'Dr Qazi');
});

t.test('after an inverted verb: up to the apposition', async (t) => {
  const text = '"Yes," said Harpreet Kaur, a homemaker.';
  const s = sourceAfter(text, text.indexOf('said') + 4, text.length);
  t.equal(s && text.slice(s.start, s.end), 'Harpreet Kaur');
  t.equal(sourceAfter('said.', 4, 5), null);
});

t.test("after an inverted verb: the stop of a title's abbreviation ends no phrase", async (t) => {
  const text = '"No," said Sen. Tomas Reyna, a Nevada Republican.';
  const s = sourceAfter(text, text.indexOf('said') + 4, text.length);
  t.equal(s && text.slice(s.start, s.end), 'Sen. Tomas Reyna');
  const bare = '"No," said Dr.';
  const d = sourceAfter(bare, bare.indexOf('said') + 4, bare.length);
  t.equal(d && bare.slice(d.start, d.end), 'Dr.', 'nothing after the abbreviation: the phrase runs to the end');
  t.equal(sourceAfter('"No," said it. Then', 10, 19)?.end, 13, 'a plain full stop still ends it');
  const initial = '"No," said Minister K. Ravi Menon.';
  const i = sourceAfter(initial, initial.indexOf('said') + 4, initial.length);
  t.equal(i && initial.slice(i.start, i.end), 'Minister K. Ravi Menon', "an initial's stop ends no phrase");
});

t.test('"in a press release" before the verb, and a relative clause before that, are no subject', async (t) => {
  t.equal(
    before('The Pakistan Tehreek-e-Insaf (PTI), which governs the province, in a press release accused them.', 'accused'),
    'The Pakistan Tehreek-e-Insaf (PTI)',
  );
  t.equal(before('The union in its letter demanded a raise.', 'demanded'), 'The union');
});

t.test('a participle clause before the verb is no subject: the name before it is', async (t) => {
  t.equal(
    before('SBP Governor Tariq Mahmood Chaudhry, addressing a business audience in Karachi on Thursday, said so.', 'said'),
    'SBP Governor Tariq Mahmood Chaudhry',
  );
  t.equal(before('Officials, while the minister said so.', 'said'), 'the minister', 'a clause opener still starts a subject');
});

t.test("the subject's own words: a relative pronoun ends the search for its verb; a long one is none", async (t) => {
  t.equal(before('The aide who travelled with him confirmed it.', 'confirmed'), 'The aide who travelled with him');
  t.equal(
    before('The aide who travelled with him met officials and said it.', 'said'),
    'The aide who travelled with him met officials and',
  );
  t.equal(before('The head of the board of the union of the traders of the old market in the city said it.', 'said'), null);
});

t.test('a participle clause after a subordinator is an aside, not the subject', async (t) => {
  t.equal(before('Nargis Baloch, while addressing the editors in Karachi, said it.', 'said'), 'Nargis Baloch');
  t.equal(before('The minister, after meeting the traders, said it.', 'said'), 'The minister');
  // a subordinator before a subject keeps the subject after it
  t.equal(before('The talks ended, while the envoy said it.', 'said'), 'the envoy');
});
t.test('"According to X, Name, while addressing ..., said": the name is the speaker, not what the document reports', async (t) => {
  const qs = quotesOf(
    'According to a press release issued in Lahore, Nargis Baloch, while addressing the editors in Karachi on Sunday, said the government respected the press.',
  );
  t.equal(who(quote(qs, 'the government')), 'person:Nargis Baloch');
  t.notOk(qs.some((q) => q.text.startsWith('Nargis')));
});

t.test('a fronted adverbial with no comma after it is no part of the subject', async (t) => {
  t.equal(before('At the same time the minister alleged it.', 'alleged'), 'the minister');
  t.equal(before('Speaking at the ceremony the chief minister said it.', 'said'), 'the chief minister');
  t.equal(before('Calling it a routine job of the state department the minister said it.', 'said'), 'the minister');
  t.equal(before('Speaking to the media the spokesman of the ministry said it.', 'said'), 'the spokesman of the ministry');
  t.equal(before('Addressing the traders Shah said it.', 'said'), 'Addressing the traders Shah', "the adverbial's own object stays");
  t.equal(before('The head of the ministry said it.', 'said'), 'The head of the ministry', 'no adverbial');
  t.equal(before('According to Khan  the minister told it.', 'told'), 'the minister', 'spaces run on before the determiner');
});

t.test('a name holding a clause opener, and an adverb opening the phrase, are no clause boundary', async (t) => {
  t.equal(before('Nuala Breen of Homes Before Cars said it.', 'said'), 'Nuala Breen of Homes Before Cars');
  t.equal(before('Prices rose before the minister said it.', 'said'), 'the minister', 'a lower-case opener still opens a clause');
  t.equal(before('Newly appointed Chairman Tariq Aziz said it.', 'said'), 'Newly appointed Chairman Tariq Aziz');
  t.equal(before('The board approved the plan and said it.', 'said'), 'The board', 'a verb after a noun still ends the subject');
});

t.test('"now" between a subject and its verb is no part of the subject', async (t) => {
  t.equal(before('The electoral commission now says it.', 'says'), 'The electoral commission');
});

t.test("a restrictive relative's verb reports its antecedent's words, not the main subject's", async (t) => {
  const by = (qs: Quote[], prefix: string): string | undefined => quote(qs, prefix).speaker?.mention ?? undefined;
  const met = quotesOf('The minister met traders who complained that prices had risen sharply.');
  t.equal(by(met, 'prices had risen'), 'traders');
  const arrested = quotesOf('Police arrested two men who said they had been paid by a gang.');
  t.equal(by(arrested, 'they had been paid'), 'two men');
  // the object of "by" is the antecedent; a later participle is the main subject's act, not the antecedent's
  const outlets = quotesOf(
    'Akhtar Ahmed spoke to reporters. He, however, trashed news published by several outlets that disclosed the dates, saying that the dates had not been fixed yet.',
  );
  t.equal(who(quote(outlets, 'the dates had not been fixed')), 'person:Akhtar Ahmed');
  // a document as antecedent speaks for its issuer, as before
  const issued = quotesOf('The ministry issued a statement that said the talks had failed.');
  t.equal(who(quote(issued, 'the talks had failed')), 'organization:ministry');
  // no verb before the relative, a comma or nothing between them, a long phrase: the subject finder as before
  t.equal(by(quotesOf('The traders who said prices had risen were angry.'), 'prices had risen'), 'The traders who');
  t.equal(by(quotesOf('The minister met traders, officials who said prices had risen.'), 'prices had risen'), 'officials who');
  t.equal(by(quotesOf('The officials he met who said prices had risen.'), 'prices had risen'), undefined);
  const long = quotesOf('The minister met the many small and large traders of the old city market who said prices had risen.');
  t.equal(by(long, 'prices had risen'), 'The minister');
});

t.test('"X while talking to Y said": the subject stands before the subordinator of a subjectless clause', async (t) => {
  t.equal(before('The chief justice while addressing Ali Khan remarked that it failed.', 'remarked'), 'The chief justice');
  t.equal(before('Tahir Orakzai while speaking on the occasion said it.', 'said'), 'Tahir Orakzai');
});

t.test('a subject with its own verb: adverbials before that verb left out; a verb opening the stretch', async (t) => {
  t.equal(before('The Trade Office on Monday rejected the claim and said it.', 'said'), 'The Trade Office');
  t.equal(before('The board, however, refused the request and said it.', 'said'), 'The board', 'past the adverbial set off');
  t.equal(before('She said the panel had erred but added it.', 'added'), 'She', "a past of saying is the subject's own verb");
});
