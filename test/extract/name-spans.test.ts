import t from 'tap';
import { parseDateline } from '../../src/extract/dateline/index.js';
import { findEntities } from '../../src/extract/entities/index.js';

/** name -> title for every person in the article */
function titles(text: string): Record<string, string | null> {
  const { people } = findEntities(text, parseDateline(text).bodyStart);
  return Object.fromEntries(people.map((p) => [p.name, p.title]));
}

t.test('a province of two words closes a portfolio before the name', async (t) => {
  const o = titles('SKARDU: Minister for Kashmir Affairs and Gilgit Baltistan Sardar Omar Aslam Khan spoke on Monday.');
  t.same(Object.keys(o), ['Sardar Omar Aslam Khan']);
  t.same(titles('Minister for Ports and Gilgit Baltistan Khan said so.'), {}, 'no name left after the province');
});

t.test('a wing in -tion after a rank, and "Retired" after one, are no part of the name', async (t) => {
  const o = titles(
    'PESHAWAR: SSP Investigation Javed Iqbal Mohmand and senior minister Col. Retired Tariq Aziz Noor were present. ' +
      'Coordinator Disease Prevention, Dr Asma Gul said the cases rose.',
  );
  t.same(o['Javed Iqbal Mohmand'], 'SSP Investigation');
  t.same(o['Tariq Aziz Noor'], 'senior minister');
  t.ok(o['Asma Gul'], 'a field in -tion names no one');
  t.same(Object.keys(o).length, 3);
});

t.test('a province’s initials are a given name outside its country', async (t) => {
  t.same(Object.keys(titles('KATHMANDU: Prime Minister KP Ram Thapa said relief was under way in Nepal.')), ['KP Ram Thapa']);
  t.same(Object.keys(titles('PESHAWAR: Governor KP Ghulam Rasool Khan said the budget in Pakistan was late.')), ['Ghulam Rasool Khan']);
});

t.test('an unlisted Irish office bounds the name', async (t) => {
  t.same(titles('DUBLIN: Taoiseach Seán Ó Briain and Tánaiste Mary Kelly met in Ireland.'), {
    'Seán Ó Briain': 'Taoiseach',
    'Mary Kelly': 'Tánaiste',
  });
});

t.test('a party’s label between a title and a surname is a given name', async (t) => {
  const o = titles('Wellington Mayor Tory Hemi said the pipes leak. Tory MP Jane Doe agreed. Hemi said more.');
  t.same(o['Tory Hemi'], 'Wellington Mayor');
  t.same(o['Jane Doe'], 'MP');
});

t.test('a country’s name ending a titled name is a surname, alone later too', async (t) => {
  const text = 'Board President Dr. Paul Jersey said the deal was good. "It is done," Jersey said. Talks in Jersey ended.';
  const { people } = findEntities(text, 0);
  t.same(
    people.map((p) => [p.name, p.mentions.length]),
    [['Paul Jersey', 2]],
  );
});

t.test('an item of a list of places after "in" is the posting between a title and a name', async (t) => {
  const o = titles('SSP Lyari Naveed Anwar Rana said gangs were active in Garden, Kharadar, and Lyari. SP Lalu Prasad Rana agreed in May.');
  t.same(Object.keys(o), ['Naveed Anwar Rana', 'Lalu Prasad Rana']);
});

t.test('a brand of two words written as one is no name; a one-word body after a leader word heads no title', async (t) => {
  const text =
    'PESHAWAR: Bilal Ahmed spokesperson MetroPeshawar stated that buses run. Spokesperson MetroPeshawar said more. ' +
    'Traders Union president Ali Raza Butt agreed. Judge Ian McDonald ruled.';
  const o = titles(text);
  t.same(Object.keys(o).sort(), ['Ali Raza Butt', 'Bilal Ahmed', 'Ian McDonald']);
  const { trailingName } = await import('../../src/extract/attribution/names.js');
  t.equal(trailingName('Spokesperson MetroPeshawar'), null);
  t.equal(trailingName('Minister AbdulRahman Saleh'), 'AbdulRahman Saleh', 'Arabic "Abdul" joined to a name');
});

t.test('a title with a middle word of one longer name is that person', async (t) => {
  const { people } = findEntities('Justice Sita Rana Pradhan heard the case. Later Justice Rana asked why.', 0);
  t.same(
    people.map((p) => [p.name, p.aliases]),
    [['Sita Rana Pradhan', ['Rana']]],
  );
});

t.test('a word alone with a role in apposition is a person', async (t) => {
  t.same(titles('During the talk, Quader, the Road Transport Minister, raised questions.'), { Quader: 'Road Transport Minister' });
  t.same(titles('Quader, the city, grew.'), {}, 'no role: no person');
  t.same(titles('Quader, the town, said'), {}, 'no closing comma');
  t.same(titles('They met Quader,'), {}, 'nothing after the comma');
});

t.test('the plural of a party’s member or of a people is no name word', async (t) => {
  const o = titles(
    'Western Ohio Republicans Mark Keller and Leading Tories have spoken. Minister for Overseas Pakistanis Sajid Ali said so.',
  );
  t.same(Object.keys(o), ['Mark Keller', 'Sajid Ali']);
});

t.test('adverbs of manner, words with digits and "Shri" are no name words', async (t) => {
  const o = titles(
    'Immediately Governor Bala Ahmed Musa left. Under the Elections Act-2017, Member Ram Kumar Joshi voted. PM Shri Anil Verma spoke.',
  );
  t.same(Object.keys(o).sort(), ['Anil Verma', 'Bala Ahmed Musa', 'Ram Kumar Joshi']);
});

t.test('a portfolio’s adjective takes the next word as its noun', async (t) => {
  t.same(titles('Minister for Public Expenditure Jack Doyle spoke.'), { 'Jack Doyle': 'Minister for Public Expenditure' });
  t.same(titles('Minister for Public Expenditure and Reform Jack Doyle spoke.'), {
    'Jack Doyle': 'Minister for Public Expenditure and Reform',
  });
});

t.test('title words joined by a hyphen are one title word', async (t) => {
  const o = titles('NAIROBI: Attorney-General Paul Mwangi appealed. Later Prof. Paul said so.');
  t.same(Object.keys(o), ['Paul Mwangi']);
});

t.test('a province between a body’s name and a name is the posting', async (t) => {
  const o = titles('QUETTA: Coordinator Emergency Operations Center Balochistan Hameed Ali Nasar said so.');
  t.same(Object.keys(o), ['Hameed Ali Nasar']);
});

t.test('Gulf copy’s styles in capitals are honorifics, the pronoun is not', async (t) => {
  const o = titles('DOHA: Minister of Trade H.E. Ali Saad Kuwari met HE Sheikh Hamad Nasser. He said so.');
  t.same(o, { 'Ali Saad Kuwari': 'Minister of Trade', 'Sheikh Hamad Nasser': null });
  const { trailingName } = await import('../../src/extract/attribution/names.js');
  t.equal(trailingName('Minister HE Ali Kuwari'), 'Ali Kuwari');
});

t.test('a possessive after a comma opens an apposition, no list of towns', async (t) => {
  const o = titles("Leo Marsh, Canada's ambassador to the United Nations, said so.");
  t.ok('Leo Marsh' in o);
});

t.test('two capitals between name words are middle initials, not an office’s acronym', async (t) => {
  t.same(Object.keys(titles('The leader, Owen RT Harries, said so.')), ['Owen RT Harries']);
  t.same(Object.keys(titles('Pakistan PM Khan said so.')), ['Khan']);
});

t.test('a run whose last word opens a region’s name with "and" is that region', async (t) => {
  t.same(titles('Azad Jammu and Kashmir Prime Minister Tariq Naseem Khan said so.'), {
    'Tariq Naseem Khan': 'Azad Jammu and Kashmir Prime Minister',
  });
});

t.test('Malaysian styles are honorifics, and a portfolio in brackets is no name', async (t) => {
  const o = titles(
    'Minister in the Prime Minister’s Department (Federal Territories) Datuk Seri Aminah Yusof said so. ' +
      'Minister in the Prime Minister’s Department (Law and Institutional Reform) Datuk Rosli Hamid agreed. ' +
      'The court asked the counsel (Hamid Ali) to help.',
  );
  t.same(Object.keys(o), ['Aminah Yusof', 'Rosli Hamid', 'Hamid Ali'], 'a name in brackets with no name after them is one');
  t.equal(o['Aminah Yusof'], 'Minister in the Prime Minister’s Department (Federal Territories)');
  t.equal(o['Rosli Hamid'], 'Minister in the Prime Minister’s Department (Law and Institutional Reform)');
});

t.test('"Mawlawi", a religious scholar’s style, is no part of the name', async (t) => {
  t.same(titles('KABUL: The acting mayor of Kabul, Mawlawi Abdul Rahim, said so.'), { 'Abdul Rahim': 'acting mayor of Kabul' });
});

t.test('"Elementary" is a portfolio’s word: "Secretary Elementary and Secondary Education X"', async (t) => {
  t.same(titles('PESHAWAR: Secretary Elementary and Secondary Education Masood Ahmad said so.'), {
    'Masood Ahmad': 'Secretary Elementary and Secondary Education',
  });
});

t.test('"MP" written after a name ends it and titles the member', async (t) => {
  t.same(titles('DHAKA: Trade leaders met Commerce Minister Rafiqul Alam Chowdhury MP on Sunday.'), {
    'Rafiqul Alam Chowdhury': 'Commerce Minister',
  });
  t.same(titles('Nusrat Jahan Begum MP opened the new clinic in Sylhet on Monday.'), { 'Nusrat Jahan Begum': 'MP' });
  t.same(titles('The motion was backed by an Independent MP. The Nationalist MP objected.'), {}, 'a determiner opens a description');
});

t.test('the article "A" before a lone capital and a name is an initial', async (t) => {
  t.same(titles('NEW DELHI: The bench, also comprising Justices A K Menon and Ravi Prasad, heard the appeal.'), {
    'A K Menon': 'Justice',
    'Ravi Prasad': 'Justice',
  });
  t.same(titles('A Pakistani delegation arrived. A B-52 flew over.'), {}, 'an article before a demonym or a code');
});

t.test('"A" or "I" right after a title or role is an initial before the name', async (t) => {
  t.same(titles('CHENNAI: Union Minister A Selvam met party leader I Kannan. A Madurai court ruled.'), {
    'A Selvam': 'Union Minister',
    'I Kannan': 'party leader',
  });
  t.same(titles('CHENNAI: The minister’s A Team won.'), {}, 'not after a possessive');
});

t.test('two capitals before a surname alone are initials in the apposition of "the" and a role', async (t) => {
  t.same(Object.keys(titles('CHENNAI: The collector, RK Suresh, visited the site. Suresh said it was safe.')), ['RK Suresh']);
  t.same(Object.keys(titles('CHENNAI: One of his aides, AG Suresh said so.')), [], 'a role without "the" may be a list');
});

t.test('"The" opening a sentence marks a body’s name, as "the" does', async (t) => {
  t.same(titles('The Red Crescent said on Monday that 40 people had died. The Met Office said more rain was due.'), {});
});

t.test('a demonym after a form of address is a name', async (t) => {
  const o = titles('A doctor who gave his name as Dr Danish said the wards were full. Mr. English agreed.');
  t.same(Object.keys(o), ['Danish', 'English']);
  t.same(titles('Danish officials said so. the Danish envoy came. Swiss Ambassador Hans Meier said so.'), { 'Hans Meier': 'Ambassador' });
});

t.test('a correlative opening a sentence is no word of a name', async (t) => {
  t.same(Object.keys(titles('Health Minister Carla Brandt spoke. Neither Brandt nor her deputy would comment.')), ['Carla Brandt']);
});

t.test('a legislature’s hill is a landmark, not a surname', async (t) => {
  t.same(titles('Ottawa MPs met on Parliament Hill on Monday. Senators on Capitol Hill said so.'), {});
});

t.test('police ranks abbreviated with a full stop are no name', async (t) => {
  t.notOk('Insp' in titles('MANILA: Chief Insp. Maria Santos of the police said she could not say.'));
});

t.test('South Asian army ranks below officer stand before the name', async (t) => {
  t.same(titles('RAWALPINDI: Two soldiers, Havaldar Rashid Mehmood and Sepoy Gul Zaman, were martyred, the army said.'), {
    'Rashid Mehmood': 'Havaldar',
    'Gul Zaman': 'Sepoy',
  });
});

t.test('a town ending a title before the comma leaves the name after it', async (t) => {
  t.same(titles('Pakistan’s Consul General in Jeddah, Khalid Majeed Awan, said the mission was open.'), {
    'Khalid Majeed Awan': 'Consul General in Jeddah',
  });
});

t.test('capitalised words alone in quotation marks are a title or slogan, no person', async (t) => {
  const text =
    "Marchers chanted “Freedom Will Come.” Her show, “Aaj Ki Baat”, was dropped. They shouted 'Long Live Hope' loudly. " +
    'Leader Omar Baig said “Omar Baig” was his stage name.';
  t.same(Object.keys(titles(text)), ['Omar Baig']);
  t.same(Object.keys(titles('Leader Omar Baig said “Rafiq Alam')), ['Omar Baig', 'Rafiq Alam'], 'no closing mark');
});

t.test('an acronym’s plural is no name word', async (t) => {
  t.same(Object.keys(titles('“Fake NGOs have been set up,” said Rafiq Alam.')), ['Rafiq Alam']);
});

t.test('a news outlet’s name is no person', async (t) => {
  t.same(Object.keys(titles('KARACHI: An official told Business Recorder that Shahid Rana had resigned.')), ['Shahid Rana']);
});

t.test('a town ending an aide’s portfolio after "on" leaves the name after the comma', async (t) => {
  t.same(titles('ABUJA: The governor, in a statement by his Special Assistant on Media, Kelvin Obi, called for calm.'), {
    'Kelvin Obi': 'Special Assistant on Media',
  });
});

t.test('a name the article writes before "district" or "tehsil" is a place everywhere', async (t) => {
  const text =
    'Gunmen struck a school in Tank Kalan district on Monday. Officer Rafiq Alam said classes would resume. ' +
    'Tank Kalan has seen many attacks. Elders of Punjab’s Noor Ali tehsil met. Noor Ali stayed calm.';
  t.same(Object.keys(titles(text)), ['Rafiq Alam']);
  t.same(Object.keys(titles('Noor Ali said so.\ndistrict meetings ended.')), ['Noor Ali'], 'a place noun opening a line');
  t.same(Object.keys(titles('Ali tehsil is calm.\nOfficer Noor Ali said so.')), ['Noor Ali'], 'titled');
  t.same(
    Object.keys(titles('Talks ended.\nThe guard was Officer Rafiq Alam\nNoor Ali district. Noor Ali said so.')),
    ['Rafiq Alam'],
    'across a line',
  );
});

t.test('a name ending in a state’s, an assembly’s or a photo agency’s noun is no person', async (t) => {
  const text =
    'Vidhan Sabha members walked out, and Leader Anil Kadam said the seats were unfair. ' +
    'Envoys of Islamic Emirate met Chairman Ravi Rao of the Lok Sabha panel. (Harbour Images)';
  t.same(Object.keys(titles(text)), ['Anil Kadam', 'Ravi Rao']);
});

t.test('"Imam" after given names is a family name, before a name a religious title', async (t) => {
  t.same(titles('MULTAN: Federal Minister Syed Nadir Imam and Imam Tariq Zaman opened the school.'), {
    'Syed Nadir Imam': 'Federal Minister',
    'Tariq Zaman': 'Imam',
  });
});

t.test('a posting’s town after a title, then a comma, leaves the name after it', async (t) => {
  const text =
    'QUETTA: District Police Officer, Multan, Ahmed Raza Khan and Regional Police Officer (RPO) Quetta, Kamran Ali met. ' +
    'Deputy Commissioner Multan, Nadia Gul joined. Buses came from Quetta, Multan, Jamal Khan and Zhob.';
  t.same(Object.keys(titles(text)), ['Ahmed Raza Khan', 'Kamran Ali', 'Nadia Gul']);
});

t.test('a constable’s and a sub-inspector’s rank are no part of the name', async (t) => {
  const o = titles('LAHORE: Head Constable Aslam Pervez and Sub-Inspector Nadeem Akhtar were hurt.');
  t.same(Object.keys(o), ['Aslam Pervez', 'Nadeem Akhtar']);
});

t.test('a town’s quarter between a title and the name is the posting', async (t) => {
  t.same(titles('LAHORE: Superintendent of Police Model Lines Arif Nawaz said the roads were shut.'), {
    'Arif Nawaz': 'Superintendent of Police Model Lines',
  });
});

t.test('"Senior" or "Junior" closing a name is a generational suffix', async (t) => {
  const { people } = findEntities('LAHORE: Coach Tariq Aziz Senior met Naveed Alam Junior. Later Aziz said so.', 8);
  t.same(
    people.map((p) => [p.name, p.title, p.aliases]),
    [
      ['Tariq Aziz Senior', 'Coach', ['Aziz']],
      ['Naveed Alam Junior', null, []],
    ],
  );
  t.same(Object.keys(titles('LAHORE: Naveed Alam Senior minister said so.')), [], 'a title after it');
});

t.test('an honorific-looking surname after a form of address is the name', async (t) => {
  const { people } = findEntities('KARACHI: Governor Syed Nadir Imam spoke. Dr Imam said crime fell.', 9);
  t.same(
    people.map((p) => [p.name, p.aliases]),
    [['Syed Nadir Imam', ['Nadir Imam', 'Imam', 'Dr Imam']]],
  );
});

t.test('a title before a posting set off by commas is the name’s', async (t) => {
  t.same(titles('MULTAN: Deputy Inspector General of Police, Multan, Dr Asif Nadeem and District Officer, Multan, Rabia Gul met.'), {
    'Asif Nadeem': 'Deputy Inspector General of Police',
    'Rabia Gul': 'District Officer',
  });
  // a lower-case role is no title of the posting's (mentionOf); the apposition before the place gives it
  t.same(titles('MULTAN: The officer, Multan, Rabia Gul Khan said so.'), { 'Rabia Gul Khan': 'officer' }, 'a role in lower case');
});

t.test('a role noun in the next sentence, or one that spoke before the name, is an untitled name’s title', async (t) => {
  t.same(titles('Amir Sultan has said so. While the prime minister gave no date, talks go on.'), { 'Amir Sultan': 'prime minister' });
  t.same(titles('Exports will rise, the country’s trade minister said on Monday.\n\nRafiq Noor also told reporters that prices fell.'), {
    'Rafiq Noor': 'trade minister',
  });
  t.same(
    titles('The province’s trade minister on Monday said prices fell.\n\nSpeaking here Rafiq Noor said exports rose.'),
    { 'Rafiq Noor': 'trade minister' },
    'a day between the role and its verb',
  );
  t.same(titles('The trade minister yesterday said prices fell.\n\nRafiq Noor said so.'), { 'Rafiq Noor': 'trade minister' });
  const none = (text: string, why: string) => t.same(Object.values(titles(text)).filter(Boolean), [], why);
  none('The trade minister on Monday.\n\nRafiq Noor said so.', 'a day and no verb');
  none('Amir Sultan said the minister would come.', 'a role noun in the same sentence is someone else');
  none('Amir Sultan has said so. Bilal Noor and the minister left.', 'someone named between');
  none('Amir Sultan has said so. The ministers agreed.', 'a plural role');
  none('Amir Sultan has said so. A minister agreed.', 'an indefinite role');
  none('Amir Sultan has said so. The very old new minister agreed.', 'too many words before the role');
  none('He met the trade minister on Monday.\n\nRafiq Noor told reporters that prices fell.', 'the role noun did not speak');
  none('Amir Sultan has said so. The petitioner’s counsel agreed.', 'a possessive points at someone else');
  none('Amir Sultan told the court on Monday that he was innocent. The judge adjourned.', 'a sentence going on after the name');
  none('Amir Sultan has said so. The spokesman agreed.', 'a spokesperson speaks for another');
  none('The trade minister said on Monday that exports rose.\n\nTalks ran late.\n\nRafiq Noor told reporters so.', 'two paragraphs on');
  none('Talks went on, said Amir Sultan.', 'no role noun near');
  none('Talks went on, said Amir Sultan', 'a name ending the text');
  t.same(titles('Prime Minister Tariq Ali spoke. Amir Sultan has said so. The prime minister left.'), {
    'Tariq Ali': 'Prime Minister',
    'Amir Sultan': null,
  });
  t.same(titles('Exports will rise, the trade minister said on Monday. Bilal Noor agreed. Rafiq Noor told reporters so.'), {
    'Bilal Noor': 'trade minister',
    'Rafiq Noor': null,
  });
  t.same(
    titles('Growth will slow in North American markets, Amir Sultan said.'),
    { 'Amir Sultan': null },
    'a compass point and a nationality',
  );
});

t.test('what a title is "on" is its portfolio, not a person', async (t) => {
  t.same(titles('He met the Special Assistant on Price Control, Salma Butt, on Monday.'), {
    'Salma Butt': 'Special Assistant on Price Control',
  });
  t.same(titles('on Salma Butt’s orders the shops shut.'), { 'Salma Butt': null }, 'no title before');
});

t.test('a run whose capitals, with the name going on after it, spell the acronym after it is a body', async (t) => {
  t.same(titles('Fighters of Farmers United for Land and Water, FULW, said they held the town.'), {});
  t.same(titles('Farmers United for Peace (FUP) said they held the town.'), {});
  t.same(titles('Rashid Noor of PTI said so. Bilal Noor of Lahore said so, and so did Amir Khan of'), {
    'Rashid Noor': null,
    'Bilal Noor': null,
    'Amir Khan': null,
  });
  t.same(titles('Sana Mir for Women and Girls, SM, spoke.'), { 'Sana Mir': null }, 'the capitals spell another acronym');
});

t.test('what a title is "of" opens a run of three with its place, not the name', async (t) => {
  t.same(titles('The Mayor of Brookvale Tessa Marlow opened the bridge.'), { 'Tessa Marlow': 'Mayor of Brookvale' });
  t.same(
    titles('Mayor of Brookvale Tessa Anne Marlow opened the bridge.'),
    { 'Brookvale Tessa Anne Marlow': null },
    'a run of four is left as it was',
  );
  for (const text of [
    'of Brookvale Tessa Marlow said so.',
    'He met the mayor of Brookvale Tessa Marlow.',
    'Friends of Brookvale Tessa Marlow met.',
  ]) {
    t.same(titles(text), { 'Brookvale Tessa Marlow': null }, 'no capitalised title before "of"');
  }
});
