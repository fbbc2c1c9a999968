import t from 'tap';
import { parseArticle } from '../../src/extract/index.js';
import { quote, quotesOf, who } from './quote-helpers.js';

t.test('curly and straight marks, trailing comma and full stop left out, offsets exact', async (t) => {
  const text =
    'ISLAMABAD: Finance Minister Farhan Qadir Siddiqui spoke on Friday.\n\n“We will not raise taxes,” Siddiqui said. "The budget is balanced." he added.';
  const qs = quotesOf(text);
  t.equal(quote(qs, 'We will not').text, 'We will not raise taxes');
  t.equal(quote(qs, 'We will not').type, 'direct');
  t.equal(quote(qs, 'The budget').text, 'The budget is balanced');
  t.equal(who(quote(qs, 'We will not')), 'person:Farhan Qadir Siddiqui');
  t.equal(who(quote(qs, 'The budget')), 'person:Farhan Qadir Siddiqui');
});

t.test('a question mark stays inside the quotation', async (t) => {
  const qs = quotesOf('Truck driver Zar Wali Khan waited at the border for days.\n\n“Who will compensate the owners?” he asked.');
  t.equal(quote(qs, 'Who will').text, 'Who will compensate the owners?');
  t.equal(who(quote(qs, 'Who will')), 'person:Zar Wali Khan');
});

t.test('split quotation: two entries, one speaker, cue before and after', async (t) => {
  const qs = quotesOf(
    'Energy Minister Danish Ahmed Lodhi addressed reporters.\n\n“We are not happy about raising tariffs,” the minister said, “but the alternative is worse.”',
  );
  t.equal(quote(qs, 'We are not happy').text, 'We are not happy about raising tariffs');
  t.equal(quote(qs, 'but the alternative').text, 'but the alternative is worse');
  t.equal(who(quote(qs, 'but the alternative')), who(quote(qs, 'We are not happy')));
});

t.test('a cue before the quotation with a colon', async (t) => {
  const qs = quotesOf(
    'Chief Minister Abdul Qadir Rind chaired the meeting. Rind said: "There will be no talks with those who carry guns."',
  );
  t.equal(who(quote(qs, 'There will be')), 'person:Abdul Qadir Rind');
  t.equal(quote(qs, 'There will be').cue, 'said');
});

t.test('a quotation over several paragraphs gives one entry per paragraph, all with the speaker named at the end', async (t) => {
  const text =
    'PCB Chairman Zubair Hassan Qureshi unveiled the plan on Monday.\n\n“Our best players were not playing enough cricket.\n\n“We have seen what competition does. There is no reason why we cannot do the same,” Qureshi said.';
  const qs = quotesOf(text);
  t.equal(quote(qs, 'Our best players').text, 'Our best players were not playing enough cricket');
  t.equal(who(quote(qs, 'Our best players')), 'person:Zubair Hassan Qureshi');
  t.equal(quote(qs, 'We have seen').text, 'We have seen what competition does. There is no reason why we cannot do the same');
});

t.test('a run-on quotation opened after a colon cue', async (t) => {
  const text =
    'Mr Nadeem Soomro presented the budget.\n\nMr Soomro further said: “The federal government owes Sindh money.\n\n“We will not allow Sindh to be punished.”';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'The federal government')), 'person:Nadeem Soomro');
  t.equal(who(quote(qs, 'We will not allow')), 'person:Nadeem Soomro');
});

t.test('single marks as quotation marks, apostrophes inside them', async (t) => {
  const qs = quotesOf(
    'UK Minister Helen Ashcroft launched the programme.\n\n‘They’ll welcome this. Pakistan’ s people have suffered,’ the minister said.',
  );
  t.equal(quote(qs, 'They’ll').text, 'They’ll welcome this. Pakistan’ s people have suffered');
  t.equal(who(quote(qs, 'They’ll')), 'person:Helen Ashcroft');
});

t.test('nested single marks stay inside the double-quoted text', async (t) => {
  const qs = quotesOf('Senator Nusrat Bano Jatoi spoke. “They call it ‘reform’ but it is a sell-off,” Jatoi said.');
  t.equal(quote(qs, 'They call it').text, 'They call it ‘reform’ but it is a sell-off');
});

t.test('scare quotes, titles, slogans and names in marks are not quotations', async (t) => {
  const qs = quotesOf(
    'Both sides worked on the so-called “CPEC 2.0” plan. Protesters were chanting “Karachi ko haq do” outside. The tournament, to be called the “Champions Cup”, starts soon. Moody’s kept the rating at “Caa3” this week.',
  );
  t.same(qs, []);
});

t.test('a quotation with no cue and no speaker before it is not attributed to anyone', async (t) => {
  const qs = quotesOf('“Nobody knows what happens next in the valley,” read the banner over the road.');
  t.equal(quote(qs, 'Nobody knows').speaker, null);
});

t.test('a phrase a source is reported to have used is a direct quote of that source', async (t) => {
  const qs = quotesOf('Barrister Haroon Aziz Minhas argued the case. The counsel described the administrators as “unelected viceroys”.');
  t.equal(who(quote(qs, 'unelected viceroys')), 'person:Haroon Aziz Minhas');
});

t.test('a short quoted phrase inside reported speech is a direct quote of the same speaker', async (t) => {
  const qs = quotesOf(
    'Foreign Office spokesperson Sadia Noor Baig said Kabul must take “concrete and verifiable” action against the groups.',
  );
  t.equal(quote(qs, 'concrete and verifiable').type, 'direct');
  t.equal(who(quote(qs, 'concrete and verifiable')), 'person:Sadia Noor Baig');
  t.equal(quote(qs, 'Kabul must take').type, 'indirect');
});

t.test('a phrase in marks outside any reported speech is left out', async (t) => {
  const qs = quotesOf('The village was once known for its “sweet water” wells, and farmers came from far away.');
  t.same(qs, []);
});

t.test('a quotation paragraph with no cue and no earlier quotation goes to the last person named', async (t) => {
  const qs = quotesOf('Federal Minister Ali Khan Jadoon visited the flooded district on Monday.\n\n“We will rebuild every house.”');
  t.equal(who(quote(qs, 'We will rebuild')), 'person:Ali Khan Jadoon');
  t.ok(quote(qs, 'We will rebuild').confidence < 0.5);
});

t.test('a space before the trailing comma is left out too', async (t) => {
  const qs = quotesOf('Minister Ali Khan Jadoon spoke. “We will win ,” he said.');
  t.equal(quote(qs, 'We will win').text, 'We will win');
});

t.test('a cue after a second quotation belongs to that one; a cue with no subject leaves the quotation to the last speaker', async (t) => {
  const qs = quotesOf(
    'Minister Ali Khan Jadoon spoke on Monday. “We will win,” “all of us,” he said. “We are ready,” and said nothing more.',
  );
  t.equal(quote(qs, 'all of us').cue, 'said');
  t.equal(quote(qs, 'We will win').type, 'direct');
  t.equal(who(quote(qs, 'We are ready')), 'person:Ali Khan Jadoon');
});

t.test('"called the bill “punitive”": a naming verb with its object, then the phrase', async (t) => {
  const qs = quotesOf('Opposition leader Raila Odinga called the bill “punitive” and urged supporters to march.');
  t.equal(who(quote(qs, 'punitive')), 'person:Raila Odinga');
});

t.test('"criticised X as “...”" and "what he called the “...”" give the phrase to the judge', async (t) => {
  const qs = quotesOf(
    "KARACHI: Party chief Hafiz Naeem Siddiqui announced a strike against what he called the ''extortionate'' conduct of the utility. " +
      'Opposition leader Saleem Akhtar Mandviwala dismissed the budget as "anti-people" and walked out. Traders pointed to the "mafia" behind it.',
  );
  t.equal(who(quote(qs, 'extortionate')), 'person:Hafiz Naeem Siddiqui');
  t.equal(who(quote(qs, 'anti-people')), 'person:Saleem Akhtar Mandviwala');
  t.notOk(
    qs.some((q) => q.text === 'mafia'),
    'one word after a determiner is still a scare quote',
  );
  // "blast" judges as "slam" does
  const blasted = quotesOf('Senator Ann Cole blasted the levy as “a tax on the poor”. She blasts the audit as “window dressing”.');
  t.equal(who(quote(blasted, 'a tax on the poor')), 'person:Ann Cole');
  t.equal(who(quote(blasted, 'window dressing')), 'person:Ann Cole');
});

t.test('a phrase in marks that a body is said to have accused someone of is its direct quote', async (t) => {
  const qs = quotesOf(
    'The Pakistan Tehreek-e-Insaf (PTI), which governs the province, in a press release accused the federal government of "deliberately starving" KP of funds.',
  );
  t.equal(who(quote(qs, 'deliberately starving')), 'organization:Pakistan Tehreek-e-Insaf');
  t.equal(quote(qs, 'deliberately starving').type, 'direct');
});

t.test("a quotation split by an inverted cue with an apposition: the second part is the same source's", async (t) => {
  const qs = quotesOf(
    '"Pakistan is stuck in a take-or-pay structure," said Lin Mei, a senior analyst at Meridian Energy Insights, "and now the world has changed around it."',
  );
  t.equal(who(quote(qs, 'Pakistan is stuck')), 'person:Lin Mei');
  t.equal(who(quote(qs, 'and now the world')), 'person:Lin Mei');
});

t.test('a participle cue before a quotation takes the subject of the main verb', async (t) => {
  const qs = quotesOf(
    'The head of the Africa CDC, Jean-Pierre Mbuyi Kalonji, called the situation grave.\n\n' +
      'Speaking from Addis Ababa, he said the agency would seek $230 million, adding: "Without funding, these numbers will double."',
  );
  t.equal(who(quote(qs, 'Without funding')), 'person:Jean-Pierre Mbuyi Kalonji');
});

t.test('"said that X and that “...”": the quotation is part of the reported clause and a phrase of the same source', async (t) => {
  const qs = quotesOf(
    'Health minister Osman Abdelrahman Hamid said on Thursday that all crossings were open to aid and that "the delays are logistical, not political".',
  );
  t.equal(quote(qs, 'all crossings').type, 'indirect');
  t.equal(who(quote(qs, 'all crossings')), 'person:Osman Abdelrahman Hamid');
  t.equal(quote(qs, 'the delays').type, 'direct');
  t.equal(who(quote(qs, 'the delays')), 'person:Osman Abdelrahman Hamid');
});

t.test('a title noun before marks makes a short title, not a long phrase someone said', async (t) => {
  const qs = quotesOf(
    'Secretary General Zubair Khan Niazi told reporters that his party would continue its protest campaign “within the law, whatever the law turns out to be”. ' +
      'The army said operation “azm-e-istehkam” would go on.',
  );
  t.equal(who(quote(qs, 'within the law')), 'person:Zubair Khan Niazi');
  t.equal(quote(qs, 'within the law').type, 'direct');
  t.notOk(
    qs.some((q) => q.text === 'azm-e-istehkam'),
    'a short name after "operation" is a title',
  );
});

t.test('"accused X of trying to “...”" with a longer object is the accuser\'s phrase', async (t) => {
  const qs = quotesOf('Opposition leader Deniz Tuna Kaya accused the government of trying to “steal through the courts” a race it lost.');
  t.equal(who(quote(qs, 'steal through')), 'person:Deniz Tuna Kaya');
});

t.test('one word in marks after a determiner or a possessive is a scare quote, not a quotation', async (t) => {
  const qs = quotesOf(
    'Finance Secretary Adeel Rana said the team was waiting for the ‘statement’ from the lender. ' +
      'He said if that ‘statement’ came the minister would speak, and the Fund’s ‘nod’ would follow. He called the plan “dire”.',
  );
  t.same(
    qs.filter((q) => q.type === 'direct').map((q) => q.text),
    ['dire'],
    'only the word the speaker used',
  );
  t.equal(quote(qs, 'if that').type, 'indirect', 'the cue before "that ‘statement’" still reports its clause');
  t.equal(who(quote(qs, 'if that')), 'person:Adeel Rana');
});

t.test('a participle cue takes the subject of a main verb that is no cue, however long its object', async (t) => {
  const qs = quotesOf(
    'Foreign Office spokesman Imran Qadir spoke first. The spokesman expressed concern over the harsh treatment of the diplomats held in custody abroad, saying, “We spare no effort to bring them home.”',
  );
  t.equal(who(quote(qs, 'We spare no effort')), 'person:Imran Qadir');
});

t.test('a participle with no comma before it sets its quotation off with a comma', async (t) => {
  const qs = quotesOf('Returning officer Saima Iqbal read out two results. She then left the stage saying, “More will follow by noon.”');
  t.equal(quote(qs, 'More will follow').text, 'More will follow by noon');
  t.equal(who(quote(qs, 'More will follow')), 'person:Saima Iqbal');
});

t.test('a line of a few words in marks without punctuation is a subheading, not a quotation', async (t) => {
  const qs = quotesOf(
    'Mr Hale said he was only teasing a friend.\n\n‘Teasing’\n\n“We won,”\n\nHe said the remark was a joke.\n\n‘No apology’',
  );
  t.notOk(qs.some((q) => q.text === 'Teasing' || q.text === 'No apology'));
  t.ok(
    qs.some((q) => q.text === 'We won'),
    'a line that ends in punctuation is still a quotation',
  );
});

t.test('answers, responses and questions in court copy are cues', async (t) => {
  const qs = quotesOf(
    'LAHORE: Justice Amna Rauf Qazi heard the petition on Monday.\n\n' +
      '“Why was the notice not served?” Justice Qazi questioned.\n\n' +
      '“The office was closed for the holidays,” Qazi answered. “It will be served this week,” responded Bilal Haider Naqvi.',
  );
  const found = ['Why was the notice', 'The office was closed', 'It will be served'].map((words) => quote(qs, words));
  t.same(
    found.map((q) => [q.cue, who(q)]),
    [
      ['questioned', 'person:Amna Rauf Qazi'],
      ['answered', 'person:Amna Rauf Qazi'],
      ['responded', 'person:Bilal Haider Naqvi'],
    ],
  );
});

t.test('a quoted phrase inside reported speech may open with a proper noun; a name in marks is none', async (t) => {
  const qs = quotesOf(
    'KARACHI: Minister Saleem Akhtar Rind said Pakistan did not want conflict but would not let “Kabul’s support for the militants” go unchecked. ' +
      'He said the army had launched “Operation Clean Sweep” in the district and “The Long Road Home” was a good book.',
  );
  t.equal(quote(qs, 'Kabul’s support').type, 'direct');
  t.equal(who(quote(qs, 'Kabul’s support')), 'person:Saleem Akhtar Rind');
  t.notOk(
    qs.some((q) => q.type === 'direct' && /Operation|Long Road/.test(q.text)),
    'an operation and a title in marks are no quotes',
  );
});

t.test('a phrase in marks after a speech act, outside reported speech, is the actor’s direct quote', async (t) => {
  const qs = quotesOf(
    "LAHORE: Provincial minister Tariq Mehmood Cheema lauded the rescue teams for their ''swift and selfless effort'' and announced a bonus. " +
      "Opposition member Rukhsana Bibi termed the package an ''eyewash''. " +
      'Party leader Javed Iqbal Warraich urged the media not to amplify "paid propaganda cells" abroad. ' +
      'He said the province would build “low-cost flats” on state land.',
  );
  t.equal(who(quote(qs, 'swift and selfless')), 'person:Tariq Mehmood Cheema');
  t.equal(quote(qs, 'swift and selfless').type, 'direct');
  t.equal(who(quote(qs, 'eyewash')), 'person:Rukhsana Bibi', 'one word as the predicate of "termed X an"');
  t.equal(who(quote(qs, 'paid propaganda')), 'person:Javed Iqbal Warraich');
  t.equal(who(quote(qs, 'low-cost flats')), 'person:Javed Iqbal Warraich', 'inside reported speech: the host’s speaker');
  t.equal(qs.filter((q) => q.text === 'low-cost flats').length, 1);
});

t.test('phrases in marks inside two reports each take their own host’s speaker', async (t) => {
  const qs = quotesOf(
    'Senator Rafia Kamal Siddiqui said the budget was “a disaster for the poor”. ' +
      'Finance Minister Owais Tariq Lodhi said the same budget was “a triumph of restraint”.',
  );
  t.equal(who(quote(qs, 'a disaster')), 'person:Rafia Kamal Siddiqui');
  t.equal(who(quote(qs, 'a triumph')), 'person:Owais Tariq Lodhi');
});

t.test('a phrase in marks with no speech act and no reported speech around it stays out', async (t) => {
  const qs = quotesOf('Farmers in Sanghar planted “drought-proof” seeds this season, and yields rose.');
  t.notOk(qs.some((q) => q.text === 'drought-proof'));
});

t.test('phrases in marks among other words of a clause: the clause-final cue reports the clause', async (t) => {
  const qs = quotesOf(
    'LAHORE: Provincial Minister Sadia Noor Baig met traders.\n\nNo department is "powerless" and all of them work for "less talk and more action", Baig said on Friday.',
  );
  const clause = quote(qs, 'No department is');
  t.equal(clause.type, 'indirect');
  t.equal(clause.text, 'No department is "powerless" and all of them work for "less talk and more action"');
  t.equal(who(clause), 'person:Sadia Noor Baig');
  t.equal(who(quote(qs, 'less talk')), 'person:Sadia Noor Baig', 'the phrase is still hers');
  // after another quotation, or after a colon, a quotation still takes the cue after it
  const two = quotesOf('LAHORE: Sadia Noor Baig spoke.\n\n“We are ready.” “We will win,” Baig said.');
  t.equal(quote(two, 'We will win').type, 'direct');
  t.equal(quote(two, 'We will win').cue, 'said');
  const colon = quotesOf('LAHORE: Sadia Noor Baig spoke.\n\nHer slogan was “no retreat” and her answer plain: “We will win,” Baig said.');
  t.equal(quote(colon, 'We will win').cue, 'said');
  t.notOk(
    colon.some((q) => q.type === 'indirect'),
    'the quotation after the colon is the cue’s whole content',
  );
});

t.test('one word in marks after an indefinite article is the speaker’s inside reported speech, nobody’s outside it', async (t) => {
  const qs = quotesOf(
    'Foreign Office spokesperson Adeel Rana said the ministry regretted a “misunderstanding” over the visit. The visit was a ‘success’ for the hosts.',
  );
  const word = quote(qs, 'misunderstanding');
  t.equal(word.type, 'direct');
  t.equal(who(word), 'person:Adeel Rana');
  t.notOk(
    qs.some((q) => q.text === 'success'),
    'no reported speech around it: the writer’s scare quote',
  );
});

t.test('an abbreviation’s full stop between a quotation and its cue ends no sentence', async (t) => {
  const qs = quotesOf(
    'KARACHI: Officials met on Monday.\n\n“The port will reopen soon,” Dr. Nadia Aslam told reporters.\n\n“We have asked for more time,” U.S. envoy Mark Hale said. “Talks went well,” said Mr. Baig, and left.',
  );
  t.equal(who(quote(qs, 'The port will')), 'person:Nadia Aslam');
  t.equal(quote(qs, 'The port will').cue, 'told');
  t.equal(who(quote(qs, 'We have asked')), 'person:Mark Hale');
  t.equal(who(quote(qs, 'Talks went')), 'person:Baig');
  t.notOk(
    qs.some((q) => q.type === 'indirect'),
    'the cue attributes the quotation and reports nothing itself',
  );
  const party = quotesOf(
    'WASHINGTON - Senator Ann Cole met the president.\n\n“The dinner went well,” Cole said.\n\nWas it a deal?\n\n“We will see,” Sen. Tom Reed, R-Okla., told reporters.',
  );
  t.equal(who(quote(party, 'We will see')), 'person:Tom Reed', 'a comma after the stop goes on with the sentence');
  t.notOk(
    party.some((q) => q.type === 'indirect'),
    'no false quote before the cue',
  );
  // any other full stop still parts the quotation from a cue after it
  const other = quotesOf('KARACHI: Nadia Aslam spoke.\n\n“We are ready,” a banner read at 9 a.m. where officials said they met.');
  t.equal(quote(other, 'We are ready').cue, null);
});

t.test('a verb of naming before a phrase in marks, with names in its object', async (t) => {
  const qs = quotesOf(
    'LAHORE: Party spokesman Bilal Shah on Monday called Chief Minister Sadia Noor’s claims about the PML-N budget “baseless”.',
  );
  t.equal(quote(qs, 'baseless').type, 'direct');
  t.equal(who(quote(qs, 'baseless')), 'person:Bilal Shah');
});

t.test('"called the story “desperate” and “perverted”": coordinated phrases share the naming verb and its judge', async (t) => {
  const qs = quotesOf(
    'MP Sadia Noor Baig called the report “desperate” and “perverted” on Sunday. The ministry described the claims as “false”, “baseless” or “malicious”.',
  );
  t.equal(who(quote(qs, 'perverted')), 'person:Sadia Noor Baig');
  for (const w of ['false', 'baseless', 'malicious']) t.equal(who(quote(qs, w)), 'organization:ministry', w);
});

t.test('a phrase in marks coordinated after a quotation a cue opens is the same speaker’s', async (t) => {
  const qs = quotesOf('Senator Rana Ahmed said that “the wall will hold” and “no storm is going to break it.”');
  t.equal(quote(qs, 'no storm').text, 'no storm is going to break it');
  t.equal(who(quote(qs, 'no storm')), 'person:Rana Ahmed');
  const why = quotesOf('Coach Bilal Aziz said that “the score does not matter” because “we played well.”');
  t.equal(who(quote(why, 'we played well')), 'person:Bilal Aziz');
});
t.test('a phrase a third person is said to have used, inside reported speech, is the reporting speaker’s', async (t) => {
  const qs = quotesOf(
    'LONDON - Former minister Jane Ellis said Ms Okafor had rightly dismissed the article as “cheap gossip”. ' +
      'Ms Okafor described the claims as “nonsense”. The paper called it a “story”, and critics termed it as “unfair”.',
  );
  t.equal(who(quote(qs, 'cheap gossip')), 'person:Jane Ellis');
  t.equal(who(quote(qs, 'nonsense')), 'person:Okafor', 'outside reported speech, the subject of the verb');
  t.ok(
    qs.some((q) => q.text === 'story' && q.speaker === null),
    'a phrase a source used stays a quotation when its source is not resolved',
  );
});

t.test('"went on:" and "continued:" attribute the quotation after the colon; "went on" elsewhere is no cue', async (t) => {
  const qs = quotesOf('Mayor Lena Vos spoke first. She went on: "We will rebuild the bridge." The talks went on: nobody left.');
  t.equal(quote(qs, 'We will rebuild').type, 'direct');
  t.equal(who(quote(qs, 'We will rebuild')), 'person:Lena Vos');
  t.equal(qs.length, 1);
});

t.test('a phrase judged "as a “...”", an accused with an apposition, a phrase after "admitted" or "boasted of"', async (t) => {
  const qs = quotesOf(
    'The exporters’ association described the reports on wages and working hours in the mills as a “plot” against the industry. ' +
      'Premier Ada Lind accused the opposition leader, Tom Brack of “wilful distortion” in the debate. ' +
      'Coach Ivo Mertens boasted of building “a golden squad.” Mertens also admitted a “painful decline” in results.',
  );
  t.equal(quote(qs, 'plot').type, 'direct');
  t.equal(quote(qs, 'wilful distortion').type, 'direct');
  t.equal(who(quote(qs, 'wilful distortion')), 'person:Ada Lind');
  t.equal(who(quote(qs, 'a golden squad')), 'person:Ivo Mertens');
  t.equal(who(quote(qs, 'painful decline')), 'person:Ivo Mertens');
});

t.test('an opening mark at a sentence start whose closing mark was lost', async (t) => {
  // the paragraph's last sentence: the quotation runs to the paragraph's end
  let qs = quotesOf(
    'Mayor Rana Javed toured the market.\n\nHe said the roads were clear. “Hopefully the rain stops soon.\n\nHe left at noon.',
  );
  t.equal(quote(qs, 'Hopefully').text, 'Hopefully the rain stops soon');
  t.equal(who(quote(qs, 'Hopefully')), 'person:Rana Javed');
  // a second opener at a sentence start inside an open quotation closes the first
  qs = quotesOf('Minister Sara Iqbal spoke on Monday.\n\n“We deny the plan. “Talks go on,” she said.');
  t.equal(quote(qs, 'We deny').text, 'We deny the plan');
  t.equal(quote(qs, 'Talks go on').text, 'Talks go on');
  // the writer's own sentence after it, or a cue after a comma, shows where the mark was lost: nothing is read
  qs = quotesOf('Minister Sara Iqbal spoke.\n\n“Prices fell by half. She recalled that wages rose.\n\nShe left.');
  t.notOk(qs.some((q) => q.text.startsWith('Prices fell')));
  qs = quotesOf('Voters were divided.\n\n“I want the rubbish collected, said Ali Raza, a retiree.\n\nHe left.');
  t.notOk(qs.some((q) => q.type === 'direct' && q.text.includes('said Ali Raza')));
  // a mark opening a paragraph whose later sentences speak in the first person: the quotation is all of it
  qs = quotesOf('Minister Sara Iqbal spoke.\n\n“Prices fell by half. We want wages to rise.\n\nShe left.');
  t.equal(quote(qs, 'Prices fell').text, 'Prices fell by half. We want wages to rise');
  // in the article's last paragraph the quotation may hold more than one sentence
  qs = quotesOf('Councillor Mia Tane opposed it.\n\n"Money is cheap now. Not just this year.');
  t.equal(quote(qs, 'Money is cheap').text, 'Money is cheap now. Not just this year');
});

t.test('after an inverted cue the document the words came in is no part of the source', async (t) => {
  const qs = parseArticle('"We will not back down," said Mayor Tom Reid in a statement issued on Monday.').quotes;
  t.equal(qs[0].speaker?.mention, 'Mayor Tom Reid');
});

t.test('a word in marks before the noun it modifies is an epithet the speaker applied', async (t) => {
  let qs = quotesOf('Officials said the "routine" check found nothing.');
  t.equal(who(quote(qs, 'routine')), 'anonymous');
  qs = quotesOf('Governor Sara Cruz announced her "irrevocable" resignation on Monday.');
  t.equal(who(quote(qs, 'irrevocable')), 'person:Sara Cruz');
  // with no speaker around it, or as the head noun itself, it stays the writer's scare quote
  qs = quotesOf('The "new" policy came into force on Monday.');
  t.equal(qs.length, 0);
  qs = quotesOf('Officials said the Fund’s ‘statement’ was awaited.');
  t.notOk(qs.some((q) => q.text === 'statement'));
});

t.test('"inquired" attributes a question in marks as "asked" does, and reports nothing without them', async (t) => {
  let qs = quotesOf('Justice Ali Shah inquired, “Do you know the man?”');
  t.equal(who(quote(qs, 'Do you know')), 'person:Ali Shah');
  qs = quotesOf('Justice Ali Shah inquired about the delay in the case.');
  t.equal(qs.length, 0);
});

t.test('the last paragraph of a run-on quotation is quoted to its end when its closing mark is lost', async (t) => {
  const text =
    '‘We earn enough from trade,’ said Ali Shah.\n‘My family runs a shop. We are busy.\n‘I want nothing from the club. I am here to help.\nAli Shah said the vote would be held soon.';
  const qs = quotesOf(text);
  t.equal(quote(qs, 'I want nothing').text, 'I want nothing from the club. I am here to help');
  t.equal(who(quote(qs, 'I want nothing')), 'person:Ali Shah');
  // a paragraph after one that was closed is no run-on's end
  t.notOk(quotesOf('“We are ready,” said Ali Shah.\n‘Rules are rules, he said.').some((q) => q.text.startsWith('Rules')));
});

t.test('a participle after an inverted cue takes the subject named after that cue', async (t) => {
  const qs = quotesOf('“The ministers will be named soon,” said Ali Shah, adding that “all groups are in the cabinet.”');
  t.equal(who(quote(qs, 'all groups')), 'person:Ali Shah');
});

t.test('a phrase in marks after "apologised" is the apologiser’s own words', async (t) => {
  const qs = quotesOf('Transport Minister Ali Shah apologised to passengers for the “regrettable and avoidable” delays on Monday.');
  t.equal(quote(qs, 'regrettable').type, 'direct');
  t.equal(who(quote(qs, 'regrettable')), 'person:Ali Shah');
});

t.test('a relative naming its antecedent gives the phrase in marks to its subject: "which he called “...”"', async (t) => {
  const qs = quotesOf('Senator Maria Lopez backed the two farm bills, which she called "a lifeline for rural towns."');
  t.equal(quote(qs, 'a lifeline').type, 'direct');
  t.equal(who(quote(qs, 'a lifeline')), 'person:Maria Lopez');
});

t.test('after a title noun, a phrase opening with a preposition of time is the speaker’s, no title', async (t) => {
  const qs = quotesOf('Spokesperson Anna Berg said the board would review the loan programme "within a month".');
  t.equal(quote(qs, 'within a month').type, 'direct');
  t.equal(who(quote(qs, 'within a month')), 'person:Anna Berg');
});

t.test('a participle of naming gives the phrase in marks to the subject', async (t) => {
  const qs = quotesOf('Mayor Lina Park praised the nurses, calling them ‘the quiet heroes’ of the city.');
  t.equal(quote(qs, 'the quiet').text, 'the quiet heroes');
  t.equal(who(quote(qs, 'the quiet')), 'person:Lina Park');
});
