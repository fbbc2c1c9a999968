import t from 'tap';
import { quote, quotesOf, who } from './quote-helpers.js';

t.test('explicit name: full name as first given, without title or honorific', async (t) => {
  const qs = quotesOf('US State Department Principal Deputy Spokesperson Vedant Patel said the US wanted stability.');
  t.equal(who(quote(qs, 'the US wanted')), 'person:Vedant Patel');
  t.equal(quote(qs, 'the US wanted').speaker?.mention, 'US State Department Principal Deputy Spokesperson Vedant Patel');
  t.ok(quote(qs, 'the US wanted').confidence > 0.9);
});

t.test('surname and "Mr X" resolve to the full name', async (t) => {
  const qs = quotesOf(
    'Sindh Chief Minister Nadeem Akbar Soomro presented the budget. Soomro said the budget focused on floods. Mr Soomro said the province was owed money.',
  );
  t.equal(who(quote(qs, 'the budget focused')), 'person:Nadeem Akbar Soomro');
  t.equal(who(quote(qs, 'the province was')), 'person:Nadeem Akbar Soomro');
});

t.test('a phrase of occasion after a source names no one: "said the minister on his arrival to X"', async (t) => {
  const qs = quotesOf(
    'Kerala Chief Minister Anil Varghese opened the bridge. “The work is done,” said the Chief Minister on his arrival to Kochi. “Traffic will ease,” said the minister at a news conference in Thrissur. “It cost less,” said the minister on Friday in Alappuzha. “Thanks to all,” said the minister upon arrival in Kannur.',
  );
  for (const q of ['The work is done', 'Traffic will ease', 'It cost less', 'Thanks to all']) {
    t.equal(who(quote(qs, q)), 'person:Anil Varghese', q);
  }
  t.equal(quote(qs, 'The work is done').speaker?.mention, 'the Chief Minister');
});

t.test('a workplace after an unnamed source is part of its description, not an occasion', async (t) => {
  const qs = quotesOf('“Prices will fall,” said a trader at a Kochi spice market.');
  t.equal(quote(qs, 'Prices will fall').speaker?.mention, 'a trader at a Kochi spice market');
});

t.test('a bare name after two spellings of the Arabic article goes to the one person', async (t) => {
  const qs = quotesOf(
    'Foreign ministry spokesman Omar al-Harbi said the talks had begun. “We will need time,” Omar Al-Harbi told reporters. Harbi said the teams were still in the capital.',
  );
  t.equal(who(quote(qs, 'We will need time')), 'person:Omar al-Harbi');
  t.equal(who(quote(qs, 'the teams were')), 'person:Omar al-Harbi');
});

t.test('delayed identification: a role in the lede, the name in the next paragraph', async (t) => {
  const lede = 'The province’s finance minister said on Monday that the budget would be passed.';
  const cases: [string, string, string][] = [
    ['\n\nSpeaking at a seminar, Zahid Baloch said that salaries would rise.', 'person:Zahid Baloch', 'named next'],
    ['\n\nChief Minister Zahid Baloch said that salaries would rise.', 'anonymous', 'the next name holds another office'],
    ['\n\nThe session ran late.\n\nZahid Baloch said that salaries would rise.', 'anonymous', 'named two paragraphs on'],
    ['', 'anonymous', 'no one named at all'],
    [
      '\n\nAddressing a seminar in Quetta, Zahid Baloch said that salaries would rise.',
      'person:Zahid Baloch',
      'a name only the source gives',
    ],
  ];
  for (const [rest, want, why] of cases) t.equal(who(quote(quotesOf(lede + rest), 'the budget would')), want, why);
  const later = quotesOf(
    `${lede}\n\nSpeaking at a seminar, Zahid Baloch said that salaries would rise.\n\nThe finance minister said that the deficit was falling.`,
  );
  t.equal(who(quote(later, 'the deficit was')), 'person:Zahid Baloch', 'the role again later');
  const before = quotesOf(`Zahid Baloch, a trader, left early. ${lede}\n\nAyesha Karim said that salaries would rise.`);
  t.not(who(quote(before, 'the budget would')), 'person:Ayesha Karim', 'someone was named before the role');
});

t.test('a role noun whose modifier names another office is not its holder', async (t) => {
  const qs = quotesOf('Prime Minister Imran Khan visited the city. The information minister said that the visit was unannounced.');
  t.not(who(quote(qs, 'the visit was')), 'person:Imran Khan');
});

t.test('a name given in an apposition after a description', async (t) => {
  const qs = quotesOf(
    'Meanwhile, the chairperson of the Senate Committee on Power, Senator Nusrat Bano Jatoi, said the committee would meet. Sher Bahadur, a father of four, said he had refused the drops.',
  );
  t.equal(who(quote(qs, 'the committee would')), 'person:Nusrat Bano Jatoi');
  t.equal(who(quote(qs, 'he had refused')), 'person:Sher Bahadur');
});

t.test('a fixed epithet names its body: the military’s media wing is the ISPR', async (t) => {
  const qs = quotesOf('Four soldiers were martyred in an attack on a checkpost in Bannu, the military’s media wing said on Friday.');
  t.equal(who(quote(qs, 'Four soldiers')), 'organization:Inter-Services Public Relations');
});

t.test('organisation as speaker, with its acronym', async (t) => {
  const qs = quotesOf(
    'The Election Commission of Pakistan (ECP) on Thursday announced that the list would be published. The ECP, in a statement issued later, said the allegations were baseless.',
  );
  t.equal(who(quote(qs, 'the list would')), 'organization:Election Commission of Pakistan');
  t.match(who(quote(qs, 'the allegations')), /^organization:(Election Commission of Pakistan|ECP)$/);
});

t.test('anonymous sources keep their mention; a pronoun for one stays anonymous', async (t) => {
  const text =
    'Two government officials, who requested anonymity, said the Fund had pressed for a levy. One of them said the talks had stalled. A senior official at the Foreign Office told reporters that a proposal was ready. “It actually works,” he said. Analysts said a programme was essential.';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'the Fund had')), 'anonymous');
  t.equal(quote(qs, 'the Fund had').speaker?.mention, 'Two government officials');
  t.equal(who(quote(qs, 'the talks had')), 'anonymous');
  t.equal(who(quote(qs, 'a proposal was')), 'anonymous');
  t.equal(who(quote(qs, 'It actually')), 'anonymous');
  t.equal(quote(qs, 'It actually').speaker?.mention, 'he');
  t.equal(who(quote(qs, 'a programme')), 'anonymous');
});

t.test('office-bearers of a named body are an unnamed group, not the body', async (t) => {
  const qs = quotesOf('The Lahore Traders Association (LTA) met on Monday. LTA office-bearers said that the strike would go on.');
  t.equal(who(quote(qs, 'the strike would')), 'anonymous');
});

t.test('"a resident named X" is the person X, not an unnamed source', async (t) => {
  const qs = quotesOf('“The market is empty,” said a shopkeeper named Gul Khan. “We waited all night,” said a resident named Tawab.');
  t.equal(who(quote(qs, 'The market')), 'person:Gul Khan');
  t.equal(who(quote(qs, 'We waited')), 'person:Tawab');
});

t.test('an unnamed spokesperson of a named body is anonymous, not the body', async (t) => {
  const qs = quotesOf('A NAB spokesperson said the inquiry was closed.');
  t.equal(who(quote(qs, 'the inquiry')), 'anonymous');
});

t.test('pronouns go to the latest compatible source, across sentences and paragraphs', async (t) => {
  const text =
    'Foreign Office spokesperson Sadia Noor Baig spoke on Thursday.\n\nShe stressed that safety was a priority. Chief selector Tanveer Iqbal Nagra said the committee would watch. He denied that the squad was final.\n\nThey said nothing more.';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'safety was')), 'person:Sadia Noor Baig');
  t.equal(who(quote(qs, 'the squad')), 'person:Tanveer Iqbal Nagra');
});

t.test('a gendered pronoun skips a person already known to be of the other gender', async (t) => {
  const text =
    'Minister Rabia Anwar Bhutta said the corridor was open. She said trade was frozen. Professor Rakesh Menon said the deal mattered. She added that visas were next.';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'trade was frozen')), 'person:Rabia Anwar Bhutta');
  t.equal(who(quote(qs, 'the deal mattered')), 'person:Rakesh Menon');
});

t.test('a pronoun with nobody before it has no speaker', async (t) => {
  const qs = quotesOf('He said the plan would fail.');
  t.equal(quote(qs, 'the plan').speaker, null);
  const group = quotesOf('Minister Ali Raza met the traders on Monday. They said that taxes were too high.');
  t.equal(who(quote(group, 'taxes were')), 'anonymous', '"they" with no group or body before it: an unnamed group');
  const body = quotesOf(
    'The Lahore High Court on Friday heard the petitions. Justice Amna Qureshi adjourned the hearing till July. They said that the delay was unlawful. ' +
      'The Pakistan Cricket Board filed its reply on Monday. They said that the funds had been released.',
  );
  t.equal(who(quote(body, 'the delay')), 'anonymous', 'not a body named before the person last heard of');
  t.equal(who(quote(body, 'the funds')), 'organization:Pakistan Cricket Board', 'a body just named');
});

t.test('a pronoun can point back to the subject of a sentence that is not a quote', async (t) => {
  const qs = quotesOf(
    'Federal Minister Sohail Anjum Rathore said the deals were signed. A Pakistani official said privately that other deals were stuck. Rathore, however, was optimistic. He said both sides would meet in August.',
  );
  t.equal(who(quote(qs, 'both sides')), 'person:Sohail Anjum Rathore');
});

t.test('the subject of a fronted "asked whether" clause is what was asked about, not who answers', async (t) => {
  const text =
    'The ministry said President Omar Haddad would sign the bill, but spokeswoman Lina Farouk declined to give a date. ' +
    '“He wants it passed,” Farouk said. Asked whether the president would veto the budget, she said, “I will not guess.” ' +
    'When asked if the president was angry, she said that he was calm.';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'I will not guess')), 'person:Lina Farouk');
  t.equal(who(quote(qs, 'he was calm')), 'person:Lina Farouk');
});

t.test('"he added" goes on from a speaker, not from a person the sentences since only named', async (t) => {
  const qs = quotesOf(
    'Provincial Minister Jan Achakzai said the trains would run on time. Caretaker Prime Minister Anwar Kakar had directed ' +
      'the railways to cut fares. The fares would fall by half, he added. Kakar had also said that the lines would be upgraded. ' +
      'Kakar then toured the station. The work would start in May, he added.',
  );
  t.equal(who(quote(qs, 'The fares would')), 'person:Jan Achakzai');
  t.equal(who(quote(qs, 'The work would')), 'person:Anwar Kakar', 'one who has spoken before is a speaker going on');
});

t.test('people named together in a subject are a group, not the one named last', async (t) => {
  const qs = quotesOf(
    'Senior Minister Sharjeel Memon said the relief cell was open. Spokespersons Mustafa Baloch, Wahid Halipota and Tahseen Abidi ' +
      'will be present in the cell. He said that the cell would run all night. Minister Ali Pervaiz said exports had fallen. ' +
      'Patron-in-chief Gohar Ejaz and other office bearers were also present. He lamented that gas prices were high. ' +
      'Chairman Asad Umar and members of the board attended. They said that the plan was sound.',
  );
  t.equal(who(quote(qs, 'the cell would')), 'person:Sharjeel Memon', 'a list of names');
  t.equal(who(quote(qs, 'gas prices')), 'person:Ali Pervaiz', 'a name and others');
  t.equal(who(quote(qs, 'the plan was')), 'anonymous', '"they" takes up the group');
  const cut = quotesOf(
    'Senior Minister Sharjeel Memon said the relief cell was open. Spokespersons Mustafa Baloch, Wahid Halipota, and Tahseen Abidi, ' +
      'along with other officials, will be present in the cell. He said that boats were ready.',
  );
  t.equal(who(quote(cut, 'boats were')), 'person:Sharjeel Memon', 'one name of a list kept as the subject');
});

t.test('a source that is itself a list of people is a group; two names alone are not', async (t) => {
  const qs = quotesOf(
    'The farmers K Ravi, S Pillai and A Rao of Salem, in their petition, submitted that the land was theirs. ' +
      'Ward member Meena Das and others said that the road was blocked. ' +
      'Mayor Karan Shah and Councillor Priya Nair said the budget was tight. ' +
      'Minister Omar Farooq, flanked by Ravi Kumar and Anand Rao, said the dam would open.',
  );
  t.equal(who(quote(qs, 'the land was')), 'anonymous', 'a plural noun before the names, the finder cutting the list');
  t.equal(who(quote(qs, 'the road was')), 'anonymous', 'a name and others');
  t.not(who(quote(qs, 'the budget was')), 'anonymous', 'two names alone keep one person');
  t.equal(who(quote(qs, 'the dam would')), 'person:Omar Farooq', 'names in an aside are not the list');
});

t.test('a subject naming a second person in a complement of the first is the first', async (t) => {
  const qs = quotesOf(
    'Farai Ncube, a spokesman for the rival camp, said the roll was outdated. Campaign Director Tendai Moyo of the Movement for ' +
      'Change formation of presidential candidate Simba Dube expressed disbelief at the claim. He said the roll had errors.',
  );
  t.equal(who(quote(qs, 'the roll had')), 'person:Tendai Moyo');
});

t.test('role nouns: the person holding that role, or the body last heard from', async (t) => {
  const text =
    'Chief Justice Naveed Akhtar Chaudhry heard the petitions on Tuesday. “Local governments are a constitutional requirement,” the chief justice remarked. The Pakistan Cricket Board said it had revised the contracts. The board added that the coach had backed the plan.';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'Local governments')), 'person:Naveed Akhtar Chaudhry');
  t.equal(who(quote(qs, 'the coach had')), 'organization:Pakistan Cricket Board');
});

t.test('a document speaks for the body that issued it', async (t) => {
  const text =
    'The Foreign Office said in a statement that the secretary had met the ambassador. The two sides, the statement added, agreed to meet again. According to a statement issued by the Special Investment Facilitation Council (SIFC), the agreements include a copper venture.';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'The two sides')), 'organization:Foreign Office');
  t.match(who(quote(qs, 'the agreements include')), /^organization:(Special Investment Facilitation Council|SIFC)$/);
  const authored = quotesOf(
    'Turnout was about half of the electorate, according to early estimates by the national electoral board.\n\n' +
      'A long strike would cut growth by a point, according to an estimate by the Budget Office.',
  );
  t.equal(who(quote(authored, 'Turnout was')), 'organization:national electoral board', 'the author right after "by"');
  t.equal(who(quote(authored, 'A long strike')), 'organization:Budget Office');
});

t.test('a quote paragraph with no cue takes the previous quote’s speaker', async (t) => {
  const text =
    '“We are not against reform,” Kashif Mehmood Sandhu told The Nation. “If the government wants results, it should fill the posts.”';
  const qs = quotesOf(text);
  t.equal(who(quote(qs, 'If the government')), 'person:Kashif Mehmood Sandhu');
  t.ok(quote(qs, 'If the government').confidence < quote(qs, 'We are not').confidence);
});

t.test('a quote paragraph going on from one whose source no sieve names has no speaker either', async (t) => {
  const text =
    'Crown Prosecutor Linda Baker told the court the man had visited the house twice.\n\n' +
    'Scott Reed was remanded in custody last month.\n\n' +
    '“Being in prison has made my client reflect,” said his solicitor.\n\n' +
    '“He accepts that his behaviour was wrong.”';
  const qs = quotesOf(text);
  t.equal(quote(qs, 'Being in prison').speaker, null);
  t.equal(quote(qs, 'He accepts').speaker, null, 'not the man named before it');
});

t.test('a capitalised name the entity finder does not list is still a person', async (t) => {
  const qs = quotesOf('“The water took everything,” said Gul Bano Qalandrani, sitting beside her belongings.');
  t.equal(who(quote(qs, 'The water')), 'person:Gul Bano Qalandrani');
});

t.test('"its chief executive" before the person is named: the role noun looks ahead', async (t) => {
  const qs = quotesOf(
    'The airline will resume flights to Europe, its chief executive said on Monday. Chief Executive Officer Amir Hayat said the requirements were met.',
  );
  t.equal(who(quote(qs, 'The airline will')), 'person:Amir Hayat');
});

t.test('"Kenya\'s president" is a role noun; "Pakistan\'s interior ministry" names a body afresh', async (t) => {
  const qs = quotesOf(
    "Kenya's president defended the bill, insisting the taxes were needed. President William Ruto spoke from State House. The Ministry of Refugees said the camps were full. Pakistan's interior ministry has said the campaign targets only illegal migrants.",
  );
  t.equal(who(quote(qs, 'the taxes were')), 'person:William Ruto');
  t.equal(who(quote(qs, 'the campaign targets')), "organization:Pakistan's interior ministry");
});

t.test('a body named as a sentence subject is what "the group" points back to', async (t) => {
  const qs = quotesOf(
    'Police said they had arrested 37 people. Amnesty International accused the security forces of using excessive force. In a statement, the rights group said two protesters had been shot dead.',
  );
  t.equal(who(quote(qs, 'two protesters')), 'organization:Amnesty International');
});

t.test('the subject of a sentence is found past a relative clause', async (t) => {
  const qs = quotesOf(
    'Aptma chairman Kamran Arshad said more mills had closed. FCCI president Dr Khurram Tariq, who also spoke on the occasion, supported the demand. He said exports had fallen.',
  );
  t.equal(who(quote(qs, 'exports had fallen')), 'person:Khurram Tariq');
});

t.test('a role noun prefers the title that holds all its words, then its head, then a word of it', async (t) => {
  const minister = quotesOf(
    'Sindh Chief Minister Rafiq Ahmed Soomro met farmers. Sindh Irrigation Minister Ghulam Qadir Jatoi said the canals were dry. ' +
      'The chief minister said water would come. The provincial minister said the barrage was shut.',
  );
  t.equal(who(quote(minister, 'water would come')), 'person:Rafiq Ahmed Soomro');
  t.equal(who(quote(minister, 'the barrage was')), 'person:Rafiq Ahmed Soomro', 'the last minister spoken of');
  const police = quotesOf(
    'Lahore Capital City Police Officer Amjad Farooq Cheema spoke. Muhammad Rafiq, a trader, said he had paid. ' +
      'The police chief said every complaint was registered.',
  );
  t.equal(who(quote(police, 'every complaint')), 'person:Amjad Farooq Cheema');
});

t.test('a court order speaks for the judge named before it, not the court', async (t) => {
  const qs = quotesOf(
    'The Islamabad High Court (IHC) suspended the ban. Justice Kamran Aslam Bhutta, who heard the petition, said it was unlawful. ' +
      'The order said the regulator had acted beyond its mandate.',
  );
  t.equal(who(quote(qs, 'the regulator had')), 'person:Kamran Aslam Bhutta');
  const unnamed = quotesOf(
    'The Islamabad High Court (IHC) heard Sana Mirza Khan. The order said the regulator had acted beyond its mandate.',
  );
  t.equal(who(quote(unnamed, 'the regulator had')), 'organization:Islamabad High Court', 'no judge named: the court');
});

t.test('"Bangladesh\'s main opposition party" is the party named next with the owner in its name', async (t) => {
  const qs = quotesOf(
    "Bangladesh's main opposition party said it would boycott the polls. The Awami League Party met. " +
      "Pakistan's ruling party said it would win. The Bangladesh Nationalist Party (BNP) said its activists had been arrested.",
  );
  t.equal(who(quote(qs, 'it would boycott')), 'organization:Bangladesh Nationalist Party');
  t.not(who(quote(qs, 'it would win')), 'organization:Bangladesh Nationalist Party');
});

t.test('the one a question was asked of answers it: "she replied" is not the asker', async (t) => {
  const qs = quotesOf(
    'At the briefing, a journalist asked Foreign Office spokesperson Ayesha Farooq Naqvi: “Has Pakistan received any assurance?”\n\n' +
      '“The assurances we have are the commitments made at the highest level,” she replied.',
  );
  t.equal(who(quote(qs, 'Has Pakistan')), 'anonymous');
  t.equal(who(quote(qs, 'The assurances')), 'person:Ayesha Farooq Naqvi');
});

t.test('"WHO" in capitals opening a subject is the body, not a relative pronoun: "He said" is the person it names', async (t) => {
  const qs = quotesOf(
    'Chief Minister Ghazala Anwar spoke first. Speaking on the occasion, WHO Provincial Team Lead Dr Kwame Asante lauded the workers. ' +
      'He said samples had tested positive.',
  );
  t.equal(who(quote(qs, 'samples had')), 'person:Kwame Asante');
});

t.test('the manner of saying is a cue: "laughed", "joked"', async (t) => {
  const qs = quotesOf(
    'Dubai Police director Khalid Saeed Al Muhairi urged fans to come early.\n\n' +
      '"If we lose, I am taking Monday off," laughed Usman Tariq, a Pakistani accountant. Vikram Nair joked that he would too.',
  );
  t.equal(who(quote(qs, 'If we lose')), 'person:Usman Tariq');
  t.equal(who(quote(qs, 'he would too')), 'person:Vikram Nair');
});

t.test('a name after a preposition places or relates the source; it does not speak', async (t) => {
  const qs = quotesOf(
    'Security forces raided a compound near Mir Ali, police chief Ahmed Raza Khan said.\n\n' +
      'Local elders in Mir Ali, meanwhile, said a curfew had been imposed. Elders said the roads were shut. ' +
      'A lawyer for Ahmed Raza Khan said the raid was lawful.',
  );
  t.equal(who(quote(qs, 'a curfew')), 'anonymous');
  t.equal(who(quote(qs, 'the roads')), 'anonymous', 'elders are an unnamed source');
  t.equal(who(quote(qs, 'the raid was')), 'anonymous');
});

t.test('a name after a preposition, "the" and a modifier still only relates the source', async (t) => {
  const qs = quotesOf(
    'Two members of the hardline Liberty Caucus said they would vote against the bill. ' +
      'Minister for information Saima Noreen Bhatti said the vote would be held on Friday.',
  );
  t.equal(who(quote(qs, 'they would vote')), 'anonymous');
  t.equal(who(quote(qs, 'the vote would')), 'person:Saima Noreen Bhatti', 'a lower-case portfolio is no modifier');
});

t.test('an epithet of nationality or age points back to the last person heard from', async (t) => {
  const qs = quotesOf(
    'Pakistan head coach Grant Whitfield insisted his side had moved on.\n\n' +
      '“We were outplayed that night,” the New Zealander said. “A final is different,” the Australian said. ' +
      '“We are ready,” the 54-year-old added. “It is hot,” the Martian said.',
  );
  t.equal(who(quote(qs, 'We were outplayed')), 'person:Grant Whitfield');
  t.equal(who(quote(qs, 'A final')), 'person:Grant Whitfield', 'a demonym used as a noun');
  t.equal(who(quote(qs, 'We are ready')), 'person:Grant Whitfield');
  t.not(who(quote(qs, 'It is hot')), 'person:Grant Whitfield', 'no nationality, no epithet');
  t.equal(who(quotesOf('“We are ready,” the Briton said.')[0]), 'anonymous', 'no one to point back to: unnamed');
});

t.test('aid groups are bodies, with their acronyms; "the charity" and "WHO figures" speak for them', async (t) => {
  const qs = quotesOf(
    'Doctors Without Borders (MSF) said in a statement that its teams had treated 2,500 patients. ' +
      '"What we are seeing is the result of a war," the charity said.\n\n' +
      'The World Health Organization warned of cholera.\n\nMore than 210,000 cases have been reported, according to WHO figures.\n\n' +
      'MSF added that water was scarce.',
  );
  t.equal(who(quote(qs, 'its teams')), 'organization:Doctors Without Borders');
  t.equal(who(quote(qs, 'What we are seeing')), 'organization:Doctors Without Borders');
  t.equal(who(quote(qs, 'More than 210,000')), 'organization:World Health Organization');
  t.equal(who(quote(qs, 'water was scarce')), 'organization:Doctors Without Borders', 'the bracketed acronym is its alias');
});

t.test('an acronym no body goes by is the initials of a title: "the IGP" is the Inspector General of Police', async (t) => {
  const qs = quotesOf(
    'Khyber Pakhtunkhwa Inspector General of Police Zulfiqar Hameed Marwat visited the injured. Ahmed Ali Shah said the road was shut. ' +
      'The Inter-Services Public Relations (ISPR) said the area was cordoned off.\n\n' +
      '“The nature of these attacks has changed,” the IGP said. “We will respond,” the DIG said.\n\n' +
      '“Troops are alert,” the ISPR said.',
  );
  t.equal(who(quote(qs, 'The nature')), 'person:Zulfiqar Hameed Marwat');
  t.not(who(quote(qs, 'We will respond')), 'person:Zulfiqar Hameed Marwat', "initials of no one's title");
  t.equal(who(quote(qs, 'Troops are alert')), 'organization:Inter-Services Public Relations', "a body's acronym stays the body");
  const named = quotesOf(
    'The forecast was issued by the department under Director General Subrat Kumar Mishra.\n\n“Relief is near,” the DG said.',
  );
  t.equal(who(quote(named, 'Relief is near')), 'person:Subrat Kumar Mishra', 'named before though never heard from');
  const spelled = quotesOf(
    'Balochistan Inspector General of Police (IGP) Moazzam Jah Ansari on Monday said the roads were open.\n\n' +
      'Speaking at a ceremony, the IGP said recruitment would start soon.',
  );
  t.equal(who(quote(spelled, 'recruitment')), 'person:Moazzam Jah Ansari', 'the acronym in brackets spells the words before it');
  const court = quotesOf(
    'Sindh High Court (SHC) Chief Justice Aqeel Ahmed Abbasi heard the appeal on Monday.\n\n' +
      'The SHC CJ said the provincial government had ignored the order. The ABC CJ said the hearing was over.',
  );
  t.equal(
    who(quote(court, 'the provincial government')),
    'person:Aqeel Ahmed Abbasi',
    "a body's acronym before the title says whose it is",
  );
  t.not(who(quote(court, 'the hearing')), 'person:Aqeel Ahmed Abbasi', 'not when the first acronym is no body of the article');
});

t.test("a title acronym read off the words before the holder's name, with a force, a body or a surname beside it", async (t) => {
  const police = quotesOf(
    'Capital City Police Officer Faisal Karim Shah told reporters on Monday that 40 gangs had been broken up.\n\n' +
      'The CCPO Multan said raids would go on. The Multan police chief said two officers had been hurt.\n\n' +
      'IG Police said the roads were safe.',
  );
  t.equal(who(quote(police, 'raids would')), 'person:Faisal Karim Shah', 'a city after the acronym');
  t.equal(who(quote(police, 'two officers')), 'person:Faisal Karim Shah', 'the police chief heads the police');
  t.equal(who(quote(police, 'the roads')), 'anonymous', 'a force after an acronym no one here holds');
  const kashmir = quotesOf(
    'Azad Jammu Kashmir Prime Minister Tariq Mehmood Awan chaired a meeting on Friday.\n\n' +
      'The AJK PM said that the hospitals would open. The ABC PM said the roads would close.',
  );
  t.equal(who(quote(kashmir, 'the hospitals')), 'person:Tariq Mehmood Awan', 'initials of the words before the title');
  t.equal(who(quote(kashmir, 'the roads')), 'none', "initials that spell no holder's words");
  const court = quotesOf(
    'Chief Justice Athar Minullah heard the petition on Monday.\n\nCJ Minallah said the reply was not enough. CJ Ahmed said the bench would rise.',
  );
  t.equal(who(quote(court, 'the reply')), 'person:Athar Minullah', 'the surname spelt with other vowels');
  t.not(who(quote(court, 'the bench')), 'person:Athar Minullah', 'another surname');
  const given = quotesOf(
    'Deputy Commissioner of Police Ravi K told reporters that the road was shut.\n\nDCP Ravi said two cars were seized. DCP Mohan said the fines were paid.',
  );
  t.equal(who(quote(given, 'two cars')), 'person:Ravi K', 'the given name after the initials');
  t.not(who(quote(given, 'the fines')), 'person:Ravi K', 'another given name');
});

t.test('"the spokesperson" after "a ... spokesperson" is that unnamed source, unless a holder spoke since', async (t) => {
  const qs = quotesOf(
    'Party spokesperson on energy Nadia Rehman Qazi said the bills were unfair.\n\n' +
      'A Sui Gas spokesperson, in a statement, said the tariff was set by the regulator. “We only collect it,” the spokesperson added.\n\n' +
      'Later Ms Qazi said the answer was not enough. The spokesperson said the party would protest.',
  );
  t.equal(who(quote(qs, 'We only collect it')), 'anonymous');
  t.equal(who(quote(qs, 'the party would protest')), 'person:Nadia Rehman Qazi', 'the holder was heard from since');
});

t.test('"the judge" is the one styled "Justice", not the lawyer heard from last', async (t) => {
  const qs = quotesOf(
    'Justice Tariq Mehmood Jahangiri heard the petition. Advocate General Farhan Ali Bukhari argued that the ban was lawful.\n\n' +
      '"A ban needs a reason on the record," the judge remarked.',
  );
  t.equal(who(quote(qs, 'A ban needs')), 'person:Tariq Mehmood Jahangiri');
});

t.test('a company named in full is then called by its distinctive word', async (t) => {
  const qs = quotesOf(
    'BRUSSELS (Reuters) - Regulators fined Tarvon Systems and Kestrel Air Cargo on Monday.\n\n' +
      'Tarvon said it would appeal. Kestrel said it would pay. China said the fines were unfair.',
  );
  t.equal(who(quote(qs, 'it would appeal')), 'organization:Tarvon Systems');
  t.not(who(quote(qs, 'it would pay')), 'organization:Kestrel Air Cargo', 'the rest of the name is no designator');
  t.equal(who(quote(qs, 'the fines were unfair')), 'organization:China');
});

t.test("a comma inside a body's name does not cut it", async (t) => {
  const qs = quotesOf('The money will fund clean water, the Foreign, Commonwealth and Development Office (FCDO) said.');
  t.equal(who(quote(qs, 'The money')), 'organization:Foreign, Commonwealth and Development Office');
});

t.test('"the order" speaks for the judge named last before it, not the last judge of the article\'s list', async (t) => {
  const qs = quotesOf(
    'The bench was headed by Justice Ijaz Hussain Bhatti and constituted by Chief Justice Zahid Hameed Lashari.\n\n' +
      'In an order authored by Justice Bhatti, the bench ruled. The order also said the safeguards existed only on paper.',
  );
  t.equal(who(quote(qs, 'the safeguards')), 'person:Ijaz Hussain Bhatti');
});

t.test('a capitalised title used as a role noun is the person holding it: "The Home Minister", "the PCB Chairman"', async (t) => {
  const qs = quotesOf(
    'Interior Minister Karim Baloch said on Monday that the roads were open.\n\n' +
      'The Interior Minister said the convoy would leave at dawn. Board of Revenue (BOR) Chairman Sadia Khan met traders. ' +
      'Later the BOR Chairman confirmed that the tax would stay.',
  );
  t.equal(who(quote(qs, 'the convoy')), 'person:Karim Baloch');
  t.equal(who(quote(qs, 'the tax would')), 'person:Sadia Khan');
  const place = quotesOf('Senator Jane Holt spoke first. “Not again,” the Ohio senator said.');
  t.equal(who(quote(place, 'Not again')), 'person:Jane Holt', 'a place right after the article still describes the holder');
  const body = quotesOf('The Karachi Port Trust said the berth was shut.');
  t.equal(who(quote(body, 'the berth')), 'organization:Karachi Port Trust', 'a capitalised name is no role noun');
  const cabinet = quotesOf('The Foreign Office said talks were due. The Federal Cabinet said the budget was ready.');
  t.equal(who(quote(cabinet, 'the budget')), 'organization:Federal Cabinet', 'a body in title words names itself, not the body before');
});

t.test('one named inside reported speech is no antecedent for the next pronoun', async (t) => {
  const qs = quotesOf(
    'Foreign Office spokesman Tariq Mehmood said on Monday that the talks would go on.\n\n' +
      'Prime Minister Imran Aziz has always backed a peaceful settlement, he added. He said a delegation would travel next week.\n\n' +
      'The committee members, Planning Minister Sana Rauf added, would meet again. She said the date was set.',
  );
  t.equal(who(quote(qs, 'Prime Minister Imran Aziz')), 'person:Tariq Mehmood');
  t.equal(who(quote(qs, 'a delegation')), 'person:Tariq Mehmood', 'not the prime minister named in what he said');
  t.equal(who(quote(qs, 'the date')), 'person:Sana Rauf', 'a parenthetical cue inside its own quotation still counts');
});

t.test('"the official" points back to an unnamed official, else to the person last heard from', async (t) => {
  const named = quotesOf(
    'Finance Secretary Nadia Qureshi told reporters that the talks had ended. The official also disclosed that a draft was ready.',
  );
  t.equal(who(quote(named, 'a draft')), 'person:Nadia Qureshi');
  const unnamed = quotesOf(
    'A ministry official said the deal was close. Minister Ali Raza said the budget would wait. The official said the bank had acted.',
  );
  t.equal(who(quote(unnamed, 'the bank had')), 'anonymous', 'the unnamed official, not the minister heard from since');
});

t.test('a role noun whose holder the article never names is an unnamed source', async (t) => {
  const qs = quotesOf('The commission rejected the report on Sunday. The spokesperson clarified that the schedule was fake.');
  t.equal(who(quote(qs, 'the schedule')), 'anonymous');
  const owned = quotesOf(
    'The Taliban said on Monday that the roads were open. “Prices have doubled,” said Mohammad Rafiq Nazari, a shopkeeper in Kandahar. ' +
      'However, the Taliban spokesman said that markets would calm soon.',
  );
  t.equal(who(quote(owned, 'markets would')), 'anonymous', 'the spokesman of a named body, not the shopkeeper heard last');
  const place = quotesOf(
    'Thomas Reddick, a Republican from Tulsa, warned that the deal was weak. “We have heard this before,” the Oklahoma senator said.',
  );
  t.equal(who(quote(place, 'We have heard')), 'person:Thomas Reddick', 'a place before the role describes its holder');
});

t.test('a country speaking is a body, not a person', async (t) => {
  const qs = quotesOf('North Korea said it would halt the talks. Venezuela said the vote was fair.');
  t.equal(who(quote(qs, 'it would halt')), 'organization:North Korea');
  t.equal(who(quote(qs, 'the vote')), 'organization:Venezuela');
});

t.test('a title acronym opening a sentence is a role noun: its holder, or an unnamed one', async (t) => {
  const qs = quotesOf(
    'LAHORE - Additional Advocate General Punjab Waseem Mumtaz Malik appeared before the court. ' +
      'The AAG said the province had filed its reply. The IGP said police had arrested three suspects. He added that more arrests were likely.',
  );
  t.equal(who(quote(qs, 'the province had')), 'person:Waseem Mumtaz Malik', 'a place after the title still holds it');
  t.equal(who(quote(qs, 'police had arrested')), 'anonymous', 'an IGP the article never names is no body');
  t.equal(who(quote(qs, 'more arrests')), 'anonymous');
  const body = quotesOf('The PDM said the march would go on.');
  t.equal(who(quote(body, 'the march')), 'organization:PDM', 'an acronym of no title stays a body');
  const national = quotesOf(
    'Chief Justice Arun Mehra on Monday heard the plea. Lawyer Kiran Rao argued for the state.\n\n' +
      '“Why was this filed so late?” the CJI said.',
  );
  t.equal(who(quote(national, 'Why was this')), 'person:Arun Mehra', 'the country’s initial after the title’s');
});

t.test('a role noun before two holders named together is neither of them', async (t) => {
  const story = (lede: string) =>
    quotesOf(
      `${lede}\n\n“Keep politics out of this room,” the judge said.\n\n` +
        'Justice Rafiq Ahmed and Justice Salma Khatun heard the petition.',
    );
  const first = story('A court in Dhaka adjourned the bail hearing on Sunday.');
  t.equal(who(quote(first, 'Keep politics')), 'anonymous', 'no one named before the judge');
  const after = story('A court in Dhaka adjourned the bail hearing of Kamal Hossain on Sunday.');
  t.equal(who(quote(after, 'Keep politics')), 'anonymous', 'someone else named before');
  const one = quotesOf(
    'A court in Dhaka adjourned the bail hearing of Kamal Hossain on Sunday.\n\n“Keep politics out of this room,” the judge said.\n\n' +
      'Justice Rafiq Ahmed heard the petition.',
  );
  t.equal(who(quote(one, 'Keep politics')), 'person:Rafiq Ahmed', 'one justice named after');
});

t.test('a role owned by a named body is a person: its holder, or an unnamed one', async (t) => {
  const qs = quotesOf(
    'ISLAMABAD: The Foreign Office spokesperson said talks with Kabul would resume. He added that no date had been set.\n\n' +
      'At the weekly briefing, Mumtaz Zahra Baloch, the Foreign Office spokesperson, said the envoy had been recalled.',
  );
  t.equal(who(quote(qs, 'talks with Kabul')), 'person:Mumtaz Zahra Baloch', 'the holder named just after');
  t.equal(who(quote(qs, 'no date had been set')), 'person:Mumtaz Zahra Baloch');
  const unnamed = quotesOf('LAHORE: The Punjab Police spokesman said two suspects had been arrested.');
  t.equal(who(quote(unnamed, 'two suspects')), 'anonymous', 'a holder never named is no body');
});

t.test('a middle initial "A." stays in the name; "the law officer" is not the judge heard from last', async (t) => {
  const qs = quotesOf(
    'LAHORE: A deputy attorney general argued that the petition was premature.\n\n' +
      'Justice Sadia A. Rehman observed that the court could hear the matter. The law officer then said the ministry needed time. ' +
      'The premier said the budget was ready.',
  );
  t.equal(who(quote(qs, 'the court could')), 'person:Sadia A. Rehman');
  t.equal(who(quote(qs, 'the ministry needed')), 'anonymous', 'a modifier the title lacks names another role');
});

t.test('"the" before a run of capitalised words names a body, unless the run is a title', async (t) => {
  const qs = quotesOf(
    'The Joint Chiefs of Staff said that the rocket landed at sea. The Congress on Monday alleged that the grant had been cut. The Society to Save Old Mills said it was alarmed by the plan. The Prime Minister said that talks would go on.',
  );
  t.equal(who(quote(qs, 'the rocket landed')), 'organization:Joint Chiefs of Staff');
  t.equal(who(quote(qs, 'the grant had')), 'organization:Congress');
  t.equal(who(quote(qs, 'it was alarmed')), 'organization:Society to Save Old Mills');
  t.not(who(quote(qs, 'talks would go')), 'organization:Prime Minister');
});

t.test('"said Sen. X": the quotation is the senator\'s, not a person called "Sen"', async (t) => {
  const qs = quotesOf('“Voters want answers,” said Sen. Tomas Reyna, a Nevada Republican. “We owe them that.”');
  t.equal(who(quote(qs, 'Voters want')), 'person:Tomas Reyna');
  t.equal(who(quote(qs, 'We owe them')), 'person:Tomas Reyna');
});

t.test('"The allies say": a plural group nobody named is an unnamed source', async (t) => {
  const qs = quotesOf('The two navies held drills near the strait. The allies say the exercises are defensive.');
  t.equal(who(quote(qs, 'the exercises are')), 'anonymous');
  t.equal(quote(qs, 'the exercises are').speaker?.mention, 'The allies');
});

t.test('a counted plural is an unnamed group, and "they" after it points back to it', async (t) => {
  const qs = quotesOf(
    'QUETTA: Governor Ahmed Raza Kakar chaired a meeting. More than 40 MPAs including two ministers called on him on Friday and expressed confidence in his leadership. They said that they would stand by him. Over 200 traders said the market would stay shut. A shopkeeper watched the crowd from his door. He said the talks were a waste of time.',
  );
  t.equal(who(quote(qs, 'they would stand')), 'anonymous');
  t.equal(quote(qs, 'they would stand').speaker?.mention, 'They');
  t.equal(who(quote(qs, 'the market')), 'anonymous');
  t.equal(quote(qs, 'the market').speaker?.mention, 'Over 200 traders');
  t.equal(who(quotesOf('An official who requested anonymity said the deal was close.')[0]), 'anonymous');
  // one unnamed person acting is not remembered for "he": the governor is the last person named
  t.equal(who(quote(qs, 'the talks')), 'person:Ahmed Raza Kakar');
});

t.test("a role noun after a possessive is the possessor's aide: all its words must be in the holder's title", async (t) => {
  const qs = quotesOf(
    'Prime Minister Daniel Rowe defended his cabinet. Health Secretary Omar Vance said waiting lists had fallen. The prime minister’s press secretary said the briefings came from outside the office. PTI chairman Gohar Ali Khan met the delegation. The party’s chairman said the talks would go on.',
  );
  t.equal(who(quote(qs, 'the briefings')), 'anonymous');
  t.equal(who(quote(qs, 'the talks')), 'person:Gohar Ali Khan');
});

t.test('a lawyer is never the client: "X\'s lawyer" and "the petitioner\'s counsel" find the titled lawyer', async (t) => {
  const qs = quotesOf(
    'The petition was moved through senior Advocate Tariq Hameed. Farid Anwar said in his petition that the mill had moved. ' +
      'The petitioner’s counsel said the ban had been ignored.\n\n' +
      'Former minister Salim Qadri appeared before the court. Qadri’s lawyer Nadia Rauf said the charges were old. ' +
      'Judge Amjad Bhatti said the hearing would resume. Qadri’s lawyer told the court that the jail had barred her visits.',
  );
  t.equal(who(quote(qs, 'the ban had')), 'person:Tariq Hameed', 'counsel is the Advocate, not the petitioner heard last');
  t.equal(who(quote(qs, 'the jail had')), 'person:Nadia Rauf', 'a named client makes the role noun point back');
  const unnamed = quotesOf('Judge Amjad Bhatti said the case was weak. The petitioner’s lawyer said the delay was unfair.');
  t.equal(who(quote(unnamed, 'the delay was')), 'anonymous', 'no lawyer named');
});
t.test('"the group" points back to "a <adjective> group of <people>" heard from since any body', async (t) => {
  const qs = quotesOf(
    'A cross-party group of MPs on Tuesday issued a statement saying the plan was flawed.\n\n' +
      '“We urge the minister to think again,” the group said.\n\n' +
      '“The public deserve better,” they wrote.',
  );
  t.equal(who(quote(qs, 'the plan was flawed')), 'anonymous');
  t.equal(who(quote(qs, 'We urge')), 'anonymous', 'no body named "group"');
  t.equal(who(quote(qs, 'The public deserve')), 'anonymous', '"they" is the same group');
  const body = quotesOf(
    'A small group of traders said prices had doubled. The Karachi Chamber of Commerce said the tax was to blame.\n\n' +
      '“Relief is needed,” the chamber said. “We will strike,” the group said.',
  );
  t.equal(who(quote(body, 'Relief is needed')), 'organization:Karachi Chamber of Commerce');
  t.not(who(quote(body, 'We will strike')), 'anonymous', 'a body was heard from since the group');
});

t.test('"The Caretaker Chief Minister" is a capitalised role noun: caretaker and interim say when the office is held', async (t) => {
  const qs = quotesOf(
    'Caretaker Chief Minister Sindh Maqbool Baqar on Monday chaired a meeting on flood relief.\n\n' +
      'The Caretaker Chief Minister said the relief camps would stay open until March.\n\n' +
      'The Interim Chief Minister added that teachers would be paid on time.',
  );
  t.equal(who(quote(qs, 'the relief camps')), 'person:Maqbool Baqar');
  t.equal(who(quote(qs, 'teachers would be paid')), 'person:Maqbool Baqar');
});

t.test('agency copy drops the article before a title: "Governor said", "Governor Sindh said" are the holder', async (t) => {
  const qs = quotesOf(
    'KARACHI: Governor Sindh Kamran Tessori on Tuesday met a delegation of exporters at Governor House.\n\n' +
      'Governor said that the port would reopen next week.\n\n' +
      'Governor Sindh said that exporters would get relief on gas prices. He said that the budget would help industry.\n\n' +
      'Chairman said that the talks went well.',
  );
  t.equal(who(quote(qs, 'the port would reopen')), 'person:Kamran Tessori');
  t.equal(who(quote(qs, 'exporters would get relief')), 'person:Kamran Tessori', 'a province is no one’s name');
  t.equal(who(quote(qs, 'the budget would help')), 'person:Kamran Tessori');
  t.not(who(quote(qs, 'the talks went well')), 'person:Kamran Tessori', 'a title the governor does not hold');
  const two = quotesOf(
    'PESHAWAR: Chief Minister Khyber Pakhtunkhwa Faisal Karim Durrani met traders on Monday.\n\n' +
      'Chief Minister Khyber Pakhtunkhwa said that the markets would reopen.',
  );
  t.equal(who(quote(two, 'the markets would reopen')), 'person:Faisal Karim Durrani', 'a province of two words');
  const senior = quotesOf(
    'LAHORE: Senior Minister Punjab Tariq Bashir reviewed wheat stocks on Sunday.\n\nSenior minister said that the mills would get wheat.\n\n' +
      'Senior officials said that the stocks were full.',
  );
  t.equal(who(quote(senior, 'the mills would')), 'person:Tariq Bashir', 'a rank before the title, written as the holder is');
  t.equal(who(quote(senior, 'the stocks were')), 'anonymous', 'a rank before a noun no one is titled with');
});

t.test('a person named as a possessor ("Khan\'s lawyer") is not the source: the noun after the possessive is', async (t) => {
  const qs = quotesOf(
    'ISLAMABAD: Former prime minister Imran Khan appeared before the court on Monday. Khan’s lawyer said the case was weak. ' +
      "Mr Khan's spokesman told reporters that the hearing was a farce.\n\n" +
      'Khan’s lawyer Salman Akram Raja said the trial was unfair. Later, Khan’s counsel said the bail plea would be filed.',
  );
  t.equal(who(quote(qs, 'the case was weak')), 'anonymous', 'an unnamed lawyer');
  t.equal(who(quote(qs, 'the hearing was a farce')), 'anonymous', 'an unnamed spokesman');
  t.equal(who(quote(qs, 'the trial was unfair')), 'person:Salman Akram Raja', 'the name after the role');
  t.not(who(quote(qs, 'the bail plea')), 'person:Imran Khan', 'never the possessor');
  const titled = quotesOf(
    'DELHI: Judge Ravi Kant Rao heard the pleas. Editor of The Daily Ledger Meera Nair’s lawyer told the court that the plea was urgent.\n\n' +
      '“Phones must be restored,” the lawyer told the bench.',
  );
  t.equal(who(quote(titled, 'the plea was urgent')), 'anonymous', 'a possessor with "of" in its title');
  t.equal(who(quote(titled, 'Phones must')), 'anonymous', 'and "the lawyer" after it');
});

t.test('a name inside the source phrase’s relative clause is not the source; "the eight rebels" is a group', async (t) => {
  const qs = quotesOf(
    'WASHINGTON: Speaker Kevin Marsh lost a vote on Tuesday.\n\n' +
      'The eight Republicans who voted to oust Kevin Marsh complained that he had relied on Democrats.\n\n' +
      'A senator who backed Marsh said that the party was split.',
  );
  t.equal(who(quote(qs, 'he had relied')), 'anonymous', 'the head comes before the relative clause');
  t.equal(who(quote(qs, 'the party was split')), 'anonymous');
});

t.test('a phrase between commas right after a name is an apposition of that person, not a second source', async (t) => {
  const qs = quotesOf(
    'KARACHI: Sana Mirza, Managing Director State Bank of Pakistan (SBP), praised the reforms, saying inflation was falling.\n\n' +
      'The State Bank of Pakistan (SBP), in a statement, said reserves had risen. On Monday, the bank, in its review, said exports grew.',
  );
  t.equal(who(quote(qs, 'exports grew')), 'organization:State Bank of Pakistan', 'no name before the comma');
  t.equal(who(quote(qs, 'inflation was falling')), 'person:Sana Mirza');
  t.equal(who(quote(qs, 'reserves had risen')), 'organization:State Bank of Pakistan', 'a body on its own still speaks');
  const open = quotesOf(
    'DHAKA: Trade was brisk on Sunday.\n\nKamal Uddin, a fish trader said prices had doubled. He also said supply was thin.\n\n' +
      'Buyers waited for Rafiq Islam, a wholesaler said the market would close early.',
  );
  t.equal(who(quote(open, 'prices had doubled')), 'person:Kamal Uddin', 'an unclosed apposition to the name opening the sentence');
  t.equal(who(quote(open, 'supply was thin')), 'person:Kamal Uddin');
  t.not(who(quote(open, 'the market would')), 'person:Rafiq Islam', 'a name inside the sentence is no source');
});

t.test('"the spokesperson" speaks for another: never the minister last heard from', async (t) => {
  const qs = quotesOf(
    'Interior Minister Tariq Baig said the border would reopen on Monday.\n\nThe spokesperson said that the decision had been taken after talks.',
  );
  t.equal(who(quote(qs, 'the decision had been')), 'anonymous', 'an unnamed spokesperson');
  const held = quotesOf('Ministry spokesperson Hina Aslam said the visa rules were unchanged. The spokeswoman added that fees would fall.');
  t.equal(who(quote(held, 'fees would fall')), 'person:Hina Aslam', 'a holder of the role, whatever its form');
  for (const speaker of ['Speaking at a rally, Zahid Baloch', 'Baloch']) {
    const untitled = quotesOf(`${speaker} said the march would go ahead. The spokesman said that permits had been refused.`);
    t.equal(who(quote(untitled, 'permits had been')), 'anonymous', `not ${speaker}, who holds no title`);
  }
});

t.test('a person named only inside what another person says holds no role noun; a body’s statement names its own', async (t) => {
  const qs = quotesOf(
    'LAHORE: Punjab Chief Minister Farhan Qazi on Monday met flood victims in Multan.\n\n' +
      'Qazi said that opposition leader Bilal Rana had misled the farmers. The PML leader said he had ordered an inquiry.',
  );
  t.equal(who(quote(qs, 'he had ordered')), 'person:Farhan Qazi', 'not the opposition leader he spoke of');
  const own = quotesOf(
    'LAHORE: PML president Farhan Qazi addressed a rally on Monday. The PML chief said that Chief Minister Nadia Gul had failed the farmers.',
  );
  t.not(who(quote(own, 'Chief Minister Nadia Gul')), 'person:Nadia Gul', 'not one first named in the role noun’s own quotation');
  const body = quotesOf(
    'ISLAMABAD: According to a statement issued by the Senate Secretariat, Senate Chairman Omar Haleem has invited party leaders to a meeting. “The house is the forum for every dispute,” the chairman was quoted as saying.',
  );
  t.equal(who(quote(body, 'The house is')), 'person:Omar Haleem', 'a body’s statement names its own people');
});

t.test('a name set off by commas before its own pronoun is the pronoun’s antecedent (left dislocation)', async (t) => {
  const qs = quotesOf(
    'PESHAWAR: Traders at the crossing said business had picked up. A customs official said 600 trucks crossed daily.\n\n' +
      'When asked, Farida Noor, a shopkeeper from the town, she said prices had fallen.\n\n' +
      'Later, Ms Salma Iqbal, she said the road was open. Mr Imran Gul, she said the market was busy.\n\n' +
      'After meeting Imran Gul, he said the rates were fair. However, he said the queue was long.',
  );
  t.equal(who(quote(qs, 'prices had fallen')), 'person:Farida Noor', 'the name before its apposition');
  t.equal(who(quote(qs, 'the road was open')), 'person:Salma Iqbal', 'the name alone between commas');
  t.not(who(quote(qs, 'the market was busy')), 'person:Imran Gul', 'a man’s name is no antecedent of "she"');
  t.not(who(quote(qs, 'the rates were fair')), 'person:Imran Gul', 'an object inside the fronted phrase is not dislocated');
  t.not(who(quote(qs, 'the queue was long')), 'person:Imran Gul');
});

t.test('a dislocated name after a question or an exclamation: its sentence starts there', async (t) => {
  const qs = quotesOf(
    'PESHAWAR: Ms Salma Iqbal said the road to the market was open again.\n\n' +
      'Who would pay for the repairs? Farida Noor, she said the council would pay.\n\n' +
      'The bridge was shut! Imran Gul, he said the traffic was light.',
  );
  t.equal(who(quote(qs, 'the council would pay')), 'person:Farida Noor', 'not the last "she" heard from');
  t.equal(who(quote(qs, 'the traffic was light')), 'person:Imran Gul');
});

t.test('a bare title with the body’s acronym after it ("Vice Chairman PML said") is the holder, not the body', async (t) => {
  const qs = quotesOf(
    'LAHORE: PML Vice Chairman Bilal Aziz on Sunday criticised the provincial government over the arrests.\n\n' +
      'Aziz said that the police had raided the party office. Vice Chairman PML also said that the march would go ahead.',
  );
  t.equal(who(quote(qs, 'the march would')), 'person:Bilal Aziz');
});

t.test('a bare title in lower case ("Federal minister said") is its holder, as the capitalised one is', async (t) => {
  const qs = quotesOf(
    'ISLAMABAD: Finance Minister Ahmad Raza Bhatti on Monday met the traders. The Governor Bilal Aziz was there too.\n\n' +
      'Federal minister said that the tax would go. “The form will be simple,” finance minister said.\n\n' +
      'Bilal Aziz said that rates would hold. PSB chief said that reserves would rise. He said that exports grew.',
  );
  t.equal(who(quote(qs, 'the tax would go')), 'person:Ahmad Raza Bhatti');
  t.equal(who(quote(qs, 'The form will be simple')), 'person:Ahmad Raza Bhatti');
  t.not(who(quote(qs, 'reserves would rise')), 'anonymous', 'no holder: left to the sieves after, no unnamed source');
  t.equal(who(quote(qs, 'exports grew')), 'person:Bilal Aziz', '"he" past it is the one last named');
});

t.test('a bare title opened by its province ("Sindh information minister said") is its holder', async (t) => {
  const qs = quotesOf(
    'KARACHI: Sindh information minister Karim Abbas Rizvi on Monday met the press.\n\n' +
      'Sindh information minister said that the session would go on. Sindh Minister while speaking said that fees would fall.',
  );
  t.equal(who(quote(qs, 'the session would go on')), 'person:Karim Abbas Rizvi');
  t.equal(who(quote(qs, 'fees would fall')), 'person:Karim Abbas Rizvi', 'capitalised, with an adverbial before the verb');
});

t.test('a bare title before the body’s full name ("Governor State Bank of Pakistan said") is its holder, named next', async (t) => {
  const qs = quotesOf(
    'KARACHI: Governor State Bank of Pakistan (SBP) on Friday said that inflation would ease by June.\n\n' +
      'Speaking at a seminar, the central bank’s Governor Tariq Mahmood said that loans had grown.',
  );
  t.equal(who(quote(qs, 'inflation would ease')), 'person:Tariq Mahmood');
});

t.test('a definite source noun naming a body or a nationality is the person last named with it', async (t) => {
  const qs = quotesOf(
    'ISLAMABAD: National Highway Authority (NHA) Chairman Tariq Mahmood on Monday said the road would open in May.\n\n' +
      'Finance Secretary Bilal Aziz met him. The NHA official said that tolls would rise. The Dutch diplomat said that talks went well.\n\n' +
      'GENEVA: Iran’s envoy Reza Karimi met his Dutch counterpart, Anna de Vries, on Monday. The Dutch diplomat said that the talks were useful.',
  );
  t.equal(who(quote(qs, 'tolls would rise')), 'person:Tariq Mahmood', 'the body’s acronym');
  t.equal(who(quote(qs, 'talks went well')), 'anonymous', 'no one of that country named before');
  t.equal(who(quote(qs, 'the talks were useful')), 'person:Anna de Vries', 'the demonym, past a person of another country');
  const other = quotesOf(
    'ISLAMABAD: NHA Chairman Tariq Mahmood said the road would open. The senior NHA official said that tolls would rise. ' +
      'The NHA official in charge said that the bridge was safe.\n\n' +
      'LAHORE: Dutch envoy Anna de Vries and Dutch trade envoy Pieter Bakker visited. The Dutch diplomat said that trade grew. ' +
      'The National Highway Authority official said that the toll was fair.',
  );
  t.equal(who(quote(other, 'trade grew')), 'person:Pieter Bakker', 'of two, the one named last');
  t.equal(who(quote(other, 'the toll was fair')), 'person:Tariq Mahmood', 'the body’s full name');
  t.equal(who(quote(other, 'tolls would rise')), 'anonymous', 'a lower-case modifier says no body');
  t.equal(who(quote(other, 'the bridge was safe')), 'anonymous', 'words after the noun');
});

t.test('a head’s rank ("top") with a body or a country is the holder heard from, not an unnamed source', async (t) => {
  const qs = quotesOf(
    'Chief Justice of the Federal Court (FC) Justice Nasir Iqbal on Monday said that the rules were clear. ' +
      'The FC top judge added that delays had cost lives.\n\n' +
      'Norway’s Foreign Minister Ingrid Dahl visited Lagos. “We will help,” she said. “Aid must rise,” Norway’s top diplomat added. ' +
      '“Talks will go on,” the top Norwegian diplomat said. “Nothing is agreed,” Sweden’s top diplomat said.',
  );
  t.equal(who(quote(qs, 'delays had')), 'person:Nasir Iqbal', 'a role noun: "top" says which holder, not which role');
  t.equal(who(quote(qs, 'Aid must rise')), 'person:Ingrid Dahl', 'a country’s possessive');
  t.equal(who(quote(qs, 'Talks will go on')), 'person:Ingrid Dahl', 'a demonym after the rank');
  t.equal(who(quote(qs, 'Nothing is agreed')), 'anonymous', 'no one of that country named');
  const unheard = quotesOf(
    'The talks were hosted by Norway’s Foreign Minister Ingrid Dahl. Norway’s top diplomat said that aid would rise.',
  );
  t.equal(who(quote(unheard, 'aid would rise')), 'person:Ingrid Dahl', 'named, though not heard from');
});

t.test('a person’s whole title after "the" names its holder, whatever its words', async (t) => {
  const qs = quotesOf(
    'Karim Nazari, acting Minister of Water, said at the dam that the canal was ready. Farid Amini, acting Minister of Mines, toured it. ' +
      'The acting Minister of Water said that the fields would be watered by May.',
  );
  t.equal(who(quote(qs, 'the fields would')), 'person:Karim Nazari');
});

t.test('a nationality before a title’s acronym, and a possessor of two words, place the role', async (t) => {
  const qs = quotesOf(
    'Addressing the press, Indian Prime Minister Vikram Rao said the talks had gone well. The Indian PM said the dam would be built soon. ' +
      'The Nepali PM said that more talks were needed.',
  );
  t.equal(who(quote(qs, 'the dam would')), 'person:Vikram Rao');
  t.equal(who(quote(qs, 'more talks')), 'anonymous', 'no holder of that nationality');
  const lede = quotesOf(
    'Sri Lanka’s central bank governor has said the debt would not be restructured.\n\nCentral bank governor Asanka Perera met bankers on Monday.',
  );
  t.equal(who(quote(lede, 'the debt would')), 'person:Asanka Perera', 'the holder named next');
});

t.test('a court speaking in an order the sentence says a judge wrote is that judge', async (t) => {
  const qs = quotesOf(
    'ISLAMABAD: A bench headed by Justice Amna Qureshi and comprising Justice Tariq Mahmood heard the petition.\n\n' +
      'In a two-page order authored by Justice Qureshi, the court noted that the notice was unlawful.\n\n' +
      'In a short order issued on Friday and written by Justice Mahmood, the bench observed that the fee was fair.\n\n' +
      'In a short order issued on Friday, the court said that the case would resume.',
  );
  t.equal(who(quote(qs, 'the notice was unlawful')), 'person:Amna Qureshi');
  t.equal(who(quote(qs, 'the fee was fair')), 'person:Tariq Mahmood');
  t.not(who(quote(qs, 'the case would resume')), 'person:Tariq Mahmood', 'no author named');
});

t.test('an acronym with a hyphen or an ampersand after a title or before a role is a body’s ("Chairman PML-N")', async (t) => {
  const qs = quotesOf(
    'LAHORE: PML-N Chairman Bilal Aziz on Sunday criticised the provincial government over the arrests.\n\n' +
      'Aziz said that the police had raided the party office. Chairman PML-N also said that the march would go ahead.\n\n' +
      'Separately, Punjab R&D Minister Sana Mir visited the laboratory. The R&D Minister said that funds had been released.',
  );
  t.equal(who(quote(qs, 'the march would')), 'person:Bilal Aziz');
  t.equal(who(quote(qs, 'funds had been')), 'person:Sana Mir');
});

t.test('a role noun read past a bracketed acronym and an "ex-" prefix', async (t) => {
  const qs = quotesOf(
    'KARACHI: Information Minister Saad Akhtar on Friday met the traders.\n\n' +
      'The Pakistan Awami League (PAL) minister said, “The tax will go.”\n\n' +
      'LAHORE: Former prime minister Tariq Jamil addressed a rally on Sunday. In a tweet, the ex-premier said: “We will march on Friday.”',
  );
  t.equal(who(quote(qs, 'The tax will go')), 'person:Saad Akhtar', 'the acronym restates the body');
  t.equal(who(quote(qs, 'We will march')), 'person:Tariq Jamil', '"ex-" is "former"');
});

t.test('a body’s role noun names the source just heard from, none further back', async (t) => {
  const qs = quotesOf(
    'KARACHI: The Pakistan Awami League (PAL) held a rally on Sunday.\n\n' +
      'Former prime minister Tariq Jamil said the deserters would fail. The PAL chairman, however, claimed that the party was united.\n\n' +
      'Sindh Governor Adil Shah said the rally was peaceful. The police said that no one was arrested. The PAL chairman said that the march would go on.',
  );
  t.equal(who(quote(qs, 'the party was united')), 'person:Tariq Jamil', 'the writer naming the same source anew');
  t.not(who(quote(qs, 'the march would go on')), 'person:Adil Shah', 'a source further back may hold another body’s role');
});

t.test('"the spokesman of the Railways Ministry" is its unnamed spokesperson, unless one was named before', async (t) => {
  const qs = quotesOf(
    'The Railways Ministry announced new fares on Monday.\n\nSpokesperson Railways Ministry has said the fares would rise in March.\n\n' +
      'The spokesman of the Railways Ministry said that old tickets stayed valid.\n\nThe Railways Ministry said the trains would run on time.',
  );
  t.equal(who(quote(qs, 'the fares would rise')), 'anonymous', 'agency style, no "of"');
  t.equal(who(quote(qs, 'old tickets stayed')), 'anonymous');
  t.equal(who(quote(qs, 'the trains would run')), 'organization:Railways Ministry', 'the body alone speaks as a whole');
  const named = quotesOf(
    'Railways Ministry spokesman Kamran Butt said the fares were fair. The spokesman of the Railways Ministry said that old tickets stayed valid.',
  );
  t.equal(who(quote(named, 'old tickets stayed')), 'person:Kamran Butt');
});

t.test('"Danish police said": a nationality before "police" names a country’s police, a group; a place names its force', async (t) => {
  const qs = quotesOf(
    'Danish police said on Monday that the ferry had been searched.\n\nThe Finnish police said they had found nothing.\n\n' +
      'Aarhus Police said the port would reopen.',
  );
  t.equal(who(quote(qs, 'the ferry had been')), 'anonymous');
  t.equal(who(quote(qs, 'they had found')), 'anonymous');
  t.equal(who(quote(qs, 'the port would')), 'organization:Aarhus Police');
  const bare = quotesOf(
    'Police said on Monday that two men had been held.\n\nThe boat sank, the police said.\n\n' +
      'Police in the coastal district said the search would go on.',
  );
  t.equal(who(quote(bare, 'two men had')), 'anonymous', 'police named by no force are a group (GUIDELINES)');
  t.equal(who(quote(bare, 'The boat sank')), 'anonymous');
  t.equal(who(quote(bare, 'the search would')), 'anonymous', 'a place after "in" names no force');
});

t.test('an acronym after a description in lower case names a body; an office acronym does not', async (t) => {
  const qs = quotesOf('State broadcaster NRK said the ferry had sunk.\n\nThe district DPO said the road was shut.');
  t.equal(who(quote(qs, 'the ferry had')), 'organization:NRK');
  t.not(who(quote(qs, 'the road was')), 'organization:DPO');
});

t.test('a role with its portfolio after "of" or "for" is a role noun ("Minister for Ports said")', async (t) => {
  const lede = quotesOf(
    'KARACHI: Minister for Ports on Friday said that the harbour would reopen.\n\nRiaz Hussain Shah, the Minister for Ports, said the cranes had been repaired.',
  );
  t.equal(who(quote(lede, 'the harbour would')), 'person:Riaz Hussain Shah', 'the holder named next');
  const state = quotesOf('Minister of State for Water Resources on Monday said the dam was full.');
  t.equal(who(quote(state, 'the dam was')), 'anonymous', 'no holder named');
  const other = quotesOf(
    'Minister for Ports on Friday said that the harbour would reopen.\n\nChief Minister Riaz Hussain Shah said the cranes had been repaired.',
  );
  t.equal(who(quote(other, 'the harbour would')), 'anonymous', 'the next name holds another office');
});

t.test('a role named later: its quotes, pronouns and role nouns go to the person named', async (t) => {
  const oneWord = quotesOf(
    'QUETTA: Minister for Ports on Friday said that the harbour would reopen.\n\n' +
      '“The cranes are working again,” he said.\n\nThe minister said the fees would stay low.\n\n' +
      'Asked about the strike, Raheel quipped that the dockers had earned a holiday.\n\n' +
      'He said the navy had helped. The minister said the port would grow.',
  );
  for (const q of ['the harbour would', 'The cranes are', 'the fees would', 'the dockers had', 'the navy had', 'the port would'])
    t.equal(who(quote(oneWord, q)), 'person:Raheel', q);
  const titled = quotesOf(
    'A fire department spokeswoman said two houses had burned.\n\nThe spokeswoman said the road was closed.\n\n' +
      'Fire Department spokeswoman Nora Pike said crews would stay overnight.',
  );
  for (const q of ['two houses had', 'the road was', 'crews would']) t.equal(who(quote(titled, q)), 'person:Nora Pike', q);
});

t.test('a role named later stays unnamed when someone else speaks between or the name does not fit', async (t) => {
  const cases: [string, string][] = [
    [
      'A fire department spokeswoman said two houses had burned.\n\nNora Pike, a neighbour, said she saw smoke.',
      'a full name with no title',
    ],
    ['A fire department spokeswoman said two houses had burned.\n\nPolice Chief Nora Pike said crews would stay.', 'another role'],
    [
      'A fire department spokeswoman said two houses had burned.\n\nA neighbour said he saw smoke.\n\nPike said crews would stay.',
      'another source between',
    ],
    ['A spokeswoman who declined to be named said two houses had burned.\n\nPike said crews would stay.', 'a source that hides its name'],
    [
      'Nora Pike arrived at noon. A fire department spokeswoman said two houses had burned.\n\nPike said crews would stay.',
      'named before the role',
    ],
  ];
  for (const [text, why] of cases) t.equal(who(quote(quotesOf(text), 'two houses had')), 'anonymous', why);
});

t.test('the lede’s first source, named as the next sentence’s subject, is that person', async (t) => {
  const source = quotesOf(
    'The county’s water commissioner said on Friday that the reservoir was full. Mara Quill also told reporters that rates would fall.',
  );
  t.equal(who(quote(source, 'the reservoir was')), 'person:Mara Quill', 'named as the next source');
  const subject = quotesOf(
    'A city hall official dismissed the petition, saying that "it changes nothing," two clerks said. ' +
      'Mara Quill was reading the petition when she spoke. The council did not comment.',
  );
  t.equal(who(quote(subject, 'it changes nothing')), 'person:Mara Quill', 'named as the next subject');
  t.equal(who(quote(subject, 'A city hall official dismissed')), 'anonymous', 'the frame named after the role is the clerks’');
  const cases: [string, string][] = [
    ['A city hall official said the road was closed. Ben Ode said the bridge was open.', 'not the lede’s first source'],
    ['Ben Ode left early. A city hall official said the road was closed. Mara Quill also said buses ran.', 'not the first source'],
    ['A city hall official said the road was closed. Barrister Mara Quill said buses ran.', 'a title that is another role'],
    ['A city hall official said the road was closed. The mayor spoke.\n\nMara Quill said buses ran.', 'named further on'],
    ['A city hall official said the road was closed.\n\nQuill said buses ran.', 'an official takes no bare surname'],
    ['“Enough is enough.”\n\nA city hall official said the road was closed. Mara Quill also said buses ran.', 'after a quote no one said'],
    [
      'Residents said “enough.” A city hall official said the road was closed. Mara Quill also said buses ran.',
      'after a source named first',
    ],
  ];
  for (const [text, why] of cases) t.not(who(quote(quotesOf(text), 'the road was')), 'person:Mara Quill', why);
});

t.test('a title with the province after it ("IG Sindh said", "the governor Sindh said") is the holder', async (t) => {
  const qs = quotesOf(
    'KARACHI: Inspector General Police Sindh Dr Ghulam Nabi Memon met Governor Sindh Kamran Tessori on Monday.\n\n' +
      'The governor Sindh said the streets had to be safe. IG Sindh said that patrols would double.',
  );
  t.equal(who(quote(qs, 'the streets had')), 'person:Kamran Tessori');
  t.equal(who(quote(qs, 'patrols would')), 'person:Ghulam Nabi Memon');
  t.not(who(quote(quotesOf('IG Sindh said that patrols would double.'), 'patrols would')), 'person:Sindh', 'a province is no name');
});

t.test('a lede role is not identified by a person named only inside its own quotation', async (t) => {
  const qs = quotesOf(
    'The health secretary claimed Omar Latif misled the house about the waiting lists.\nNadia Qureshi alleged that the opposition leader was wrong.',
  );
  t.equal(who(quote(qs, 'Omar Latif misled')), 'person:Nadia Qureshi');
});

t.test('a lede role with a place after it ("its envoy to Britain") is identified by the person named next', async (t) => {
  const qs = quotesOf(
    'LONDON: Norway must explain itself better, its ambassador to Britain said.\n\n' +
      '“We are a quiet people,” Prince Erik Berg told a newspaper. “We need to see the evidence,” the ambassador said.',
  );
  t.equal(who(quote(qs, 'Norway must')), 'person:Erik Berg', 'a style of rank says nothing of the office');
  t.equal(who(quote(qs, 'We need to see')), 'person:Erik Berg');
});
t.test('a province after a title acronym or a role noun says where it is held: "IG Sindh", "the governor Sindh"', async (t) => {
  const qs = quotesOf(
    'KARACHI: Inspector General Police Sindh Dr Ghulam Nabi Memon met Governor Sindh Kamran Tessori on Friday.\n\n' +
      'IG Sindh said that patrols would double. The governor Sindh said the city needed calm. He said traders would be heard.\n\n' +
      'IG Khyber Pakhtunkhwa said the roads were open.',
  );
  t.equal(who(quote(qs, 'patrols would double')), 'person:Ghulam Nabi Memon');
  t.equal(who(quote(qs, 'the city needed calm')), 'person:Kamran Tessori');
  t.equal(who(quote(qs, 'traders would be heard')), 'person:Kamran Tessori', 'and the pronoun after it');
  t.equal(who(quote(qs, 'the roads were open')), 'person:Ghulam Nabi Memon', 'a province of two words');
});

t.test('a police rank before a name is no part of it: "Sergeant X" and then "X said" are one person', async (t) => {
  const qs = quotesOf(
    'DENVER (Reuters) - Sergeant Maria Lund of the city police said officers had closed the road. “We expect delays,” Lund said.\n\n' +
      'Police spokesman Sgt. Omar Reyes said the driver was unhurt.',
  );
  t.equal(who(quote(qs, 'officers had closed')), 'person:Maria Lund');
  t.equal(who(quote(qs, 'We expect delays')), 'person:Maria Lund');
  t.equal(who(quote(qs, 'the driver was unhurt')), 'person:Omar Reyes', 'abbreviated');
});

t.test('initials with full stops open a name: "Foreign Minister A.H. X" is "A.H. X", "Mr. X" too', async (t) => {
  const qs = quotesOf(
    'COLOMBO: Foreign Minister R.K. Perera Silva met envoys on Monday. He praised their “steady support”.\n\n' +
      'Mr. Silva said the talks would go on. U.S. Ambassador Jane Rowe said Washington agreed.',
  );
  t.equal(who(quote(qs, 'steady support')), 'person:R.K. Perera Silva');
  t.equal(who(quote(qs, 'the talks would go on')), 'person:R.K. Perera Silva');
  t.equal(who(quote(qs, 'Washington agreed')), 'person:Jane Rowe', "a country's initials open no name");
});

t.test('"Bill" opening a name is the given name, not a law\'s "Bill"', async (t) => {
  const qs = quotesOf(
    'CANBERRA: The Senate passed the Water Bill after Bill Harwood apologised to the chamber.\n\n' +
      '“I regret it,” Mr Harwood told reporters.',
  );
  t.equal(who(quote(qs, 'I regret it')), 'person:Bill Harwood');
});

t.test('an apposition ending in a day still renames the name before it', async (t) => {
  const qs = quotesOf(
    'ROME (Reuters) - Party veteran Marco Ferri left the meeting early. “Nothing is settled,” Ferri told reporters.\n\n' +
      'Ferri, one of the first members to question the plan on Saturday, said the vote should wait.',
  );
  t.equal(who(quote(qs, 'the vote should wait')), 'person:Marco Ferri');
});

t.test('members of a party the press names by its members: one is a person, several an unnamed group', async (t) => {
  const qs = quotesOf(
    'Senator Dale Whitcombe sent a letter to the agency on Friday.\n\n' +
      'The Ohio Republican said the hearing would go ahead. The rules were rushed, the Democrats wrote.',
  );
  t.equal(who(quote(qs, 'the hearing')), 'person:Dale Whitcombe', 'an epithet opening the sentence');
  t.equal(who(quote(qs, 'The rules')), 'anonymous', 'not the party');
});

t.test('a style of address ("His Highness") is no part of a name, nor a name alone', async (t) => {
  const qs = quotesOf(
    'DOHA: His Highness Sheikh Omar bin Adel Al Thani said the port would open. Her Excellency Mona Al Qasim said roads would follow. ' +
      'His Highness added that ships would come.',
  );
  t.equal(who(quote(qs, 'the port would')), 'person:Sheikh Omar bin Adel Al Thani');
  t.equal(who(quote(qs, 'roads would')), 'person:Mona Al Qasim');
  t.not(who(quote(qs, 'ships would')), 'person:Highness');
});

t.test('"the spokesperson also said": the untitled source heard from last goes on', async (t) => {
  const qs = quotesOf(
    'Farid Salehi told a briefing on Monday, “The talks were useful.”\n\nThe spokesperson also said, “More rounds will follow.”\n\n' +
      'He said the envoys would meet. The spokesperson said the date was not fixed.',
  );
  t.equal(who(quote(qs, 'More rounds')), 'person:Farid Salehi');
  t.equal(who(quote(qs, 'the date was')), 'person:Farid Salehi', 'once so called');
  const untitled = quotesOf('Farid Salehi said the talks were useful. The spokesman also said that permits had been refused.');
  t.equal(who(quote(untitled, 'permits had been')), 'person:Farid Salehi');
});

t.test('a one-word name inside a longer South Asian name is that person', async (t) => {
  const qs = quotesOf('Chief Minister Jam Farooq Khan chaired the meeting.\n\nFarooq said the province needed funds.');
  t.equal(who(quote(qs, 'the province needed')), 'person:Jam Farooq Khan');
});

t.test('"the" before a title its body places: "The Director General PDMA", "the DG PDMA"', async (t) => {
  const body = 'Floods hit the district on Monday, the PDMA said.\n\n';
  for (const role of ['The Director General PDMA', 'The DG PDMA']) {
    const qs = quotesOf(`${body}${role} said that relief was on the way.`);
    t.equal(who(quote(qs, 'relief was on')), 'anonymous', `${role}: the unnamed holder, not the body`);
  }
  const named = quotesOf('Director General (DG) PDMA Raja Mansoor visited the camps.\n\nThe DG PDMA said a plan had been made.');
  t.equal(who(quote(named, 'a plan had')), 'person:Raja Mansoor');
});

t.test('"The AJK PM" is the person whose name those words stood before', async (t) => {
  const qs = quotesOf(
    'AJK PM Tariq Mehmood Abbasi visited the hospital. Health Minister Naveed Akhtar Rana briefed him.\n\nThe AJK PM said that relief would reach every village.',
  );
  t.equal(who(quote(qs, 'relief would reach')), 'person:Tariq Mehmood Abbasi');
  const other = quotesOf('Chief Minister Ali Raza Khan met the traders. The Foreign Office said that the visit was private.');
  t.equal(who(quote(other, 'the visit was')), 'organization:Foreign Office', 'words before a name, but no role');
});

t.test('"“...,” X, the trade leader told": a definite apposition left open after a quotation', async (t) => {
  const qs = quotesOf('Traders met on Monday.\n\n“We will strike on Friday,” Javed Iqbal Memon, the trade leader told reporters.');
  t.equal(who(quote(qs, 'We will strike')), 'person:Javed Iqbal Memon');
  const cue = quotesOf('Talks ended on Monday, the ministry said.\n\nAdil Rashid Khan, the statement said, would attend the next round.');
  t.equal(who(quote(cue, 'Adil Rashid Khan')), 'organization:ministry', 'a parenthetical cue opening the sentence');
});

t.test('"the former Punjab chief minister": a place before a role in lower case describes its holder', async (t) => {
  const qs = quotesOf('Chaudhry Pervaiz Elahi said the PTI would win. The former Punjab chief minister said the polls were rigged.');
  t.equal(who(quote(qs, 'the polls were')), 'person:Chaudhry Pervaiz Elahi');
  const councillor = quotesOf(
    'Heather Townsend said the roads were shut. The independent Central Bedfordshire councillor said residents were upset.',
  );
  t.equal(who(quote(councillor, 'residents were')), 'person:Heather Townsend');
});

t.test('a family name two people share names neither', async (t) => {
  const qs = quotesOf('Kim Jae-joon and Kim Min-ho met on Monday.\n\nKim said the talks had gone well.');
  t.not(who(quote(qs, 'the talks had')), 'person:Kim Jae-joon');
  t.not(who(quote(qs, 'the talks had')), 'person:Kim Min-ho');
});

t.test('the fallback name is the phrase head, never a place after a preposition', async (t) => {
  const qs = quotesOf('Nuala de Brún of Homes Before Cars said the plan was flawed. Our reporter in Mombasa said the port was quiet.');
  t.equal(who(quote(qs, 'the plan was')), 'person:Nuala de Brún');
  t.not(who(quote(qs, 'the port was')), 'person:Mombasa', 'a place after "in" is no one');
});

t.test('"Mayor Karachi said": a title with its city after it is the title alone', async (t) => {
  const qs = quotesOf(
    'KARACHI: Mayor Karachi Barrister Saad Rafiq said the roads were repaired.\n\nThe council met later.\n\nMayor Karachi said the budget was ready.',
  );
  t.equal(who(quote(qs, 'the budget was')), 'person:Saad Rafiq');
});

t.test('"..., X, an apposition, told AFP": the one told is no source, the content stops before the name', async (t) => {
  const qs = quotesOf('Prices have doubled since March, Ravi Menon, a trader in the old market, told reporters.');
  t.equal(who(quote(qs, 'Prices have')), 'person:Ravi Menon');
  t.equal(quote(qs, 'Prices have').text, 'Prices have doubled since March');
});

t.test('"The minister, a former journalist, said": the apposition renames the phrase opening the sentence', async (t) => {
  const qs = quotesOf(
    'Interior Minister Saad Malik said the camps were closed. The minister, a former journalist, said he welcomed criticism. He said a new unit would start work.',
  );
  t.equal(who(quote(qs, 'he welcomed')), 'person:Saad Malik');
  t.equal(who(quote(qs, 'a new unit')), 'person:Saad Malik', 'and the pronoun after it');
  t.equal(
    who(quote(quotesOf('Prices rose. The trader, a local man said he would wait.'), 'he would wait')),
    'anonymous',
    'an open apposition stays its own',
  );
});

t.test('"said the 30-year old who ...": an age epithet with a relative clause points back to the last source', async (t) => {
  const qs = quotesOf(
    'Police chief Amos Otieno said the road was closed. “They came at night,” said Okello, a taxi driver. “We ran,” said the 30-year old who gave no surname.',
  );
  t.equal(who(quote(qs, 'We ran')), 'person:Okello', 'a source the entity finder did not list counts');
});

t.test('"Ontario says": a province named alone speaks as a body, as a country does', async (t) => {
  t.equal(who(quote(quotesOf('Ontario says it is spending billions on hospitals.'), 'it is spending')), 'organization:Ontario');
});

t.test('"The ruling Awami League ..., saying": a document word before a name or a body noun modifies it', async (t) => {
  const text =
    'Justice Ali Raza said in an order that the petition was dismissed. The ruling Awami League rejected the demand, saying elections would be held on time.';
  t.equal(who(quote(quotesOf(text), 'elections would')), 'organization:Awami League');
});

t.test('"the IEA government" after another body: a name before the body noun names a body afresh', async (t) => {
  const qs = quotesOf('The Ministry of Finance said trucks were stopped. Later the IEA government said exports had risen.');
  t.equal(who(quote(qs, 'exports had')), 'organization:IEA government');
});

t.test('"the city said", "The province says": a place noun speaks as the place of that kind named last', async (t) => {
  const city = quotesOf('An officer of the Puebla police force was killed, the city said in a statement. It said an inquiry had begun.');
  t.equal(who(quote(city, 'An officer')), 'organization:Puebla');
  t.equal(who(quote(city, 'an inquiry')), 'organization:Puebla', 'and "it" after it');
  const province = quotesOf('Ontario says it will build a hospital. The province says demand will grow.');
  t.equal(who(quote(province, 'demand will')), 'organization:Ontario');
  t.equal(who(quote(quotesOf('The town said the road was closed.'), 'the road')), 'organization:town', 'no town named');
  t.equal(who(quote(quotesOf('The village said the road was closed.'), 'the road')), 'anonymous', 'a village is no body');
});

t.test('a participle aside between subject and verb names the one spoken to, not the speaker', async (t) => {
  const court = quotesOf(
    'The Lahore High Court heard the petition of Imran Ali on Monday.\n\n' +
      'The chief justice while addressing Imran Ali remarked that the reply was late. Court while adjourning the hearing ordered that the police file a report.',
  );
  t.equal(who(quote(court, 'the reply')), 'anonymous', 'the subject before "while"');
  t.equal(who(quote(court, 'the police file')), 'organization:Lahore High Court', 'a body noun with its article dropped');
  const talks = quotesOf(
    'Prime Minister Imran Khan met Chief Minister Khalid Khurshid on Friday. According to sources, the Prime Minister while talking to Khalid Khurshid said that the region needed roads.',
  );
  t.equal(who(quote(talks, 'the region')), 'person:Imran Khan', 'the phrase before the aside, where the finder kept only the aside');
  const comma = quotesOf(
    'The Lahore High Court heard the petition of Imran Ali on Monday.\n\nAt the outset, the chief justice while addressing Imran Ali, remarked that the reply was late.\n\n' +
      'While talking to reporters said that prices would fall.',
  );
  t.equal(who(quote(comma, 'the reply')), 'anonymous', 'the phrase holding the aside, cut before it');
  t.equal(who(quote(comma, 'prices')), 'none', 'no phrase before the aside');
});

t.test('joint speakers: the first of coordinated names is credited', async (t) => {
  const qs = quotesOf('State Premier Anna Walsh and Health Minister Steven Marsh said the hospitals were full.');
  t.equal(who(quote(qs, 'the hospitals')), 'person:Anna Walsh');
});

t.test('a subject between a source and its verb is in the source’s relative clause, no antecedent', async (t) => {
  const qs = quotesOf(
    'Mary Dale, whose son Tom attends the school, and nine-year-old daughter Jessica left it last year, claimed parents were ignored.\n\n' +
      'Speaking after the meeting, she said: “We are angry.”',
  );
  t.equal(who(quote(qs, 'We are angry')), 'person:Mary Dale');
});

t.test('"X, one of the petitioners replied": an indefinite apposition to the name opening the sentence', async (t) => {
  const qs = quotesOf(
    'Justice Sapana Malla Pradhan heard the writs on Monday. Justice Malla said that the hearing would go on.\n\n' +
      'Krishna Bhakta Pokhrel, one of the writ petitioners replied that they were aware of the situation.',
  );
  t.equal(who(quote(qs, 'the hearing')), 'person:Sapana Malla Pradhan', 'a middle name alone');
  t.equal(who(quote(qs, 'they were aware')), 'person:Krishna Bhakta Pokhrel');
});

t.test('a body called by a noun any body bears, a bench, a city’s municipality', async (t) => {
  const qs = quotesOf(
    'Teams from Dubai Municipality (DM) removed the carcass, according to a statement issued by the civic body.\n\n' +
      'The Lahore High Court heard the appeal. The bench said the evidence was thin.\n\n' +
      'However, the Kabul municipality said that a commission had been set up.',
  );
  t.equal(who(quote(qs, 'Teams from')), 'organization:Dubai Municipality', 'the body named last');
  t.equal(who(quote(qs, 'the evidence')), 'organization:Lahore High Court', 'a bench sits for a court');
  t.equal(who(quote(qs, 'a commission')), 'organization:Kabul municipality');
});

t.test('a bench of judges named together speaks as its court, placed by its initials', async (t) => {
  const qs = quotesOf(
    'The Sindh High Court (SHC) took up the appeal on Monday.\n\n' +
      'A Bench of Chief Justice Amir Raza and Justice Nida Baig remarked that the appeal was late.\n\n' +
      'The SHC bench of Justice Amir Raza and Justice Nida Baig also asked for the file. “Bring it tomorrow,” the SHC bench told the lawyers.\n\n' +
      'A bench headed by Justice Nida Baig said the fee was fair. The Quetta bench said the case was closed.',
  );
  t.equal(who(quote(qs, 'the appeal was late')), 'organization:Sindh High Court', 'not the first judge');
  t.equal(who(quote(qs, 'Bring it tomorrow')), 'organization:Sindh High Court', 'no group of judges before it');
  t.equal(who(quote(qs, 'the fee was fair')), 'organization:Sindh High Court', 'headed by a judge');
  t.not(who(quote(qs, 'the case was closed')), 'organization:Sindh High Court', 'a place no court here holds');
});

t.test('"this official" points back to the source heard from; "a ... official" is a new one', async (t) => {
  const qs = quotesOf(
    'Acting Economy Minister Din Hanif said the world had started an economic war.\n\n' +
      'According to this official of the government, 86 projects were complete. A ministry official said the rest would wait.',
  );
  t.equal(who(quote(qs, '86 projects')), 'person:Din Hanif');
  t.equal(who(quote(qs, 'the rest')), 'anonymous');
});

t.test('a participle after a fronted clause is done by the main clause’s subject, not the clause’s', async (t) => {
  const qs = quotesOf(
    'Information Minister Azma Bukhari spoke first.\n\n' +
      'As the opposition lawmakers created pandemonium in the house, the minister started shouting at them, alleging that one of them had made a gesture.',
  );
  t.equal(who(quote(qs, 'one of them')), 'person:Azma Bukhari');
});

t.test('joint bodies: the first named is credited, as with people', async (t) => {
  const qs = quotesOf(
    'Victoria Police and the Australian Federal Police (AFP) said the operation was routine. The Australian Federal Police (AFP) said it had helped.',
  );
  t.equal(who(quote(qs, 'the operation')), 'organization:Victoria Police');
  t.equal(who(quote(qs, 'it had helped')), 'organization:Australian Federal Police', 'the second alone');
});

t.test('an office written in capitals is a role noun: "the Union Station MLA", "The MLA"', async (t) => {
  const qs = quotesOf(
    'NDP health critic Uzoma Asagwara said the party wanted answers. The government has neglected the system, the Union Station MLA said.\n\n' +
      'Nationalist Congress Party legislator Saleng Sangma spoke next. The MLA said the scheme should go.',
  );
  t.equal(who(quote(qs, 'The government has')), 'person:Uzoma Asagwara');
  t.equal(who(quote(qs, 'the scheme')), 'person:Saleng Sangma');
});

t.test('with no source before it, "this official" and "the civic body" are new sources', async (t) => {
  const qs = quotesOf(
    'According to this official, the roads were shut. According to a statement issued by the civic body, the beach was clean.',
  );
  t.equal(who(quote(qs, 'the roads')), 'anonymous');
  t.equal(who(quote(qs, 'the beach')), 'organization:civic body');
});

t.test('"the premier" and "he" after it are the Prime Minister named before', async (t) => {
  const qs = quotesOf(
    'Prime Minister Aslam Rind and Finance Minister Tariq Gill met the lenders on Friday.\n\n' +
      'Opening the briefing, the premier said the deal was a relief for the country. He said: “We have turned a corner.”',
  );
  t.equal(who(quote(qs, 'the deal was')), 'person:Aslam Rind');
  t.equal(who(quote(qs, 'We have turned')), 'person:Aslam Rind');
});

t.test('a name after "the" is a body, and a capitalised document word ends its name', async (t) => {
  const qs = quotesOf(
    'The Blue Crescent said on Monday that 300 families had been housed. The Canadian Geological Survey said a tremor struck at dawn. The Halifax Post said the mayor had resigned.',
  );
  t.equal(who(quote(qs, '300 families')), 'organization:Blue Crescent');
  t.equal(who(quote(qs, 'a tremor struck')), 'organization:Canadian Geological Survey');
  t.equal(who(quote(qs, 'the mayor had')), 'organization:Halifax Post');
});

t.test('"the flood control office" is the body heard from whose name holds its words, not the last body', async (t) => {
  const qs = quotesOf(
    'Ten people were missing, the state flood control office said. Twelve people died in landslides, the Harbour News Agency reported. ' +
      'The flood control office told reporters it was unclear if that number was in the toll.',
  );
  t.equal(who(quote(qs, 'it was unclear')), 'organization:state flood control office');
});

t.test('"His Highness the Prime Minister": a style of address before the role noun is an honorific', async (t) => {
  const qs = quotesOf(
    'KUWAIT: His Highness the Prime Minister Sheikh Khalid Al-Nasser met the health officials. His Highness the Prime Minister said the curfew would end soon.',
  );
  t.equal(who(quote(qs, 'the curfew would')), 'person:Sheikh Khalid Al-Nasser');
  const unstyled = quotesOf('Her Rowdy the Minister said the curfew would end soon.');
  t.equal(who(quote(unstyled, 'the curfew would')), 'none', 'a word that is no style does not open a role noun');
});

t.test('"the vice-chancellor of the college" no one holds is unnamed; a holder the article titles so is not', async (t) => {
  const tail = 'The vice-chancellor of the college said that the students should meet the board.';
  t.equal(who(quote(quotesOf(`Students rallied on the campus on Monday. ${tail}`), 'the students should')), 'anonymous');
  const held = quotesOf(
    'Principal Amna Rauf opened the hall on Monday. The principal of the college said that the students should meet the board.',
  );
  t.equal(who(quote(held, 'the students should')), 'none', 'left for a holder the article names');
});

t.test('a nationality before the noun names no one: "the Irish national" is unnamed', async (t) => {
  const qs = quotesOf('Two men were arrested in the raid. The Irish national asserted his share was Dh3,000.');
  t.equal(who(quote(qs, 'his share was')), 'anonymous');
});

t.test('a title’s initials as a sentence subject ("the CJP asked") are the "he" that speaks next', async (t) => {
  const qs = quotesOf(
    'Chief Justice of Pakistan (CJP) Nasir Dogar heard the case on Monday. The court’s counsel, Imran Lodhi, said the plea was late. At this, the CJP asked whether the law allowed it. “The statute is silent on the point,” he said.',
  );
  t.equal(who(quote(qs, 'The statute is')), 'person:Nasir Dogar');
});

t.test('a source "identified as" a name is that person, and the "he" after it too', async (t) => {
  const qs = quotesOf(
    '“The road is closed,” said a driver identified only as Rahim. Forty people were hurt, according to a district hospital official who identified himself as Dr Karimi. He said most were children.',
  );
  t.equal(who(quote(qs, 'The road is closed')), 'person:Rahim');
  t.equal(who(quote(qs, 'Forty people')), 'person:Karimi');
  t.equal(who(quote(qs, 'most were children')), 'person:Karimi');
});

t.test('a body called by its distinctive word once named in full is that body', async (t) => {
  const qs = quotesOf(
    'Twelve people died, the Harbour News Agency reported. Harbour said the toll would rise. Punjab said the roads were shut, the Punjab Police said.',
  );
  t.equal(who(quote(qs, 'the toll would')), 'organization:Harbour News Agency');
  t.equal(who(quote(qs, 'the roads were')), 'organization:Punjab', 'a place names its own government');
  const two = quotesOf('The Delta News Agency and the Delta Press Trust filed reports. Delta said the toll would rise.');
  t.not(who(quote(two, 'the toll would')), 'organization:Delta News Agency', 'two bodies so called: neither');
});

t.test('"said a press release" with no issuer is a new, unnamed source; "the statement" points back', async (t) => {
  const qs = quotesOf(
    'The Karachi Traders Union said on Monday that the tax was unfair.\n\nThe mayor agreed to review the tax, said a press release.\n\nThe mayor will meet the traders again, the statement added.',
  );
  t.equal(who(quote(qs, 'The mayor agreed')), 'anonymous');
  t.equal(who(quote(qs, 'The mayor will meet')), 'organization:Karachi Traders Union');
});

t.test('a participle the finder gives no subject: the tree’s, without the day the parse hangs on it', async (t) => {
  const qs = quotesOf(
    'The Reserve Bank of Fiji on Tuesday cut its lending rate by half a point, saying that prices had cooled faster than expected.',
  );
  t.equal(who(quote(qs, 'prices had cooled')), 'organization:Reserve Bank of Fiji');
});

t.test('an international body’s national chapter: the body’s name and a country', async (t) => {
  const qs = quotesOf(
    'Amnesty International said the trial was unfair. Amnesty International USA said it would protest outside the embassy.',
  );
  t.equal(who(quote(qs, 'it would protest')), 'organization:Amnesty International USA');
  t.equal(who(quote(qs, 'the trial')), 'organization:Amnesty International');
});

t.test('a day ending the source phrase is the verb’s time, no part of the body’s name', async (t) => {
  const qs = quotesOf('The Senate Finance Committee on Tuesday criticised what it called the “careless handling” of the budget.');
  t.equal(who(quote(qs, 'careless handling')), 'organization:Senate Finance Committee');
});

t.test('a subject pronoun ends the source phrase: words after it are its predicate', async (t) => {
  const qs = quotesOf(
    'Advocate Bilal Shah told the judge that the papers were lost. He said the court had ordered a search but added, “Nobody has looked for them.”',
  );
  t.equal(who(quote(qs, 'Nobody has looked')), 'person:Bilal Shah');
  t.equal(quote(qs, 'Nobody has looked').speaker?.mention, 'He');
});

t.test('a pronoun no source fits means the person of its gender named just before, even in reported speech', async (t) => {
  const qs = quotesOf(
    'Officials from the two banks met on Monday. According to a statement by the Finance Division, Ms Helen Ward praised the reforms. ' +
      'She said the Fund would visit in May. Mr Omar Rauf and Ms Helen Ward left. He said the talks went well.',
  );
  t.equal(who(quote(qs, 'the Fund would visit')), 'person:Helen Ward');
  t.equal(who(quote(qs, 'the talks went well')), 'person:Omar Rauf', 'not the one of the other gender');
  const none = quotesOf('Officials from the two banks met on Monday.\n\nNo one else came. He said the talks went well.');
  t.equal(who(quote(none, 'the talks went well')), 'none', 'no one named before');
});

t.test('"the statement" is the one a source, person or body, was said to speak in', async (t) => {
  const qs = quotesOf(
    'The Education Department said the schools would reopen.\n\n' +
      'Board chairman Tariq Aziz said in a statement that fees would not rise. The first results would be out by June, the statement said.',
  );
  t.equal(who(quote(qs, 'The first results')), 'person:Tariq Aziz', 'not the body heard from before');
});

t.test('"the law officer" is the attorney or advocate general named before, not the judge', async (t) => {
  const qs = quotesOf(
    'Additional Advocate General Bilal Sheikh told the court that the file was lost.\n\n' +
      'Justice Amna Riaz observed that the delay was long. When the judge asked about the record, the law officer said the search was on.',
  );
  t.equal(who(quote(qs, 'the search was on')), 'person:Bilal Sheikh');
  const named = quotesOf(
    'Farhan Ali filed the petition. The court summoned Deputy Attorney General Omar Khan on Monday.\n\n' +
      'Justice Amna Riaz observed that the delay was long. The law officer said the search was on.',
  );
  t.equal(who(quote(named, 'the search was on')), 'person:Omar Khan', 'named before, not heard from');
});

t.test('a reporting verb in a relative clause is the antecedent’s, not the main subject’s', async (t) => {
  const open = quotesOf(
    'Tenants wrote to Northgate Housing Trust, who rejected the letter as “pure fiction” and said the rents were fair.',
  );
  t.equal(who(quote(open, 'the rents were fair')), 'organization:Northgate Housing Trust');
  t.equal(who(quote(open, 'pure fiction')), 'organization:Northgate Housing Trust');
  const participle = quotesOf(
    'Governor Amina Rahim criticised Mayor Tobias Lenz who had called the plan "reckless" claiming that it would fail.',
  );
  t.equal(who(quote(participle, 'it would fail')), 'person:Tobias Lenz');
  const closed = quotesOf(
    'Minister Farid Osei spoke on Monday. Osei who on Friday answered questions raised by some members about the debt, stated that the loans were safe.',
  );
  t.equal(who(quote(closed, 'the loans were safe')), 'person:Farid Osei');
  // the clause has its own subject, or it hangs on a head noun before "of", or the phrase already holds the name
  const own = quotesOf('Villagers met Karim Haddad, who they said had promised that the road would open.');
  t.notOk(who(quote(own, 'the road would open'))?.includes('Haddad'));
  const of = quotesOf('The farmers of Lakeshire, who lost their crops, said the aid came late.');
  t.equal(quote(of, 'the aid came late').speaker?.kind, 'anonymous');
  const inner = quotesOf('Voters backed Karim Haddad, who many analysts said had promised too much.');
  t.equal(who(quote(inner, 'had promised too much')), 'anonymous');
  const aside = quotesOf('Asked about Karim Haddad, who missed the vote, officials said he was ill.');
  t.equal(who(quote(aside, 'he was ill')), 'anonymous');
  const near = quotesOf('Yesterday Karim Haddad’s aides and Maria Lenz, who chairs the panel, told reporters that the loans were safe.');
  t.not(who(quote(near, 'the loans were safe')), 'person:Maria Lenz');
  const holds = quotesOf('Officials who requested anonymity said the talks had stalled.');
  t.equal(quote(holds, 'the talks had stalled').speaker?.mention, 'Officials who requested anonymity');
});

t.test('a participle hung on a thing right before it is said by the clause’s own subject', async (t) => {
  const object = quotesOf('Education Minister Omar Saleh met teachers. He defended the reforms saying the schools had improved.');
  t.equal(who(quote(object, 'the schools had improved')), 'person:Omar Saleh');
  const place = quotesOf('Health Minister Lina Farouk said two people had died in the province adding that Tarsa reported 40 cases.');
  t.equal(who(quote(place, 'Tarsa reported')), 'person:Lina Farouk');
  // no person heard from yet: the parse's noun stands
  const first = quotesOf('Officials defended the reforms saying the schools had improved.');
  t.not(quote(first, 'the schools had improved').speaker?.kind, 'person');
  // a doer the parse gives away from the participle that names no one: the finder's phrase decides, here no one
  const away = quotesOf('It issued a notice on Monday saying that the road was shut.');
  t.equal(quote(away, 'the road was shut').speaker, null);
});

t.test('a name on a line linking to another story is no antecedent', async (t) => {
  const subject = quotesOf(
    'Foreign Minister Karim Haddad told reporters that the blockade must end.\n\nREAD MORE: Omar Saleh warns the talks may drag on for years\n\nThe talks would go on, he said.',
  );
  t.equal(who(quote(subject, 'The talks would go on')), 'person:Karim Haddad');
  const named = quotesOf(
    'Foreign Minister Karim Haddad spoke in Tarsa on Monday.\n\nRead more: Omar Saleh - Talks may drag on for years\n\nThe talks would go on, he said.',
  );
  t.equal(who(quote(named, 'The talks would go on')), 'person:Karim Haddad');
  // a link line closing the text, with no line break after it
  const last = quotesOf(
    'Talks go on\n\nTARSA: Foreign Minister Karim Haddad said on Monday that the talks would go on.\n\nREAD MORE: Omar Saleh warns of years of talks',
  );
  t.equal(who(quote(last, 'the talks would go on')), 'person:Karim Haddad');
});

t.test('a definite apposition inside a source’s words makes its name the role’s holder', async (t) => {
  const qs = quotesOf(
    'According to aides, Omar Saleh, the finance minister of Tarsa, warned the cabinet that the debt was rising. The finance minister stated that taxes would go up.',
  );
  t.equal(who(quote(qs, 'taxes would go up')), 'person:Omar Saleh');
  const other = quotesOf(
    'Karim Haddad said Omar Saleh, the minister of Tarsa, had misled voters. The minister stated that the vote was rigged.',
  );
  t.equal(who(quote(other, 'the vote was rigged')), 'person:Omar Saleh');
  // an apposition naming another role makes no holder of this one
  const mayor = quotesOf(
    'Karim Haddad said Omar Saleh, the mayor of Tarsa, had misled voters. The minister stated that the vote was rigged.',
  );
  t.not(who(quote(mayor, 'the vote was rigged')), 'person:Omar Saleh');
});
