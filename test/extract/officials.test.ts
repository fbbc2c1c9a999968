import t from 'tap';
import { parseDateline } from '../../src/extract/dateline/index.js';
import { buildDocument } from '../../src/extract/document/index.js';
import { findEntities, verbsOf } from '../../src/extract/entities/index.js';

/** name -> [title, organization, country, official] for every person in the article */
function officials(text: string): Record<string, [string | null, string | null, string | null, boolean]> {
  const { people } = findEntities(text, parseDateline(text).bodyStart);
  return Object.fromEntries(people.map((p) => [p.name, [p.title, p.organization, p.country, p.official]]));
}

t.test('titles before names: organisation, role and country apart', async (t) => {
  const o = officials(
    'date 2023-06-07 ISLAMABAD - Yesterday, US State Department Principal Deputy Spokesperson Vedant Patel said so. ' +
      'Chinese Ambassador Chen Haoran agreed. UK Minister for Development Helen Ashcroft and Turkish Trade Minister Kerem Aydogan met. ' +
      'Sindh Chief Minister Nadeem Akbar Soomro objected. Federal Minister for Planning, Development and Special Initiatives Sohail Anjum Rathore spoke.',
  );
  t.same(o['Vedant Patel'], ['Principal Deputy Spokesperson', 'US State Department', 'United States', true]);
  t.same(o['Chen Haoran'], ['Ambassador', null, 'China', true]);
  t.same(o['Helen Ashcroft'], ['Minister for Development', null, 'United Kingdom', true]);
  t.same(o['Kerem Aydogan'], ['Trade Minister', null, 'Turkey', true]);
  t.same(
    o['Nadeem Akbar Soomro'],
    ['Sindh Chief Minister', 'Sindh government', 'Pakistan', true],
    'national offices take the dateline country; a province heading the title is its government',
  );
  t.same(o['Sohail Anjum Rathore'], ['Federal Minister for Planning, Development and Special Initiatives', null, 'Pakistan', true]);
});

t.test('acronyms before titles stand for the bodies the article names', async (t) => {
  const o = officials(
    'LAHORE: The Pakistan Cricket Board (PCB) met. PCB head of women’s cricket Nighat Sultana Awan spoke. ' +
      'Former Test opener and television analyst Kamran Saeed Ghauri disagreed. PTV chairman Ali Raza declined to comment. ' +
      'The International Monetary Fund said IMF mission chief Marco Valdivia would return.',
  );
  t.same(o['Nighat Sultana Awan'], ['head of women’s cricket', 'Pakistan Cricket Board', 'Pakistan', true]);
  t.same(o['Kamran Saeed Ghauri'], ['television analyst', null, 'Pakistan', true]);
  t.same(o['Ali Raza'], ['chairman', 'PTV', 'Pakistan', true]);
  t.same(o['Marco Valdivia'], ['mission chief', 'International Monetary Fund', null, true]);
});

t.test('appositions after names', async (t) => {
  const o = officials(
    'KARACHI: "No," said Sana Iftikhar, head of research at Karachi-based Indus Capital Securities. ' +
      'Shehryar Aslam Khan, chairman of the National Disaster Management Authority, agreed. ' +
      'Rakesh Menon, a professor of international relations at Jawaharlal Nehru University, said so. ' +
      'Dr Zubaida Parveen, a public health specialist at a private university in Karachi, said more. ' +
      'Haroon Aziz Minhas, counsel for the petitioners, argued. Ghulam Nabi, a farmer from Dadu, said the crop failed.',
  );
  t.same(o['Sana Iftikhar'], ['head of research', 'Indus Capital Securities', 'Pakistan', true]);
  t.same(o['Shehryar Aslam Khan'], ['chairman', 'National Disaster Management Authority', 'Pakistan', true]);
  t.same(o['Rakesh Menon'], ['professor of international relations', 'Jawaharlal Nehru University', 'Pakistan', true]);
  t.same(o['Zubaida Parveen'], ['public health specialist', null, 'Pakistan', true]);
  t.same(o['Haroon Aziz Minhas'], ['counsel for the petitioners', null, 'Pakistan', true]);
  t.same(o['Ghulam Nabi'], ['farmer from Dadu', null, 'Pakistan', false]);
});

t.test('an apposition runs to punctuation: a new clause after a comma is not one', async (t) => {
  const o = officials(
    'ISLAMABAD - During the hearing, presided over by NEPRA Chairman Waseem Kharal, officials of the Power Division argued.',
  );
  t.same(o['Waseem Kharal'], ['Chairman', 'NEPRA', 'Pakistan', true]);
});

t.test('appositions before names, with honorifics and retired ranks', async (t) => {
  const o = officials(
    'Meanwhile, the chairperson of the Senate Standing Committee on Power, Senator Nusrat Bano Jatoi, spoke.\n' +
      'The Special Investment Facilitation Council (SIFC) met. The SIFC’s national coordinator, Lt Gen (retd) Nadir Zaman Satti, said so.\n' +
      'Pakistan’s Special Representative for Afghanistan, Ambassador (retd) Jawad Habib Khattak, held talks.\n' +
      'Mr Minhas cited the former advocate general, Tariq Javed Bajwa, in 2022.\n' +
      'Adviser to the Chief Minister on Home Affairs Lt Gen (retd) Zafar Iqbal Marri spoke. Maj Gen Asif Noor retired.',
  );
  t.same(o['Nusrat Bano Jatoi'], ['chairperson', 'Senate Standing Committee on Power', 'Pakistan', true]);
  t.same(o['Nadir Zaman Satti'], ['national coordinator', 'Special Investment Facilitation Council', 'Pakistan', true]);
  t.same(o['Jawad Habib Khattak'], ['Special Representative for Afghanistan', null, 'Pakistan', true]);
  t.same(o['Tariq Javed Bajwa'], ['former advocate general', null, 'Pakistan', true]);
  t.same(o['Zafar Iqbal Marri'], ['Adviser to the Chief Minister on Home Affairs', null, 'Pakistan', true]);
  t.same(o['Asif Noor'], ['Maj Gen', null, 'Pakistan', true], 'a rank alone is the title');
});

t.test('towns and provinces between a title and a name', async (t) => {
  const o = officials(
    'PESHAWAR (APP) - Trade resumed.\nCollector of Customs (Appraisement) Peshawar Shafiq Ahmed Tareen said so. ' +
      'The cabinet, chaired by Chief Minister of Punjab Sabahat Ali Khokhar, agreed.',
  );
  t.same(o['Shafiq Ahmed Tareen'], ['Collector of Customs (Appraisement)', null, 'Pakistan', true]);
  t.same(o['Sabahat Ali Khokhar'], ['Chief Minister of Punjab', 'Punjab government', 'Pakistan', true]);
});

t.test('a province of two words between a title and a name, a form of address after a portfolio', async (t) => {
  const o = officials(
    'PESHAWAR: Later, Inspector General of Police (IGP) Khyber Pakhtunkhwa Syed Akhtar Ali Shah said so. ' +
      'Chief Minister Khyber Pakhtunkhwa Sardar Naveed Khan Jadoon agreed.\n' +
      'LAHORE: Punjab Minister for Primary and Secondary Healthcare Dr. Sadia Noor Bhatti spoke. Dr Bhatti said more.',
  );
  t.same(o['Syed Akhtar Ali Shah'], [
    'Inspector General of Police (IGP) Khyber Pakhtunkhwa',
    'Khyber Pakhtunkhwa Police',
    'Pakistan',
    true,
  ]);
  t.same(o['Sardar Naveed Khan Jadoon'], ['Chief Minister Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa government', 'Pakistan', true]);
  t.same(o['Sadia Noor Bhatti'], ['Punjab Minister for Primary and Secondary Healthcare', 'Punjab government', 'Pakistan', true]);
  t.equal(Object.keys(o).length, 3);
  const undotted = officials('LAHORE: Minister for Specialised Healthcare Dr Salma Nawaz Cheema spoke.');
  t.same(undotted['Salma Nawaz Cheema']?.[0], 'Minister for Specialised Healthcare');
});

t.test('bare heads and pronouns name the body given before', async (t) => {
  const o = officials(
    'KABUL (AFP) - In Kabul, the Afghan interim government’s Ministry of Commerce and Industry said it welcomed the move. ' +
      'Ministry spokesperson Hafizullah Mangal told APP so. Embassy spokesperson Ali Raza had no comment.\n' +
      'The UN refugee agency UNHCR objected. Its representative in Afghanistan, Leila Haddad, said so.',
  );
  t.same(o['Hafizullah Mangal'], ['spokesperson', 'Ministry of Commerce and Industry', 'Afghanistan', true]);
  t.same(o['Ali Raza'], ['spokesperson', 'Embassy', 'Afghanistan', true], 'no embassy named before');
  t.same(o['Leila Haddad'], ['representative in Afghanistan', 'UNHCR', null, true]);
});

t.test('countries from possessives on organisations, "X’s embassy in Y", parties', async (t) => {
  const o = officials(
    "NEW DELHI (AP) — In Islamabad, Pakistan's Foreign Office said it agreed. Rabia Anwar Bhutta, the Foreign Office spokesperson, said more.\n" +
      "Pakistan's embassy in Washington said in a statement it agreed. Embassy spokesperson Zahid Farooq Mirza told Reuters so.\n" +
      'Labour MP Tariq Mahmood Chohan, who attended the meeting, said so. Republican Senator Robert Caldwell, a member of the Senate Foreign Relations Committee, wrote.',
  );
  t.same(o['Rabia Anwar Bhutta'], ['spokesperson', 'Foreign Office', 'Pakistan', true]);
  t.same(o['Zahid Farooq Mirza'], ['spokesperson', 'Embassy of Pakistan in Washington', 'Pakistan', true]);
  t.same(o['Tariq Mahmood Chohan'], ['MP', 'Labour', 'United Kingdom', true]);
  t.same(o['Robert Caldwell'], ['Senator', 'Senate Foreign Relations Committee', 'India', true], 'the apposition names the body');
});

t.test('a body inside or at the end of a title', async (t) => {
  const o = officials(
    'ISLAMABAD - Governor State Bank of Pakistan Jameel Ahmad said so. Supreme Court Bar Association President Shahzad Shaukat agreed. ' +
      'SSP Operations Karachi Asad Raza said more. India’s External Affairs Minister S. Jaishankar replied.',
  );
  t.same(o['Jameel Ahmad'], ['Governor', 'State Bank of Pakistan', 'Pakistan', true]);
  t.same(o['Shahzad Shaukat'], ['President', 'Supreme Court Bar Association', 'Pakistan', true]);
  t.same(o['Asad Raza'], ['SSP Operations', null, 'Pakistan', true], 'police ranks written as acronyms are roles');
  t.same(o['S. Jaishankar'], ['External Affairs Minister', null, 'India', true], 'an initial’s full stop ends no sentence');
});

t.test('bodies named by "at", by a possessive head noun, and ranks that are titles', async (t) => {
  const o = officials(
    'WASHINGTON (AP) — "Yes," says Mark Zandi, chief economist at Moody\'s Analytics. Ali Khan, an analyst at Islamabad, agreed.\n' +
      "The National Education Union (NEU) struck. Daniel Kebede, the union's general secretary, said so. Tom Hale, the party's treasurer, left.\n" +
      "The government's counsel, Additional Attorney General Imran Haider Gill, assured the bench.",
  );
  t.same(o['Mark Zandi'], ['chief economist', "Moody's Analytics", 'United States', true]);
  t.same(o['Ali Khan'], ['analyst', null, 'United States', true], 'a town after "at" is no body');
  t.same(o['Daniel Kebede'], ['general secretary', 'National Education Union', 'United States', true]);
  t.same(o['Tom Hale'], ['treasurer', null, 'United States', true], 'no party named before');
  t.same(o['Imran Haider Gill'], ['Additional Attorney General', null, 'United States', true]);
});

t.test('judges belong to the court the article names', async (t) => {
  const o = officials('LAHORE: The Lahore High Court on Tuesday ruled. Chief Justice Naveed Akhtar Chaudhry observed that delays hurt.');
  t.same(o['Naveed Akhtar Chaudhry'], ['Chief Justice', 'Lahore High Court', 'Pakistan', true]);
});

t.test('without a dateline the country is the one the article names most', async (t) => {
  const o = officials(
    'Polio drive begins\n\nHealth Minister Irfan Ullah Bangash said Pakistan and Afghanistan remain endemic. Pakistan will vaccinate.',
  );
  t.same(o['Irfan Ullah Bangash'], ['Health Minister', null, 'Pakistan', true]);
  t.same(officials('Finance Minister Ali Raza Khan spoke.')['Ali Raza Khan'], ['Finance Minister', null, null, true]);
});

t.test('abbreviations with full stops', async (t) => {
  const o = officials('WASHINGTON - U.S. Senator John Smith said so. Dr. Amna Baig agreed.');
  t.same(o['John Smith'], ['Senator', null, 'United States', true]);
  t.same(o['Amna Baig'], [null, null, 'United States', false]);
});

t.test('the body after "at", "of", "for", "who heads" in an apposition', async (t) => {
  const o = officials(
    'BEIJING - Wang Li, an economist at the Pakistan Institute of Development Economics, said so. ' +
      'Rahim Ali, a professor at Dhaka University, agreed. Javed Iqbal, who heads the Pakistan Electronic Media Regulatory Authority, said more. ' +
      'Sara Khan, spokesperson for the Foreign Ministry, declined. Naeem Mir, president of Anjuman-e-Tajiran Lahore, objected. ' +
      'Ali Shah, chairman of the Indus River System Authority, said so. Asad Umar, Chief of Staff, said so. Tom Lee, who spoke first, left.',
  );
  t.same(o['Wang Li'], ['economist', 'Pakistan Institute of Development Economics', 'Pakistan', true]);
  t.same(o['Rahim Ali'], ['professor', 'Dhaka University', 'Bangladesh', true]);
  t.same(o['Javed Iqbal'], ['head', 'Pakistan Electronic Media Regulatory Authority', 'Pakistan', true]);
  t.same(o['Sara Khan'], ['spokesperson', 'Foreign Ministry', 'China', true]);
  t.same(o['Naeem Mir'], ['president', 'Anjuman-e-Tajiran Lahore', 'Pakistan', true], 'a Lahore body is Pakistani');
  t.notOk(o['Anjuman-e-Tajiran Lahore'], 'the words of an apposition are no person');
  t.same(o['Ali Shah'], ['chairman', 'Indus River System Authority', 'China', true]);
  t.same(o['Asad Umar'], ['Chief of Staff', null, 'China', true], 'a field after "of" is no body');
  t.same(o['Tom Lee'], [null, null, 'China', false]);
});

t.test('"X of the body" and "X of <town>" without a comma', async (t) => {
  const o = officials(
    'BEIJING - Researcher Li Wei of the China Institutes of Contemporary International Relations said so. Trader Ali Khan of Lahore agreed. Analyst Sami Noor at the meeting left.',
  );
  t.same(o['Li Wei'], ['Researcher', 'China Institutes of Contemporary International Relations', 'China', true]);
  t.same(o['Ali Khan'], ['Trader', null, 'Pakistan', false]);
  t.same(o['Sami Noor'], ['Analyst', null, 'China', true]);
});

t.test('a title keeps its town; countries carried by parties and embassies beat the dateline', async (t) => {
  const o = officials(
    'KABUL (AFP) - Lahore Capital City Police Officer Amjad Farooq Cheema said so. PTI leader Ali Zaidi agreed. ' +
      'The Pakistani embassy in Kabul said so. Embassy spokesperson Ali Raza added more. Pakistani ambassador Khalil Hashmi left.',
  );
  t.same(o['Amjad Farooq Cheema'], ['Lahore Capital City Police Officer', null, 'Pakistan', true]);
  t.same(o['Ali Zaidi'], ['leader', 'PTI', 'Pakistan', true]);
  t.same(o['Ali Raza'], ['spokesperson', 'Embassy of Pakistan in Kabul', 'Pakistan', true]);
  t.same(o['Khalil Hashmi'], ['ambassador', null, 'Pakistan', true]);
});

t.test('honorific-looking words inside names, number words before titles', async (t) => {
  const o = officials(
    'MUMBAI - "Yes," said Gaura Sen Gupta, an economist at IDFC First Bank. One member of the committee, Jayanth Varma, voted no. Former prime minister John Major agreed.',
  );
  t.same(o['Gaura Sen Gupta'], ['economist', 'IDFC First Bank', 'India', true]);
  t.same(o['Jayanth Varma'], ['member of the committee', null, 'India', true]);
  t.same(o['John Major'], ['Former prime minister', null, 'India', true]);
  const dotted = officials('BOSTON - "No," said Vermont Democratic Rep. Dana Cole, who voted against the bill.');
  t.ok(dotted['Dana Cole'], 'an honorific with a full stop is a title’s abbreviation, not a name word');
});

t.test('dotted abbreviations and a body alone before an honorific', async (t) => {
  const o = officials(
    "BEIJING (Reuters) - U.S. Ambassador to China Nicholas Burns said so. He said PTI's Barrister Gohar Ali Khan agreed.",
  );
  t.same(o['Nicholas Burns'], ['Ambassador to China', null, 'United States', true]);
  t.same(o['Gohar Ali Khan'], ['Barrister', 'PTI', 'Pakistan', true]);
});

t.test('a national outlet writes for its own country: unmarked officials abroad are its own', async (t) => {
  t.same(
    officials('date 2024-07-23 ANKARA (APP) - Federal Minister for Commerce Omar Hayat Dogar spoke.')['Omar Hayat Dogar'],
    ['Federal Minister for Commerce', null, 'Pakistan', true],
    'the dateline credits a Pakistani agency',
  );
  t.same(
    officials('RIYADH, April 28: Federal Minister for Planning Sohail Rathore told Dawn the deals were signed.')['Sohail Rathore'],
    ['Federal Minister for Planning', null, 'Pakistan', true],
    'a source told a Pakistani paper',
  );
  t.same(officials('LONDON - Minister Ali Khan, talking to The Times of India, said so.')['Ali Khan'], ['Minister', null, 'India', true]);
  t.same(
    officials('WASHINGTON (Reuters) - Senator Robert Caldwell told Reuters so. Ali Raza told reporters.')['Robert Caldwell'],
    ['Senator', null, 'United States', true],
    'a wire writes from its dateline',
  );
  t.same(officials('LONDON - Minister Ali Khan spoke to The Times.')['Ali Khan'], ['Minister', null, 'United Kingdom', true]);
});

t.test('retired judges and fellows hold offices', async (t) => {
  const o = officials(
    "ISLAMABAD: Justice (retd) Jawwad S. Khawaja said so. Sean O'Brien, a senior fellow at the Atlantic Council, agreed.",
  );
  t.same(o['Jawwad S. Khawaja'], ['Justice', null, 'Pakistan', true]);
  t.match(o["Sean O'Brien"], ['senior fellow', 'Atlantic Council']);
});

t.test('appositions between dashes, affiliations in brackets', async (t) => {
  const o = officials(
    'ISLAMABAD: Ali Khan — a senior analyst at the Pakistan Institute of Development Economics — said so. ' +
      'Senator Sherry Rehman (PPP) agreed. Ali Raza (PTI), a former minister, objected. Sara Noor (Lahore) spoke.',
  );
  t.same(o['Ali Khan'], ['senior analyst', 'Pakistan Institute of Development Economics', 'Pakistan', true]);
  t.same(o['Sherry Rehman'], ['Senator', 'PPP', 'Pakistan', true]);
  t.same(o['Ali Raza'], ['former minister', 'PTI', 'Pakistan', true]);
  t.same(o['Sara Noor'], [null, null, 'Pakistan', false]);
});

t.test('offices written as acronyms', async (t) => {
  const o = officials('ISLAMABAD: PM Shehbaz Sharif said so. CM Punjab Maryam Nawaz agreed. COAS Gen Asim Munir left.');
  t.same(o['Shehbaz Sharif'], ['PM', null, 'Pakistan', true]);
  t.same(o['Maryam Nawaz'], ['CM Punjab', null, 'Pakistan', true]);
  t.same(o['Asim Munir'], ['COAS', null, 'Pakistan', true]);
});

t.test('coast guards, portfolios before "Minister", relative clauses naming the body later, sportspeople', async (t) => {
  const o = officials(
    'KARACHI: The Philippine Coast Guard said so. Its spokesman, Jay Tarriela, posted photos. ' +
      'Sindh Local Government Minister Saeed Ghani agreed. Dr Sana Gul Yousafzai, who teaches environmental sciences at the University of Peshawar, said so. ' +
      'Fast bowler Shaheen Shah Afridi is fit. Ali Noor, who runs a shop, said so.',
  );
  t.same(o['Jay Tarriela'], ['spokesman', 'Philippine Coast Guard', 'Philippines', true]);
  t.same(o['Saeed Ghani'], ['Sindh Local Government Minister', 'Sindh government', 'Pakistan', true]);
  t.same(o['Sana Gul Yousafzai'], ['teacher', 'University of Peshawar', 'Pakistan', true]);
  t.same(o['Shaheen Shah Afridi'], ['Fast bowler', null, 'Pakistan', true]);
  t.same(o['Ali Noor'], [null, null, 'Pakistan', false], 'no body named, no role');
});

t.test('a name before a lower-case leader or head word is the body of the title after it', async (t) => {
  const o = officials(
    'LAHORE: Traders protested. Anjuman-e-Tajiran Lahore president Khalid Pervez Butt said so. ' +
      'Foreign ministry spokeswoman Liu Yanping agreed. Karachi president Ali Raza Shah did not.',
  );
  t.same(o['Khalid Pervez Butt'], ['president', 'Anjuman-e-Tajiran Lahore', 'Pakistan', true]);
  t.same(o['Liu Yanping'], ['spokeswoman', 'Foreign ministry', 'Pakistan', true]);
  t.equal(o['Anjuman-e-Tajiran Lahore'], undefined);
  t.equal(o['Ali Raza Shah'][1], null, 'a town before the title says where, not what');
});

t.test('a name in apposition to a title ending in a town is a person, not a listed place', async (t) => {
  const o = officials(
    'BEIJING (AFP) — Pakistan’s ambassador in Beijing, Tariq Naveed Awan, was called in. Trade in Lahore, Gujranwala Cantt and Sialkot fell.',
  );
  t.same(o['Tariq Naveed Awan'], ['ambassador in Beijing', null, 'Pakistan', true]);
  t.equal(o['Gujranwala Cantt'], undefined);
});

t.test('a paragraph opening "In <town>," places the people it names', async (t) => {
  const o = officials(
    'BEIJING (AFP) — Vice Foreign Minister Zhao Minghui said so.\n\nIn Islamabad, the Foreign Office agreed. ' +
      'Interior Minister Shahid Karim Baloch spoke.\n\nIn Xyzabad, Police chief Omar Farooq Khan agreed.\n\nIn the capital, Deputy Minister Wu Jian said so.',
  );
  t.equal(o['Zhao Minghui'][2], 'China');
  t.equal(o['Shahid Karim Baloch'][2], 'Pakistan');
  t.equal(o['Omar Farooq Khan'][2], 'China', 'an unknown town says nothing');
  t.equal(o['Wu Jian'][2], 'China');
});

t.test('a bracketed acronym right after a body is its own, whatever language its letters are', async (t) => {
  const o = officials(
    'ANKARA: The Supreme Election Council (YSK) ruled, against the Republican People’s Party (CHP). ' +
      'YSK chairman Emre Aksoy Demir spoke. Deniz Tuna Kaya, the CHP leader, objected. ' +
      'The Board of Control for Cricket in India (BCCI) agreed. BCCI secretary Rohan Mehta Rao spoke.',
  );
  t.same(o['Emre Aksoy Demir'], ['chairman', 'Supreme Election Council', 'Turkey', true]);
  t.same(
    o['Deniz Tuna Kaya'],
    ['leader', 'Republican People’s Party', 'Turkey', true],
    'a plural possessive stays in the name, no US Republican',
  );
  t.same(o['Rohan Mehta Rao'], ['secretary', 'Board of Control for Cricket in India', 'India', true], '"in" inside the acronym\'s name');
});

t.test('only a real town says where a body is', async (t) => {
  const o = officials(
    'DUBAI: Selin Deniz Arıkan, a political scientist at Istanbul’s Bilgi University, spoke. ' +
      'The Africa Centres for Disease Control said so.',
  );
  t.same(o['Selin Deniz Arıkan'], ['political scientist', 'Bilgi University', 'Turkey', true], 'the city owning it');
  t.notOk(o['Africa Centres'], 'plural centres head a body');
  const unowned = officials('DUBAI: Omar Saleh Ali, a researcher at Bilgi University, agreed.');
  t.same(
    unowned['Omar Saleh Ali'],
    ['researcher', 'Bilgi University', 'United Arab Emirates', true],
    'a village called Bilgi in India says nothing',
  );
});

t.test('titles: the body an office is "of", fields, capitals, lists and camel-case companies', async (t) => {
  const o = officials(
    'WASHINGTON (Reuters) - Thomas Reddick, the Republican chairman of the Senate Foreign Relations Committee, spoke. ' +
      'Farzaneh Ghorbani, an Iran analyst at the Washington-based Middle East Policy Forum, agreed. ' +
      'WHO Provincial Team Lead Dr Kwame Asante warned. Union Environment Minister Rajeev Ranjan Tiwari replied. ' +
      'Marta Lindqvist, who led a Council of Europe delegation, objected. ' +
      'Khyber Pakhtunkhwa Inspector General of Police Zulfiqar Hameed Marwat spoke. ' +
      "Khalid al-Mannai, QatarEnergy's executive vice president for LNG marketing, said demand held.",
  );
  t.same(
    o['Thomas Reddick'],
    ['chairman', 'Senate Foreign Relations Committee', 'United States', true],
    'the party before the role is no office',
  );
  t.same(
    o['Farzaneh Ghorbani'],
    ['Iran analyst', 'Middle East Policy Forum', 'United States', true],
    'a country before an expertise is its subject',
  );
  t.same(o['Kwame Asante'], ['Provincial Team Lead', 'WHO', null, true], 'WHO in capitals is no pronoun');
  t.same(
    o['Rajeev Ranjan Tiwari'],
    ['Union Environment Minister', null, 'United States', true],
    'Union before a minister belongs to the title',
  );
  t.same(o['Marta Lindqvist'], ['head', 'Council of Europe', null, true], '"who led" a body, an international one');
  t.equal(o['Zulfiqar Hameed Marwat'][2], 'Pakistan', "Police ends a title, it is no Polish town; the province is the force's");
  t.same(
    o['Khalid al-Mannai'],
    ['executive vice president for LNG marketing', 'QatarEnergy', 'Qatar', true],
    'a joined particle ends a name',
  );
});

t.test('a rank and a full name after a comma are the next person of a list', async (t) => {
  const o = officials(
    'ISLAMABAD: The bench comprised Justice Rubina Asghar, Justice Faisal Kakar and Justice Naeem Akhtar Sheikh. ' +
      'Ali Raza Khan, Governor Sindh, attended.',
  );
  t.same(o['Faisal Kakar'], ['Justice', null, 'Pakistan', true]);
  t.same(o['Rubina Asghar'], ['Justice', null, 'Pakistan', true]);
  t.equal(o['Ali Raza Khan'][0], 'Governor Sindh', 'a rank and a province are an apposition');
});

t.test('a title and a full name after a comma are the next person of a list, not an apposition', async (t) => {
  const o = officials(
    'QUETTA: Provincial Finance Minister Nadia Rauf Baloch, Health Minister Sardar Imtiaz Kakar and Law Minister Asad Malik ' +
      'spoke. Farhan Ali Jatoi, district president Waqas Anwar Butt, and Sohail Tariq, revenue Secretary Naeem Zafar Gill, came. ' +
      'Usman Saleem, Special Assistant to Prime Minister on Sports Dr Hina Karim Shah, spoke. Adeel Rana Khan, spokesman for ' +
      'President Tariq Jamil Awan, declined. Kamal Aziz Lodhi, Deputy Commissioner Dera Ismail Khan, visited.',
  );
  t.same(o['Imtiaz Kakar'] ?? o['Sardar Imtiaz Kakar'], ['Health Minister', null, 'Pakistan', true]);
  t.same(o['Asad Malik'], ['Law Minister', null, 'Pakistan', true]);
  t.equal(o['Nadia Rauf Baloch'][0], 'Provincial Finance Minister');
  t.equal(o['Waqas Anwar Butt'][0], 'president', 'a role in lower case titles the name after it');
  t.equal(o['Naeem Zafar Gill'][0], 'revenue Secretary');
  t.equal(o['Farhan Ali Jatoi'][0], null, 'the list’s first name keeps no title of the next');
  t.equal(o['Usman Saleem'][0], null);
  t.equal(o['Hina Karim Shah'][0], 'Special Assistant to Prime Minister on Sports', 'an honorific after a portfolio opens the name');
  t.equal(o['Adeel Rana Khan'][0], 'spokesman', 'a role after a preposition is its object’s: an apposition');
  t.notOk('Tariq Jamil Awan' in o);
  t.equal(o['Kamal Aziz Lodhi'][0], 'Deputy Commissioner Dera Ismail Khan', 'a place after a title is no name');
});

t.test('a paragraph opening "In <country>," places the people it names; continental bodies serve no country', async (t) => {
  const o = officials(
    'date 2025-08-29 The UK will send aid, the Foreign Office said. The UK minister spoke in the UK.\n\n' +
      'In Pakistan, the chairman of the National Disaster Management Authority (NDMA), Lt Gen Asad Rauf Minhas, said so.\n\n' +
      'The head of the Africa Centres for Disease Control and Prevention, Jean-Pierre Mbuyi Kalonji, agreed.',
  );
  t.equal(o['Asad Rauf Minhas'][2], 'Pakistan');
  t.same(o['Jean-Pierre Mbuyi Kalonji'], ['head', 'Africa Centres for Disease Control and Prevention', null, true]);
});

t.test('an acronym bracketed before the head word: the name without it, the acronym a short form', async (t) => {
  const o = officials(
    'ANKARA: The governing Justice and Development (AK) Party welcomed the ruling. Its spokesman, Burak Aydın Yılmaz, spoke. ' +
      'AK Party deputy Selim Kaya Ergin agreed. Members of the ruling (AKP) Party met. Its chairman Kemal Oz Kaya spoke.',
  );
  t.notOk(o['Kemal Oz Kaya'][1]?.includes('ruling'), 'a lower-case word before the bracket names nothing');
  t.same(o['Burak Aydın Yılmaz'], ['spokesman', 'Justice and Development Party', 'Turkey', true]);
  t.same(o['Selim Kaya Ergin'], ['deputy', 'Justice and Development Party', 'Turkey', true]);
});

t.test('name boundaries: a weekday after the name, a portfolio before it, a post’s initials', async (t) => {
  const text =
    'ISLAMABAD: Foreign Office Spokesperson Dr Asad Ali Qureshi Thursday said talks went well. Dr Qureshi said more. ' +
    'Minister for Information and Broadcasting Ahsan Raza Gill said the ban would go. ' +
    'Chief Election Commissioner (CEC) Sikandar Hayat Bhatti said polls would be held on time.';
  const o = officials(text);
  t.same(o['Asad Ali Qureshi'], ['Spokesperson', 'Foreign Office', 'Pakistan', true]);
  t.same(o['Ahsan Raza Gill'], ['Minister for Information and Broadcasting', null, 'Pakistan', true]);
  t.same(o['Sikandar Hayat Bhatti'], ['Chief Election Commissioner (CEC)', 'Election Commission', 'Pakistan', true]);
  const { people, organizations } = findEntities(text, parseDateline(text).bodyStart);
  t.same(people.find((p) => p.name === 'Asad Ali Qureshi')?.aliases, ['Qureshi', 'Dr Qureshi']);
  t.notOk(
    organizations.some((org) => org.name === 'Chief Election Commissioner'),
    'a post’s initials name no body',
  );
});

t.test('name prefixes stay in the name, which is also known without them', async (t) => {
  const text =
    'ISLAMABAD: Interior Minister Sheikh Rashid Ahmed said so. Mr Ahmed added more. ' +
    'LONDON: Prince Faisal bin Turki Al Saud spoke first. Prince Faisal said the visit went well.';
  const { people } = findEntities(text, parseDateline(text).bodyStart);
  const sheikh = people.find((p) => p.name === 'Sheikh Rashid Ahmed')!;
  t.same(sheikh.aliases, ['Rashid Ahmed', 'Ahmed', 'Mr Ahmed']);
  t.equal(sheikh.title, 'Interior Minister');
  t.same(people.find((p) => p.name === 'Faisal bin Turki Al Saud')?.aliases, ['Faisal'], 'a title and a given name alone');
  t.equal(people.length, 2);
});

t.test('governments named for a place or for a leader', async (t) => {
  const text =
    'NEW DELHI: Ministers in the Narendra Modi government have power, Home Minister Arun Kumar Rawat said. ' +
    'He said Prime Minister Modi was in charge. The Uttar Pradesh government and the Congress government agreed.';
  const { people, organizations } = findEntities(text, parseDateline(text).bodyStart);
  const modi = people.find((p) => p.name === 'Narendra Modi')!;
  t.same([modi.title, modi.country, modi.official, modi.aliases], ['Prime Minister', 'India', true, ['Modi']], 'the title given later');
  t.same(
    organizations.map((o) => o.name),
    ['Uttar Pradesh government'],
  );
});

t.test('a country’s body in lower case before a role', async (t) => {
  const o = officials('KABUL: Afghan interim government spokesman Hafiz Ziaullah Akhund rejected the claims.');
  t.same(o['Hafiz Ziaullah Akhund'], ['spokesman', 'Afghan interim government', 'Afghanistan', true]);
});

t.test('a later title describes a person first named without one', async (t) => {
  const text =
    'ISLAMABAD: The Imran Ahmed Niazi government fell in April. PTI chairman Niazi said so. ' +
    'In the Anil Kumar Rao cabinet, ministers agreed. Indian Prime Minister Rao said so.\n' +
    'Minister for Ports, Shipping and Broadcasting Ahsan Raza Gill objected.';
  const o = officials(text);
  t.same(o['Imran Ahmed Niazi'], ['chairman', 'PTI', 'Pakistan', true]);
  t.same(o['Anil Kumar Rao'], ['Prime Minister', null, 'India', true]);
  t.same(o['Ahsan Raza Gill'], ['Minister for Ports, Shipping and Broadcasting', null, 'Pakistan', true]);
  t.same(Object.keys(officials('Dawood and Ahsan Raza Gill met on Monday.')), ['Ahsan Raza Gill'], 'no portfolio at the start');
});

t.test('roles given after a name, by "its" before the title, or by "as" and "becoming"', async (t) => {
  const o = officials(
    'ISLAMABAD: Mr Dar would hold talks with the IMF team, led by its mission chief to Pakistan, Nathan Porter. ' +
      'Critics saw no harm over Rohan Mehta becoming the ICC Chairman. They wanted rid of Ali Haider Zaidi as leader, Mr Zafar Iqbal Cheema said.',
  );
  t.same(o['Nathan Porter'], ['mission chief to Pakistan', 'IMF', null, true]);
  t.same(o['Rohan Mehta'], ['Chairman', 'ICC', null, true]);
  t.same(o['Ali Haider Zaidi'], ['leader', null, 'Pakistan', true]);
  t.same(o['Zafar Iqbal Cheema'], [null, null, 'Pakistan', false], 'the role after "as" is the name’s before it');
});

t.test('bodies inside titles, a counterpart’s office, a party’s own person', async (t) => {
  const o = officials(
    'TEHRAN: Organization of the Islamic Conference Secretary General Iyad Ameen Madani said so. ' +
      'Amazon CEO Andrew Jassy agreed. The friend was named as former local Conservative Association chairman, Greig Baker. ' +
      'President Joe Biden and his Chinese counterpart Xi Jinping met. Labour’s Wes Streeting said so.',
  );
  t.same(o['Iyad Ameen Madani'], ['Secretary General', 'Organization of the Islamic Conference', null, true]);
  t.same(o['Andrew Jassy'], ['CEO', 'Amazon', 'Iran', true]);
  t.same(o['Greig Baker'], ['former local Conservative Association chairman', 'Conservative Association', 'Iran', true]);
  t.same(o['Xi Jinping'], ['President', null, 'China', true]);
  t.same(o['Wes Streeting'], [null, 'Labour', 'United Kingdom', true]);
  t.same(officials('Opposition politician Luis Rivas said so.')['Luis Rivas'], ['Opposition politician', null, null, true]);
  t.same(officials('His Chinese counterpart Wang Yi agreed.')['Wang Yi'], ['counterpart', null, 'China', true], 'no office named before');
  t.same(
    officials('Critics described Ali Raza Khan as “reckless”. Minister Ali Raza Khan said so.')['Ali Raza Khan'],
    ['Minister', null, null, true],
    'no role after "as"',
  );
});

t.test('without a dateline, the bodies an article names say where it is set', async (t) => {
  const o = officials(
    'Labour’s deputy leader Angela Rayner said so. Labour and the Conservative party disagreed. Mr Keir Starmer said more.',
  );
  t.same(o['Angela Rayner'], ['deputy leader', 'Labour', 'United Kingdom', true]);
  t.equal(o['Keir Starmer'][2], 'United Kingdom');
});

t.test('a plural title before a list: each name holds it in the singular', async (t) => {
  const o = officials(
    'ISLAMABAD: The bench comprising Justices Ayesha Rauf, Athar Hussain and Shahid Waheed heard the case. ' +
      'PTI leaders Asad Umar, Fawad Hassan and Shafqat Mahmood attended. Hamid Raza Gilani left early. ' +
      'Briefing journalists at the Emergency Operations Centre (EOC) on Saturday, EOC coordinator Dr Asma Gul Khattak said so.',
  );
  t.same(o['Ayesha Rauf'], ['Justice', null, 'Pakistan', true]);
  t.same(o['Shahid Waheed'], ['Justice', null, 'Pakistan', true]);
  t.same(o['Fawad Hassan'], ['leader', 'PTI', 'Pakistan', true]);
  t.same(o['Shafqat Mahmood'], ['leader', 'PTI', 'Pakistan', true]);
  t.same(o['Hamid Raza Gilani'], [null, null, 'Pakistan', false], 'the list has ended');
  t.same(o['Asma Gul Khattak'], ['coordinator', 'Emergency Operations Centre', 'Pakistan', true], 'a group in an apposition is no title');
});

t.test('the country a role is "of"; a named body owning a role', async (t) => {
  const o = officials(
    'WASHINGTON: The Ambassador of China to Pakistan Jiang Wei said so. Mayo Hospital’s medical superintendent Dr Ahmad Ali said. ' +
      'Karachi’s mayor Murtaza Wahab agreed.',
  );
  t.same(o['Jiang Wei'], ['Ambassador of China to Pakistan', null, 'China', true]);
  t.same(o['Ahmad Ali'], ['medical superintendent', 'Mayo Hospital', 'United States', true]);
  t.same(o['Murtaza Wahab'], ['Karachi’s mayor', null, 'Pakistan', true], 'a town owning the office is no body');
});

t.test('a body named by its kind owns the role: "the party’s secretary general"', async (t) => {
  const o = officials(
    'LAHORE: The Pakistan Muslim League-Nawaz (PML-N) met on Monday. The party’s information secretary ' +
      'Azma Bukhari briefed reporters. Later the Pakistan Tehreek-e-Insaf held a rally, and the party’s secretary general ' +
      'Omar Ayub Khan spoke. The State Bank of Pakistan left rates unchanged; the bank’s governor Jameel Ahmad said so.',
  );
  t.same(o['Azma Bukhari'], ['information secretary', 'Pakistan Muslim League-Nawaz', 'Pakistan', true]);
  t.same(o['Omar Ayub Khan'], ['secretary general', 'Pakistan Tehreek-e-Insaf', 'Pakistan', true]);
  t.same(o['Jameel Ahmad'], ['governor', 'State Bank of Pakistan', 'Pakistan', true]);
});

t.test('a minister in a Washington story serves the country the marked ministers serve', async (t) => {
  const o = officials(
    'WASHINGTON - Pakistani Foreign Minister Bilawal Bhutto Zardari and Pakistani Finance Minister Ishaq Dar ' +
      'met US Secretary of State Antony Blinken, as Indian External Affairs Minister Subrahmanyam Jaishankar looked on. ' +
      'Federal Minister for Planning Ahsan Iqbal also attended, as did Treasury Secretary Janet Yellen.',
  );
  t.same(o['Ahsan Iqbal'], ['Federal Minister for Planning', null, 'Pakistan', true]);
  t.same(o['Janet Yellen'], ['Treasury Secretary', null, 'United States', true], 'a secretary keeps the dateline');
  t.same(o['Subrahmanyam Jaishankar'], ['External Affairs Minister', null, 'India', true]);
  const alone = officials('WASHINGTON - Minister for Trade Sara Ortiz said the tariffs would stay.');
  t.same(alone['Sara Ortiz'], ['Minister for Trade', null, 'United States', true], 'no marked official: the dateline');
  const envoy = officials(
    'WASHINGTON: Pakistan’s Ambassador to the United States Rizwan Saeed Sheikh said talks went well. ' +
      'Finance Minister Muhammad Aurangzeb, in town for the spring meetings, agreed.',
  );
  t.same(envoy['Muhammad Aurangzeb'], ['Finance Minister', null, 'Pakistan', true], 'no marked minister: the marked officials');
  const two = officials(
    'WASHINGTON: Pakistan’s Ambassador Rizwan Saeed Sheikh and India’s Ambassador Vinay Mohan Kwatra met Pakistan’s traders. ' +
      'Finance Minister Aurangzeb Khan Mirza agreed.',
  );
  t.equal(two['Aurangzeb Khan Mirza'][2], 'United States', 'officials of two countries, one each: the dateline');
  const undated = officials(
    'State Minister for Commerce Nurul Haque said the US had raised no tariff on Nepal. A US delegation will visit, and US buyers agreed.',
  );
  t.same(undated['Nurul Haque'], ['State Minister for Commerce', null, 'Nepal', true], 'no one marked: the country named next most');
});

t.test('court copy: "X Advocate" is a lawyer, and a client after "lawyer for" holds no title', async (t) => {
  const o = officials(
    'LAHORE: Rizwan Ahmed Cheema Advocate asked the bench for more time. Saima Qadir, the lawyer for Hamid Mehmood, ' +
      'objected. The court directed the lawyer for Hamid Mehmood to file a reply. Later Cheema Advocate said the record was incomplete.',
  );
  t.same(o['Rizwan Ahmed Cheema'], ['Advocate', null, 'Pakistan', true], 'the title after the name is no part of it');
  t.same(o['Saima Qadir'], ['lawyer', null, 'Pakistan', true], 'a personal name after "lawyer for" is no body');
  t.same(o['Hamid Mehmood'], [null, null, 'Pakistan', false], 'the client holds no title');
});

t.test('an office named at a later mention outranks a private role given first', async (t) => {
  const o = officials(
    'KARACHI: "My brother Tariq Jamil Soomro will answer that," the trader said. ' +
      'Later Provincial Minister for Information Tariq Jamil Soomro told reporters the wage would rise.',
  );
  t.same(o['Tariq Jamil Soomro'], ['Provincial Minister for Information', null, 'Pakistan', true]);
  const privateTwice = officials('KARACHI: Shopkeeper Kashif Ali Memon said prices rose. Kashif Ali Memon, a resident of Saddar, agreed.');
  t.same(privateTwice['Kashif Ali Memon'], ['Shopkeeper', null, 'Pakistan', false], 'a second private role changes nothing');
});

t.test('South Asian names and posts: "ur" inside a name, a post in initials, an emir', async (t) => {
  const o = officials(
    'LAHORE: Jamaat-e-Islami emir Inam ur Rahim Baloch addressed the rally. Inspector General of Police (IGP) Punjab ' +
      'Dr Kashif Aslam Rana said the roads were safe. Director General of Health Services (DGHS) Tariq Mahmood Qazi met them.',
  );
  t.same(o['Inam ur Rahim Baloch'], ['emir', 'Jamaat-e-Islami', 'Pakistan', true]);
  t.same(
    o['Kashif Aslam Rana'],
    ['Inspector General of Police (IGP) Punjab', 'Punjab Police', 'Pakistan', true],
    'the province names the force; the post is no body',
  );
  t.same(o['Tariq Mahmood Qazi'], ['Director General of Health Services (DGHS)', null, 'Pakistan', true]);
  const body = officials('GENEVA: The Office of the High Commissioner for Human Rights (OHCHR) spokesperson Lea Brandt said so.');
  t.equal(body['Lea Brandt'][1], 'Office of the High Commissioner for Human Rights', 'a body word beside the role: a body');
});

t.test('"the hospital’s medical superintendent": the hospital the article named', async (t) => {
  const o = officials(
    'KARACHI: Three wards of the Jinnah Postgraduate Medical Centre Hospital were shut. The Hospital reopened them on Friday. ' +
      'The hospital’s medical superintendent Dr Rubina Akhtar Shaikh said repairs were done.',
  );
  t.same(o['Rubina Akhtar Shaikh'], ['medical superintendent', 'Jinnah Postgraduate Medical Centre Hospital', 'Pakistan', true]);
  const unnamed = officials('KARACHI: The hospital’s deputy director Saleem Raza Bhutto said the beds were full.');
  t.same(unnamed['Saleem Raza Bhutto'], ['deputy director', null, 'Pakistan', true], 'no hospital named: no body');
});

t.test('a word of standing opens a title before the country or body it names', async (t) => {
  const o = officials(
    'WASHINGTON: Former Pakistani finance minister Tariq Aziz Lodhi said the talks would resume. Senior PPP leader ' +
      'Naveed Qamar Abbasi agreed. The former British envoy Harold Pemberton said little. Former Pakistan Cricket Board ' +
      'chairman Javed Iqbal Mirza spoke later. Senior ASP Farhan Ali Sial was present.',
  );
  t.same(o['Tariq Aziz Lodhi'], ['Former finance minister', null, 'Pakistan', true]);
  t.same(o['Naveed Qamar Abbasi'], ['Senior leader', 'PPP', 'Pakistan', true]);
  t.same(o['Harold Pemberton'], ['former envoy', null, 'United Kingdom', true]);
  t.same(o['Javed Iqbal Mirza'], ['Former chairman', 'Pakistan Cricket Board', 'Pakistan', true]);
  t.equal(o['Farhan Ali Sial'][1], null, 'initials no body goes by, after a word of standing, are no body');
});

t.test('a bare body word or "its" before a title points to the body of that kind named before', async (t) => {
  const o = officials(
    'LAHORE: The Pakistan Muslim League-Nawaz (PML-N) met on Sunday. Addressing the meeting, party president Tariq ' +
      'Mehmood Cheema said the polls were near. Senior party leader Saima Akram Butt agreed. The PPP said its chairman ' +
      'Arbab Khan Jadoon would visit. Party spokesman Fazal Rabbani Khattak confirmed it, and the party’s information ' +
      'secretary Nadia Parveen Qazi added more.',
  );
  t.same(o['Tariq Mehmood Cheema'], ['president', 'Pakistan Muslim League-Nawaz', 'Pakistan', true]);
  t.same(o['Saima Akram Butt'], ['Senior leader', 'Pakistan Muslim League-Nawaz', 'Pakistan', true]);
  t.same(o['Arbab Khan Jadoon'], ['chairman', 'PPP', 'Pakistan', true], 'a party known by its initials alone');
  t.same(o['Fazal Rabbani Khattak'], ['spokesman', 'PPP', 'Pakistan', true]);
  t.same(o['Nadia Parveen Qazi'], ['information secretary', 'PPP', 'Pakistan', true]);
  const unnamed = officials('KARACHI: Speaking to reporters, party spokesman Ali Raza Kazmi said the rally would go ahead.');
  t.same(unnamed['Ali Raza Kazmi'], ['party spokesman', null, 'Pakistan', true], 'no party named before: the word stays in the title');
});

t.test('a sole office held in the dateline’s country by someone else is another country’s', async (t) => {
  const o = officials(
    'ANKARA (Reuters) - Turkish President Kemal Arslan said he would raise the deal with President Mark Holloway, ' +
      'whose U.S. officials had criticised it. Prime Minister Selim Demir agreed.',
  );
  t.same(o['Kemal Arslan'], ['President', null, 'Turkey', true]);
  t.same(o['Mark Holloway'], ['President', null, 'United States', true]);
  t.same(o['Selim Demir'], ['Prime Minister', null, 'Turkey', true], 'an office no one else holds keeps the default');
});

t.test('a role word closing a portfolio belongs to it: no second role, no judge', async (t) => {
  const o = officials(
    'ISLAMABAD: The Lahore High Court adjourned the case. Federal Minister for Law and Justice Rana Waqar Aslam said the ' +
      'bill would pass. Minister of State for Law and Justice Mian Ali Raza Wattoo told reporters that talks continued. ' +
      'Justice Saima Rauf Cheema heard the petition.',
  );
  t.same(o['Rana Waqar Aslam'], ['Federal Minister for Law and Justice', null, 'Pakistan', true]);
  t.same(o['Mian Ali Raza Wattoo'], ['Minister of State for Law and Justice', null, 'Pakistan', true]);
  t.same(o['Saima Rauf Cheema'], ['Justice', 'Lahore High Court', 'Pakistan', true], 'a judge still sits on the court named');
});

t.test('with neither dateline nor country named, the provinces and big towns named say the country', async (t) => {
  const o = officials(
    'The Khyber Pakhtunkhwa government closed schools in Peshawar and Hyderabad on Monday after floods in Swat. ' +
      'Provincial Minister for Education Arif Naseem Khattak said classes would resume next week.',
  );
  t.same(o['Arif Naseem Khattak'], ['Provincial Minister for Education', 'Khyber Pakhtunkhwa government', 'Pakistan', true]);
  const shared = officials(
    'Floods hit Hyderabad and Punjab on Monday. Provincial Minister for Relief Sajid Ali Butt said help was coming.',
  );
  t.equal(shared['Sajid Ali Butt'][2], null, 'a town or province two countries share says nothing');
});

t.test('a paragraph opening in a town big towns of several countries share places its people at home', async (t) => {
  const sindh = officials(
    'KARACHI: Rains lashed the province.\n\nIn Hyderabad, Divisional Commissioner Nasir Ali Jatoi ordered drains cleared.',
  );
  t.equal(sindh['Nasir Ali Jatoi'][2], 'Pakistan');
  const delhi = officials(
    'NEW DELHI: Rains lashed the south.\n\nIn Hyderabad, Municipal Commissioner Suresh Kumar Reddy ordered drains cleared.\n\n' +
      'In Lahore, Commissioner Imran Aslam Bhatti did the same.',
  );
  t.equal(delhi['Suresh Kumar Reddy'][2], 'India');
  t.equal(delhi['Imran Aslam Bhatti'][2], 'Pakistan', 'a town no other big town shares is its own country’s');
  const ends = officials('NEW DELHI: Rain fell.\n\nIn March Commissioner Raza');
  t.equal(ends.Raza[2], 'India', 'a paragraph of capitals with no comma names no town');
});

t.test('"the company’s X" and "company spokesman X": the firm named before', async (t) => {
  const o = officials(
    'BRUSSELS (Reuters) - Regulators fined U.S. software company Halvorsen Technologies on Monday. The company’s chief ' +
      'executive, Marta Lindgren, said it would appeal. Company spokesman Peter Aalto declined to comment.',
  );
  t.same(o['Marta Lindgren'], ['chief executive', 'Halvorsen Technologies', 'United States', true]);
  t.same(o['Peter Aalto'], ['spokesman', 'Halvorsen Technologies', 'United States', true]);
});

t.test('"in" splits a title from the chamber it is held in, not from a town or a minister’s office', async (t) => {
  const o = officials(
    'ISLAMABAD: Leader of the Opposition in the Senate Syed Arif Hussain Bukhari criticised the budget. ' +
      'Pakistan’s Ambassador in Beijing Nadeem Akhtar Raja said more. Minister in the Prime Minister’s Office Tariq ' +
      'Jamil Malik spoke.',
  );
  t.same(o['Syed Arif Hussain Bukhari'], ['Leader of the Opposition', 'Senate', 'Pakistan', true]);
  t.same(o['Nadeem Akhtar Raja'], ['Ambassador in Beijing', null, 'Pakistan', true]);
  t.same(o['Tariq Jamil Malik'], ['Minister in the Prime Minister’s Office', null, 'Pakistan', true]);
});

t.test('a plural possessive: inside a body’s name before its head, and a body owning a title', async (t) => {
  const o = officials(
    'COLOMBO: Members of the Lanka Railway Engineers’ Union protested on Monday. The union’s secretary, Kamal ' +
      'Perera Dissanayake, said the strike would go on. The United Nations’ resident coordinator, Ingrid Haugland, ' +
      'urged talks. ‘We asked the ministers’ he said.',
  );
  t.same(o['Kamal Perera Dissanayake'], ['secretary', 'Lanka Railway Engineers’ Union', 'Sri Lanka', true]);
  t.same(o['Ingrid Haugland'], ['resident coordinator', 'United Nations', null, true]);
});

t.test('a two-word province after a title, and an honorific after a portfolio, end the title', async (t) => {
  const o = officials(
    'PESHAWAR: Inspector General of Police (IGP) Khyber Pakhtunkhwa Syed Akhtar Hayat Gandapur said police acted. ' +
      'Chief Minister Khyber Pakhtunkhwa Sardar Ali Amin Khan condemned it. Punjab Minister for Primary and Secondary ' +
      'Healthcare Dr. Sadia Iqbal Warraich said more.',
  );
  t.same(o['Syed Akhtar Hayat Gandapur'], [
    'Inspector General of Police (IGP) Khyber Pakhtunkhwa',
    'Khyber Pakhtunkhwa Police',
    'Pakistan',
    true,
  ]);
  t.same(o['Sardar Ali Amin Khan'], ['Chief Minister Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa government', 'Pakistan', true]);
  t.same(o['Sadia Iqbal Warraich'], ['Punjab Minister for Primary and Secondary Healthcare', 'Punjab government', 'Pakistan', true]);
});

t.test('an Indian state legislator (MLA) holds an office, as a Pakistani MPA does', async (t) => {
  const o = officials(
    'NEW DELHI: Party workers gathered. “Our MLA Ravi Kumar and former Congress MLA Sunil Rao misled the voters,” the minister said.',
  );
  t.same(o['Ravi Kumar']?.[3], true);
  t.same(o['Sunil Rao'], ['former MLA', 'Congress', 'India', true], 'the party apart from the office');
});

t.test('"X, sister of former president Y": the office is the relative’s, not X’s', async (t) => {
  const o = officials(
    'LAHORE: Nadia Shah, sister of former president Bilal Rana, was questioned. Hina Jamil, wife of the late ' +
      'finance minister Adil Rauf, spoke. Zainab Bibi, a mother of five, waited outside.',
  );
  t.same(o['Bilal Rana'], ['former president', null, 'Pakistan', true]);
  t.same(o['Nadia Shah']?.[3], false);
  t.same(o['Adil Rauf']?.[0], 'late finance minister');
  t.same(o['Hina Jamil']?.[3], false);
  t.same(o['Zainab Bibi']?.[0], 'mother of five', 'a count after "of" is no person: the apposition is her own');
});

t.test('a plural role in an apposition before a list of names is each one’s', async (t) => {
  const o = officials(
    'ISLAMABAD: The Pakistan Muslim League-Nawaz (PML-N) held a rally. Other leaders of the PML-N, Hamid Raza and ' +
      'Bilal Tariq, argued with the police. Most residents of the town, Sana Mir said, stayed home.',
  );
  t.same(o['Hamid Raza'], ['leader', 'Pakistan Muslim League-Nawaz', 'Pakistan', true]);
  t.same(o['Bilal Tariq'], ['leader', 'Pakistan Muslim League-Nawaz', 'Pakistan', true]);
  t.same(o['Sana Mir']?.[3] ?? false, false, 'no list follows: a plural apposition is a group, not her role');
});

t.test('a US state after "of" places a lawmaker at home, before any foreign town of its name', async (t) => {
  const o = officials(
    'Lawmakers met on Tuesday. Sen. Dale Brummett of Montana said the bill was fair. Rep. Nora Quist of ' +
      'New Mexico disagreed. Ali Hassan Raza of Lahore, a trader, objected.',
  );
  t.equal(o['Dale Brummett'][2], 'United States', 'Montana is also a town in Bulgaria');
  t.equal(o['Nora Quist'][2], 'United States');
  t.equal(o['Ali Hassan Raza'][2], 'Pakistan', 'a town still places a person');
});

t.test('a town big towns of several countries share in a title places no one: the article’s country does', async (t) => {
  const o = officials(
    'KARACHI: Police arrested five suspects. SSP Hyderabad Dr Imtiaz Hussain Shah said they were armed. ' +
      'Karachi-based analyst Omar Farooq Baig said more.',
  );
  t.same(o['Imtiaz Hussain Shah'], ['SSP', null, 'Pakistan', true]);
  t.equal(o['Omar Farooq Baig'][2], 'Pakistan');
});

t.test('a hyphenated Khyber-Pakhtunkhwa after a title ends it', async (t) => {
  const o = officials('PESHAWAR: Inspector General of Police (IGP) Khyber-Pakhtunkhwa Sajjad Ahmed Khattak visited the post.');
  t.same(o['Sajjad Ahmed Khattak'], [
    'Inspector General of Police (IGP) Khyber-Pakhtunkhwa',
    'Khyber-Pakhtunkhwa Police',
    'Pakistan',
    true,
  ]);
});

t.test('a place the article names ("in X", "X district") ends a title before a name, after towns it knows', async (t) => {
  const o = officials(
    'PESHAWAR: Gunmen attacked a check post in Upper Kurram overnight. District Police Officer (DPO) Upper Kurram ' +
      'Naveed Iqbal Wazir said two attackers died.\n\n“Leave now,” said a shopkeeper in Quetta Abdul Wahid Kakar. ' +
      'Schools shut in Quetta Abdul Wahid Kakar too.',
  );
  t.same(o['Naveed Iqbal Wazir'], ['District Police Officer (DPO) Upper Kurram', null, 'Pakistan', true]);
  t.equal(o['Abdul Wahid Kakar'][0], 'shopkeeper in Quetta', 'a known town goes first, not the run "in" gave');
});

t.test('a spokesperson with no body speaks for the subject of the sentence or the one before', async (t) => {
  const o = officials(
    'Talks resumed on Monday. The Foreign Ministry welcomed the ceasefire and urged restraint. Spokeswoman Clara ' +
      'Eberhardt said more aid would follow. The Finance Ministry signalled support, but press secretary Tomas Brandt ' +
      'said nothing was agreed.\n\nThe Trade Office met.\n\nSpokesman Jonas Weller said little. Cabinet met. The ' +
      'Labour Office agreed. Markets rose. Spokesman Emil Roth declined to comment.',
  );
  t.equal(o['Clara Eberhardt'][1], 'Foreign Ministry');
  t.equal(o['Tomas Brandt'][1], 'Finance Ministry');
  t.equal(o['Jonas Weller'][1], null, 'a paragraph before says nothing');
  t.equal(o['Emil Roth'][1], null, 'two sentences before say nothing');
  const lead = officials(
    'The Foreign Office, in its weekly briefing, covered trade and visas.\n\nSpokesperson Hina Tariq Baig stressed ties.',
  );
  t.equal(lead['Hina Tariq Baig'][1], 'Foreign Office', 'the body the lead opens with');
  t.equal(officials('Foreign Office officials met.\n\nSpokesperson Hina Tariq Baig spoke.')['Hina Tariq Baig'][1], 'Foreign Office');
});

t.test('a body before a leader’s title: an Urdu "ittehad", two lower-case words, a firm by its own word', async (t) => {
  const o = officials(
    'LAHORE: Growers protested on Monday. Kashtkar Ittehad President Ghulam Rasool Bhatti said prices were too high. ' +
      'Trinamool general secretary Abdul Karim Sarker agreed. Vantrell Holdings cut its forecast. Vantrell Chief ' +
      'Executive Paul Ainsley said demand was weak. Mehran Cement raised prices. Mehran spokesman Ali Haider Jafri said why.',
  );
  t.same(o['Ghulam Rasool Bhatti'], ['President', 'Kashtkar Ittehad', 'Pakistan', true]);
  t.equal(o['Abdul Karim Sarker'][0], 'general secretary');
  t.equal(o['Abdul Karim Sarker'][1], 'Trinamool');
  t.same(o['Paul Ainsley'].slice(0, 2), ['Chief Executive', 'Vantrell Holdings']);
  t.same(o['Ali Haider Jafri'].slice(0, 2), ['spokesman', 'Mehran Cement'], 'a product ends a firm’s name as a legal form does');
  const unknown = officials('Growers met. Vantrell Chief Executive Paul Ainsley said demand was weak.');
  t.equal(unknown['Paul Ainsley'][1], null, 'a word no firm the article names opens is no body');
});

t.test('a Korean family name that is also a word opens the name before a hyphenated given name', async (t) => {
  const o = officials(
    'SEOUL: The launch was condemned. Park Seo-yeon, a researcher at the Sejong Policy Institute, said it was a test. ' +
      'Officials met at Olympic Park. Park said more.',
  );
  t.same(o['Park Seo-yeon'].slice(0, 2), ['researcher', 'Sejong Policy Institute']);
  t.notOk('Olympic Park' in o, 'no hyphenated given name, no person');
});

t.test('a body named in full counts for the country its defined acronym names', async (t) => {
  const o = officials(
    'The Bharatiya Janata Party (BJP) won the seat, the PTI agency said. State minister Ramesh Kumar Verma said the BJP ' +
      'would form the government. Rival candidate Sunil Dutt Mishra conceded. The BJP held a rally.',
  );
  t.same([o['Ramesh Kumar Verma'][2], o['Sunil Dutt Mishra'][2]], ['India', 'India'], 'the acronym BJP counts three times, PTI once');
});

t.test('a title before a name ends with its line and never in a preposition', async (t) => {
  const o = officials(
    'Row over leaks\n\nSenators stay quiet as the row grows over leaks to foreign officials\n\nJohn Harlan Pierce voiced concern on Tuesday. ' +
      'Several lawmakers on Capitol Hill asked for a briefing. Talks with Maria Lopez Vega stalled.',
  );
  t.same(o['John Harlan Pierce'], [null, null, null, false], 'a standfirst’s last noun is no title');
  t.equal(o['Capitol Hill']?.[0] ?? null, null, 'the place after "lawmakers on" holds no title');
  t.equal(o['Capitol Hill']?.[3] ?? false, false);
  t.equal(o['Maria Lopez Vega']?.[0] ?? null, null);
});

t.test('"Congress" heads a body: a legislature or a party', async (t) => {
  const text =
    'NEW DELHI: State Congress media cell head Arvind Kumar Rai said the tie-up would fail. The Bihar Congress said it ' +
    'would contest every seat.';
  const o = officials(text);
  t.same(o['Arvind Kumar Rai'], ['media cell head', 'State Congress', 'India', true]);
  t.equal(o['Bihar Congress'], undefined, 'no person');
  const { organizations } = findEntities(text, parseDateline(text).bodyStart);
  t.ok(organizations.some((b) => b.name === 'Bihar Congress'));
});

t.test('a body with its bracketed acronym before the role word owns the role', async (t) => {
  const o = officials(
    'ISLAMABAD: Former minister and Pakistan Peoples Party (PPP) leader Omar Baig Shah agreed. ' +
      'Former senator and Awami National Party (ANP) spokesman Gul Zaman Afridi disagreed.',
  );
  const bodies = ['Omar Baig Shah', 'Gul Zaman Afridi'].map((name) => o[name][1]);
  t.same(bodies, ['Pakistan Peoples Party', 'Awami National Party']);
});

t.test('an honorific first given as the title gives way to the office named later', async (t) => {
  const o = officials(
    'ISLAMABAD: JUI-F’s Maulana Abdul Ghani Haideri spoke first. Later, JUI-F secretary general Maulana Abdul Ghani ' +
      'Haideri said talks had failed. Gen Tariq Mehmood Butt said little. Later, Maj Tariq Mehmood Butt left.',
  );
  t.same(o['Abdul Ghani Haideri'].slice(0, 2), ['secretary general', 'JUI-F']);
  t.equal(o['Tariq Mehmood Butt'][0], 'Gen', 'an honorific again changes nothing');
});

t.test('two bodies joined by "and" before a role: the first names the body, neither is in the title', async (t) => {
  const o = officials(
    'KARACHI: The Grand Democratic Alliance and National Party leader Sana Baloch Khan left. The Grand Democratic ' +
      'Alliance and XYZ chief Omar Ali Shah stayed. The Grand Democratic Alliance and senior leader Ali Raza Jatoi spoke.',
  );
  t.same(o['Sana Baloch Khan'].slice(0, 2), ['leader', 'Grand Democratic Alliance']);
  t.same(o['Omar Ali Shah'].slice(0, 2), ['chief', 'Grand Democratic Alliance'], 'an acronym the article gives no body for');
  t.equal(o['Ali Raza Jatoi'][1], 'Grand Democratic Alliance', 'no second body');
});

t.test('a role in the possessive owns what follows: it titles no one', async (t) => {
  const o = officials('LONDON: The prime minister spoke at Prime Minister’s Questions on Wednesday. Then Chancellor Ann Marie Cole spoke.');
  t.notOk('Questions' in o, 'no person');
  t.equal(o['Ann Marie Cole'][0], 'Chancellor');
});

t.test('a role after a copula is the subject’s: "when X was PM"', async (t) => {
  const o = officials(
    'NEW DELHI: When Arun Kumar Mehta was PM, he said little. Sunita Rao Iyer is the chairperson of the Kerala Tourism ' +
      'Board. Ravi Shankar Pillai was arrested by police on Monday.',
  );
  t.same(o['Arun Kumar Mehta'].slice(0, 2), ['PM', null]);
  t.same(o['Sunita Rao Iyer'].slice(0, 2), ['chairperson', 'Kerala Tourism Board']);
  t.equal(o['Ravi Shankar Pillai']?.[0] ?? null, null, 'a passive verb gives no role');
});

t.test('a title is a noun phrase: a verb before it ends it', async (t) => {
  const o = officials(
    'LAHORE: Earlier, the CM visited the residence of PTI MPA Kamran Ali Bhatti and met his family. ' +
      'Referring to the PPP chairman Ahmed Raza Khan’s speech, the minister disagreed. ' +
      'Former Foreign Minister of the ousted regime Abdul Wahid Karimi attended the meeting. ' +
      'Lahore city’s mayor retired Col Javed Iqbal Malik filed the petition.',
  );
  t.same(o['Kamran Ali Bhatti'].slice(0, 2), ['MPA', 'PTI']);
  t.same(o['Ahmed Raza Khan'].slice(0, 2), ['chairman', 'PPP'], 'a participle opening the sentence');
  t.match(o['Abdul Wahid Karimi'][0], /Foreign Minister/, 'a participle before a noun is no verb');
  t.match(o['Javed Iqbal Malik'][0], /mayor/, 'nor one before a rank');
});

t.test('a progressive after the name says what the person did, not a role', async (t) => {
  const o = officials(
    'WASHINGTON: Laura Jean Pratt was discussing the pick for bank director when she spoke. Mark Evan Cole was chairman of the board.',
  );
  t.equal(o['Laura Jean Pratt']?.[0] ?? null, null);
  t.equal(o['Mark Evan Cole'][0], 'chairman of the board', 'a noun after the copula still is');
});

t.test('a province or a big town alone after a title is a place, no person', async (t) => {
  const o = officials(
    'LAHORE - Governor Punjab Chaudhry Ahmed Sarwar met ministers. Governor Punjab said reforms were due. ' +
      'They met in Governor House Lahore. Mayor Patra spoke.',
  );
  t.same(Object.keys(o).sort(), ['Chaudhry Ahmed Sarwar', 'Patra'], 'a small town’s name may be a surname');
  t.equal(o['Chaudhry Ahmed Sarwar'][0], 'Governor Punjab');
});

t.test('a lower-case word of scope before a body or its head: "state Congress chief"', async (t) => {
  const o = officials(
    'RAIPUR: The Bharatiya Janata Party won. “We lost,” state Congress chief Ravi Kumar Sharma said. ' +
      'The Samajwadi Party met, and state party president Anil Dev Yadav spoke. The union’s secretary, Meena Lal Verma, objected.',
  );
  t.equal(o['Ravi Kumar Sharma'][1], 'Congress');
  t.equal(o['Anil Dev Yadav'][1], 'Samajwadi Party');
  t.equal(o['Meena Lal Verma'][0], 'secretary', 'a possessive is no word of scope');
});

t.test('two initials in capitals open an Indian name: "KR Suresh Babu"', async (t) => {
  const o = officials(
    'BENGALURU: Karnataka Health Minister KR Suresh Babu said beds were ready. UK Foreign Secretary Ann Lee agreed. ' +
      'PM Rahul Dev Sharma spoke.',
  );
  t.same(o['KR Suresh Babu'].slice(0, 1), ['Karnataka Health Minister']);
  t.ok('Ann Lee' in o, 'a country’s initials are no given name');
  t.ok('Rahul Dev Sharma' in o, 'nor an office’s');
});

t.test('after a title, two or three initials open a name of one word: "Union Minister RPN Singh"', async (t) => {
  const { people } = findEntities(
    'LUCKNOW: Union Minister RPN Singh said so. Party president JP Nadda agreed. Later Singh added more, and Nadda left. SSP Ahmed spoke.',
    0,
  );
  const named = Object.fromEntries(people.map((p) => [p.name, p.mentions.map((m) => m.text)]));
  t.same(named['RPN Singh'], ['RPN Singh', 'Singh']);
  t.same(named['JP Nadda'], ['JP Nadda', 'Nadda']);
  t.notOk('SSP Ahmed' in named, 'nor an office’s');
  // in its own country's news: a story from India may name a "KP" (name-spans.test.ts)
  const home = findEntities('PESHAWAR: Governor KP Haris Ali spoke in Pakistan.', 0).people.map((p) => p.name);
  t.same(home, ['Haris Ali'], 'a province’s initials are no given name');
});

t.test('after a title, three initials open a name of two words, but not after a rank, where they name its wing', async (t) => {
  const o = officials('DHAKA: On rumours about MP ABM Kamal Uddin holding rallies, SSP CIA Tariq Rafiq Malik said nothing.');
  t.same(o['ABM Kamal Uddin'], ['MP', null, 'Bangladesh', true]);
  t.same(o['Tariq Rafiq Malik'].slice(0, 2), ['SSP', 'CIA']);
});

t.test('"alongside" and "beside" end a title read leftwards; an acronym ending it is no town', async (t) => {
  const o = officials('LAHORE: He spoke at a briefing alongside DIG CTD Nasir Jamil Bhutta. He sat beside SSP Omar Farooq Khan.');
  t.same(o['Nasir Jamil Bhutta'].slice(0, 3), ['DIG', 'CTD', 'Pakistan']);
  t.equal(o['Omar Farooq Khan'][0], 'SSP');
});

t.test('a word before a name is a verb by its tag, unless it modifies the noun after it', async (t) => {
  const doc = buildDocument('LAHORE: Reporting officers met the ousted regime. The minister visited the town.');
  const verbAt = verbsOf(doc);
  const at = (word: string) => doc.text.indexOf(word);
  t.ok(verbAt(at('visited')), 'a past tense');
  t.notOk(verbAt(at('ousted')), 'a participle between a determiner and a noun');
  t.ok(verbAt(at('Reporting')), 'a participle opening the sentence');
  t.notOk(verbAt(at('minister')), 'a noun');
  t.notOk(verbAt(0), 'the dateline is in no sentence');
});

t.test('"Md" before a name is Muhammad; only "MD" in capitals is a managing director', async (t) => {
  const o = officials('DHAKA: Commerce Minister Md Tipu Munshi said exports rose. MD Rahim Uddin of the port authority agreed.');
  t.same(o['Md Tipu Munshi'], ['Commerce Minister', null, 'Bangladesh', true]);
  t.same(o['Rahim Uddin'][0], 'MD');
});

t.test('"-elect" after an office or title word is part of the title, not of the name', async (t) => {
  const o = officials('DENVER: Mayor-elect Ruth Abara said the budget was short. Attorney General-elect Omar Weiss agreed.');
  t.same(o['Ruth Abara'], ['Mayor-elect', null, 'United States', true]);
  t.same(o['Omar Weiss'], ['Attorney General-elect', null, 'United States', true]);
});

t.test('a frontbencher or backbencher sits in parliament: an official, as an MP is', async (t) => {
  const o = officials('LONDON: Opposition frontbencher Nia Powell said the bill would fail. Tory backbencher Tom Reeve disagreed.');
  t.same(o['Nia Powell'], ['Opposition frontbencher', null, 'United Kingdom', true]);
  t.equal(o['Tom Reeve'][3], true);
});

t.test('"Sen." before a name is spelt out as the title; a sergeant is a rank, not a given name', async (t) => {
  const o = officials(
    'WASHINGTON (AP) — Sen. Ada Morrow said the talks went well. Lt. Gen. Paul Hagen agreed. ' +
      'Police spokesman Sgt. Leo Brandt said the road was shut. Sergeant Mia Rojas of the county police said more.',
  );
  t.same(o['Ada Morrow'].slice(0, 2), ['Senator', null]);
  t.same(o['Paul Hagen'][0], 'Lt Gen', 'military ranks stay as written');
  t.same(o['Leo Brandt'][0], 'spokesman', 'no "Sgt" in the name');
  t.same(o['Mia Rojas'][0], 'Sergeant');
});

t.test('a party letter and state after a lawmaker\'s name ("R-Ariz.") give the party when nothing else names a body', async (t) => {
  const o = officials(
    'WASHINGTON (AP) — Sen. Ada Morrow, R-N.D., said the talks went well. Rep. Ben Ortiz (D-N.Y.) disagreed. ' +
      'Rep. Dee Hart, I-Vt., left.',
  );
  t.same(o['Ada Morrow'].slice(1, 3), ['Republican Party', 'United States']);
  t.same(o['Ben Ortiz'][1], 'Democratic Party');
  t.same(o['Dee Hart'][1], null, 'an independent has no party');
});

t.test('what a minister is "for" is a portfolio, not a body, even where its words name one', async (t) => {
  const o = officials(
    'KARACHI: Sindh Minister for Education and Labour Ali Raza Shah said schools would open. ' +
      'Sindh Minister for Local Government Nasir Ali Soomro agreed. Minister for the Interior Omar Baig Khan left.',
  );
  t.same(o['Ali Raza Shah'], ['Sindh Minister for Education and Labour', 'Sindh government', 'Pakistan', true], 'no UK Labour party');
  t.same(o['Nasir Ali Soomro'].slice(0, 2), ['Sindh Minister for Local Government', 'Sindh government']);
  t.same(o['Omar Baig Khan'].slice(0, 2), ['Minister for the Interior', null]);
});

t.test("a police title with a place names that place's force as the body", async (t) => {
  const o = officials(
    'LAHORE: Inspector General Police Punjab Dr. Omar Tariq Butt said so. Detroit Police Chief Jim Crane agreed. ' +
      'Khyber Pakhtunkhwa Inspector General of Police Ali Raza Marwat left. Karachi police spokesman Leo Wang spoke. ' +
      'Lahore Capital City Police Officer Amjad Ali Cheema said more. Sindh Police Chief Ali Nawaz Memon spoke. ' +
      'Punjab Police Chief Omar Ali Dogar left. Sindh Inspector General of Police Aftab Ali Pathan came. ' +
      'Xyzton Police Chief Ray Dunne agreed.',
  );
  t.same(o['Ali Nawaz Memon'].slice(0, 3), ['Police Chief', 'Sindh Police', 'Pakistan']);
  t.same(o['Omar Ali Dogar'].slice(0, 2), ['Police Chief', 'Punjab Police']);
  t.same(o['Aftab Ali Pathan'][1], 'Sindh Police');
  t.same(o['Ray Dunne'][1], null, 'no known place, no force');
  t.same(o['Omar Tariq Butt'].slice(0, 2), ['Inspector General Police Punjab', 'Punjab Police']);
  t.same(o['Jim Crane'].slice(0, 3), ['Police Chief', 'Detroit Police', 'United States']);
  t.same(o['Ali Raza Marwat'][1], 'Khyber Pakhtunkhwa Police');
  t.same(o['Leo Wang'].slice(0, 3), ['spokesman', 'Karachi police', 'Pakistan']);
  t.same(o['Amjad Ali Cheema'].slice(0, 2), ['Lahore Capital City Police Officer', null], "a post, not a town's force");
});

t.test('"Labor", the Australian party\'s spelling, is a party as "Labour" is', async (t) => {
  const o = officials('CANBERRA: Labor frontbencher Tom Fairweather said the budget failed. Then Labor prime minister Ann Hale agreed.');
  t.same(o['Tom Fairweather'].slice(1, 3), ['Labor', 'Australia']);
  t.same(o['Ann Hale'][1], 'Labor');
});

t.test("a comma before a role is no list inside its portfolio: the country before it is not the title's", async (t) => {
  const o = officials(
    'COLOMBO - He said in Delhi that the island owed much to India, Minister of Ports and Lands Ravi Perera told Parliament.',
  );
  t.same(o['Ravi Perera'], ['Minister of Ports and Lands', null, 'Sri Lanka', true]);
});

t.test('an abbreviated month beside a name is a name, before a day it is a date', async (t) => {
  const o = officials(
    'PESHAWAR: Health Minister Dr Waqar Jan on Sunday opened the ward. Adviser Jan Gul Afridi agreed. ' +
      'Minister Tariq Aziz Jan 5 said nothing. Secretary Omar Hayat Jan. 9 left.',
  );
  t.same(o['Waqar Jan'], ['Health Minister', null, 'Pakistan', true]);
  t.same(o['Jan Gul Afridi']?.[0], 'Adviser');
  t.ok(o['Tariq Aziz'] && o['Omar Hayat'], 'a month before a day ends the name');
  const edges = officials('Jan Egeland, the relief chief of the agency, said so. It was confirmed by Minister Ali Jan');
  t.ok(edges['Jan Egeland'] && edges['Ali Jan'], 'at the text’s first and last word');
});

t.test('"General" after a rank is a rank; a retired rank in a list keeps the list', async (t) => {
  const o = officials(
    'DHAKA: Army spokesman Brigadier General Omar Faruk Selim said so. Chief commissioner Rafiq Ahmed Chowdhury, ' +
      'commissioners Major General (retired) Abul Kalam Azad, Nasreen Akter and Md Shafiul Alam were present.',
  );
  t.same(o['Omar Faruk Selim'].slice(0, 2), ['spokesman', 'Army']);
  t.same(o['Rafiq Ahmed Chowdhury'][0], 'Chief commissioner');
  for (const name of ['Abul Kalam Azad', 'Nasreen Akter', 'Md Shafiul Alam']) t.same(o[name]?.[0], 'commissioner', name);
});

t.test('a Speaker alone presides over the chamber the article names', async (t) => {
  const o = officials(
    'QUETTA: The Sindh Assembly on Monday passed the budget. Speaker Ali Nawaz Jatoi chaired the session. ' +
      'Deputy Speaker Rabia Khanum Baloch adjourned it. Minister for Law Tariq Mehmood Sheikh spoke.',
  );
  t.same(o['Ali Nawaz Jatoi'].slice(0, 2), ['Speaker', 'Sindh Assembly']);
  t.same(o['Rabia Khanum Baloch'].slice(0, 2), ['Deputy Speaker', 'Sindh Assembly']);
  t.same(o['Tariq Mehmood Sheikh'][1], null, 'no presiding office');
});

t.test('"Gov." is an office before a name; an abbreviated office after a word is no part of the name', async (t) => {
  const o = officials('WASHINGTON — Ohio Gov. Dale Ferris said so. Democratic Rep. Nora Quist agreed, as did John Major.');
  t.same(o['Dale Ferris'].slice(0, 3), ['Gov', null, 'United States']);
  t.same(o['Nora Quist']?.[0], 'Rep');
  t.notOk(o['Democratic Rep. Nora Quist']);
});

t.test('Georgia is the US state in an article that tags parties as the US press does', async (t) => {
  const state = officials('Georgia Secretary of State Ray Dalton (R) said the recount ended. Georgia Gov. Amy Poole agreed.');
  t.same(state['Ray Dalton'][2], 'United States');
  t.same(state['Amy Poole'][2], 'United States');
  t.same(officials('Georgia Foreign Minister Irakli Beridze said so.')['Irakli Beridze'][2], 'Georgia');
  t.same(officials('Georgia Interior Minister Levan Kobakhidze, D-Ga., said so.')['Levan Kobakhidze'][2], 'United States');
  const retired = officials('Georgia Defence Minister Lt Gen (R) Giorgi Tsereteli and Ali Khan (R said so.');
  t.same(retired['Giorgi Tsereteli'][2], 'Georgia', 'a retired rank is no party');
});

t.test('a party right before a name makes its politician, the party by its own name', async (t) => {
  const o = officials(
    'WASHINGTON — Republican Dana Whitcomb was named chair pro tem. Ohio Democrat Lee Farrow objected, ' +
      'as did fellow Democrat Ann Molloy. Voters Rita Sams and Republican voter Tom Hale watched.',
  );
  t.same(o['Dana Whitcomb'].slice(1), ['Republican Party', 'United States', true]);
  t.same(o['Lee Farrow'].slice(1), ['Democratic Party', 'United States', true]);
  t.same(o['Ann Molloy'].slice(1, 2), ['Democratic Party']);
  t.notOk(o['Tom Hale']?.[3], 'a private role between party and name');
});

t.test('an article opens the title before a name: the words before it are another phrase', async (t) => {
  const o = officials(
    'LAHORE: The court asked the officers of the governments to reply to the petition of PTI leader Sana Mir Qazi. ' +
      'Speaking at the Lahore Chamber of Commerce the provincial Minister for the Interior Omar Zia Butt agreed.',
  );
  t.same(o['Sana Mir Qazi'].slice(0, 2), ['leader', 'PTI']);
  t.same(o['Omar Zia Butt'].slice(0, 2), ['provincial Minister for the Interior', null]);
});

t.test('a title never ends in "and": "X as chairman and Y as rapporteur"', async (t) => {
  const o = officials('KUWAIT CITY: The committee elected Saad Al-Mutairi as chairman and Fahad Al-Ajmi as rapporteur.');
  t.same(o['Fahad Al-Ajmi']?.[0], 'rapporteur');
});

t.test('a middle initial without its full stop stays in the name', async (t) => {
  const o = officials(
    'LAHORE: The bench was led by Justice Sara B Qureshi. His counsel Hamid K Lodhi was ill.\nCourt Gives A Ruling\nIt ended.',
  );
  t.same(o['Sara B Qureshi']?.[0], 'Justice');
  t.same(o['Hamid K Lodhi']?.[0], 'counsel');
  t.notOk(o['Gives A Ruling'], 'a title-case headline keeps its article');
});

t.test('"ap" joins a Welsh name as "bin" does', async (t) => {
  const o = officials('CARDIFF: Party leader Rhodri ap Hywel said so.');
  t.same(o['Rhodri ap Hywel']?.[0], 'leader');
});

t.test('a name after "the" is a body’s, and a title ending in "the" is no one’s', async (t) => {
  const o = officials('KABUL: According to this official of the Sunrise Council Board, trade grew. Officials of the Golden Emirate met.');
  t.notOk(o['Golden Emirate']);
  const n = officials('WASHINGTON: Members of the conservative House Liberty Caucus said no.');
  t.notOk(n['Liberty Caucus'], 'a caucus is a body');
});

t.test('of two titles joined by "and", a past one gives way to the current one', async (t) => {
  const o = officials(
    'OTTAWA: Transport Minister and former health minister Dana Roy said so. Senior Advocate and ex-law minister Ali Shah agreed. ' +
      'Former minister and party chairman Omar Butt spoke.',
  );
  t.same(o['Dana Roy']?.[0], 'Transport Minister');
  t.same(o['Ali Shah']?.[0], 'Senior Advocate');
  t.same(o['Omar Butt']?.[0], 'party chairman');
});

t.test('a portfolio listed with commas before a name in apposition', async (t) => {
  const o = officials('KATHMANDU: The deal was signed before Minister for Energy, Water and Irrigation, Ram Thapa, on Sunday.');
  t.same(o['Ram Thapa']?.[0], 'Minister for Energy, Water and Irrigation');
  const n = officials('NEW DELHI: It was backed, said Union Minister for Culture, Tourism and Northeast States, G. Kiran Rao, on Monday.');
  t.same(n['G. Kiran Rao'], ['Union Minister for Culture, Tourism and Northeast States', null, 'India', true]);
  t.notOk(n['Northeast States'], 'the portfolio’s last words are no name');
});

t.test('a comma inside a portfolio only between its items before "and"', async (t) => {
  const o = officials(
    'Water, Power and Energy, Sana Mir said. Minister for Energy, Ram Thapa, said. Ali Khan, Omar Butt and Zia Lodhi left.',
  );
  t.same(o['Ram Thapa']?.[0], 'Minister for Energy');
  t.notOk(o['Sana Mir']?.[0], 'no role opens the list');
  const n = officials('KATHMANDU: He met the Minister for Energy, Water Resources');
  t.same(Object.keys(n), []);
  const p = officials('LAHORE: Crowds thronged Datta Ganj shrine. Pilgrims of Multan met near Datta Ganj shrine.');
  t.notOk(p['Datta Ganj'], 'a name before a facility word is the facility’s');
});

t.test('the initials of a post in brackets before a force are no body', async (t) => {
  const o = officials('QUETTA: Deputy Inspector General (DIG) Police Nadir Ali Baig told reporters the road was shut.');
  t.same(o['Nadir Ali Baig']?.slice(0, 2), ['Deputy Inspector General (DIG) Police', null]);
});

t.test('a title before a posting’s place titles the name in a list too', async (t) => {
  const o = officials('QUETTA: Iranian Consul General Quetta Reza Darvish, Quetta Chamber of Commerce President Haji Omar Kakar attended.');
  t.same(o['Reza Darvish']?.slice(0, 3), ['Consul General', null, 'Iran']);
});

t.test('a province owning a title is the body and says where; "retired" before a rank is the rank’s', async (t) => {
  const o = officials(
    'QUETTA: The visitors were led by Khorasan’s Deputy Governor Reza Tavakoli. Lahore city’s mayor retired Col Javed Malik came.',
  );
  t.same(o['Reza Tavakoli']?.slice(0, 3), ['Deputy Governor', 'Khorasan', 'Iran']);
  t.same(o['Javed Malik']?.[0], 'Lahore city’s mayor');
});

t.test('a body in lower case: before the role, or ending an "of" phrase', async (t) => {
  const o = officials(
    'KATHMANDU: "Yes," said tourism department chief Ram Karki. "No," said Pemba Sherpa, president of Nepal’s climbing association. ' +
      'Senior opposition party aide Hari Lama agreed.',
  );
  t.same(o['Ram Karki']?.slice(0, 2), ['chief', 'tourism department']);
  t.same(o['Pemba Sherpa']?.slice(0, 3), ['president', 'climbing association', 'Nepal']);
  t.same(o['Hari Lama']?.slice(0, 2), ['Senior opposition party aide', null], 'an opposition party is a kind, not a body');
});

t.test('a role for someone named after it is the role alone', async (t) => {
  const o = officials(
    'HARARE: Tendai Moyo, a spokesman for independent presidential candidate Simba Ncube, said so. ' +
      'Ana Ruiz, mission chief for Sri Lanka, agreed.',
  );
  t.same(o['Tendai Moyo']?.[0], 'spokesman');
  t.same(o['Ana Ruiz']?.[0], 'mission chief for Sri Lanka');
});

t.test('two initials before a surname alone when an apposition gives the role', async (t) => {
  const o = officials('DHAKA: “No,” said KM Rahman, acting president of the Dhaka Traders Association. “Yes,” said SP Hossain.');
  t.same(o['KM Rahman']?.slice(0, 2), ['acting president', 'Dhaka Traders Association']);
});

t.test('a plural title before "including" is the list’s', async (t) => {
  const o = officials(
    'ISLAMABAD: Federal ministers including Ali Khan, Omar Butt and Zia Lodhi spoke. Many people including Sara Mir and Hina Baig came. ' +
      'Members of Provincial Assembly (MPAs) including Rafiq Baloch attended.',
  );
  t.same(o['Omar Butt']?.[0], 'Federal minister');
  t.same(o['Zia Lodhi']?.[0], 'Federal minister');
  t.notOk(o['Sara Mir']?.[3], 'no office before "including"');
  t.same(o['Rafiq Baloch']?.[0], 'Member');
});

t.test('a past tense after a name ends the title; an apposition opens at its article', async (t) => {
  const o = officials(
    'PESHAWAR: A bench of the Peshawar High Court (PHC) comprised Justice Ali Anwar and Justice Omar Shah. ' +
      'Efforts to reach the police spokesman, Sami Khan, failed.',
  );
  t.same(o['Ali Anwar']?.[0], 'Justice');
  t.same(o['Sami Khan']?.[0], 'police spokesman');
});

t.test('"Chief of Army Staff" is a post, not a chief of a body', async (t) => {
  const o = officials('RAWALPINDI: Chief of Army Staff General Asad Raza said so.');
  t.same(o['Asad Raza']?.slice(0, 2), ['Chief of Army Staff', null]);
});

t.test('what says the country with no dateline: a demonym, a national body inside a name', async (t) => {
  const o = officials(
    'A boat capsized off the Senegalese capital, Senegal’s navy said, on the route to Spain. “No,” district mayor Samba Diouf said.',
  );
  t.same(o['Samba Diouf']?.[2], 'Senegal');
  const n = officials('Hilda Rowe, chief executive of Wexley Hospitals NHS Trust, said so. Councillor Ann Hale agreed.');
  t.same(n['Ann Hale']?.[2], 'United Kingdom');
});

t.test('a list after "a committee comprising" is the committee’s members', async (t) => {
  const o = officials(
    'LAHORE: The board named a selection committee comprising former players Ali Khan, Omar Butt and Zia Lodhi. ' +
      'The panel will comprise Hina Qureshi and Nadia Baig. A council comprised of Dr Rafiq Baloch met. ' +
      'A delegation comprising ministers Tariq Shah and Nadia Gul left. The plan comprising roads was shelved by Ahmed Raza.',
  );
  t.same(o['Ali Khan']?.[0], 'selection committee member');
  t.same(o['Zia Lodhi']?.[0], 'selection committee member');
  t.same(o['Hina Qureshi']?.[0], 'panel member');
  t.same(o['Rafiq Baloch']?.[0], 'council member');
  t.same(o['Tariq Shah']?.[0], 'minister', 'a delegation’s members keep their own role');
  t.same(officials('comprise cricketers Ali Khan and Omar Butt.')['Omar Butt']?.[0], 'cricketer', 'no body before the verb');
});

t.test('a title opens after two countries joined by "and" and after an infinitive', async (t) => {
  const o = officials(
    'It is hard to trade in Chad and U.S. President Tom Reed raised it. He urged the Malian and Nigerien sides to accept US President ' +
      'Ann Holt’s plan. US Envoy for Mali and Niger Ray Cole agreed.',
  );
  t.same(o['Tom Reed']?.slice(0, 3), ['President', null, 'United States']);
  t.same(o['Ann Holt']?.slice(0, 3), ['President', null, 'United States']);
  t.same(o['Ray Cole']?.[0], 'Envoy for Mali and Niger');
});

t.test('a people’s plural closes a portfolio, it opens no name', async (t) => {
  const o = officials('ISLAMABAD: Federal Minister for Overseas Pakistanis Ali Raza Khan said jobs would come.');
  t.same(o['Ali Raza Khan']?.[0], 'Federal Minister for Overseas Pakistanis');
});

t.test('a rank’s acronym gives way to the role in the apposition before it; a command is a body', async (t) => {
  const o = officials(
    'LAGOS: The Ikeja State Police Command arrested two men. The command’s spokesman, SP Ben Okafor, said so. ' +
      'The police spokesperson, ASP Ada Eze, agreed.',
  );
  t.same(o['Ben Okafor']?.slice(0, 2), ['spokesman', 'Ikeja State Police Command']);
  t.same(o['Ada Eze']?.[0], 'police spokesperson');
});

t.test('a leader’s possessive before "government" keeps the title', async (t) => {
  const o = officials('MLAs met in a sitting that included Premier Tom Reeve’s government taking power. Reeve said it was needed.');
  t.same(o['Tom Reeve']?.[0], 'Premier');
  t.notOk(officials('Ministers in the Tom Reeve government spoke.')['Tom Reeve']?.[3], 'no possessive: a government named by its leader');
});

t.test('a province opening a body’s name says its country; a town that is a surname says nothing', async (t) => {
  const o = officials(
    'Ontario’s minister spoke. “No,” Ontario Nurses’ Association President Ann Hoy said. Health Minister Sue Jones agreed.',
  );
  t.same(o['Sue Jones']?.[2], 'Canada');
  const h = officials('Premier Tim Houston spoke. Houston said it was hard. Houston added more. Speaker Keith Bain agreed.');
  t.same(h['Keith Bain']?.[2], null);
  const cork = officials('Schools in East Cork are full. Education Minister Ann Kelly met principals in east Cork.');
  t.same(cork['Ann Kelly']?.[2], 'Ireland', 'a compass point before a town is no given name');
});

t.test('an undersecretary is an official', async (t) => {
  const o = officials('ABU DHABI: Omar Saleh, acting undersecretary of the Abu Dhabi Department of Planning, said growth would rise.');
  t.same(o['Omar Saleh']?.slice(0, 2), ['acting undersecretary', 'Abu Dhabi Department of Planning']);
});

t.test('a long portfolio: its first item is no name, its commas stay in the title', async (t) => {
  const o = officials(
    'KATHMANDU: Minister for Physical Planning and Transport Hari Dahal said roads would open. ' +
      'Sita Rai, Minister of Culture, Tourism, and Civil Aviation, said so. ' +
      'County Executive Committee Member for Farming, Livestock, and Fisheries Dr Ann Maina agreed. ' +
      'Minister for Information Ali Khan, Minister for Law Omar Butt and Minister for Water Zia Lodhi said the plan was ready.',
  );
  t.same(o['Hari Dahal']?.[0], 'Minister for Physical Planning and Transport');
  t.notOk(o['Physical Planning'], 'the first item is no person');
  t.same(o['Sita Rai']?.[0], 'Minister of Culture, Tourism, and Civil Aviation');
  t.same(o['Ann Maina']?.[0], 'County Executive Committee Member for Farming, Livestock, and Fisheries');
  t.same(o['Ali Khan']?.[0], 'Minister for Information');
  t.same(o['Omar Butt']?.[0], 'Minister for Law');
});

t.test('a two-word place opening a title keeps its first word', async (t) => {
  const o = officials('The suit was filed by New York Attorney General Ann Reyes and others.');
  t.same(o['Ann Reyes']?.[0], 'New York Attorney General');
  t.same(o['Ann Reyes']?.[2], 'United States');
  const z = officials('The suit was filed by New Zealand Health Minister Tom Reeve and others.');
  t.same(z['Tom Reeve']?.slice(0, 3), ['Health Minister', null, 'New Zealand']);
});

t.test('a country between "of the" and the body is the body’s, not the title’s', async (t) => {
  const o = officials('WASHINGTON - Ann Reyes, the head of the U.S. Federal Trade Commission (FTC), faced questions.');
  t.same(o['Ann Reyes']?.slice(0, 3), ['head', 'Federal Trade Commission', 'United States']);
});

t.test('a province of two words after a title is no person', async (t) => {
  const o = officials('PESHAWAR: On the directives of Chief Minister Khyber Pakhtunkhwa, relief was sent.');
  t.notOk(o['Khyber Pakhtunkhwa']);
});

t.test('an ampersand joins a body’s name and a title as "and" does', async (t) => {
  const o = officials(
    'KARACHI: President Hala Chamber of Commerce & Industry (HCCI) Ali Raza Sheikh asked for relief. ' +
      'Provincial Minister for Industries & Commerce Omar Dharejo agreed.',
  );
  t.same(o['Ali Raza Sheikh']?.slice(0, 2), ['President', 'Hala Chamber of Commerce & Industry']);
  t.same(o['Omar Dharejo']?.[0], 'Provincial Minister for Industries & Commerce');
});

t.test('the word after a portfolio’s "&" closes it, as after "and"', async (t) => {
  const o = officials('KARACHI: Provincial Minister for Ports & Harbours Ali Raza Khan said so.');
  t.same(o['Ali Raza Khan']?.[0], 'Provincial Minister for Ports & Harbours');
});

t.test('a body a title is "of" ends where its holder’s name begins', async (t) => {
  const o = officials(
    'KATHMANDU: Senior Vice-president of Federation of Nepalese Chambers of Commerce and Industry Ramesh Karki spoke. ' +
      'The case came before the President of the Court of Appeal Nimal Perera Fernando and Justice Ruwan Silva. ' +
      'Principal of College of Arts Zahid Hussain Rana, who spoke, agreed. ' +
      'Director of Institute of Policy Research Studies of the Punjab University Omar Farooq Baig spoke.',
  );
  t.same(o['Ramesh Karki'], ['Senior Vice-president', 'Federation of Nepalese Chambers of Commerce and Industry', 'Nepal', true]);
  t.same(o['Nimal Perera Fernando'], ['President', 'Court of Appeal', 'Nepal', true]);
  t.same(o['Ruwan Silva'], ['Justice', 'Court of Appeal', 'Nepal', true]);
  t.same(o['Zahid Hussain Rana'], ['Principal', 'College of Arts', 'Nepal', true]);
  t.same(o['Omar Farooq Baig']?.[1], 'Institute of Policy Research Studies of the Punjab University', 'a connector carries the name on');
  const p = officials(
    'PESHAWAR: Traders met on Monday. President Mardan Chamber of Commerce Akbar Ali Shah met them. ' +
      'Chief Secretary Government of Khyber Pakhtunkhwa Imran Ali Khan chaired it.',
  );
  t.same(p['Akbar Ali Shah'], ['President', 'Mardan Chamber of Commerce', 'Pakistan', true]);
  t.same(
    p['Imran Ali Khan'],
    ['Chief Secretary', 'Government of Khyber Pakhtunkhwa', 'Pakistan', true],
    'a province of two words stays whole',
  );
  const q = officials(
    'PESHAWAR: Director of Bureau of Statistics Nadeem Jan Afridi spoke. They met the Principal of College of Arts Zahid Khan',
  );
  t.same(q['Nadeem Jan Afridi']?.[1], 'Bureau of Statistics', 'a month’s abbreviation inside a name');
  t.same(q['Zahid Khan']?.[1], 'College of Arts', 'a name ending the text');
});

t.test('a role "of" a body and a name after a comma are the next person of a list', async (t) => {
  const o = officials(
    'KATHMANDU: Ramesh Karki, Chairperson of Nepal Trekker’s Association Sita Thapa and others stressed the need to act.',
  );
  t.same(o['Ramesh Karki'], [null, null, 'Nepal', false]);
  t.same(o['Sita Thapa'], ['Chairperson of Nepal Trekker’s Association', null, 'Nepal', true]);
});

t.test('an apposition before a name starts after the clause’s verb', async (t) => {
  const o = officials('WINNIPEG: The data prompted the opposition to call on the newly appointed health minister, Joan Marsh, to act.');
  t.same(o['Joan Marsh'], ['newly appointed health minister', null, 'Canada', true]);
});

t.test('"Cllr" is a councillor’s form of address, no part of the name', async (t) => {
  const o = officials('DUBLIN: Cllr Niamh Kehoe said the plan would fail. Cllr Kehoe added more.');
  t.same(o['Niamh Kehoe'], ['Councillor', null, 'Ireland', true]);
  const c = officials('OTTAWA: Coun. Erin Dupuis moved the motion. Coun. Dupuis said more.');
  t.same(c['Erin Dupuis'], ['Councillor', null, 'Canada', true], 'nor is Canadian copy’s "Coun."');
});

t.test('a town the article names after "in" is a posting between a title and a name', async (t) => {
  const o = officials('PESHAWAR: Police in Bannu raided a compound. DIG Bannu Sajid Ali Khan said three men were held.');
  t.same(o['Sajid Ali Khan'], ['DIG', null, 'Pakistan', true]);
});

t.test('what says the country with no dateline: Irish bodies, US party tags, national broadcasters', async (t) => {
  const irish = officials('A retired Garda Superintendent, Liam Daly, is to stand trial. Fine Gael councillor Aoife Byrne objected.');
  t.same(irish['Liam Daly'], ['retired Garda Superintendent', 'Garda', 'Ireland', true]);
  t.same(irish['Aoife Byrne'], ['councillor', 'Fine Gael', 'Ireland', true]);
  const us = officials('Senators wrote to Agency Administrator Paul Dunn. Ranking member Tom Reed, D-Del., signed.');
  t.same(us['Paul Dunn']?.[2], 'United States');
  const nz = officials('Bank Governor Aaron Kemp says inflation is slowing. He told TVNZ the rate would fall.');
  t.same(nz['Aaron Kemp']?.[2], 'New Zealand');
  const sky = officials('Trade Minister Dan Ferris said so. He told Sky News that wine would follow.');
  t.same(sky['Dan Ferris']?.[2], null, 'Sky News broadcasts from several countries');
});

t.test('a leader’s body after "of" or "for": a head word in lower case closes its name', async (t) => {
  const o = officials(
    'KABUL: Dr Noor Rahimi, head of the Indo-Swiss hospital, said ten were hurt. ' +
      'Dana Cole, an organizer for People United Ohio, said turnout was low. ' +
      'Ali Wardak, head of the Sindh police, was moved.',
  );
  t.same(o['Noor Rahimi']?.slice(0, 2), ['head', 'Indo-Swiss hospital']);
  t.same(o['Dana Cole']?.slice(0, 2), ['organizer', 'People United Ohio']);
  t.not(o['Ali Wardak']?.[1], 'Sindh police', 'a lower-case "police" is a kind of body, read as a force');
});

t.test('a party named after a name makes a politician: "X of the Labour Party", "Y (PPP)"', async (t) => {
  const o = officials(
    'LAHORE: Imran Qadir of the Awami Workers Party thanked him. Later Sara Baig (PPP) spoke. ' +
      'Ali Rana of the Chamber of Commerce agreed. Tom Reed (D-N.Y.) disagreed.',
  );
  t.same(o['Imran Qadir'], [null, 'Awami Workers Party', 'Pakistan', true]);
  t.same(o['Sara Baig'], [null, 'PPP', 'Pakistan', true]);
  t.equal(o['Ali Rana']?.[3], false, 'a body of another kind says nothing of office');
  t.equal(o['Tom Reed']?.[3], false);
});

t.test('a past tense after a role noun is a verb; a title’s "from" a town', async (t) => {
  const o = officials(
    "ISLAMABAD: The former premier's counsel informed Judge Tariq Mahmood Awan that the client was ill. " +
      'MNA from Karachi Sohail Ahmed Siddiqui questioned the board.',
  );
  t.same(o['Tariq Mahmood Awan']?.[0], 'Judge');
  t.ok(o['Sohail Ahmed Siddiqui'], 'the town is no part of the name');
});

t.test('"Md." and "Mohd." abbreviate a given name: the stop ends no name', async (t) => {
  const o = officials('DHAKA: State Minister Md. Karim Uddin said the team would come. Mayor Mohd. Rafi Hasan agreed.');
  t.same(o['Md. Karim Uddin'], ['State Minister', null, 'Bangladesh', true]);
  t.same(o['Mohd. Rafi Hasan'], ['Mayor', null, 'Bangladesh', true]);
});

t.test('a party before a coordination of names is each name’s', async (t) => {
  const o = officials(
    'KARACHI: The Muttahida Qaumi Movement-Pakistan (MQM-P) and Pakistan Tehreek-e-Insaf (PTI) met. ' +
      'MQM-P’s Nadia Rauf and Irfan Latif, along with PTI’s Kamran Butt, said water was short.',
  );
  t.same(o['Irfan Latif'], [null, 'Muttahida Qaumi Movement-Pakistan', 'Pakistan', true]);
  t.same(o['Kamran Butt'], [null, 'Pakistan Tehreek-e-Insaf', 'Pakistan', true]);
});

t.test('a town of two words between a title’s "of" and a name is the posting', async (t) => {
  const o = officials('The Leader of Milton Keynes Jane Ellis said the money was too little.');
  t.same(o['Jane Ellis']?.[0], 'Leader of Milton Keynes');
});

t.test('Pakistani portfolios after a title are no names: Auqaf, Primary and Secondary Healthcare', async (t) => {
  const o = officials(
    'LAHORE: Present were Minister for Auqaf Fahad Ali Shah, Secretary Primary and Secondary Healthcare ' +
      'Department Sana Aslam Butt, Secretary Auqaf and Secretary Environment.',
  );
  t.same(o['Fahad Ali Shah'], ['Minister for Auqaf', null, 'Pakistan', true]);
  t.notOk(o.Auqaf, 'a department after "Secretary" is no person');
  t.same(o['Sana Aslam Butt'], ['Secretary Primary and Secondary Healthcare Department', null, 'Pakistan', true]);
});

t.test('a ministry’s acronym with a small "o" for "of" is its alias', async (t) => {
  const o = officials(
    'The Ministry of Public Health (MoPH) said clinics would open. “We are ready,” said Ali Noori, a spokesman for the MoPH.',
  );
  t.same(o['Ali Noori']?.[1], 'Ministry of Public Health');
});

t.test('"and" inside a body’s name when the article writes its acronym', async (t) => {
  const text = 'The Free Electoral and Boundaries Commission met. FEBC chairman Ali Noor said the count was slow.';
  t.same(officials(text)['Ali Noor']?.[1], 'Free Electoral and Boundaries Commission');
  const apart = 'The Senate and Election Commission met. Commission chairman Ali Noor said the count was slow.';
  t.same(officials(apart)['Ali Noor']?.[1], 'Election Commission', 'no acronym: "and" joins two names');
});

t.test('an apposition with no closing comma ends at the verb of saying', async (t) => {
  const text =
    'The Election Commission of Pakistan (ECP) met on Monday. Ali Raza Khan, former chief secretary of the election commission said that polls would be late.';
  t.same(officials(text)['Ali Raza Khan']?.slice(0, 2), ['former chief secretary', 'Election Commission of Pakistan']);
  const clause = 'Speaking at the Police School in Mardan, the inspector said the force was ready.';
  t.notOk(officials(clause).Mardan, 'an apposition with an article after a place is a clause');
  const lower = 'Ali Raza Khan, former secretary of the city board said that roads would open.';
  t.same(officials(lower)['Ali Raza Khan']?.slice(0, 2), ['former secretary', 'city board'], 'no body in capitals: the words stay');
});

t.test('a province or town owning a title is the holder’s body', async (t) => {
  const o = officials(
    'Sindh’s Finance Adviser Ali Raza said the budget was ready. Lahore city’s lord mayor Omar Butt agreed. ' +
      'Lahore’s mayor Ravi Rao agreed. ' +
      'Talks with the Ashton Water Board went on. The Ashton Water Board (AWB) met. AWB’s chief engineer Zia Lodhi spoke.',
  );
  t.same(o['Ali Raza']?.slice(0, 2), ['Finance Adviser', 'Sindh']);
  t.same(o['Omar Butt']?.slice(0, 2), ['Lahore city’s lord mayor', null], 'a town’s office is left as written');
  t.same(o['Ravi Rao']?.slice(0, 2), ['Lahore’s mayor', null]);
  t.same(o['Zia Lodhi']?.slice(0, 2), ['chief engineer', 'Ashton Water Board']);
  const person = officials('The CM’s counsel Ravi Rao said the plea was weak.');
  t.same(person['Ravi Rao']?.slice(0, 2), ['CM’s counsel', null], 'a person’s counsel: no body');
});

t.test('a town’s municipality is a body, in capitals or after the town in lower case', async (t) => {
  const o = officials(
    '“Prices will fall,” said Ali Noori, an official of the Kabul municipality. Omar Saleh, Director General of Sharjah City Municipality, agreed.',
  );
  t.same(o['Ali Noori']?.slice(0, 2), ['official', 'Kabul municipality']);
  t.same(o['Omar Saleh']?.slice(0, 2), ['Director General', 'Sharjah City Municipality']);
});

t.test('a body’s initials closing a title are its body', async (t) => {
  const o = officials(
    'ISLAMABAD: Chairman NDMA Lt Gen Ali Raza said glaciers were melting. Chief Minister KP Omar Butt agreed. ' +
      'Spokesperson SP Zia Lodhi said so. Director Sales AB Ravi Rao said no.',
  );
  t.same(o['Ali Raza']?.slice(0, 2), ['Chairman', 'NDMA']);
  t.same(
    o['Omar Butt']?.slice(0, 2),
    ['Chief Minister KP', 'Khyber Pakhtunkhwa government'],
    'a province’s initials stay in the title and name its government',
  );
  t.same(o['Zia Lodhi']?.[1], null, 'a rank’s initials are no body');
});

t.test('an opposition leader leads in the chamber the article names', async (t) => {
  const o = officials(
    'LAHORE: The Punjab Assembly met on Monday. Deputy Opposition Leader Ali Raza Khan raised a point of order. ' +
      'Opposition Leader Omar Butt walked out.',
  );
  t.same(o['Ali Raza Khan']?.slice(0, 2), ['Deputy Opposition Leader', 'Punjab Assembly']);
  t.same(o['Omar Butt']?.slice(0, 2), ['Opposition Leader', 'Punjab Assembly']);
  t.same(officials('LUSAKA: Zambia opposition leader Ann Banda spoke at a rally.')['Ann Banda']?.[1], null, 'no chamber named');
});

t.test('a province or a state heading or closing an executive’s title is the government served', async (t) => {
  const o = officials(
    'ISLAMABAD: Tourism Minister of Gilgit-Baltistan Asad Khan spoke. Chief Secretary Balochistan Omar Baig agreed. ' +
      'Lagos State Governor Tunde Bello objected. Minister for Kashmir Affairs Ali Shah left. Texas Senator Ted Cruz spoke. ' +
      'Middle East Envoy Sam Lee called.',
  );
  t.same(o['Asad Khan']?.slice(0, 2), ['Tourism Minister of Gilgit-Baltistan', 'Gilgit-Baltistan government']);
  t.same(o['Omar Baig']?.slice(0, 2), ['Chief Secretary Balochistan', 'Balochistan government']);
  t.same(o['Tunde Bello']?.slice(0, 2), ['Lagos State Governor', 'Lagos State government'], 'a state written with its word');
  t.same(o['Ali Shah']?.[1], null, 'a portfolio’s object is no government');
  t.same(o['Ted Cruz']?.[1], null, 'a lawmaker serves no state government');
  t.same(o['Sam Lee']?.[1], null, 'a region of the world has no government');
});

t.test('a body’s head word alone is the body the article named in full; a bench sits on its court', async (t) => {
  const o = officials(
    'ISLAMABAD: The Federal Board of Revenue said the Chairman of the Board Ali Raza was on leave. ' +
      'The Madras High Court met. A Division Bench of Justices Ravi Kumar and Anand Rao heard it. ' +
      'Committee chairman John Mwangi said the cut would stay. ATC Judge Omar Baig adjourned the case.',
  );
  t.same(o['Ali Raza']?.[1], 'Federal Board of Revenue');
  t.same(o['Ravi Kumar']?.[1], 'Madras High Court');
  t.same(o['Anand Rao']?.[1], 'Madras High Court');
  t.same(o['John Mwangi']?.[1], 'Committee', 'with no such body named, the word stays');
  t.same(o['Omar Baig']?.[1], 'ATC', 'a judge’s own court stays');
});

t.test('the members a committee lists sit on it, a part of the body named before it', async (t) => {
  const part = officials(
    'LAHORE: The Pakistan Hockey Federation met. The selection committee will consist of former captain Ali Khan and Sohail Abbas. ' +
      'The panel will comprise players Omar Baig and Asad Malik.',
  );
  t.same(part['Ali Khan']?.slice(0, 2), ['former captain', 'Pakistan Hockey Federation selection committee']);
  t.same(part['Omar Baig']?.slice(0, 2), ['panel member', 'Pakistan Hockey Federation panel']);
  const named = officials('LAHORE: The Finance Committee met. The committee comprising Ali Raza and Omar Shah agreed.');
  t.same(named['Ali Raza']?.slice(0, 2), ['committee member', 'Finance Committee'], 'the committee the article named');
  const alone = officials('LAHORE: A committee comprising Ali Raza and Omar Shah agreed.');
  t.same(alone['Ali Raza']?.slice(0, 2), ['committee member', 'committee']);
});

t.test('a commissioner sits on the commission of that name', async (t) => {
  const o = officials(
    'KATHMANDU: Chief Election Commissioner Ram Thapa said the EC was ready. The Human Rights Commission of Nepal met. ' +
      'Human Rights Commissioner Sita Rai agreed. Deputy Commissioner Hari Lal objected. Police Commissioner Ben Shrestha spoke. ' +
      'Election Commissioner (EC) Gita Rana said so.',
  );
  t.same(o['Ram Thapa']?.[1], 'Election Commission', 'an election commission known by its initials');
  t.same(o['Sita Rai']?.[1], 'Human Rights Commission of Nepal');
  t.same(o['Hari Lal']?.[1], null, 'a district’s officer');
  t.same(o['Ben Shrestha']?.slice(0, 2), ['Police Commissioner', null], 'no commission of that name');
  t.same(o['Gita Rana']?.[1], 'Election Commission', 'the initials after the title');
});

t.test('a town’s officers serve the council or corporation the article names', async (t) => {
  const o = officials('MALÉ: Malé city council rejected the claims. Mayor Aisha Ali said so. Councillor Ben Ross agreed.');
  t.same(o['Aisha Ali']?.[1], 'Malé city council');
  t.same(o['Ben Ross']?.[1], 'Malé city council');
  const corp = officials(
    'KARACHI: The Karachi Metropolitan Corporation spent more. The Karachi Metropolitan Corporation said so. ' +
      'The City Council met. Mayor Omar Baig spoke.',
  );
  t.same(corp['Omar Baig']?.[1], 'Karachi Metropolitan Corporation', 'the one named most');
  t.same(officials('LONDON: Mayor Sadiq Khan spoke.')['Sadiq Khan']?.[1], null, 'no council named');
});

t.test('a rank that with a plural possessive names a body’s members is inside its name', async (t) => {
  const o = officials('LAHORE: The meeting was chaired by Chairman Vice Chancellors’ Committee Dr Ali Khan in Lahore.');
  t.same(o['Ali Khan']?.slice(0, 3), ['Chairman', 'Vice Chancellors’ Committee', 'Pakistan']);
});

t.test('countries named as often as each other: the one whose towns the article names', async (t) => {
  const o = officials(
    'Lawyer Ravi Kumar said the case was slow in Chennai. “You talk as if the file is in Pakistan and the rest in Bangladesh,” ' +
      'Justice Anand Rao said. The Chennai bench and the India office agreed.',
  );
  t.same(o['Ravi Kumar']?.[2], 'India');
});

t.test('a provincial office belongs to the provincial government the article names', async (t) => {
  const o = officials('LAHORE: Provincial Minister for Higher Education Ali Raza said the Punjab government had set up universities.');
  t.same(o['Ali Raza']?.[1], 'Punjab government');
  t.same(officials('LAHORE: Provincial Minister for Higher Education Ali Raza spoke.')['Ali Raza']?.[1], null, 'no government named');
});

t.test('a demonym naming a person says nothing of where a story is set', async (t) => {
  const foreigners = officials(
    'Police in Dubai held a Dutch national and two Iranians on Monday. The Iranian claimed he had paid in cash, the ' +
      "Iranian's brother said, and 2 Chinese, both tourists, were freed. Chinese national Li Wei was fined. " +
      'Defence lawyer Khalid Al Nuaimi said the evidence was weak.',
  );
  t.equal(foreigners['Khalid Al Nuaimi'][2], 'United Arab Emirates', 'the town sets the story, not the foreigners');
  const things = officials(
    'Iranian officials met in Dubai. The Iranian government said talks would go on, and Foreign Minister Hamid Rezaei ' +
      'said the Iranian who led the talks was tired.',
  );
  t.equal(things['Hamid Rezaei'][2], 'Iran', 'a demonym before a noun or opening the text still counts');
  const last = officials('In Dubai, Foreign Minister Hamid Rezaei met a Pakistani');
  t.equal(last['Hamid Rezaei'][2], 'United Arab Emirates', 'a demonym ending the text is a person');
});

t.test("a body's own name says its country over a lexicon's reading of its acronym", async (t) => {
  const o = officials(
    'The Australian Associated Press (AAP) will close two bureaus. AAP chief executive Emma Cole said the cuts were hard.',
  );
  t.equal(o['Emma Cole'][2], 'Australia');
});

t.test("an outlet's country the article never names is not its officials'", async (t) => {
  const abroad = officials('Floods killed 40 people in Nepal on Sunday. Home Minister Ram Bahadur Thapa told Xinhua that teams were out.');
  t.equal(abroad['Ram Bahadur Thapa'][2], 'Nepal');
  const home = officials('Shops stayed shut on Monday. Interior Minister Asif Khan told Dawn that the culprits were known.');
  t.equal(home['Asif Khan'][2], 'Pakistan', 'with no country named, the outlet says whose');
});

t.test('an acronym that spells a connector names the whole body', async (t) => {
  const o = officials(
    'LAHORE: Water and Sanitation Agency (WASA) Managing Director Tariq Mehmood said the drains were clear. ' +
      'A group of Bankers (OB) met him.',
  );
  t.same(o['Tariq Mehmood'].slice(0, 2), ['Managing Director', 'Water and Sanitation Agency']);
});

t.test("in a list of names each with 'as', each role follows its name", async (t) => {
  const o = officials('KARACHI: The chamber said Ayesha Karim has been elected as Chairperson, Bilal Ahmed as Treasurer.');
  t.equal(o['Bilal Ahmed'][0], 'Treasurer');
  const appos = officials('KARACHI: The party named him as its Secretary General, Bilal Ahmed, on Monday.');
  t.equal(appos['Bilal Ahmed'][0], 'Secretary General', 'an apposition after "as" with no "as" after the name stands');
});

t.test('a role given by an appointment passive after the name', async (t) => {
  const o = officials(
    'LEEDS: At the meeting, Helen Marsh has been elected as Chairman. Omar Siddiq was named Treasurer. ' +
      'Ruth Barnes was appointed by the board. Tom Hale is named in the report. Sam Cole was seen there. Ann Lee has left.',
  );
  t.same(o['Helen Marsh'].slice(0, 1), ['Chairman']);
  t.same(o['Omar Siddiq'].slice(0, 1), ['Treasurer']);
  t.equal(o['Ruth Barnes'][0], null, '"by" names who appointed');
  t.equal(o['Tom Hale'][0], null);
});

t.test('"the Association" alone is the association the article names', async (t) => {
  const o = officials(
    'KARACHI: The Karachi Traders Association (KTA) met on Monday. The outgoing President of the Association Imran Qureshi thanked members.',
  );
  t.same(o['Imran Qureshi'].slice(0, 2), ['President', 'Karachi Traders Association']);
});

t.test("a board's officers with no body in a story about an association are its", async (t) => {
  const o = officials(
    'DHAKA: The Bangladesh Knitwear Traders Association (BKTA) elected its new board on Monday. BKTA President Rahim Uddin ' +
      'chaired the meeting, and vice president Salma Begum, director Karim Ali and treasurer Nusrat Jahan attended. ' +
      'President Anwar Hossain sent greetings.',
  );
  const body = 'Bangladesh Knitwear Traders Association';
  t.same([o['Salma Begum'][1], o['Karim Ali'][1], o['Nusrat Jahan'][1]], [body, body, body]);
  t.equal(o['Anwar Hossain'][1], null, 'a president alone is as often a country’s');
  t.equal(officials('PARIS: The director Karim Ali spoke.')['Karim Ali'][1], null, 'no association named');
});

t.test('the leader of a group a body or a country sends is theirs', async (t) => {
  const o = officials(
    'ISLAMABAD: The premier met senior Ministry of Health officials, led by Minister Basel Haddad, on Monday. ' +
      'He also met a Saudi delegation headed by Deputy Minister Fahad Al-Otaibi. A trade team led by Director Ali Raza came. ' +
      'Police, led by Inspector Omar Baig, arrived. Talks were opened by Minister Sara Khan.',
  );
  t.equal(o['Basel Haddad'][1], 'Ministry of Health');
  t.equal(o['Fahad Al-Otaibi'][2], 'Saudi Arabia');
  t.same(o['Ali Raza'].slice(1, 3), [null, 'Pakistan'], 'a group no body or country names');
  t.equal(o['Omar Baig'][2], 'Pakistan');
  t.equal(o['Sara Khan'][2], 'Pakistan');
});

t.test('"Mission Chief" is a role, not a body called "IMF Mission"', async (t) => {
  const o = officials(
    'COLOMBO: The International Monetary Fund (IMF) reached a deal. Anna Berg, IMF Mission Chief to Sri Lanka, welcomed it.',
  );
  t.same(o['Anna Berg'].slice(0, 3), ['Mission Chief to Sri Lanka', 'International Monetary Fund', null]);
});

t.test('a middle initial with its full stop keeps the next justice of a list apart', async (t) => {
  const o = officials('ISLAMABAD: The bench had Justice Tariq Mehmood Khan, Justice Nadia A. Qureshi, Justice Omer Farooq and others.');
  t.same(o['Nadia A. Qureshi'], ['Justice', null, 'Pakistan', true]);
  t.same(o['Tariq Mehmood Khan'], ['Justice', null, 'Pakistan', true]);
});

t.test('a bare capitalised body word opening a title-case role is part of the title', async (t) => {
  const o = officials('WASHINGTON: House Speaker Mark Ellison Doyle said the vote would pass. Group Leader Imran Saeed Malik agreed.');
  t.same(o['Mark Ellison Doyle']?.slice(0, 2), ['House Speaker', null]);
  t.same(o['Imran Saeed Malik']?.slice(0, 2), ['Group Leader', null]);
});

t.test('a list under a plural title goes on over aliases, letters, initials and bracketed portfolios', async (t) => {
  const o = officials(
    'DHAKA: Former presidents Rafiq Ahmed Chowdhury (Tutul) MP, Nurul Haque Bhuiyan MP and Abdul Karim Sarkar, ' +
      'current senior vice president KM Rahim (Babu), vice president (Finance) Jalal Uddin Khan and director Monir Hossain Talukder attended.',
  );
  t.same(o['Nurul Haque Bhuiyan']?.[0], 'Former president', 'the letters before the comma are the last name’s');
  t.same(o['Abdul Karim Sarkar']?.[0], 'Former president', 'the list outranks a name’s own letters');
  t.same(o['KM Rahim']?.[0], 'senior vice president', 'initials after a role open the next name of the list');
  t.same(o['Jalal Uddin Khan']?.[0], 'vice president (Finance)', 'a bracketed portfolio inside the title');
});

t.test('a barrage is a facility, no person', async (t) => {
  const o = officials('SUKKUR: Chief Engineer Guddu Barrage Imtiaz Ali Shah said the gates were repaired.');
  t.same(o['Imtiaz Ali Shah']?.[0], 'Chief Engineer Guddu Barrage');
  t.equal(o['Guddu Barrage'], undefined);
});

t.test('"-in-chief" makes the office the top one of its kind', async (t) => {
  const o = officials('SYDNEY: Staff were told of the cuts by editor-in-chief Mara Lindqvist Doyle on Monday.');
  t.same(o['Mara Lindqvist Doyle']?.[0], 'editor-in-chief');
});

t.test('a relative clause heading a body described in lower case', async (t) => {
  const o = officials(
    'JAKARTA: Tents are short, said Dewi Sartika Putri, who heads the province’s flood-relief agency. ' +
      'Rice is short too, said Agus Salim Harahap, who heads the relief team. Water is short, said Budi Santoso Wibowo, who heads the.',
  );
  t.same(o['Dewi Sartika Putri']?.slice(0, 2), ['head', 'province’s flood-relief agency']);
  t.same(o['Agus Salim Harahap']?.[0], null, 'a team is no body');
  t.same(o['Budi Santoso Wibowo']?.[0], null);
});

t.test('"assistant" heads a title when no role follows it', async (t) => {
  const o = officials('ISLAMABAD: Special Assistant on Energy Farhan Ali Qureshi said tariffs would fall.');
  t.same(o['Farhan Ali Qureshi']?.[0], 'Special Assistant on Energy');
});

t.test('a possessive’s head is the body owned, not its owner', async (t) => {
  const o = officials(
    'KABUL: Ahmad Zia Rahimi, spokesman for the Taliban’s Ministry of Refugees, said 200 families had returned. ' +
      'Gul Agha Noorzai, spokesman for the Taliban’s Interior Ministry, agreed.',
  );
  t.same(o['Ahmad Zia Rahimi']?.slice(0, 2), ['spokesman', 'Ministry of Refugees']);
  t.same(o['Gul Agha Noorzai']?.slice(0, 2), ['spokesman', 'Interior Ministry']);
});

t.test('a text ending inside the next titled name of a list reads the first name alone', async (t) => {
  for (const end of ['Justice Nadia', 'Justice']) {
    const o = officials(`ISLAMABAD: The bench had Justice Tariq Mehmood Khan, ${end}`);
    t.same(o['Tariq Mehmood Khan']?.slice(0, 1), ['Justice'], end);
  }
});

t.test('a post its initials spell holds no body inside its words', async (t) => {
  const o = officials('RAWALPINDI: Chairman Joint Chiefs of Staff Committee (CJCSC) General Tariq Nadeem Bhatti visited troops.');
  t.same(o['Tariq Nadeem Bhatti']?.slice(0, 2), ['Chairman Joint Chiefs of Staff Committee (CJCSC)', null]);
});

t.test('a national party known by its initials says where an undated story is', async (t) => {
  const o = officials(
    'The court heard the BNP plea. BNP leader Rafiqul Alam Sarkar was bailed, and the BNP welcomed it; lawyer Nasir Uddin Khan spoke of Israel.',
  );
  t.same(o['Rafiqul Alam Sarkar']?.slice(1, 3), ['BNP', 'Bangladesh']);
  t.same(o['Nasir Uddin Khan']?.[2], 'Bangladesh');
});

t.test('a bench before a judge’s title is the court sitting, no part of the title', async (t) => {
  const o = officials(
    'NEW DELHI: A Division Bench of Chief Justice Ravi Kumar Menon and Justice Asha Pillai of the Madras High Court ruled.',
  );
  t.same(o['Ravi Kumar Menon']?.slice(0, 2), ['Chief Justice', 'Madras High Court']);
  t.same(o['Asha Pillai']?.slice(0, 2), ['Justice', 'Madras High Court']);
});

t.test('a chamber’s members sit in the chamber the article names', async (t) => {
  const o = officials(
    'ISLAMABAD: The Provincial Assembly met. Opposition members Tariq Aziz Baig and Sana Mir Jatoi walked out. Senator Ali Raza Bhutto objected.',
  );
  t.same(o['Tariq Aziz Baig']?.slice(0, 2), ['Opposition member', 'Provincial Assembly']);
  t.same(o['Sana Mir Jatoi']?.slice(1, 2), ['Provincial Assembly']);
  t.same(o['Ali Raza Bhutto']?.slice(0, 2), ['Senator', null], 'a senator’s chamber is a senate');
  const s = officials('WASHINGTON: The House and the US Senate met. Senator Ada Morrow objected.');
  t.same(s['Ada Morrow']?.slice(0, 2), ['Senator', 'US Senate']);
  t.same(officials('LAHORE: MPA Faisal Karim Niazi walked out.')['Faisal Karim Niazi']?.slice(0, 2), ['MPA', null], 'no chamber named');
});

t.test('"the committee, led by X": a body’s head after "the" points back to the body of that kind', async (t) => {
  const o = officials(
    'ISLAMABAD: The National Assembly Standing Committee on Water met. The committee, led by Chairman Nadir Ali Magsi, asked questions.',
  );
  t.same(o['Nadir Ali Magsi']?.slice(0, 2), ['Chairman', 'National Assembly Standing Committee on Water']);
  const p = officials(
    'KABUL: The committee, led by Chairman Wali Jan Sabri, met. The Board of Trade met. The delegation, led by Minister Gul Rahman Qazi, left.',
  );
  t.same(p['Wali Jan Sabri']?.slice(0, 2), ['Chairman', null], 'no committee named before');
  t.same(p['Gul Rahman Qazi']?.slice(0, 2), ['Minister', null], 'a delegation is no body’s head');
});

t.test('a present verb in -s ends a title as a past does', async (t) => {
  const o = officials(
    'ISLAMABAD: The joint statement follows US President Daniel Harlow Reed’s visit. The visit follows President Asif Ali Zardari’s trip.',
  );
  t.same(o['Daniel Harlow Reed']?.slice(0, 3), ['President', null, 'United States']);
  t.same(o['Asif Ali Zardari']?.[0], 'President', 'also before a role');
});

t.test('a post’s initials repeated in brackets: the last of them is the body’s', async (t) => {
  const o = officials(
    'RAWALPINDI: The Inter-Services Public Relations (ISPR) said so. Director General ISPR (DG ISPR) Lt Gen Tariq Aziz Malik spoke. ' +
      'Director General Frontier Works Organisation (DG FWO) Maj Gen Kamal Ahmed Bhatti agreed. ' +
      'Director General Survey Bureau Islamabad (DG SBI) Faisal Nadeem Raja came. Inspector General (IG FC) Ali Nawaz Khan left.',
  );
  t.same(o['Tariq Aziz Malik']?.slice(0, 2), ['Director General', 'Inter-Services Public Relations']);
  t.same(o['Kamal Ahmed Bhatti']?.slice(0, 2), ['Director General', 'Frontier Works Organisation']);
  t.same(o['Faisal Nadeem Raja']?.slice(0, 2), ['Director General', 'Survey Bureau Islamabad']);
  t.same(o['Ali Nawaz Khan']?.[0], 'Inspector General (IG FC)', 'no words spell the body');
});

t.test('a rank after a plural role is the first name’s: the plural role is the list’s', async (t) => {
  const o = officials('LAHORE: Senior PML-N leaders Senator Irfan Ali Siddiqui and Rana Sanaullah Khan said so.');
  t.same(o['Irfan Ali Siddiqui']?.slice(0, 2), ['Senior leader', 'PML-N']);
  t.same(o['Rana Sanaullah Khan']?.slice(0, 2), ['Senior leader', 'PML-N']);
  const lists = [
    'Senator Ali Raza Bhatti',
    'Senior leaders chairman Ali Raza Bhatti',
    'Senior Leaders Senator Ali Raza Bhatti',
    'Party chief Senator Ali Raza Bhatti',
    'After protests Senator Ali Raza Bhatti',
  ];
  for (const list of lists)
    t.same(officials(`LAHORE: ${list} and Omar Khan Niazi met.`)['Omar Khan Niazi']?.[0], null, `no plural role before a rank: ${list}`);
});

t.test('"Cabinet Secretary" is one post, no body called after a portfolio', async (t) => {
  const o = officials('NAIROBI: Interior Cabinet Secretary Daniel Kiprono Mutai said the curfew would stay.');
  t.same(o['Daniel Kiprono Mutai']?.slice(0, 2), ['Interior Cabinet Secretary', null]);
});

t.test('"Opposition leader" is a standing in a chamber, no body called "Opposition"', async (t) => {
  const o = officials('LONDON: Labour MP Tariq Ali Chohan spoke. Opposition leader Kemi Ade Badenoch spoke in the House of Commons.');
  t.same(o['Kemi Ade Badenoch']?.slice(0, 2), ['Opposition leader', 'House of Commons']);
  t.same(o['Tariq Ali Chohan']?.slice(0, 2), ['MP', 'Labour'], 'a body the article names so stays one');
  const k = officials('NAIROBI: Opposition leader Otieno Kamau Mwangi marched to State House.');
  t.same(k['Otieno Kamau Mwangi']?.slice(0, 2), ['Opposition leader', null], 'a residence is no chamber');
});

t.test('police ranks written as acronyms are titles, not initials or bodies', async (t) => {
  const o = officials('CHENNAI: DGP K Ramanathan and ADGP Suresh Kumar Rao visited the station. DCP Lakshmi R spoke.');
  t.same(o['K Ramanathan']?.[0], 'DGP');
  t.same(o['Suresh Kumar Rao']?.slice(0, 2), ['ADGP', null]);
  t.same(officials('ABUJA: CSP Emeka Chukwu Obi said the suspects were held.')['Emeka Chukwu Obi']?.[0], 'CSP');
});

t.test('"the House" alone is the chamber a Speaker presides over', async (t) => {
  const o = officials('WASHINGTON: Votes in the House were close. Speaker Mark Edward Tully said he would wait.');
  t.same(o['Mark Edward Tully']?.slice(0, 2), ['Speaker', 'House']);
  const w = officials('WASHINGTON: The House met. Speaker Mark Edward Tully said he would wait.');
  t.same(w['Mark Edward Tully']?.slice(0, 2), ['Speaker', null], 'a capital after a full stop proves no name');
});

t.test('a title word before a leader word is no body read from the phrase', async (t) => {
  const o = officials('ACCRA: Minority leader Kwame Osei Mensah walked out.');
  t.same(o['Kwame Osei Mensah']?.slice(0, 2), ['Minority leader', null]);
});

t.test('a chief minister and the chief minister’s aides serve the province’s government', async (t) => {
  const text =
    'QUETTA: The Sindh government met. Chief Minister Ali Raza Bhatti and Adviser to the Chief Minister on Law Omar Khan Niazi spoke.';
  const o = officials(text);
  t.same(o['Ali Raza Bhatti']?.slice(0, 2), ['Chief Minister', 'Sindh government']);
  t.same(o['Omar Khan Niazi']?.slice(0, 2), ['Adviser to the Chief Minister on Law', 'Sindh government']);
});

t.test('a journalist in the news is a private person, not an official', async (t) => {
  const o = officials('NAIROBI - Police detained journalist Amina Odhiambo on Monday. Spokesman Peter Mwangi said she was freed later.');
  t.same(o['Amina Odhiambo'], ['journalist', null, 'Kenya', false]);
  t.same(o['Peter Mwangi'], ['Spokesman', null, 'Kenya', true]);
});

t.test('a province or town between commas after a title is the post’s, not the end of the apposition', async (t) => {
  const o = officials(
    'PESHAWAR: The director of the Provincial Disaster Management Authority (PDMA), Khyber Pakhtunkhwa, Tariq Wazir said roads were shut. ' +
      'The district health officer, Peshawar, Dr Nadia Gul said clinics stayed open.',
  );
  t.same(o['Tariq Wazir'], ['director', 'Provincial Disaster Management Authority', 'Pakistan', true]);
  t.same(o['Nadia Gul'], ['district health officer', null, 'Pakistan', true]);
});

t.test('two titled names joined by "and" share the body before the first title', async (t) => {
  const o = officials(
    'LAHORE: The meeting was chaired by PHF president Omar Baig and general secretary Asif Bajwa. ' +
      'PCB chairman Ali Khan and President Arif Alvi met later. Hamid Raza and secretary Nadeem Akhtar left, ' +
      'as did the federation and secretary Tariq Mehmood.',
  );
  t.same(o['Nadeem Akhtar'], ['secretary', null, 'Pakistan', true]);
  t.same(o['Tariq Mehmood'], ['secretary', null, 'Pakistan', true]);
  t.same(o['Asif Bajwa'], ['general secretary', 'PHF', 'Pakistan', true]);
  t.same(o['Arif Alvi'], ['President', null, 'Pakistan', true], 'a head of state serves no body the list names');
});

t.test('a lower-case title word before a participle opens no title', async (t) => {
  const o = officials(
    'COLOMBO - Two aides leaked information concerned with President Ranil Perera’s health. Former Senator Asanka Silva spoke.',
  );
  t.same(o['Ranil Perera'], ['President', null, 'Sri Lanka', true]);
  t.same(o['Asanka Silva'], ['Former Senator', null, 'Sri Lanka', true]);
});

t.test('a deputy of a portfolio whose minister the article marks serves the same country', async (t) => {
  const o = officials(
    'date 2024-03-02 CAIRO (APP) - Pakistani Federal Minister Ali Raza met Egyptian Health Minister Omar Fathy. ' +
      'He later met Deputy Health Minister Samir Nabil and Deputy Interior Minister Karim Adel.',
  );
  t.same(o['Samir Nabil'], ['Deputy Health Minister', null, 'Egypt', true]);
  t.same(o['Karim Adel'], ['Deputy Interior Minister', null, 'Pakistan', true], 'no minister of that portfolio is marked');
});

t.test('the later of two roles keeps the body before its leader word', async (t) => {
  const o = officials(
    'NEW DELHI: Former minister and Congress lawmaker Rahul Verma said the vote was fair. Former mayor and Chennai chief ' +
      'Anwar Kumar agreed. Former judge and Opposition leader Kamal Nath objected. Former union minister and Congress ' +
      'leader Manish Tiwari left.',
  );
  t.same(o['Manish Tiwari'], ['leader', 'Congress', 'India', true]);
  t.same(o['Anwar Kumar'], ['Chennai chief', null, 'India', true], 'a town before the leader word says where');
  t.same(o['Kamal Nath'], ['Opposition leader', null, 'India', true], 'a title word is a standing');
  t.same(o['Rahul Verma'], ['Congress lawmaker', null, 'India', true]);
});

t.test('a senator sits in the Senate whose committee the article names', async (t) => {
  const o = officials('ISLAMABAD: The Senate Standing Committee on Finance met on Monday. Senator Ali Raza said the budget was late.');
  t.same(o['Ali Raza'], ['Senator', 'Senate', 'Pakistan', true]);
  const bare = officials('WASHINGTON: Senator Ann Cole said the bill was late.');
  t.same(bare['Ann Cole'], ['Senator', null, 'United States', true], 'no Senate named');
});

t.test('a company officer with no body named serves the one company the article names', async (t) => {
  const o = officials(
    'LONDON (Reuters) - Regulators fined software maker Halvern Systems on Monday. Chief Financial Officer Ruth Ames said the firm would pay.',
  );
  t.same(o['Ruth Ames'], ['Chief Financial Officer', 'Halvern Systems', 'United Kingdom', true]);
  const two = officials(
    'LONDON (Reuters) - Halvern Systems agreed to buy Orbis Technologies on Monday. Chief Executive Tom Reed said the deal was fair.',
  );
  t.same(two['Tom Reed'], ['Chief Executive', null, 'United Kingdom', true], 'two companies named: whose is not said');
});

t.test("a Kenyan county or the province's other spelling says where a story is set", async (t) => {
  const o = officials(
    'Officers guarding Baringo Governor Peter Kiprono were recalled. Transport Cabinet Secretary Jane Wanjiru said the roads were unsafe.',
  );
  t.same(o['Peter Kiprono'], ['Baringo Governor', 'Baringo government', 'Kenya', true]);
  t.same(o['Jane Wanjiru'], ['Transport Cabinet Secretary', null, 'Kenya', true], 'no country named: the county sets the story');
  const kp = officials('PESHAWAR: Critics said chief minister Khyber Pakhtunkhawa was absent. Provincial Minister Asad Gul replied.');
  t.same(Object.keys(kp), ['Asad Gul'], 'a province named after a title is no person');
});

t.test('a country named once gives way to the country whose places the article names more', async (t) => {
  const o = officials(
    'Nakuru Governor Ruth Chebet closed the market on Monday. "This is not Sudan," she said. Traders in Narok and Kericho stayed home.',
  );
  t.same(o['Ruth Chebet'], ['Nakuru Governor', 'Nakuru government', 'Kenya', true]);
  const named = officials('Trade Minister Ali Omar said Sudan would reopen the border. Traders in Nakuru stayed home.');
  t.same(named['Ali Omar'], ['Trade Minister', null, 'Sudan', true], 'one place named: the country stands');
});
