import t from 'tap';
import type { TaggedToken } from '../../src/syntax/index.js';
import { taggedClause } from '../../src/extract/quotes/tagged-clause.js';
import { mayBePresent } from '../../src/extract/quotes/verb-reading.js';
import { quote, quotesOf, who } from './quote-helpers.js';

t.test('clause-initial cue, with and without "that", content to the end of the sentence without the full stop', async (t) => {
  const qs = quotesOf(
    'ECP spokesperson Zeeshan Ali Warraich said that the commission had received 28,000 papers. He noted the scrutiny was over.',
  );
  t.equal(quote(qs, 'the commission').text, 'the commission had received 28,000 papers');
  t.equal(quote(qs, 'the commission').type, 'indirect');
  t.equal(quote(qs, 'the scrutiny').text, 'the scrutiny was over');
  t.equal(who(quote(qs, 'the scrutiny')), 'person:Zeeshan Ali Warraich');
});

t.test('"told" with a recipient, adverbials between cue and content', async (t) => {
  const qs = quotesOf(
    'Finance Minister Farhan Qadir Siddiqui told Reuters the government was committed to reform. The State Bank of Pakistan said on Friday it had cut rates. Siddiqui told reporters at a briefing in Karachi that talks were over.',
  );
  t.equal(quote(qs, 'the government was').text, 'the government was committed to reform');
  t.equal(quote(qs, 'it had cut').text, 'it had cut rates');
  t.equal(who(quote(qs, 'it had cut')), 'organization:State Bank of Pakistan');
  t.equal(quote(qs, 'talks were over').text, 'talks were over');
});

t.test('clause-final cue: the reported clause before it', async (t) => {
  const qs = quotesOf(
    'Security forces killed nine terrorists in North Waziristan, the Inter-Services Public Relations (ISPR) said on Sunday. The delimitation could only begin once the law was passed, he maintained.',
  );
  t.equal(quote(qs, 'Security forces').text, 'Security forces killed nine terrorists in North Waziristan');
  t.equal(who(quote(qs, 'Security forces')), 'organization:Inter-Services Public Relations');
  t.equal(quote(qs, 'The delimitation').text, 'The delimitation could only begin once the law was passed');
});

t.test('inverted clause-final cue with the source after the verb', async (t) => {
  const qs = quotesOf('Prices had risen sharply in every market, said one chemist at a pharmacy.');
  t.equal(quote(qs, 'Prices had risen').text, 'Prices had risen sharply in every market');
  t.equal(who(quote(qs, 'Prices had risen')), 'anonymous');
});

t.test('"jibed", a manner of saying, is an inverted clause-final cue; "his jibes" is a noun', async (t) => {
  const qs = quotesOf('The rivals had run out of ideas, jibed Senator Ali Raza on Monday. His jibes at them drew laughs.');
  t.equal(quote(qs, 'The rivals').text, 'The rivals had run out of ideas');
  t.equal(who(quote(qs, 'The rivals')), 'person:Ali Raza');
  t.notOk(qs.some((q) => q.text.includes('drew laughs')));
});

t.test('parenthetical attribution gives one entry for the whole clause', async (t) => {
  const qs = quotesOf('Foreign Office spokesperson Sadia Noor Baig briefed reporters. The two sides, she said, had agreed to meet again.');
  t.equal(quote(qs, 'The two sides').text, 'The two sides, she said, had agreed to meet again');
  t.equal(who(quote(qs, 'The two sides')), 'person:Sadia Noor Baig');
});

t.test('a participle describing a noun after a parenthetical cue is a word of its clause', async (t) => {
  const qs = quotesOf('Later, the lawyer said, the police had issued a notice claiming that the suspects were armed.');
  t.equal(quote(qs, 'Later').text, 'Later, the lawyer said, the police had issued a notice claiming that the suspects were armed');
  t.equal(quote(qs, 'the suspects').text, 'the suspects were armed');
});

t.test('a parenthetical cue before "also" or a number still reports the whole clause', async (t) => {
  const qs = quotesOf(
    'Inspector Rana Tahir Ali spoke to reporters. Car thefts, he said, also fell by half. In the past year, the inspector said, 3,000 cases were closed.',
  );
  t.equal(quote(qs, 'Car thefts').text, 'Car thefts, he said, also fell by half');
  t.equal(quote(qs, 'In the past').text, 'In the past year, the inspector said, 3,000 cases were closed');
});

t.test('an inverted source with an apposition after "also", and a subject holding "who" and a present verb', async (t) => {
  const qs = quotesOf(
    'The guards did not let them enter the hall, said Omar Baig, also the union’s secretary. Those who break the rules will be fined, the mayor said.',
  );
  t.equal(quote(qs, 'The guards').text, 'The guards did not let them enter the hall');
  t.equal(who(quote(qs, 'The guards')), 'person:Omar Baig');
  t.equal(quote(qs, 'Those who').text, 'Those who break the rules will be fined');
});

t.test('"according to X" before and after the clause', async (t) => {
  const qs = quotesOf(
    'According to the IMF statement, the economy will grow by 2% this year. Inflation had eased to 17%, according to the State Bank of Pakistan.',
  );
  t.equal(quote(qs, 'the economy will').text, 'the economy will grow by 2% this year');
  t.equal(who(quote(qs, 'the economy will')), 'organization:IMF');
  t.equal(quote(qs, 'Inflation had eased').text, 'Inflation had eased to 17%');
  t.equal(quote(qs, 'Inflation had eased').cue, 'according to');
});

t.test('a participle cue takes the subject of its clause', async (t) => {
  const qs = quotesOf(
    'Mr Haroon Minhas rejected the argument, saying the same assurance had been given in 2022. The ambassador Hossein Farahani denied that Iran had served a notice, adding that talks were going on.',
  );
  t.equal(who(quote(qs, 'the same assurance')), 'person:Haroon Minhas');
  t.equal(quote(qs, 'Iran had served').text, 'Iran had served a notice');
  t.equal(quote(qs, 'talks were going').text, 'talks were going on');
});

t.test('a reporting verb with only a noun phrase after it is not reported speech', async (t) => {
  const qs = quotesOf(
    'Chief Minister Zulfiqar Ahmed Afridi announced financial assistance for the families. He urged solidarity among the diaspora. She denied the charges.',
  );
  t.same(qs, []);
});

t.test('a reported question without marks is not a quote', async (t) => {
  const qs = quotesOf('Asked whether the talks had failed, the minister smiled and left the room.');
  t.same(qs, []);
});

t.test('reported speech stops where another source begins', async (t) => {
  const qs = quotesOf(
    'Ministry spokesman Abdul Mutalib Haqmal insisted that the authorities could absorb the returnees, although aid agencies have warned that the economy cannot cope.',
  );
  t.equal(quote(qs, 'the authorities').text, 'the authorities could absorb the returnees');
  t.equal(who(quote(qs, 'the authorities')), 'person:Abdul Mutalib Haqmal');
  t.equal(quote(qs, 'the economy cannot').text, 'the economy cannot cope');
  t.equal(who(quote(qs, 'the economy cannot')), 'anonymous');
});

t.test('a second act of the speaker ends the reported clause', async (t) => {
  const qs = quotesOf('Ambassador Masood Khan said the community could serve as a bridge and hailed the contributions of the diaspora.');
  t.equal(quote(qs, 'the community').text, 'the community could serve as a bridge');
});

t.test('naming and daring after "and" are the speaker’s next acts too', async (t) => {
  const qs = quotesOf(
    'The governor said the fire would be probed and termed the early claims a rumour. The mayor regretted that the funds were wasted and challenged the council to act.',
  );
  t.equal(quote(qs, 'the fire').text, 'the fire would be probed');
  t.equal(quote(qs, 'the funds').text, 'the funds were wasted');
});

t.test('"with X saying": the noun phrase after "with" is the participle’s own subject', async (t) => {
  const qs = quotesOf(
    'The cabinet met on Monday, with Finance Minister Omar Latif saying the deficit had narrowed. Shares fell, with analysts warning that rates would rise.',
  );
  t.equal(quote(qs, 'the deficit').text, 'the deficit had narrowed');
  t.equal(who(quote(qs, 'the deficit')), 'person:Omar Latif');
  t.equal(who(quote(qs, 'rates would')), 'anonymous');
});

t.test('"was quoted as saying" and a coordinated reporting verb', async (t) => {
  const qs = quotesOf(
    'Finance Minister Farhan Qadir Siddiqui was later quoted by state broadcaster PTV as saying that the budget would be presented in June. The UN refugee agency UNHCR said that returns must be voluntary, and urged Pakistan to halt deportations.',
  );
  t.equal(quote(qs, 'the budget would').text, 'the budget would be presented in June');
  t.equal(who(quote(qs, 'the budget would')), 'person:Farhan Qadir Siddiqui');
  t.equal(quote(qs, 'returns must').text, 'returns must be voluntary');
  t.equal(who(quote(qs, 'returns must')), 'organization:UNHCR');
});

t.test('"quoted X as saying": the one quoted is the source, in reported speech and in marks', async (t) => {
  const qs = quotesOf(
    'KABUL: State radio quoted Interior Minister Omar Zaki as saying that the border would reopen on Monday. Earlier, a local paper had quoted him as saying: “We are not afraid.” “Trade will resume,” the agency quoted Zaki as saying.',
  );
  const clause = quote(qs, 'the border would');
  t.equal(clause.text, 'the border would reopen on Monday');
  t.equal(who(clause), 'person:Omar Zaki');
  t.equal(who(quote(qs, 'We are not afraid')), 'person:Omar Zaki');
  t.equal(who(quote(qs, 'Trade will resume')), 'person:Omar Zaki');
  t.equal(quote(qs, 'Trade will resume').type, 'direct');
});

t.test('a content clause whose verb no word list knows: the tagger reads it', async (t) => {
  const qs = quotesOf(
    'QUETTA: Senator Gul Bibi spoke on Monday.\n\nShe said the province “entirely” agrees with the plan. The scheme works well for farmers, Bibi said. She praised the decision taken by the cabinet.',
  );
  t.equal(quote(qs, 'the province').text, 'the province “entirely” agrees with the plan');
  t.equal(who(quote(qs, 'the province')), 'person:Gul Bibi');
  t.equal(quote(qs, 'The scheme').text, 'The scheme works well for farmers');
  t.notOk(
    qs.some((q) => q.text.startsWith('the decision')),
    'a participle after a noun is no finite verb',
  );
  // a negation between the subject and its verb, as an adverb; "to" before a bare verb is none
  const neg = quotesOf('Colonel Ali Saif said such reckless driving not only endangers lives but also blocks roads.');
  t.equal(quote(neg, 'such reckless').text, 'such reckless driving not only endangers lives but also blocks roads');
  t.notOk(quotesOf('Colonel Ali Saif announced the decision to leave the talks.').length);
});

t.test('a participle after a comma inside a closing mark opens its own clause', async (t) => {
  const qs = quotesOf(
    'WASHINGTON: Senator Ruth Avery said on Sunday that she backs the bill drafted by the “Group of Ten,” arguing that the bill gives farmers a fair deal.',
  );
  t.equal(quote(qs, 'the bill gives').text, 'the bill gives farmers a fair deal');
  t.equal(who(quote(qs, 'the bill gives')), 'person:Ruth Avery');
  t.ok(quote(qs, 'she backs').text.endsWith('Group of Ten,”'));
});

t.test('a speaker’s act inside marks is the quotation’s words, not the next act', async (t) => {
  const qs = quotesOf(
    'WASHINGTON: Senator Ruth Avery spoke.\n\nAvery says her “worry is that the agency never looked at the data and said it was fine,” and urged a review.',
  );
  const clause = quote(qs, 'her “worry');
  t.ok(clause.text.endsWith('it was fine,”'), clause.text);
  t.equal(who(quote(qs, 'worry is that')), 'person:Ruth Avery', 'the phrase has its host clause');
});

t.test('"according to X" between a clause and a participle reports the clause before it', async (t) => {
  const qs = quotesOf(
    'KABUL: The floods have destroyed 900 homes and cut two highways, according to the disaster agency, leaving what villagers call a lake of mud. According to the agency, the rains will stop on Monday.',
  );
  t.equal(quote(qs, 'The floods').text, 'The floods have destroyed 900 homes and cut two highways');
  t.notOk(
    qs.some((q) => q.text.startsWith('leaving')),
    'the participle is the clause’s adjunct',
  );
  t.equal(quote(qs, 'the rains').text, 'the rains will stop on Monday');
});

t.test('a noun that is also a reporting verb is no cue', async (t) => {
  const qs = quotesOf('PTI president Kashif Ahmed Jamot said the people had heard the same promises for 15 years.');
  t.equal(quote(qs, 'the people had').text, 'the people had heard the same promises for 15 years');
});

t.test('a coordinated reporting verb with no subject of its own takes the sentence subject', async (t) => {
  const qs = quotesOf('The minister arrived late, and said the meeting was over.');
  t.equal(quote(qs, 'the meeting').text, 'the meeting was over');
});

t.test('a source phrase too long to be a subject gives no speaker', async (t) => {
  const qs = quotesOf(
    'The head of the committee set up last year to look into the long delayed reform of the tax system in the province said the report was ready.',
  );
  t.equal(quote(qs, 'the report was').speaker, null);
  // a verb of its own ends the subject early, and that subject is short: an unnamed source
  const cut = quotesOf(
    'The head of the committee formed last year to look into the long delayed reform of the tax system in the province said the report was ready.',
  );
  t.equal(who(quote(cut, 'the report was')), 'anonymous');
});

t.test('a full stop after a number ends the sentence', async (t) => {
  const qs = quotesOf('The bill rose to Rs500. Officials said it was too high.');
  t.equal(quote(qs, 'it was too high').text, 'it was too high');
});

t.test('"told" takes a pronoun or a named recipient; "told stories" reports nothing', async (t) => {
  const qs = quotesOf('Ambassador Masood Khan told them the visit was off. Mr Khan told stories about the war.');
  t.equal(quote(qs, 'the visit was off').text, 'the visit was off');
  t.equal(qs.length, 1);
});

t.test('an initial with a full stop does not end the sentence', async (t) => {
  const qs = quotesOf('Jerome H. Powell said the economy was strong.');
  t.equal(quote(qs, 'the economy').text, 'the economy was strong');
});

t.test('clause-final cue followed by "in a televised address"', async (t) => {
  const qs = quotesOf('The committee voted 5-1 to hold the rate, Governor Shaktikanta Das said in a televised address.');
  t.equal(quote(qs, 'The committee voted').text, 'The committee voted 5-1 to hold the rate');
});

t.test('a quoted aside between the source and its verb is no source', async (t) => {
  const qs = quotesOf('Officials, “who asked not to be named,” said the talks had failed.');
  t.equal(who(quote(qs, 'the talks had failed')), 'anonymous');
});

t.test('"X accused Y of ... and said": the second verb is X\'s, not Y\'s', async (t) => {
  const qs = quotesOf(
    'Sindh irrigation minister Jam Khan Shoro accused the Indus River System Authority of short-changing the province and said the shortage had reached 40 per cent.',
  );
  t.equal(who(quote(qs, 'the shortage')), 'person:Jam Khan Shoro');
});

t.test("a clause-final cue after a cue that reports nothing: the whole clause is the later source's", async (t) => {
  const qs = quotesOf(
    'The Monetary Policy Committee had noted a “significant decline” in inflation, said Governor Nadeem Akhtar Abbasi. The bank said it would act, the minister said.',
  );
  t.equal(quote(qs, 'The Monetary Policy').text, 'The Monetary Policy Committee had noted a “significant decline” in inflation');
  t.equal(who(quote(qs, 'The Monetary Policy')), 'person:Nadeem Akhtar Abbasi');
  t.equal(who(quote(qs, 'significant decline')), 'person:Nadeem Akhtar Abbasi');
  t.equal(quote(qs, 'it would act').speaker?.mention, 'The bank', 'an earlier cue that reports keeps its own source');
});

t.test('a clause-final cue that needs "that" elsewhere ("..., Mehmood warned.")', async (t) => {
  const qs = quotesOf(
    '“The cut is overdue,” said Sajid Mehmood, an economist in Islamabad. Keeping rates too high for too long could choke credit, Mehmood warned.',
  );
  t.equal(who(quote(qs, 'Keeping rates')), 'person:Sajid Mehmood');
});

t.test('a cue whose source opens another cue’s content is part of that reported speech', async (t) => {
  const qs = quotesOf(
    'SBP Governor Nadeem Akhtar Abbasi said the Monetary Policy Committee had noted that inflation was falling. ' +
      'Ali Khan Raza told: the committee said rates would fall.',
  );
  t.equal(who(quote(qs, 'the Monetary Policy Committee had noted that')), 'person:Nadeem Akhtar Abbasi');
  t.equal(qs.filter((q) => q.text.startsWith('inflation was')).length, 0);
  t.equal(who(quote(qs, 'rates would fall')), 'organization:Monetary Policy Committee', 'a cue that reports nothing takes nothing over');
  const according = quotesOf(
    'According to a handout issued later, Adviser Zafar Iqbal Marri told the participants that attacks had been foiled.',
  );
  t.equal(who(quote(according, 'attacks had been')), 'person:Zafar Iqbal Marri', '"according to" is no reporting verb of a nested clause');
  const warned = quotesOf('The analyst Ali Khan Raza warned the committee said rates would fall.');
  t.equal(who(quote(warned, 'rates would fall')), 'organization:committee', '"warned" needs "that" to report a clause');
});

t.test('a cue after "that is why" is a complement inside the reported clause, and its source no antecedent', async (t) => {
  const qs = quotesOf(
    'Interior Secretary Kamran Latif Bhatti met reporters on Monday. He said the province had missed the deadline and that is why ' +
      'Chief Minister Rafiq Anwar Gill announced that the polls would be delayed.\n\nHe said the cabinet would meet next week. ' +
      'Analysts asked how the minister said prices would fall.',
  );
  t.equal(quote(qs, 'the province').text.endsWith('the polls would be delayed'), true, 'the first clause runs over the complement');
  t.equal(who(quote(qs, 'the province')), 'person:Kamran Latif Bhatti');
  t.equal(quote(qs, 'the polls').speaker?.mention, 'Chief Minister Rafiq Anwar Gill');
  t.equal(who(quote(qs, 'the polls')), 'person:Rafiq Anwar Gill');
  t.equal(who(quote(qs, 'the cabinet')), 'person:Kamran Latif Bhatti', 'the next "he" is the main speaker, not the one he reported');
  t.equal(quote(qs, 'prices would').speaker?.mention, 'the minister', '"how" opens a clause too');
});

t.test('a second cue after "but" keeps the subject of the first', async (t) => {
  const qs = quotesOf(
    'Economist Dr Sajid Mehmood argued that the SBP had been right to be cautious, but warned that high rates could choke credit.',
  );
  t.equal(who(quote(qs, 'the SBP had been')), 'person:Sajid Mehmood');
  t.equal(who(quote(qs, 'high rates could')), 'person:Sajid Mehmood');
});

t.test('a clause-final cue after "in a statement posted on its website" reports the clause before it', async (t) => {
  const qs = quotesOf(
    'The Foreign Ministry met. The envoy was called in on Tuesday night, the ministry said in a statement posted on its website.',
  );
  t.equal(who(quote(qs, 'The envoy was called in')), 'organization:Foreign Ministry');
  t.equal(quote(qs, 'The envoy was called in').text, 'The envoy was called in on Tuesday night');
});

t.test('a participle that reports nothing still ends the clause before it', async (t) => {
  const qs = quotesOf(
    'The party said on Tuesday it would boycott the elections, accusing the government of bias, while the commission insisted the polls would go ahead.',
  );
  t.ok(qs.some((q) => q.text === 'it would boycott the elections'));
  t.ok(qs.some((q) => q.text === 'the polls would go ahead'));
});

t.test('"according to X, who asked not to be named": the relative clause is about the source, the report is before', async (t) => {
  const qs = quotesOf(
    'The request was made in a letter last month, according to two of the sources, who asked not to be named because the talks are private.',
  );
  t.equal(quote(qs, 'The request').text, 'The request was made in a letter last month');
  t.equal(who(quote(qs, 'The request')), 'anonymous');
  t.equal(qs.length, 1, 'nothing reported after the source');
});

t.test('"adding to" is no cue', async (t) => {
  const qs = quotesOf('A trader said cargoes were likely to be resold, adding to pressure on prices that have already slipped this year.');
  t.equal(qs.length, 1);
  t.equal(quote(qs, 'cargoes were').type, 'indirect');
});

t.test('"but" before the speaker\'s next act ends the reported clause, as "and" does', async (t) => {
  const qs = quotesOf(
    'Oxfam said the money was a start but called on wealthy countries to deliver on the fund. ' +
      'Director General Subrat Kumar Mishra said relief was expected from May 26, but ruled out any drop in night temperatures.',
  );
  t.equal(quote(qs, 'the money').text, 'the money was a start');
  t.equal(quote(qs, 'relief was').text, 'relief was expected from May 26');
});

t.test('"ruled that" reports a ruling', async (t) => {
  const qs = quotesOf(
    'The Supreme Election Council (YSK) ruled late on Wednesday that irregularities were serious enough to cancel the result. The ruling stands.',
  );
  t.equal(quote(qs, 'irregularities').text, 'irregularities were serious enough to cancel the result');
  t.equal(who(quote(qs, 'irregularities')), 'organization:Supreme Election Council');
  t.equal(qs.length, 1);
});

t.test('"X said this while ...": the sentence before is what X said', async (t) => {
  const qs = quotesOf(
    'KARACHI: The province will import 200,000 tonnes of wheat before the harvest.\n\n' +
      'Sindh Food Minister Dr Anwar Hussain Thursday said this while addressing a seminar here. He said prices would fall.',
  );
  t.equal(who(quote(qs, 'The province will import')), 'person:Anwar Hussain');
  t.equal(who(quote(qs, 'prices would fall')), 'person:Anwar Hussain');
  const clause = quotesOf('Rain fell all week. The mayor Imran Ali said this is a warning for the city.');
  t.notOk(
    clause.some((q) => q.text.startsWith('Rain fell')),
    '"this" opening a clause is no object',
  );
  t.equal(quote(clause, 'this is a warning').type, 'indirect');
  const reported = quotesOf('The minister said the dam was safe. Engineer Saima Khan said this on Monday.');
  t.equal(reported.filter((q) => q.text.startsWith('the dam was safe')).length, 1, 'a sentence reported already is not taken twice');
  t.equal(quotesOf('Engineer Saima Khan said this on Monday.').length, 0, 'nothing before it');
});

t.test('base forms of reporting verbs: "critics say", "officials note that"; a noun is no cue', async (t) => {
  const qs = quotesOf(
    'Critics say the levy will hurt small traders. Officials note that exports rose in May. The clerk left a note for the minister.',
  );
  t.equal(quote(qs, 'the levy will').text, 'the levy will hurt small traders');
  t.equal(who(quote(qs, 'the levy will')), 'anonymous');
  t.equal(quote(qs, 'exports rose').type, 'indirect');
  t.notOk(
    qs.some((q) => q.text.includes('minister')),
    '"a note" is a noun',
  );
});

t.test('a negated cue reports nothing; a relative clause whose subject moved out reports its predicate', async (t) => {
  const qs = quotesOf('Finance Minister Rehana Malik did not say when the talks would resume. She has never said that the tax was fair.');
  t.equal(qs.length, 0);
  const relative = quotesOf(
    'President Daniel Moyo on Monday defended a budget that unions say will raise prices, insisting the new levies were needed to repay debt.',
  );
  t.equal(who(quote(relative, 'the new levies')), 'person:Daniel Moyo', 'the president insists, not the unions');
  t.equal(quote(relative, 'will raise').text, 'will raise prices', 'up to the comma that ends the relative');
  t.equal(who(quote(relative, 'will raise')), 'anonymous', 'the unions');
  const boat = quotesOf(
    'Coast guard chief Amara Diallo spoke on Monday. A trawler, which two fishermen said had been towing the boat, sank. The fine is a cost that Diallo said in March could take months to pay.',
  );
  t.equal(quote(boat, 'had been').text, 'had been towing the boat');
  t.equal(who(quote(boat, 'had been')), 'anonymous', 'the fishermen, not the trawler');
  t.equal(quote(boat, 'could take').text, 'could take months to pay', 'after an adverbial of time');
  t.equal(who(quote(boat, 'could take')), 'person:Amara Diallo');
  // ("what he said was": a free relative, no subject of its own before the cue)
  t.notOk(quotesOf('She cited what he said was a breach of trust.').some((q) => q.text.startsWith('was')));
  const noun = quotesOf('The Textile Council on Monday lamented the rise in tariffs, which it said would close mills.');
  t.equal(quote(noun, 'would close').text, 'would close mills', 'no clause of the outer cue runs over the relative');
  t.equal(who(quote(noun, 'would close')), 'organization:Textile Council');
});

t.test('a verb that needs "that" reports a clause opening with a subject pronoun and its verb', async (t) => {
  const qs = quotesOf('The Health Ministry announced on Tuesday it would close schools. The minister announced the plan at noon.');
  t.equal(quote(qs, 'it would close').text, 'it would close schools');
  t.equal(who(quote(qs, 'it would close')), 'organization:Health Ministry');
  t.notOk(
    qs.some((q) => q.text.startsWith('the plan')),
    'a noun phrase after "announced" is no quote',
  );
});

t.test('"hastened to add that": the subject before the main verb says it; "refused to say" says nothing', async (t) => {
  const qs = quotesOf(
    'Interior Minister Tahir Abbas spoke first. He, however, hastened to add that the party was united. He refused to say whether he would resign.',
  );
  t.equal(who(quote(qs, 'the party was united')), 'person:Tahir Abbas');
  t.equal(quote(qs, 'the party was united').cue, 'hastened to add');
  t.notOk(qs.some((q) => q.text.includes('resign')));
});

t.test('a "that" after a clause of its own, or as a pronoun, does not open the content', async (t) => {
  const qs = quotesOf(
    'Customs officer Bilal Shah said the new rules simplified the paperwork that slowed trucks. He said that was a relief for traders.',
  );
  t.equal(quote(qs, 'the new rules').text, 'the new rules simplified the paperwork that slowed trucks');
  t.equal(quote(qs, 'that was a relief').text, 'that was a relief for traders');
});

t.test('"that" after a preposition is a determiner: "At that time, ..., he claimed" is a clause', async (t) => {
  const qs = quotesOf('Adviser Karim Uddin spoke on Sunday. At that time, most of the suspects fled the country, he claimed.');
  t.equal(quote(qs, 'At that time').text, 'At that time, most of the suspects fled the country');
  t.equal(who(quote(qs, 'At that time')), 'person:Karim Uddin');
});

t.test('clause-final "told state television" and "were quoted as saying"; a progressive "has been saying that"', async (t) => {
  const qs = quotesOf(
    'Police spokesman Tendai Moyo spoke on Sunday. Three officers were treated for injuries, Moyo told state television. ' +
      'The lawyer was also beaten when he tried to help, witnesses were quoted as saying. Since then, Mr Moyo has been consistently saying that the march was illegal.',
  );
  t.equal(who(quote(qs, 'Three officers')), 'person:Tendai Moyo');
  t.equal(quote(qs, 'The lawyer was').text, 'The lawyer was also beaten when he tried to help');
  t.equal(who(quote(qs, 'The lawyer was')), 'anonymous');
  t.equal(quote(qs, 'the march was').text, 'the march was illegal');
  t.equal(who(quote(qs, 'the march was')), 'person:Tendai Moyo');
});

t.test('a full stop with no space after it still ends a sentence (scraped pages)', async (t) => {
  const qs = quotesOf(
    'Officials said the plant was safe.However, Minister Sara Malik said the rumours were false. The U.S.Army said nothing.',
  );
  t.equal(quote(qs, 'the plant was safe').text, 'the plant was safe');
  t.equal(who(quote(qs, 'the rumours were false')), 'person:Sara Malik');
});

t.test('pleas and briefings to the bench: submitted, apprised, reassured', async (t) => {
  const qs = quotesOf(
    'ISLAMABAD: Deputy Attorney General Farah Naz Kiani submitted that the ministry had not received the file. ' +
      'She apprised the court that a reply would be filed within a week, and she reassured the parties that no date would lapse.',
  );
  const cues = Object.fromEntries(qs.map((q) => [q.text, `${q.cue} ${who(q)}`]));
  t.same(cues, {
    'the ministry had not received the file': 'submitted person:Farah Naz Kiani',
    'a reply would be filed within a week': 'apprised person:Farah Naz Kiani',
    'no date would lapse': 'reassured person:Farah Naz Kiani',
  });
  t.notOk(quotesOf('KARACHI: The board answered the questions of the auditors on Monday.').length, 'a noun-phrase object is no quote');
});

t.test('"X said Y and accused Z of ...": a second cue with nothing reported ends the clause, not the quote', async (t) => {
  const qs = quotesOf('In a video posted online, Rafael Mendez said soldiers were firing at the house and accused them of lying.');
  t.equal(quote(qs, 'soldiers were').text, 'soldiers were firing at the house');
  t.equal(who(quote(qs, 'soldiers were')), 'person:Rafael Mendez');
});

t.test('"regretted that", "deplored that": verbs of comment report with "that" only', async (t) => {
  const qs = quotesOf(
    'Interior Minister Naveed Akhtar Cheema regretted that some groups had attacked the police. He regretted the delay and deplored that the talks had stalled.',
  );
  t.equal(who(quote(qs, 'some groups')), 'person:Naveed Akhtar Cheema');
  t.equal(quote(qs, 'the talks had').text, 'the talks had stalled');
  t.notOk(
    qs.some((q) => q.text.startsWith('the delay')),
    'a noun phrase after the verb is no quote',
  );
});

t.test('"said in a statement carried by X that": a participle after the document is no clause of its own', async (t) => {
  const qs = quotesOf(
    'Deputy Minister Han Sol Mi said in a statement carried by the state news agency that the exercises were provocative. ' +
      'Economist Rhea Valdez wrote in an op-ed published Tuesday that rates would stay high.',
  );
  t.equal(who(quote(qs, 'the exercises were')), 'person:Han Sol Mi');
  t.equal(quote(qs, 'the exercises were').text, 'the exercises were provocative');
  t.equal(who(quote(qs, 'rates would stay')), 'person:Rhea Valdez');
});

t.test('"When X asked, ..., Y smiled and said": the subordinate clause’s subject is not the one who said', async (t) => {
  const qs = quotesOf(
    'When a reporter asked, “Will you resign?”, Mr Haroon Baig laughed and said the question was premature. ' +
      'Asma Rafiq Khan thanked the donors and said the schools would reopen soon.',
  );
  t.equal(who(quote(qs, 'the question was')), 'person:Haroon Baig');
  t.equal(who(quote(qs, 'the schools would')), 'person:Asma Rafiq Khan');
});

t.test('a relative clause in the subject of the content does not hide its main verb', async (t) => {
  const qs = quotesOf(
    'Chief Minister Arif Nawaz Soomro said districts which had met their targets would get more funds. ' +
      'The settlement, which still needs a court’s approval, would end the dispute, the two lawyers said. ' +
      'Soomro said the scheme which was launched in March.',
  );
  t.equal(quote(qs, 'districts which').text, 'districts which had met their targets would get more funds');
  t.equal(who(quote(qs, 'districts which')), 'person:Arif Nawaz Soomro');
  t.equal(who(quote(qs, 'The settlement')), 'anonymous');
  t.notOk(
    qs.some((q) => q.text.startsWith('the scheme which')),
    'no main verb after the relative clause: no reported clause',
  );
});

t.test('an aside between commas before "that" is none of the verb’s arguments', async (t) => {
  const qs = quotesOf(
    'Irrigation Minister Sabir Hussain Leghari denied any theft. He conceded, however, that the barrage needed repairs. ' +
      'Leghari added, for his part, that funds were short.',
  );
  t.equal(quote(qs, 'the barrage needed').text, 'the barrage needed repairs');
  t.equal(who(quote(qs, 'the barrage needed')), 'person:Sabir Hussain Leghari');
  t.equal(who(quote(qs, 'funds were short')), 'person:Sabir Hussain Leghari');
});

t.test('a negated modal is a finite verb: "cannot" and "can\'t" make the clause before ", he added"', async (t) => {
  const qs = quotesOf(
    'The minister spoke to reporters in Lahore. The province cannot pay the salaries before June, he added. ' +
      "The banks can't lend more this year, she said.",
  );
  t.equal(quote(qs, 'The province cannot').text, 'The province cannot pay the salaries before June');
  t.equal(quote(qs, 'The banks').text, "The banks can't lend more this year");
});

t.test('a typeset apostrophe spells the same contraction: "can’t", "don’t" make a clause', async (t) => {
  const qs = quotesOf('The board can’t meet before May, said Judge Rina Dovan. Farmers don’t trust the scheme, she added.');
  t.equal(quote(qs, 'The board').text, 'The board can’t meet before May');
  t.equal(quote(qs, 'Farmers').text, 'Farmers don’t trust the scheme');
});

t.test('clause-final "told": an adverbial after the recipient, a date in brackets after the day', async (t) => {
  const qs = quotesOf(
    'Nine fishermen, all from one village, were rescued near the port, a coast guard officer told Reuters on Sunday. ' +
      'The pass has reopened to traffic, to help the traders, an official said Tuesday (May 4).',
  );
  t.equal(quote(qs, 'Nine fishermen').text, 'Nine fishermen, all from one village, were rescued near the port');
  t.equal(who(quote(qs, 'Nine fishermen')), 'anonymous');
  t.equal(quote(qs, 'The pass').text, 'The pass has reopened to traffic, to help the traders');
});

t.test('inverted clause-final cue: an initial in the name, a long title with commas', async (t) => {
  const qs = quotesOf(
    'The state will buy all the wheat grown this year, affirmed Minister for Food, Trade and Industry, K. Ravi Menon, on Monday.',
  );
  t.equal(quote(qs, 'The state will').text, 'The state will buy all the wheat grown this year');
});

t.test("a clause-final cue followed by the same speaker's next act still reports the clause before it", async (t) => {
  const qs = quotesOf(
    'Interior Minister Tariq Hameed Bhatti visited the camp. Nothing matters more than the safety of the displaced families, he stressed and added that food stocks would last a month. The roads would reopen by Friday, he said, adding: “Our teams are working day and night.” Mr Bhatti, the statement said, toured the camp and informed the elders that tents had arrived.',
  );
  t.equal(quote(qs, 'Nothing matters').text, 'Nothing matters more than the safety of the displaced families');
  t.equal(who(quote(qs, 'Nothing matters')), 'person:Tariq Hameed Bhatti');
  t.equal(quote(qs, 'food stocks').text, 'food stocks would last a month');
  t.equal(quote(qs, 'The roads').text, 'The roads would reopen by Friday');
  t.equal(who(quote(qs, 'The roads')), 'person:Tariq Hameed Bhatti');
  // words of another clause between the cue and the next act: a parenthetical, no clause-final report
  t.notOk(qs.some((q) => q.text.startsWith('Mr Bhatti')));
});

t.test('a comma between a cue and a clause in lower case does not hide the content', async (t) => {
  const qs = quotesOf(
    'Interior Minister Tariq Hameed Bhatti visited the camp. He said, no one would be allowed to disturb the peace. He denied the charges, adding, he had never met the contractor. He said, while touring the camp, he was hopeful. The roads, he said, were closed.',
  );
  t.equal(quote(qs, 'no one').text, 'no one would be allowed to disturb the peace');
  t.equal(who(quote(qs, 'no one')), 'person:Tariq Hameed Bhatti');
  t.equal(quote(qs, 'he had never').text, 'he had never met the contractor');
  // a subordinate clause after the comma is no content; a cue after a subject further on stays parenthetical
  t.notOk(qs.some((q) => q.text.startsWith('while')));
  t.equal(quote(qs, 'The roads').text, 'The roads, he said, were closed');
});

t.test('"expressed (the) hope that": a noun of stance after "expressed" reports the that-clause', async (t) => {
  const qs = quotesOf(
    'LAHORE: Finance Minister Ali Raza Gondal met exporters on Monday.\n\nGondal expressed the government’s confidence that exports would rise this year. He also expressed the hope that the rupee would hold, and left.\n\n“We are ready,” he said, expressing his fears that the talks might stall.',
  );
  t.equal(quote(qs, 'exports would').text, 'exports would rise this year');
  t.equal(who(quote(qs, 'exports would')), 'person:Ali Raza Gondal');
  t.equal(quote(qs, 'the rupee').type, 'indirect');
  t.equal(quote(qs, 'the talks might').text, 'the talks might stall');
  t.equal(who(quote(qs, 'the talks might')), 'person:Ali Raza Gondal');
  // without "that" it is a feeling shown, no reported speech
  t.same(quotesOf('LAHORE: Ali Raza Gondal expressed concern over the prices and the rising costs of fuel.'), []);
});

t.test('"Stressing that X, she said Y": a participle opening the sentence reports X for the main clause’s subject', async (t) => {
  const qs = quotesOf(
    'LAHORE: Chief Minister Sadia Noor Baig opened the school on Friday.\n\nStressing that the province’s funds belonged to its people, she said the past governments had failed them. Insisting that the roads were safe, Baig urged the traders to reopen.\n\nNoting that the rain had stopped, the crowd went home.',
  );
  const x = quote(qs, 'the province’s funds');
  t.equal(x.text, 'the province’s funds belonged to its people');
  t.equal(who(x), 'person:Sadia Noor Baig');
  t.equal(quote(qs, 'the past governments').text, 'the past governments had failed them');
  t.equal(quote(qs, 'the roads were safe').text, 'the roads were safe', 'up to the main clause, whatever its verb reports');
  t.equal(who(quote(qs, 'the roads were safe')), 'person:Sadia Noor Baig');
  // "believes in" takes a noun: no cue inside the opening participle's clause
  const b = quotesOf('Saying that the country believes in free speech, Baig said anyone may write a report.');
  t.equal(who(quote(b, 'the country believes')), 'person:Baig');
  // no cue in the main clause: its subject reports it, up to the comma before it
  t.equal(quote(qs, 'the rain').text, 'the rain had stopped');
  t.equal(who(quote(qs, 'the rain')), 'anonymous', 'the crowd');
  const judges = quotesOf(
    'Pointing out that the stay had been granted by another bench, and that it could not be lifted, the judges wondered why the state was silent.',
  );
  t.equal(quote(judges, 'the stay').text, 'the stay had been granted by another bench, and that it could not be lifted');
  t.equal(who(quote(judges, 'the stay')), 'anonymous');
  // a bare clause after the participle, also after a subordinator
  const bare = quotesOf(
    'Election Commissioner Anisur Rahman met the candidates. Stressing the by-polls were as important as the national vote, he said, "We are ready." While acknowledging it is an issue for exporters, Rahman said the rules stay.',
  );
  t.equal(quote(bare, 'the by-polls').text, 'the by-polls were as important as the national vote');
  t.equal(who(quote(bare, 'the by-polls')), 'person:Anisur Rahman');
  t.equal(quote(bare, 'it is an issue').text, 'it is an issue for exporters');
  t.equal(who(quote(bare, 'it is an issue')), 'person:Anisur Rahman');
  // (a participle with a noun phrase only reports nothing: "Addressing the media, he said")
  t.notOk(quotesOf('Addressing the media in Lahore, the chairman left early.').length);
});

t.test('a phrase in marks right after the cue, with the clause going on after it: the clause and the phrase', async (t) => {
  const qs = quotesOf(
    'LAHORE: Provincial Minister Sadia Noor Baig met traders.\n\nBaig said that “complete development” of the city would be the main issue. She said "fair trade" was the policy of the party. Baig said "We will win." She said that "we are ready" and left.',
  );
  t.equal(quote(qs, '“complete').text, '“complete development” of the city would be the main issue');
  t.equal(quote(qs, '“complete').type, 'indirect');
  t.equal(quote(qs, 'complete development').type, 'direct');
  t.equal(who(quote(qs, 'complete development')), 'person:Sadia Noor Baig');
  t.equal(quote(qs, '"fair trade" was').text, '"fair trade" was the policy of the party');
  t.equal(who(quote(qs, '"fair trade" was')), 'person:Sadia Noor Baig');
  // the quotation is the whole content, or a next act follows it: no reported clause
  t.equal(quote(qs, 'We will win').type, 'direct');
  t.notOk(qs.some((q) => q.type === 'indirect' && /win|ready/.test(q.text)));
});

t.test('a clause-final cue before a subordinate clause holding another cue still reports its clause', async (t) => {
  const qs = quotesOf(
    'KARACHI: Power returned to most of the city by noon, officials said on Monday, even as traders warned that stocks were running low.',
  );
  const first = quote(qs, 'Power returned');
  t.equal(first.text, 'Power returned to most of the city by noon');
  t.equal(who(first), 'anonymous');
  t.equal(quote(qs, 'stocks were').text, 'stocks were running low');
});

t.test('"said this while addressing", "told media while visiting": the object and the adverbial report nothing', async (t) => {
  const qs = quotesOf(
    'KARACHI: Minister Sadia Noor Baig announced that the park would open in May. The minister said this while addressing a ceremony organised by the city council at the arts hall here.\n\nThe river is drying up while farmers wait for rain, Opposition Leader Ali Raza Gondal told media while participating in a rally held outside the water board office. The roads will be repaired, Baig said while visiting the site on Monday. He told her after meeting the traders that prices would fall.',
  );
  t.notOk(
    qs.some((q) => /^(?:this|dia|while)\b/.test(q.text)),
    'no quotation opens at the object or the adverbial',
  );
  const river = quote(qs, 'The river is drying up');
  t.equal(river.text, 'The river is drying up while farmers wait for rain');
  t.equal(who(river), 'person:Ali Raza Gondal');
  t.equal(quote(qs, 'The roads will').text, 'The roads will be repaired');
  t.equal(quote(qs, 'prices would').text, 'prices would fall');
});

t.test('"the Minister said whilst highlighting that X": the participle after "while" is the speaker’s own', async (t) => {
  const long = 'The country has stood by us in hard times and we owe it a great deal. '.repeat(5);
  const qs = quotesOf(
    `COLOMBO: Tourism Minister Ali Raza Gondal spoke in parliament on Friday.\n\n“${long}Those who attack me want to stop such help,” the Minister said whilst highlighting that the neighbour had always been a friend.`,
  );
  const x = quote(qs, 'the neighbour had');
  t.equal(x.text, 'the neighbour had always been a friend');
  t.equal(who(x), 'person:Ali Raza Gondal', 'the source after a long quotation, not inside it');
  // a participle after "while" in the content, with no cue right before it, reports nothing
  const y = quotesOf('The deal, which still needs a vote, would keep spending flat while adding funds for relief, the aides said.');
  t.equal(quote(y, 'The deal').text, 'The deal, which still needs a vote, would keep spending flat while adding funds for relief');
});

t.test('a cue that needs "that" reports a bare clause opening with a short noun phrase and an auxiliary', async (t) => {
  const qs = quotesOf(
    'Senator Ilse Varga spoke in the chamber. Varga warned rural care had become an afterthought. ' +
      'She announced Norland would cap arrivals next year. She denied the charges made by the union were fair.',
  );
  t.equal(quote(qs, 'rural care').text, 'rural care had become an afterthought');
  t.equal(quote(qs, 'Norland would').text, 'Norland would cap arrivals next year');
  t.notOk(
    qs.some((q) => q.text.startsWith('the charges')),
    'a longer phrase, here with a participle and a preposition, may be the object',
  );
  t.notOk(quotesOf('He will explain where the money it had received had gone.').length, 'a wh-word opens no subject');
});

t.test('"agreed", "tweeted" report a "that" clause right after them; "agreed to" and "posting a surplus" nothing', async (t) => {
  const qs = quotesOf(
    'The governor agreed that the levy had hurt small firms. Mayor Ann Ruiz tweeted that the bridge would reopen on Monday. ' +
      'The two sides agreed to expand trade, the ministry said. Exports rose, with the account posting a surplus, the bank said.',
  );
  t.equal(quote(qs, 'the levy').text, 'the levy had hurt small firms');
  t.equal(quote(qs, 'the bridge').text, 'the bridge would reopen on Monday');
  t.equal(quote(qs, 'The two sides').text, 'The two sides agreed to expand trade');
  t.equal(quote(qs, 'Exports rose').text, 'Exports rose, with the account posting a surplus');
});

t.test('"reaffirmed that", "reminded the officers that", "said, that", "said he dreams of"', async (t) => {
  const qs = quotesOf(
    'Envoy Lin Bao said trade would grow and reaffirmed that the two ports would be linked. ' +
      'The chairman reminded the officers that arrears could still be recovered. ' +
      'Dara Kell, head of the water board, said, that the tankers had been fined. ' +
      'One of them, Omar Diallo, said he dreams of playing in Spain.',
  );
  t.equal(quote(qs, 'trade would').text, 'trade would grow');
  t.equal(quote(qs, 'the two ports').text, 'the two ports would be linked');
  t.equal(quote(qs, 'arrears').text, 'arrears could still be recovered');
  t.equal(quote(qs, 'the tankers').text, 'the tankers had been fined');
  t.equal(quote(qs, 'he dreams').text, 'he dreams of playing in Spain');
});

t.test('clause-final cue with a place, time or occasion after it, and media men as the hearers', async (t) => {
  const qs = quotesOf(
    'The ward will open next month, Health Minister Ravi Lal told media men during his visit to the hospital. ' +
      'Tom Ode had served the force for 20 years, the city said in a statement that condemned the killing. ' +
      'The talks had stalled, the envoy said at a news conference.',
  );
  t.equal(quote(qs, 'The ward').text, 'The ward will open next month');
  t.equal(quote(qs, 'Tom Ode').text, 'Tom Ode had served the force for 20 years');
  t.notOk(
    qs.some((q) => q.text.startsWith('condemned')),
    'a past verb and its object after "that" make a relative, no content',
  );
  t.equal(quote(qs, 'The talks').text, 'The talks had stalled');
});

t.test('no clause-final cue after a preposition or inside a number', async (t) => {
  const qs = quotesOf(
    'Floods killed 1,700 people last year, with losses estimated at 30 billion dollars. ' +
      'In 2022, floods killed 1,700 people in the valley and caused damage estimated at 3 billion dollars.',
  );
  t.equal(qs.length, 0);
});

t.test('a "but" before any finite verb: the cue took an object, no clause', async (t) => {
  const qs = quotesOf('Nobody claimed responsibility for the blast but rebel groups have attacked the town before.');
  t.equal(qs.length, 0);
  const ok = quotesOf('Officials said the roads but not the bridges would reopen.');
  t.equal(ok.length, 1, '"but not" coordinates inside the subject');
  t.equal(quotesOf('Officials said the fee would rise.').length, 1);
});

t.test('"briefing", "note" heading a noun phrase are nouns: the content starts after their "that"', async (t) => {
  const qs = quotesOf(
    'Spokeswoman Mei Tan told a regular press briefing that the envoy would return. ' +
      'Press secretary Jo Rhee said at the daily briefing that the bill would pass. ' +
      'Analysts at Norbank said in a research note that rates would fall. ' +
      'The aides briefing the press said the vote was close. The head of the panel notes that costs rose.',
  );
  t.equal(quote(qs, 'the envoy').text, 'the envoy would return');
  t.equal(quote(qs, 'the bill').text, 'the bill would pass');
  t.equal(quote(qs, 'rates would').text, 'rates would fall');
  t.equal(quote(qs, 'the vote').text, 'the vote was close');
  t.equal(quote(qs, 'costs rose').text, 'costs rose');
});

t.test('a pronoun with its verb contracted onto it opens a clause: "said it’s", "insisting they’re"', async (t) => {
  const qs = quotesOf(
    'Premier Ana Sol said it’s a fair plan for the coast. Sol spoke later, insisting they’re ready to build. Sol said it’s.',
  );
  t.equal(quote(qs, 'it’s a fair').text, 'it’s a fair plan for the coast');
  t.equal(quote(qs, 'they’re').text, 'they’re ready to build');
  t.equal(qs.length, 2);
});

t.test('a clause-final cue before "but stressed", before "adding “...”" with no comma; "advised that"', async (t) => {
  const qs = quotesOf(
    'Mayor Ines Pohl spoke in Linz. Schools should stay open all summer, she said, but stressed parents would pay nothing. ' +
      'The river is rising fast, she said adding “We are ready.” She advised that farmers should move their herds.',
  );
  t.equal(quote(qs, 'Schools should').text, 'Schools should stay open all summer');
  t.equal(quote(qs, 'parents would').text, 'parents would pay nothing');
  t.equal(quote(qs, 'The river').text, 'The river is rising fast');
  t.equal(who(quote(qs, 'We are ready')), 'person:Ines Pohl');
  t.equal(quote(qs, 'farmers should').text, 'farmers should move their herds');
  t.notOk(qs.some((q) => q.text.startsWith('adding')));
});

t.test('a clause-final cue followed by the speaker’s next act', async (t) => {
  const qs = quotesOf('The council built on the land without any permission, the residents alleged and sought a stay on the work.');
  t.equal(quote(qs, 'The council').text, 'The council built on the land without any permission');
  t.notOk(qs.some((q) => q.text.includes('sought')));
});

t.test('reported speech that tells of another’s telling gives the inner quote too', async (t) => {
  let qs = quotesOf('Reporter Ana Costa said a witness had told her the man was holding a bag.');
  t.equal(quote(qs, 'a witness had told').text, 'a witness had told her the man was holding a bag');
  t.equal(quote(qs, 'the man was').text, 'the man was holding a bag');
  t.equal(who(quote(qs, 'the man was')), 'anonymous');
  // a stance or a forecast is no act of telling: the outer clause alone
  qs = quotesOf('Minister Ali Khan said the weather office had forecast heavy rain in the north.');
  t.equal(qs.length, 1);
  // another's saying is one
  qs = quotesOf('Senator Murad Saeed said that Chief Minister Ali Khan had said that the province was breaking apart.');
  t.equal(quote(qs, 'Chief Minister').text, 'Chief Minister Ali Khan had said that the province was breaking apart');
  t.equal(who(quote(qs, 'the province')), 'person:Ali Khan');
  // so is another's mentioning or stating
  qs = quotesOf('A clerk said the judge also mentioned that the hearing would resume in May.');
  t.equal(quote(qs, 'the hearing').text, 'the hearing would resume in May');
  t.equal(who(quote(qs, 'the hearing')), 'anonymous');
  // a participle reports the other's telling as a verb does
  qs = quotesOf('Mayor Lina Park asked for calm, saying engineers claimed the bridge was safe.');
  t.equal(quote(qs, 'engineers').text, 'engineers claimed the bridge was safe');
  t.equal(who(quote(qs, 'engineers')), 'person:Lina Park');
  t.equal(who(quote(qs, 'the bridge')), 'anonymous');
  // the speaker's own earlier telling is one report
  qs = quotesOf('Mayor Lina Park spoke briefly, saying she told the council the bridge was safe.');
  t.equal(qs.length, 1);
  t.equal(quote(qs, 'she told').text, 'she told the council the bridge was safe');
});

t.test('a passive of telling reports its "that" clause from an unnamed teller', async (t) => {
  let qs = quotesOf('The committee was informed in a briefing on Monday that the dam would be finished by June.');
  t.equal(quote(qs, 'the dam').text, 'the dam would be finished by June');
  t.equal(who(quote(qs, 'the dam')), 'anonymous');
  // an infinitive after it is an order, no speech reported
  qs = quotesOf('The residents were told to leave the area before noon.');
  t.equal(qs.length, 0);
});

t.test('frames of reporting: "viewed that", "made it clear that", "by saying that", an adverbial aside before "that"', async (t) => {
  let qs = quotesOf('Minister Hari Rai viewed that the new road would help trade.');
  t.equal(quote(qs, 'the new road').text, 'the new road would help trade');
  qs = quotesOf('All three provinces should work together on tourism, Minister Hari Rai viewed.');
  t.equal(quote(qs, 'All three').text, 'All three provinces should work together on tourism');
  qs = quotesOf('The views of the public were heard at length.');
  t.equal(qs.length, 0);
  qs = quotesOf('Chairman Ali Shah made it clear that the scheme will not be withdrawn.');
  t.equal(quote(qs, 'the scheme').text, 'the scheme will not be withdrawn');
  qs = quotesOf('Minister Ali Shah praised the staff by saying that the drive was well run.');
  t.equal(quote(qs, 'the drive').text, 'the drive was well run');
  qs = quotesOf('Minister Ali Shah was criticised for saying that the poll was rigged.');
  t.equal(qs.length, 0);
  qs = quotesOf('The court remarked, while hearing the petition on Monday, that it would seek guidance.');
  t.equal(quote(qs, 'it would seek').text, 'it would seek guidance');
});

t.test('a cue in a relative clause set off by commas reports up to its closing comma', async (t) => {
  let qs = quotesOf('Mayor Tom Reid, who said the budget was tight, approved the plan on Monday.');
  t.equal(quote(qs, 'the budget').text, 'the budget was tight');
  // the main clause's own cue takes the antecedent as its speaker
  qs = quotesOf('Mayor Tom Reid, who said the budget was "very tight", warned that taxes would rise.');
  t.equal(quote(qs, 'the budget').text, 'the budget was "very tight"');
  t.equal(who(quote(qs, 'taxes would')), 'person:Tom Reid');
  // a relative inside the content closes at its own comma
  qs = quotesOf('Mayor Tom Reid, who said the talks, which began in May, had failed, left the city.');
  t.equal(quote(qs, 'the talks').text, 'the talks, which began in May, had failed');
});

t.test('"said according to X, ...": the source named inside is no act of telling, the outer clause stays whole', async (t) => {
  const qs = quotesOf('Minister Ali Khan said according to police, the man had fled.');
  t.same(
    qs.map((q) => q.text),
    ['according to police, the man had fled'],
  );
});

t.test('directives and wishes report the "that" clause right after them, a bare subjunctive included', async (t) => {
  let qs = quotesOf('Chief Secretary Ali Shah ordered that the drains be cleaned within a week.');
  t.equal(quote(qs, 'the drains').text, 'the drains be cleaned within a week');
  t.equal(who(quote(qs, 'the drains')), 'person:Ali Shah');
  qs = quotesOf('The lawyer Sara Khan objected to the plea, requesting that it be dismissed.');
  t.equal(quote(qs, 'it be').text, 'it be dismissed');
  qs = quotesOf('Minister Hari Rai hoped that the talks would resume soon.');
  t.equal(quote(qs, 'the talks').text, 'the talks would resume soon');
  // with any other object they tell of an act: no content, and the source phrase stays whole
  qs = quotesOf('Minister Hari Rai directed the police to act and hoped the rain would stop.');
  t.equal(qs.length, 0);
  qs = quotesOf('A senior official who requested anonymity said the talks had failed.');
  t.equal(quote(qs, 'the talks').speaker?.mention, 'A senior official who requested anonymity');
  qs = quotesOf('Prices rose in order that the mills would stay open, and hopes that talks would resume faded.');
  t.equal(qs.length, 0);
});

t.test('"X said this while ..." after "according to" and a cue right after "as" report nothing of their own', async (t) => {
  let qs = quotesOf('According to an official handout, the minister said this while visiting Quetta.');
  t.equal(qs.length, 0);
  qs = quotesOf('The committee agreed the rate should rise, as indicated in the last statement.');
  t.equal(qs.length, 0);
  qs = quotesOf('The dam will be built, as promised by the minister.');
  t.equal(qs.length, 0);
  // "as saying" is still a cue of its own kind
  qs = quotesOf('Governor Ali Shah was quoted as saying the rate would rise.');
  t.equal(quote(qs, 'the rate').text, 'the rate would rise');
});

t.test("a clause-final cue after another cue's speech is a frame: it reports the stretch, the speech kept inside", async (t) => {
  let qs = quotesOf('Minister Ali Shah said that the scheme will not be withdrawn, City News reported on Friday.');
  t.equal(quote(qs, 'the scheme').text, 'the scheme will not be withdrawn');
  t.equal(quote(qs, 'Minister').text, 'Minister Ali Shah said that the scheme will not be withdrawn');
  t.equal(who(quote(qs, 'Minister')), 'organization:City News');
  t.equal(qs.length, 2);
  qs = quotesOf('Farmers said the canal was dry, the minister added.');
  t.equal(quote(qs, 'Farmers').text, 'Farmers said the canal was dry');
  t.equal(who(quote(qs, 'the canal')), 'anonymous');
  qs = quotesOf('The target has been met, said Ali Shah, the food minister, City News reported.');
  t.equal(quote(qs, 'The target has been met').text, 'The target has been met');
  t.equal(who(quote(qs, 'The target has been met')), 'person:Ali Shah');
  // a parenthetical cue inside the speech, and an "as" clause, are no frames
  qs = quotesOf('Minister Ali Shah said that the road, which, he said, was old, would be rebuilt.');
  t.match(quote(qs, 'the road').text, /would be rebuilt$/);
  qs = quotesOf('Minister Ali Shah said that no fraud was found, as the president has alleged.');
  t.equal(quote(qs, 'no fraud').text, 'no fraud was found, as the president has alleged');
  // a participle set off is the subject's next act: its speech ends at the frame's comma, in marks or not
  qs = quotesOf('The warden turned down the visit, saying the roads were shut, two guards told City News.');
  t.equal(quote(qs, 'The warden').text, 'The warden turned down the visit, saying the roads were shut');
  t.equal(who(quote(qs, 'The warden')), 'anonymous');
  t.equal(quote(qs, 'the roads').text, 'the roads were shut');
  qs = quotesOf('The warden turned down the visit, saying that “the roads are shut,” two guards said.');
  t.equal(quote(qs, 'The warden').text, 'The warden turned down the visit, saying that “the roads are shut');
});

t.test('"underscored that" reports as "underlined that" does; with a noun object it reports nothing', async (t) => {
  let qs = quotesOf('The commission underscored that agents who disrupt the count will be removed.');
  t.equal(quote(qs, 'agents').text, 'agents who disrupt the count will be removed');
  qs = quotesOf('Minister Ali Shah underscored the need for calm, underscoring the risks.');
  t.equal(qs.length, 0);
});

t.test('"the court heard" reports as "was told" does; a cue set off after "but" reports the clause it opens', async (t) => {
  let qs = quotesOf('The court heard he had bought the guns online.');
  t.equal(quote(qs, 'he had').text, 'he had bought the guns online');
  t.equal(who(quote(qs, 'he had')), 'anonymous');
  qs = quotesOf('A driver hit a parked car after six pints, a court heard.');
  t.equal(quote(qs, 'A driver').text, 'A driver hit a parked car after six pints');
  qs = quotesOf('The jury heard evidence from two officers.');
  t.equal(qs.length, 0);
  qs = quotesOf('The court heard he had tried to check the law but, Judge Mary Lane said, those inquiries had failed.');
  t.equal(quote(qs, 'he had').text, 'he had tried to check the law');
  t.equal(quote(qs, 'those').text, 'those inquiries had failed');
  t.equal(who(quote(qs, 'those')), 'person:Mary Lane');
});

t.test('a clause with no "that" after a cue that needs one: a short subject, a preposition in it or not', async (t) => {
  let qs = quotesOf('The meeting was told he had tried to buy land.');
  t.equal(quote(qs, 'he had').text, 'he had tried to buy land');
  qs = quotesOf('Prime Minister Ali Shah indicated a visit to Beijing was likely next year.');
  t.equal(quote(qs, 'a visit').text, 'a visit to Beijing was likely next year');
  // (a relative in the phrase makes it the object: "denied the charges that were filed")
  qs = quotesOf('Minister Ali Shah denied the charges that were filed.');
  t.equal(qs.length, 0);
});

t.test('a parenthetical "he said" whose closing comma was left out reports the whole sentence', async (t) => {
  let qs = quotesOf('Minister Ali Shah spoke on Monday. The province, he said could meet its target this year.');
  t.equal(quote(qs, 'The province').text, 'The province, he said could meet its target this year');
  t.equal(who(quote(qs, 'The province')), 'person:Ali Shah');
  // a past form after the cue as well as an auxiliary
  qs = quotesOf('Minister Ali Shah spoke on Monday. Forty mills closed. This, he said resulted in the loss of jobs.');
  t.equal(quote(qs, 'This').text, 'This, he said resulted in the loss of jobs');
  t.equal(who(quote(qs, 'This')), 'person:Ali Shah');
  // a relative's cue has no comma and pronoun before it: it reports its predicate, not the sentence
  qs = quotesOf('It is a bill that critics say will raise prices.');
  t.same(
    qs.map((q) => q.text),
    ['will raise prices'],
  );
});

t.test('"expressed these views while ..." stands for what was said before, as "said this" does', async (t) => {
  let qs = quotesOf(
    'Minister Ali Shah spoke at the ceremony. Polio will be wiped out by next year. He expressed these views while addressing students.',
  );
  t.equal(quote(qs, 'Polio').text, 'Polio will be wiped out by next year');
  t.equal(who(quote(qs, 'Polio')), 'person:Ali Shah');
  qs = quotesOf(
    'The port can earn $850 million, Minister Ali Shah said. The minister made these remarks during a meeting, according to a statement.',
  );
  t.equal(qs.length, 1);
  qs = quotesOf('Minister Ali Shah expressed these views in the tweet that the target had been met, he concluded.');
  t.equal(quote(qs, 'the target').text, 'the target had been met');
  // (the "that" clause of another noun is not the frame's)
  qs = quotesOf('Minister Ali Shah said the port was ready. He made his comments in light of fears that the talks had failed.');
  t.same(
    qs.map((q) => q.text),
    ['the port was ready'],
  );
});

t.test('a clause-final cue before ", but he added that": two acts, each reporting its own clause', async (t) => {
  const qs = quotesOf(
    'The crisis has prompted a review of the plan, the minister said yesterday, but he emphasised that most goals would be met.',
  );
  t.same(
    qs.map((q) => [q.text, q.speaker?.mention]),
    [
      ['The crisis has prompted a review of the plan', 'the minister'],
      ['most goals would be met', 'he'],
    ],
  );
  const bare = quotesOf('The crisis has prompted a review of the plan, the minister said, but he added that most goals would be met.');
  t.same(
    bare.map((q) => q.text),
    ['The crisis has prompted a review of the plan', 'most goals would be met'],
  );
  // the same subject's second act ("and also added") is no clause of its own
  const same = quotesOf('The crisis has prompted a review, the minister said, and also added that most goals would be met.');
  t.same(
    same.map((q) => q.speaker?.mention),
    ['the minister', 'the minister'],
  );
});

t.test('to claim lives is to take them: no cue, unless the lives open a clause', async (t) => {
  t.same(quotesOf('Floods on Friday claimed 192 lives, with 30 people still reported missing.'), []);
  t.same(quotesOf('The storm claimed the lives of 12 fishermen.'), []);
  t.equal(quote(quotesOf('Officials claimed lives were saved by the warning.'), 'lives').text, 'lives were saved by the warning');
});

t.test('"said that, even during ..., he was": the content starts after the complementizer and its comma', async (t) => {
  t.equal(
    quote(quotesOf('Oli said that, even during his absence, he was in touch with the agencies.'), 'even').text,
    'even during his absence, he was in touch with the agencies',
  );
  // "that" as the verb's object, before a conjunction or another verb, opens no content
  t.notOk(quotesOf('He said that, too, and the meeting ended.').some((q) => q.text.startsWith('too')));
  t.notOk(quotesOf('She commented, adding that, termed it as wrong and unjust.').some((q) => q.text.startsWith('termed')));
});

t.test('"..., said X, adding that ...": the inverted cue reports the clause before it, the participle what follows', async (t) => {
  for (const source of ['the governor', 'Ali Khan, the governor']) {
    const quotes = quotesOf(`The rate is now stable, said ${source}, adding that they were feeling some relief.`);
    t.same(
      quotes.map((q) => q.text),
      ['The rate is now stable', 'they were feeling some relief'],
    );
  }
  // an inverted pronoun with its clause after it is still the cue's content
  t.equal(quote(quotesOf('One of them, Ali Khan, said he dreams of playing in Europe.'), 'he').text, 'he dreams of playing in Europe');
});

t.test('"according to" a norm or "details" names no source; up to the next cue’s subject is no clause', async (t) => {
  t.same(quotesOf('All tools are available in the buses according to the safety and international standards.'), []);
  t.same(quotesOf('According to details, the hostages were abducted a month ago.'), []);
  t.equal(quote(quotesOf('The toll rose to ten, according to the police.'), 'The toll').text, 'The toll rose to ten');
  const framed = quotesOf('According to sources, the Prime Minister while talking to Ali Khan said that the roads should be built.');
  t.same(
    framed.map((q) => [q.text, q.speaker?.mention]),
    [['the roads should be built', 'the Prime Minister']],
  );
});

t.test('"that" after a preposition is a pronoun, no relative: the clause before a final cue is still one', async (t) => {
  const quotes = quotesOf('Besides that, three bodies, including that of a child, were recovered, officials said.');
  t.same(
    quotes.map((q) => q.text),
    ['Besides that, three bodies, including that of a child, were recovered'],
  );
});

t.test('"said while it’s ..., it’s ...": a contracted subject after an opening subordinator opens the content', async (t) => {
  t.equal(
    quote(quotesOf('The mayor said while it’s a relief for some, it’s a weight off others.'), 'while').text,
    'while it’s a relief for some, it’s a weight off others',
  );
});

t.test('"continued to say that", "shared that", "adding, 100 ...", "told Thursday’s meeting": each reports its clause', async (t) => {
  t.equal(quote(quotesOf('He continued to say that the plan was a blunder.'), 'the plan').text, 'the plan was a blunder');
  t.equal(quote(quotesOf('She also shared that rivers are carrying more water.'), 'rivers').text, 'rivers are carrying more water');
  t.same(quotesOf('The data was shared that day. The shares that were sold fell. He shared the data.'), []);
  t.equal(
    quote(quotesOf('He said staff were told, adding, 100 percent attendance must be ensured.'), '100').text,
    '100 percent attendance must be ensured',
  );
  t.equal(
    quote(quotesOf('Councillor Ann Lee told Thursday evening’s meeting the decision would come later.'), 'the decision').text,
    'the decision would come later',
  );
});

t.test('a relative in the content’s subject: a past form after its verb’s object is the main verb', async (t) => {
  t.equal(
    quote(quotesOf('Ali Khan said the suspects who brandished weapons scaled the fence.'), 'the suspects').text,
    'the suspects who brandished weapons scaled the fence',
  );
  // coordinated with the relative's verb, or right after it, it is the relative's own
  t.same(quotesOf('Ali Khan said the report which cost millions and delayed the work.'), []);
  t.same(quotesOf('Ali Khan said the project which was delayed for months.'), []);
});

t.test('a long subject with numbers and prepositions still opens a clause', async (t) => {
  const text =
    'They said the plan to cut the recurring budget to Rs 25 billion for the year 2024-25 against Rs 65 billion in the previous financial year will hurt students.';
  t.equal(quote(quotesOf(text), 'the plan').text.endsWith('will hurt students'), true);
});

t.test('a cue before a preposition’s phrase and an auxiliary is a participle on the noun before it', async (t) => {
  t.same(quotesOf('Another technology revealed at the exhibition was the clean index system.'), []);
  t.equal(
    quote(quotesOf('The reply submitted by the lawyer was not expected, the judge said.'), 'The reply').text,
    'The reply submitted by the lawyer was not expected',
  );
});

t.test('a cue after a relative clause set off by commas is the main verb, not inverted after what it reports', async (t) => {
  t.same(quotesOf('When the case was called, the department, which is conducting the inquiry, submitted a report to the court.'), []);
  t.equal(quote(quotesOf('The toll rose, said the man, a farmer.'), 'The toll').text, 'The toll rose');
});

t.test('"While acknowledging that X, Y emphasised Z": the opening clause is the main subject’s, up to its comma', async (t) => {
  const quotes = quotesOf('While acknowledging that quick changes were not feasible, Ali Khan stressed the need for reform.');
  t.same(
    quotes.map((q) => [q.text, q.speaker?.name]),
    [['quick changes were not feasible', 'Ali Khan']],
  );
  // with no cue in the main clause it reads as before
  t.ok(quotesOf('While suggesting that the talks might fail, he expected that they would go on.').length > 0);
});

t.test('"Pointing out that X, Y said Z": a phrasal participle opens the sentence as a single one does', async (t) => {
  const quotes = quotesOf('Pointing out that the post was filled by the secretary, the lawyer said the case was weak.');
  t.same(
    quotes.map((q) => q.text),
    ['the post was filled by the secretary', 'the case was weak'],
  );
});

t.test('", said X in a statement issued here": the inverted cue reports the clause before it', async (t) => {
  t.same(
    quotesOf(
      'Rumours of any rift in the team are utterly incorrect, said FBR in a statement issued here adding that the chairman was on leave.',
    ).map((q) => q.text),
    ['Rumours of any rift in the team are utterly incorrect', 'the chairman was on leave'],
  );
  t.equal(
    quote(quotesOf('The rumours are incorrect, said the ministry in a statement issued on Monday.'), 'The rumours').text,
    'The rumours are incorrect',
  );
});

t.test('a stretch opening with a quotation closed inside it is no reported clause of the cue after it', async (t) => {
  const qs = quotesOf(
    'The spokesman briefed the media. “Recalling the earlier talks, the minister reiterated his wish to strengthen” trade and energy ties between the two countries by promoting cooperation in many diverse fields, the spokesman further said.',
  );
  t.same(
    qs.map((q) => q.type),
    ['direct'],
  );
  // (a later phrase in marks keeps the stretch: its reported speech hosts the phrase)
  const two = quotesOf('Officials met. “The audit is to prove the count” and to “verify the winners,” Grace Ndlovu said.');
  t.ok(two.some((q) => q.text === 'verify the winners'));
});

t.test('after a name set off by commas, a present-tense clause is the content, no inverted source', async (t) => {
  const qs = quotesOf('The court adjourned. His solicitor, Tom Lloyd, said the man regrets it.');
  t.equal(quote(qs, 'the man').text, 'the man regrets it');
  t.equal(who(quote(qs, 'the man')), 'person:Tom Lloyd');
  // (inverted as before: "..., said one chemist at a pharmacy")
  t.equal(who(quote(quotesOf('Prices had risen sharply, said Dr Amara Diallo, a chemist.'), 'Prices')), 'person:Amara Diallo');
});

t.test('"as per" names a source only with a source noun as its head', async (t) => {
  const qs = quotesOf(
    'Ten coaches were derailed. The toll may rise as ten of the wounded are critical as per the rescue sources. As per sources, the board chairman Ali Shah ordered new stands, stressing that they should not block the view. The match will be held as per the schedule.',
  );
  t.equal(quote(qs, 'The toll').text, 'The toll may rise as ten of the wounded are critical');
  t.equal(who(quote(qs, 'The toll')), 'anonymous');
  t.equal(quote(qs, 'the board chairman').text, 'the board chairman Ali Shah ordered new stands');
  t.equal(who(quote(qs, 'the board chairman')), 'anonymous');
  t.equal(who(quote(qs, 'they should')), 'person:Ali Shah', 'the participle’s subject is the main clause’s, not the sources');
  t.notOk(qs.some((q) => q.text.startsWith('The match')));
});

t.test('"as per" a statement or a release reports it as "according to" does', async (t) => {
  const qs = quotesOf('The army said two men were held. As per the press release, the men had crossed the river at night.');
  t.equal(quote(qs, 'the men had').text, 'the men had crossed the river at night');
  t.equal(who(quote(qs, 'the men had')), 'organization:army');
});

t.test('"It is worth noting that" is the writer’s aside, no cue', async (t) => {
  const qs = quotesOf(
    'The chairman visited the stadium. It is worth noting that this visit was made after the chairman stated that he had no letter.',
  );
  t.same(
    qs.map((q) => q.text),
    ['he had no letter'],
  );
});

t.test('a light verb and a noun of a speech act before "that" report the clause; not in a condition', async (t) => {
  const qs = quotesOf(
    'Judge Amina Bello adjourned the case. However, the judge issued a warning that she would not tolerate further delays. The petitioner took the position that the minister had no authority.',
  );
  t.equal(quote(qs, 'she would not').text, 'she would not tolerate further delays');
  t.equal(who(quote(qs, 'she would not')), 'person:Amina Bello');
  t.equal(quote(qs, 'the minister had').text, 'the minister had no authority');
  const hypothetical = quotesOf(
    'The Speaker said the session would resume. It could go on if the opposition gave an assurance that it would not walk out.',
  );
  t.notOk(hypothetical.some((q) => q.text.startsWith('it would not')));
  t.notOk(quotesOf('Talks may resume if the minister says the roads are safe.').length, 'any cue inside a condition');
});

t.test('"detailed that" reports its clause; "detailed the plan" and "the details that" do not', async (t) => {
  const qs = quotesOf(
    'Mayor Saeed Ahmad spoke on Monday. He detailed that the council had no authority. He detailed the plan. The details that emerged were few.',
  );
  t.same(
    qs.map((q) => q.text),
    ['the council had no authority'],
  );
  t.equal(who(qs[0]), 'person:Saeed Ahmad');
});

t.test('"the report that said ...": the relative "that" is the inner cue’s subject, no outer clause', async (t) => {
  const qs = quotesOf('Minister Ali Shah spoke. He also dismissed the Daily Star report that said the wage was the lowest in the region.');
  t.same(
    qs.map((q) => q.text),
    ['the wage was the lowest in the region'],
  );
});

t.test('edges of the clause tests: marks, commas and relatives around the main clause', async (t) => {
  // a relative's predicate inside the content of an earlier cue stays part of it
  const inside = quotesOf('Minister Ali Shah said Pakistan has sent back a million refugees, which he said is going well.');
  t.same(
    inside.map((q) => q.text),
    ['Pakistan has sent back a million refugees, which he said is going well'],
  );
  // an opening participle with no main clause found: nothing reported
  const none = quotesOf(
    'Pointing out that the stay was granted by two other benches of the court, the senior judges of the bench wondered why.',
  );
  t.notOk(none.some((q) => q.text.startsWith('the stay')));
  // the main clause after an apposition's comma, and a comma inside marks is none
  const judges = quotesOf('Pointing out that the format gave “certainty, and dates” to all, the bench, a panel, the judges wondered why.');
  t.equal(who(quote(judges, 'the format')), 'anonymous');
  // a quotation opening the stretch and never closed before the cue: still reported
  const lost = quotesOf('Prices rose. “The price cap includes flour and oil, said Sayed Agha, a shopkeeper.');
  t.ok(lost.some((q) => q.text.includes('The price cap includes flour and oil')));
});

t.test('a clause-final cue after a subject with a "that" relative, and a past form in -ied', async (t) => {
  // a subject relative opened by "that", its verb irregular ("struck") or in -ed ("started")
  const quake = quotesOf('Floods that swept the northern valleys last week have destroyed 300 homes, the relief agency said on Monday.');
  t.equal(quote(quake, 'Floods').text, 'Floods that swept the northern valleys last week have destroyed 300 homes');
  const outbreak = quotesOf('The fever that started in the camp in May infected forty children, district officials admitted.');
  t.equal(quote(outbreak, 'The fever').text, 'The fever that started in the camp in May infected forty children');
  // "that" after a preposition is a determiner, one before a subject a complementizer: neither opens a relative
  const determiner = quotesOf('Work on that bridge, the engineer said.');
  t.same(determiner, []);
  const complement = quotesOf('The fact that the rivers rose so quickly, the mayor said.');
  t.notOk(complement.some((q) => q.text.startsWith('The fact')));
  // a four-letter past in -ied is a finite verb
  const died = quotesOf('The health office said 42 people died in the heatwave.');
  t.equal(quote(died, '42 people').text, '42 people died in the heatwave');
});

t.test('a clause after "said after doing X," is the content, the adjunct left out', async (t) => {
  const qs = quotesOf('Governor Ali Shah said after taking office, his team had cut the backlog by half.');
  t.equal(quote(qs, 'his team').text, 'his team had cut the backlog by half');
  // a relative, or the speaker's next act, after the comma is no content
  const relative = quotesOf('Governor Ali Shah said while visiting the port, which handles most of the trade.');
  t.notOk(relative.some((q) => q.text.startsWith('which')));
  const bare = quotesOf('Governor Ali Shah said while visiting the port on Monday.');
  t.same(bare, []);
  const phrase = quotesOf('Governor Ali Shah said while visiting the port, the busiest one.');
  t.same(phrase, []);
});

t.test('"proposed that", "elaborated that"; an occasion between cue and content', async (t) => {
  const qs = quotesOf(
    'Minister Ali Shah proposed that the festival be held in every district. He elaborated that schools would close early. He proposed a new budget.',
  );
  t.equal(quote(qs, 'the festival').text, 'the festival be held in every district');
  t.equal(quote(qs, 'schools').text, 'schools would close early');
  t.notOk(qs.some((q) => q.text.includes('budget')));
  const occasion = quotesOf('Minister Ali Shah admitted at a press conference on Friday there is more to do for the farmers.');
  t.equal(quote(occasion, 'there is').text, 'there is more to do for the farmers');
});

t.test('"told" a gathering with its body after it: "a packed meeting of the city council"', async (t) => {
  const qs = quotesOf(
    'Mayor Ali Shah told a packed meeting of the city council the water plan was late. He told an emergency session of Parliament the army was ready. He told a meeting of farmers prices would rise.',
  );
  t.equal(quote(qs, 'the water').text, 'the water plan was late');
  t.equal(quote(qs, 'the army').text, 'the army was ready');
  t.equal(quote(qs, 'prices').text, 'prices would rise');
});

t.test('a clause-final cue after a subject with a noun’s "that" complement', async (t) => {
  const qs = quotesOf('Rumours on local radio that the dam had burst were untrue, the district officer said.');
  t.equal(quote(qs, 'Rumours').text, 'Rumours on local radio that the dam had burst were untrue');
});

t.test('an aside set off by commas after the cue’s adverbial, before "that"', async (t) => {
  const qs = quotesOf(
    'The water board said in its annual report, obtained by the paper, that the reservoir had shrunk. It said on Monday, in turn, that rates would rise.',
  );
  t.equal(quote(qs, 'the reservoir').text, 'the reservoir had shrunk');
  t.equal(quote(qs, 'rates').text, 'rates would rise');
});

t.test('"conveyed that" reports a clause; "conveyed" a noun phrase is an act inside another’s speech', async (t) => {
  const qs = quotesOf(
    'Ambassador Li Wei conveyed that Beijing would extend the loan. She said the envoy had met the minister and conveyed Beijing’s concern over the delay.',
  );
  t.equal(quote(qs, 'Beijing would').text, 'Beijing would extend the loan');
  t.equal(quote(qs, 'the envoy').text, 'the envoy had met the minister and conveyed Beijing’s concern over the delay');
});

t.test('"counters", "signals" are plural nouns unless "that" follows', async (t) => {
  const qs = quotesOf('Minister Ali Shah ordered the hospitals to open heatstroke counters in their wards by June.');
  t.same(qs, []);
  const that = quotesOf('The opposition counters that the wards are empty.');
  t.equal(quote(that, 'the wards').text, 'the wards are empty');
});

t.test('a present verb the tagger reads as a noun, before a clause-final cue or after a bare-clause cue', async (t) => {
  const qs = quotesOf(
    'Most of the growers stem from the river valley, the mayor said. Orchard owners face steep losses this year, the mayor said. The council chief says the new levy signals the town’s recovery.',
  );
  t.equal(quote(qs, 'Most of the growers').text, 'Most of the growers stem from the river valley');
  t.equal(quote(qs, 'Orchard owners').text, 'Orchard owners face steep losses this year');
  t.equal(quote(qs, 'the new levy').text, 'the new levy signals the town’s recovery');
});

t.test('the noun-read verb: number agreement, the word list, and what follows', async (t) => {
  const tok = (text: string, upos: string, lemma = text.toLowerCase()): TaggedToken => ({ text, upos, lemma, start: 0, end: 0 });
  const clause = (...tokens: TaggedToken[]) => taggedClause('two words', { start: 0, end: 9 }, () => tokens, true);
  const growers = tok('growers', 'NOUN', 'grower');
  t.ok(clause(growers, tok('stem', 'NOUN'), tok('from', 'ADP')));
  t.ok(clause(tok('levy', 'NOUN'), tok('signals', 'NOUN', 'signal'), tok('Ghana', 'NOUN'), tok('’s', 'PART')));
  // a plural with an -s form, a singular with a bare one: no agreement
  t.notOk(clause(growers, tok('signals', 'NOUN', 'signal'), tok('the', 'DET')));
  t.notOk(clause(tok('levy', 'NOUN'), tok('stem', 'NOUN'), tok('from', 'ADP')));
  // "the water supplies of the city": "of" opens no object; a noun after it opens none either
  t.notOk(clause(tok('water', 'NOUN'), tok('supplies', 'NOUN', 'supply'), tok('of', 'ADP')));
  t.notOk(clause(growers, tok('stem', 'NOUN'), tok('cells', 'NOUN', 'cell')));
  t.notOk(clause(growers, tok('stem', 'NOUN')));
  t.notOk(clause(tok('the', 'DET'), tok('stem', 'NOUN'), tok('from', 'ADP')));
  t.notOk(clause(growers, tok('Stem', 'NOUN'), tok('from', 'ADP')));
  t.notOk(taggedClause('two words', { start: 0, end: 9 }, () => [growers, tok('stem', 'NOUN'), tok('from', 'ADP')]));
  // the word list has no verb reading of "carrot"
  t.notOk(mayBePresent('carrot', true));
  t.notOk(mayBePresent('zzqxv', true));
});

t.test('a noun-like cue set off after what it reports, with its subject and the sentence’s end: ", claims the mayor."', async (t) => {
  const qs = quotesOf(
    'Most of the delays come from old signalling, claims the mayor. The line will reopen in May, the operator notes. Fares will rise, warns Sara Malik.',
  );
  t.equal(quote(qs, 'Most of the delays').text, 'Most of the delays come from old signalling');
  t.equal(quote(qs, 'The line').text, 'The line will reopen in May');
  t.equal(who(quote(qs, 'Fares')), 'person:Sara Malik');
  // a noun phrase after the -s form, or an object before the end: the noun, or an act
  const nouns = quotesOf(
    'The council rejected the operator’s claims. The board met in May, claims aside. The board met, the operator claims damages.',
  );
  t.same(
    nouns.map((q) => q.text),
    [],
  );
});

t.test('"held that" a clause is a court’s ruling; "held that post", "held that day" are no report', async (t) => {
  const qs = quotesOf('The tribunal held that the dismissal was unfair. The court holds that its earlier order is binding.');
  t.equal(quote(qs, 'the dismissal').text, 'the dismissal was unfair');
  t.equal(quote(qs, 'its earlier order').text, 'its earlier order is binding');
  const acts = quotesOf(
    'She held that post until 2010. He has held that seat since 2008 and is expected to win. The vigil they held that night was calm. A rally was held that was attended by farmers.',
  );
  t.same(
    acts.map((q) => q.text),
    [],
  );
});

t.test('an -s form between a list\'s comma and its "and" is a plural noun, no cue', async (t) => {
  const qs = quotesOf('The hall filled with cheers, shouts and the beating of drums. The levy is unfair, claims Ali Khan.');
  t.notOk(qs.some((q) => q.text.includes('The hall')));
  t.equal(quote(qs, 'The levy').text, 'The levy is unfair');
});

t.test('a cue\'s object before "and" and a second verb is no clause', async (t) => {
  let qs = quotesOf('The counsel argued the appeal and won the case for his client.');
  t.equal(qs.length, 0);
  // a subject coordinated with "and" still opens one
  qs = quotesOf('Ali Khan said floods and unplanned growth were hurting the city.');
  t.equal(quote(qs, 'floods').text, 'floods and unplanned growth were hurting the city');
});

t.test('a clause-final cue before a measure of time and "after": the next cue is the subordinate clause\'s', async (t) => {
  const qs = quotesOf(
    'The port will reopen on Monday, an official said on Friday, two days after unions warned that the strike would go on.',
  );
  t.equal(quote(qs, 'The port').text, 'The port will reopen on Monday');
  t.equal(who(quote(qs, 'The port')), 'anonymous');
  t.equal(quote(qs, 'the strike').text, 'the strike would go on');
});

t.test('"according to" closing a sentence after another cue\'s speech frames it', async (t) => {
  let qs = quotesOf('Several members said privately they would vote no, according to two aides.');
  t.equal(quote(qs, 'Several').text, 'Several members said privately they would vote no');
  t.equal(quote(qs, 'they would').text, 'they would vote no');
  t.equal(who(quote(qs, 'they would')), 'anonymous');
  // a document is the medium of the speaker's own words: the speech ends at the comma, no frame of its own
  qs = quotesOf('Mayor Lina Park said the bridge would reopen, according to a statement from her office.');
  t.equal(qs.length, 1);
  t.equal(quote(qs, 'the bridge').text, 'the bridge would reopen');
});

t.test('a belief verb coordinated after "and" is part of the telling it is joined to', async (t) => {
  const qs = quotesOf('Omar Riaz told the paper that he had met the chairman and believed the deal was close.');
  t.equal(qs.length, 1);
  t.equal(quote(qs, 'he had met').text, 'he had met the chairman and believed the deal was close');
  // with no "and" before it the belief verb is still a cue
  t.equal(quotesOf('Omar Riaz believed the deal was close.').length, 1);
});

t.test('a cue in a clause opened by a subordinator is inside the earlier content', async (t) => {
  let qs = quotesOf('Sara Malik said she was only joking when she told a colleague that the budget would fail.');
  t.equal(qs.length, 1, "the speaker's own telling, one report");
  t.equal(quote(qs, 'she was').text, 'she was only joking when she told a colleague that the budget would fail');
  // another's telling is a quote of its own as well
  qs = quotesOf('Sara Malik said the talks stalled after the envoy told reporters that his team was leaving.');
  t.equal(quote(qs, 'the talks').text, 'the talks stalled after the envoy told reporters that his team was leaving');
  t.equal(quote(qs, 'his team').text, 'his team was leaving');
});

t.test('"added that: “...”": a colon after "that" sets off a direct quotation, no indirect one', async (t) => {
  const qs = quotesOf('Nadia Farooq spoke at the launch. She added that: “Our clinics will open in every district.”');
  t.equal(qs.length, 1);
  t.equal(quote(qs, 'Our clinics').type, 'direct');
  t.equal(quote(qs, 'Our clinics').text, 'Our clinics will open in every district');
  // a plain "that" clause is still reported
  t.equal(quote(quotesOf('Nadia Farooq added that the clinics would open soon.'), 'the clinics').type, 'indirect');
});

t.test('", a claim the navy has denied": a noun with a contact relative after it names no speaker', async (t) => {
  t.equal(quotesOf('Rebels shelled the port on Friday, a claim the navy has since denied.').length, 0);
  // a noun phrase that is the subject still reports the clause before it
  t.equal(quote(quotesOf('Rebels shelled the port on Friday, a navy spokesman said.'), 'Rebels').type, 'indirect');
});
