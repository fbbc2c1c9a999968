import t from 'tap';
import { parseDateline } from '../../src/extract/dateline/index.js';
import { findCity } from '../../src/extract/dateline/gazetteer.js';
import { CITY_EXONYMS } from '../../src/extract/lexicons/city-exonyms.js';

const body = 'Officials said talks would resume.';

t.test('wire forms', async (t) => {
  const cases: [string, { date: string | null; city: string | null; country: string | null }][] = [
    ['ISLAMABAD - ', { date: null, city: 'Islamabad', country: 'Pakistan' }],
    ['LAHORE: ', { date: null, city: 'Lahore', country: 'Pakistan' }],
    ['PESHAWAR (APP) - ', { date: null, city: 'Peshawar', country: 'Pakistan' }],
    ['NEW DELHI (AP) — ', { date: null, city: 'New Delhi', country: 'India' }],
    ['SUKKUR, Pakistan (AP) — ', { date: null, city: 'Sukkur', country: 'Pakistan' }],
    ['ANKARA (APP) – ', { date: null, city: 'Ankara', country: 'Turkey' }],
    ['WASHINGTON - ', { date: null, city: 'Washington', country: 'United States' }],
    ['LONDON: ', { date: null, city: 'London', country: 'United Kingdom' }],
    ['DERA ISMAIL KHAN: ', { date: null, city: 'Dera Ismail Khan', country: 'Pakistan' }],
    ['Quetta - ', { date: null, city: 'Quetta', country: 'Pakistan' }],
  ];
  for (const [line, want] of cases) {
    const text = line + body;
    const r = parseDateline(text);
    t.same(r.dateline, want, line);
    t.equal(text.slice(r.bodyStart), body, `${line} body`);
  }
});

t.test('an unknown all-caps town keeps its name without a country', async (t) => {
  const r = parseDateline('ZZYZXTOWN - ' + body);
  t.same(r.dateline, { date: null, city: 'Zzyzxtown', country: null });
});

t.test('dates come from the prefix, a dateline date takes the prefix year', async (t) => {
  t.same(parseDateline(`date 2024-03-05 WASHINGTON, March 5 (Reuters) - ${body}`).dateline, {
    date: '2024-03-05',
    city: 'Washington',
    country: 'United States',
  });
  t.same(parseDateline(` date 2024-06-07 KARACHI, June 7: ${body}`).dateline.date, '2024-06-07');
  t.equal(parseDateline(`date 2025-01-02 KARACHI, Dec. 31: ${body}`).dateline.date, '2024-12-31');
  t.equal(parseDateline(`KARACHI, June 7: ${body}`).dateline.date, null, 'no year without a prefix');
  t.equal(parseDateline(`date 2024-05-30 QUETTA - ${body}`).dateline.date, '2024-05-30');
});

t.test('states, districts and day-first dates', async (t) => {
  t.same(parseDateline(`AUSTIN, Texas (AP) — ${body}`).dateline, { date: null, city: 'Austin', country: 'United States' });
  t.same(parseDateline(`WASHINGTON, D.C. — ${body}`).dateline, { date: null, city: 'Washington', country: 'United States' });
  t.same(parseDateline(`date 2024-06-11 LONDON, 11 June (Reuters) - ${body}`).dateline, {
    date: '2024-06-11',
    city: 'London',
    country: 'United Kingdom',
  });
  t.same(parseDateline(`LAHORE, Pakistan, March 3 (AP) — ${body}`).dateline.city, 'Lahore');
});

t.test('a headline and a byline before the dateline are skipped', async (t) => {
  const bylined = `Talks resume\n\nBy Staff Reporter\n\nISLAMABAD: ${body}`;
  const b = parseDateline(bylined);
  t.equal(b.dateline.city, 'Islamabad');
  t.equal(bylined.slice(b.bodyStart), body);
  const none = `Talks resume\n\nBy Staff Reporter\n\n${body}`;
  t.equal(none.slice(parseDateline(none).bodyStart), `By Staff Reporter\n\n${body}`, 'without a dateline only the headline goes');
});

t.test('a headline before the dateline is skipped', async (t) => {
  const text = `Sindh unveils budget amid uproar\n\nKARACHI: ${body}`;
  const r = parseDateline(text);
  t.same(r.dateline, { date: null, city: 'Karachi', country: 'Pakistan' });
  t.equal(text.slice(r.bodyStart), body);
});

t.test('no dateline gives nulls and the body after the prefix or headline', async (t) => {
  const headline = `SBP holds policy rate at 22pc\n\nThe State Bank of Pakistan kept rates unchanged.`;
  const r = parseDateline(headline);
  t.same(r.dateline, { date: null, city: null, country: null });
  t.equal(headline.slice(r.bodyStart), 'The State Bank of Pakistan kept rates unchanged.');

  const dated = `date 2024-01-05 ${body}`;
  const d = parseDateline(dated);
  t.same(d.dateline, { date: '2024-01-05', city: null, country: null });
  t.equal(dated.slice(d.bodyStart), body);

  t.same(parseDateline('').dateline, { date: null, city: null, country: null });
  t.equal(parseDateline('   ').bodyStart, 3);
  t.equal(parseDateline(body).bodyStart, 0, 'a one-paragraph article has no headline');
  t.equal(parseDateline(`${body}\n\n${body}`).bodyStart, 0, 'a sentence is not a headline');
  t.equal(parseDateline('Just a headline\n').bodyStart, 0, 'a headline needs a body after it');
  t.equal(parseDateline(`${'Long '.repeat(50)}\n\n${body}`).bodyStart, 0, 'too long for a headline');
});

t.test('openers that are not places', async (t) => {
  t.same(parseDateline(`BREAKING: ${body}`).dateline.city, null);
  t.same(parseDateline(`Meanwhile: ${body}`).dateline.city, null);
  t.same(
    parseDateline(` date 2024-03-05 Share:\n\nKARACHI-${body}`).dateline,
    { date: '2024-03-05', city: 'Karachi', country: 'Pakistan' },
    'a share button’s label left in the page is no town (Share is one in Nigeria)',
  );
  t.same(
    parseDateline(`LAHORE, Narnia - ${body}`).dateline,
    { date: null, city: 'Lahore', country: 'Pakistan' },
    'an unknown region is the city’s',
  );
});

t.test('linear on large input', async (t) => {
  const big = 'A'.repeat(1 << 20);
  const start = performance.now();
  parseDateline(big);
  parseDateline(`${'WORD '.repeat(200_000)}`);
  t.ok(performance.now() - start < 2000);
});

t.test('English exonyms: the city the dateline names, not a smaller one spelled the same', async (t) => {
  const cases: [string, string, string][] = [
    ['GENEVA - ', 'Geneva', 'Switzerland'],
    ['NEW YORK (AP) — ', 'New York', 'United States'],
    ['KIEV - ', 'Kiev', 'Ukraine'],
    ['COLOGNE: ', 'Cologne', 'Germany'],
    ['ZURICH - ', 'Zurich', 'Switzerland'],
    ['LODZ - ', 'Lodz', 'Poland'],
    ['DAMASCUS - ', 'Damascus', 'Syria'],
    ['VIENTIANE - ', 'Vientiane', 'Laos'],
    ['SHEIKHUPURA-', 'Sheikhupura', 'Pakistan'],
    ['Vehari - ', 'Vehari', 'Pakistan'],
    ['JHANG: ', 'Jhang', 'Pakistan'],
    ['ATTOCK - ', 'Attock', 'Pakistan'],
    ['MYSURU: ', 'Mysuru', 'India'],
    ['CHATTOGRAM, Jan 3 (UNB) - ', 'Chattogram', 'Bangladesh'],
    ['MAKKAH: ', 'Makkah', 'Saudi Arabia'],
    ['DI KHAN: ', 'Di Khan', 'Pakistan'],
    ["COX'S BAZAR: ", "Cox's Bazar", 'Bangladesh'],
    ['COX’S BAZAR: ', 'Cox’s Bazar', 'Bangladesh'],
  ];
  for (const [line, city, country] of cases) t.same(parseDateline(line + body).dateline, { date: null, city, country }, line);
});

t.test('every exonym names a city the gazetteer holds, under its GeoNames name', async (t) => {
  for (const [english, geonames] of Object.entries(CITY_EXONYMS)) t.equal(findCity(english)?.name, geonames, english);
});

t.test('after a bracketed agency the dash may be left out, as PTI writes', async (t) => {
  const text = 'New Delhi, May 21 (PTI) Large parts of India will reel under a heatwave.';
  const r = parseDateline(text);
  t.same(r.dateline, { date: null, city: 'New Delhi', country: 'India' });
  t.equal(text.slice(r.bodyStart), 'Large parts of India will reel under a heatwave.');
  t.same(
    parseDateline('Imran Khan (PTI) said so.').dateline,
    { date: null, city: null, country: null },
    'a name and a party are no dateline',
  );
});

t.test('a dateline on a line of its own, with the month in capitals', async (t) => {
  const text = 'PESHAWAR, MARCH 9\n\nThe provincial cabinet met on Monday.';
  const r = parseDateline(`date 2024-03-10 ${text}`);
  t.same(r.dateline, { date: '2024-03-09', city: 'Peshawar', country: 'Pakistan' });
  t.equal(`date 2024-03-10 ${text}`.slice(r.bodyStart), 'The provincial cabinet met on Monday.');
  t.same(parseDateline('MULTAN\nThe provincial cabinet met on Monday.').dateline.city, 'Multan', 'a known town alone on its line');
  t.same(parseDateline('PRICES SOAR AGAIN\n\nThe rupee fell.').dateline.city, null, 'a headline in capitals is no town');
});

t.test('older wire copy leaves out the dash after the date', async (t) => {
  const text = 'date 2012-02-14 NEW DELHI Feb 14 Indian officials said the talks would go on.';
  const r = parseDateline(text);
  t.same(r.dateline, { date: '2012-02-14', city: 'New Delhi', country: 'India' });
  t.equal(text.slice(r.bodyStart), 'Indian officials said the talks would go on.');
});

t.test('UrduPoint dates its dateline inside the agency brackets', async (t) => {
  const text = 'Lahore (UrduPoint / Pakistan Point News - 3rd Sep, 2022 ) :The Punjab cabinet approved the budget.';
  const r = parseDateline(text);
  t.same(r.dateline, { date: '2022-09-03', city: 'Lahore', country: 'Pakistan' });
  t.equal(text.slice(r.bodyStart), 'The Punjab cabinet approved the budget.');
  t.equal(parseDateline('date 2024-05-02 KARACHI, 1st May: The port reopened.').dateline.date, '2024-05-01', 'an ordinal day');
  const spaced = parseDateline('OKARA , (UrduPoint / Pakistan Point News - 2nd Jun, 2024 ) : The fair opened.');
  t.same(spaced.dateline, { date: '2024-06-02', city: 'Okara', country: 'Pakistan' }, 'a stray space before the comma');
  const comma = 'MULTAN, (UrduPoint / Pakistan Point News - 14th Jan, 2024 ) :The mango growers met.';
  t.same(parseDateline(comma).dateline, { date: '2024-01-14', city: 'Multan', country: 'Pakistan' }, 'a comma before the brackets');
  t.equal(comma.slice(parseDateline(comma).bodyStart), 'The mango growers met.');
});

t.test('ANI gives the country in square brackets', async (t) => {
  const text = 'Kathmandu [Nepal], June 3 (ANI): The cabinet approved the budget.';
  const r = parseDateline(text);
  t.same(r.dateline, { date: null, city: 'Kathmandu', country: 'Nepal' });
  t.equal(text.slice(r.bodyStart), 'The cabinet approved the budget.');
  const state = 'Pune (Maharashtra) [India], Sept 4 (ANI): The mayor said roads would reopen.';
  t.same(parseDateline(state).dateline, { date: null, city: 'Pune', country: 'India' }, 'the state in round brackets first');
});

t.test('a dateline date with its year is the date, with or without the prefix', async (t) => {
  const wam = 'ABU DHABI, 12th March 2021 (WAM) – The ministry said exports grew.';
  const r = parseDateline(wam);
  t.same(r.dateline, { date: '2021-03-12', city: 'Abu Dhabi', country: 'United Arab Emirates' });
  t.equal(wam.slice(r.bodyStart), 'The ministry said exports grew.');
  const us = 'date 2024-01-05 WASHINGTON, Dec. 30, 2023 (Reuters) - The senator said the bill would pass.';
  t.same(parseDateline(us).dateline, { date: '2023-12-30', city: 'Washington', country: 'United States' });
  t.equal(parseDateline('LAHORE, June 7 2000 people marched.').dateline.date, null, 'a number after the day is no year');
});

t.test('a dateline in capitals after a standfirst paragraph', async (t) => {
  const text = 'Talks on the loan stalled again as the deadline neared.\n\nISLAMABAD: The finance ministry said talks would go on.';
  const r = parseDateline(text);
  t.same(r.dateline, { date: null, city: 'Islamabad', country: 'Pakistan' });
  t.equal(text.slice(r.bodyStart), 'The finance ministry said talks would go on.');
  t.same(
    parseDateline('Talks stalled.\n\nIslamabad is hot. Officials said so.').dateline.city,
    null,
    'a town opening a sentence is no dateline',
  );
  t.same(parseDateline('Talks stalled.\n').dateline.city, null, 'nothing after the paragraph');
  t.same(parseDateline(`${'Talks stalled. '.repeat(40)}\n\nLAHORE: Officials said so.`).dateline.city, null, 'too long for a standfirst');
});

t.test('a name big cities of two countries share goes to the country the article names most', async (t) => {
  const city = (text: string) => parseDateline(text).dateline;
  t.same(
    city('HYDERABAD: Pakistan’s canal board met. The Sindh irrigation minister said the work would end by June.'),
    { date: null, city: 'Hyderabad', country: 'Pakistan' },
    'a country at the body start, a province',
  );
  t.same(city('HYDERABAD - Telangana officials said the metro would open, and Indian Railways agreed.'), {
    date: null,
    city: 'Hyderabad',
    country: 'India',
  });
  t.same(
    city('HYDERABAD - A firm from Indiana said the plant would open in Pakistan'),
    { date: null, city: 'Hyderabad', country: 'Pakistan' },
    'whole words only, to the last one',
  );
  t.same(city('HYDERABAD - The plant will open.'), { date: null, city: 'Hyderabad', country: 'India' }, 'the largest by default');
  t.same(city('HYDERABAD, Pakistan - Indian traders came.'), { date: null, city: 'Hyderabad', country: 'Pakistan' });
});

t.test('a dateline after captions, a time stamp and a standfirst', async (t) => {
  const captioned =
    'Senate delays vote on budget\n\nSen. Jane Doe, D-Ohio, at the Capitol in Washington. (Photo/Staff)\n1 of 3 | Sen. Jane Doe | License Photo\n\nWASHINGTON, Oct. 4 (UPI) -- ' +
    body;
  const c = parseDateline(captioned);
  t.same(c.dateline, { date: null, city: 'Washington', country: 'United States' });
  t.equal(captioned.slice(c.bodyStart), body);
  const stamped = `Ministers trade charges over coal\n\nThe opposition misled voters, the minister said.\n\nUpdated: Mar 3, 2021, 10:12 AM IST\n\nLucknow: ${body}`;
  t.same(parseDateline(stamped).dateline, { date: null, city: 'Lucknow', country: 'India' });
  t.equal(stamped.slice(parseDateline(stamped).bodyStart), body);
  t.same(
    parseDateline(`Talks on the loan went well.\n\nIslamabad: ${body}`).dateline.city,
    'Islamabad',
    'a colon marks a town in title case',
  );
  t.same(parseDateline(`Talks on the loan went well.\n\nKarachi - ${body}`).dateline.city, 'Karachi', 'so does a dash');
  t.same(parseDateline(`Talks went well.\n\nKarachi\n\n${body}`).dateline.city, null, 'a title-case town on a line of its own is no mark');
  t.same(parseDateline(`Talks went well.\n\nMore talks.\n\nKARACHI: ${body}`).dateline.city, null, 'one standfirst only');
});

t.test('a headline and a standfirst may end on a quoted word', async (t) => {
  const text =
    'Court dismisses MPA’s plea as ‘frivolous’\nThe high court dismissed the plea of an MPA as “frivolous”\nMULTAN: The high court on Monday dismissed the plea.';
  const r = parseDateline(text);
  t.equal(r.dateline.city, 'Multan');
  t.equal(text.slice(r.bodyStart), 'The high court on Monday dismissed the plea.');
  const quoted = 'Minister says talks were “useful”\n\nThe minister said talks were useful.';
  t.equal(parseDateline(quoted).bodyStart, 0, 'without a dateline after it, it may be the first sentence');
  const sentences = 'He called it “useful.”\nThe party agreed “fully.”\nMULTAN: The court rose.';
  t.equal(parseDateline(sentences).dateline.city, null, 'a full stop inside the marks ends a sentence: two paragraphs of body');
});

t.test('a town alone in brackets before a dash, after a photo credit on its line', async (t) => {
  const credit = 'Senate returns to budget fight\n\nJane Roe/Getty Images(WASHINGTON) — The Senate returned on Monday.';
  const r = parseDateline(credit);
  t.same(r.dateline, { date: null, city: 'Washington', country: 'United States' });
  t.equal(credit.slice(r.bodyStart), 'The Senate returned on Monday.');
  t.same(parseDateline('date 2024-03-05 (NEW YORK) — Stocks fell.').dateline, {
    date: '2024-03-05',
    city: 'New York',
    country: 'United States',
  });
  t.equal(parseDateline('Talks end\n\nOne photo (REUTERS) — Talks ended.').dateline.city, null, 'an agency is no town');
  t.equal(parseDateline('Talks end\n\nThe talks ended (again) - both sides said.').dateline.city, null, 'nor a word in brackets');
});

t.test('a state after the town says its country; a town the gazetteer lacks takes the provinces named', async (t) => {
  t.same(parseDateline('Wayanad (Kerala): Rain fell on the hills.').dateline, { date: null, city: 'Wayanad', country: 'India' });
  t.equal(parseDateline('Wayanad (Kerala): Rain fell.').agency, null, 'a state in the brackets is no agency');
  t.same(parseDateline('FOSTORIA, Ohio — The board voted.').dateline, { date: null, city: 'Fostoria', country: 'United States' });
  const unknown = 'SKARDU: The Gilgit-Baltistan government said roads in Gilgit-Baltistan reopened; Sindh sent aid.';
  t.same(parseDateline(unknown).dateline, { date: null, city: 'Skardu', country: 'Pakistan' });
  t.same(parseDateline('Lahore (Punjab): Rain fell.').dateline, { date: null, city: 'Lahore', country: 'Pakistan' }, 'a shared province');
  const tie = 'SKARDU: Officials in Sindh and Kerala met.';
  t.equal(parseDateline(tie).dateline.country, null, 'a tie says nothing');
  t.equal(parseDateline('SKARDU: Officials met.').dateline.country, null, 'no province, no country');
});

t.test('a big town in capitals opening the body with its mark lost', async (t) => {
  const text = 'date 2022-03-28 PUNE Pune MP Ali Khan said the water would return.';
  const r = parseDateline(text);
  t.same(r.dateline, { date: '2022-03-28', city: 'Pune', country: 'India' });
  t.equal(text.slice(r.bodyStart), 'Pune MP Ali Khan said the water would return.');
  t.equal(parseDateline('NAB Chairman Ali Khan said so.').dateline.city, null, 'initials are no town');
  t.equal(parseDateline('HYDERABAD Police said so.').dateline.city, null, 'a town of two countries is left');
  t.equal(parseDateline('PUNE Pune MP Ali Khan said so.').dateline.date, null, 'no date without the prefix');
  t.equal(parseDateline('CHITRAL Police said so.').dateline.city, null, 'a small town is left');
});

t.test('a date stamp above the dateline gives the date, not a town', async (t) => {
  const stamped = `Ministers meet on water dispute\n\nPublished March 9, 2021\n\nMULTAN: ${body}`;
  const r = parseDateline(stamped);
  t.same(r.dateline, { date: '2021-03-09', city: 'Multan', country: 'Pakistan' });
  t.equal(stamped.slice(r.bodyStart), body);
  const bylined = `Staff Writer October 2, 2024\n${body}`;
  const b = parseDateline(bylined);
  t.same(b.dateline, { date: '2024-10-02', city: null, country: null }, 'a byline with a date and no town');
  t.equal(bylined.slice(b.bodyStart), body, 'the body starts after the stamp');
  const undated = parseDateline(`Updated Jan 4\n\nLAHORE, Jan 3: ${body}`).dateline;
  t.same(undated, { date: null, city: 'Lahore', country: 'Pakistan' }, 'no year in the stamp, no date');
  t.equal(parseDateline(`Friday, 14 May 2021\n\nKARACHI, May 13: ${body}`).dateline.date, '2021-05-13', 'the stamp gives the year');
  const weekday = parseDateline(`Daily Courier, Tuesday 3 Feb 2015\n${body}`).dateline;
  t.same(weekday, { date: '2015-02-03', city: null, country: null }, 'a weekday after a comma is no region');
  t.same(parseDateline(`Lahore, Punjab June 7\n${body}`).dateline.city, 'Lahore', 'a known town is a dateline');
  const shouted = parseDateline(`date 2019-01-01 THURSDAY, MARCH 7, 2019\n\nQUETTA: ${body}`).dateline;
  t.same(shouted, { date: '2019-03-07', city: 'Quetta', country: 'Pakistan' }, 'a stamp in capitals');
  t.same(parseDateline(`ZZYZXTOWN, May 2: ${body}`).dateline.city, 'Zzyzxtown', 'a colon marks an unknown town');
});

t.test("a country's name is a dateline only where its city bears it", async (t) => {
  t.same(parseDateline(`KUWAIT: ${body}`).dateline, { date: null, city: 'Kuwait City', country: 'Kuwait' });
  t.same(parseDateline(`SINGAPORE: ${body}`).dateline, { date: null, city: 'Singapore', country: 'Singapore' });
  const headed = `Jordan- Schools reopen after the holiday\n\nIRBID — ${body}`;
  t.same(parseDateline(headed).dateline, { date: null, city: 'Irbid', country: 'Jordan' }, 'a headline opening on a country');
  const section = `Canada\n\nTrade talks stall again\n\nTORONTO\n${body}`;
  t.same(parseDateline(section).dateline, { date: null, city: 'Toronto', country: 'Canada' }, 'a section label');
});

t.test('a hyphen before a digit is no dateline dash', async (t) => {
  t.same(parseDateline(`NEWS COVID-19 SPORTS\n\n${body}`).dateline.city, null);
});

t.test('the dateline may stand below six header lines', async (t) => {
  const text = `Menu\nThe Daily Herald\nHeadline of the day\nBy A Reporter\nA photo caption here\nListen\nHARARE — ${body}`;
  t.same(parseDateline(text).dateline.city, 'Harare');
});

t.test('a town keeps its accented capitals', async (t) => {
  t.same(parseDateline(`SÃO PAULO (Reuters) - ${body}`).dateline, { date: null, city: 'São Paulo', country: 'Brazil' });
  t.same(parseDateline(`Bogotá, Colombia — ${body}`).dateline, { date: null, city: 'Bogotá', country: 'Colombia' });
});

t.test('a town written as one word where the gazetteer writes two, or the other way', async (t) => {
  t.same(parseDateline(`MIRPURKHAS: ${body}`).dateline, { date: null, city: 'Mirpurkhas', country: 'Pakistan' });
  t.same(parseDateline(`DERA GHAZIKHAN: ${body}`).dateline.country, 'Pakistan');
});

t.test('"City" added to a town the gazetteer names without it', async (t) => {
  t.same(parseDateline(`DAVAO CITY – ${body}`).dateline, { date: null, city: 'Davao City', country: 'Philippines' });
  t.same(parseDateline(`ZZYZX CITY – ${body}`).dateline, { date: null, city: 'Zzyzx City', country: null }, 'nor without');
});

t.test("a town beside the page's stamp on a line of its own is the dateline", async (t) => {
  const text = `Monsoon arrives early in the south\n\nJune 3, 2024 09:12 am | Updated 11:40 am IST - MADURAI\n\n${body}`;
  const r = parseDateline(text);
  t.same(r.dateline, { date: '2024-06-03', city: 'Madurai', country: 'India' }, "The Hindu's style");
  t.equal(text.slice(r.bodyStart), body);
  const newer = parseDateline(`date 2024-11-02 Updated - 02 November 2024 06:05 pm IST - NEW DELHI\n${body}`).dateline;
  t.same(newer, { date: '2024-11-02', city: 'New Delhi', country: 'India' }, 'day first, after "Updated -"');
  const timed = parseDateline(`date 2024-11-02 Updated 06:05 pm IST - PUNE\n${body}`).dateline;
  t.same(timed, { date: '2024-11-02', city: 'Pune', country: 'India' }, 'a time alone; the date from the prefix');
  const before = `By Staff Writer\nLucknow | September 9, 2024 10:02 IST\n${body}`;
  t.same(parseDateline(before).dateline, { date: '2024-09-09', city: 'Lucknow', country: 'India' }, 'the town first, behind a bar');
  t.equal(before.slice(parseDateline(before).bodyStart), body);
  const after = parseDateline(`12 January,2024 | Nagpur\n\n${body}`).dateline;
  t.same(after, { date: '2024-01-12', city: 'Nagpur', country: 'India' }, 'the town last, behind a bar');
  t.same(parseDateline(`Rates held - KARACHI\n${body}`).dateline.city, null, 'no date or time: a headline');
  t.same(parseDateline(`June 3, 2024 09:12 am - NOWHERESVILLE\n${body}`).dateline.city, null, 'a town the gazetteer lacks');
  t.same(parseDateline(`June 3, 2024 09:12 am - INDIA\n${body}`).dateline.city, null, "a country's name");
  const sentence = 'MULTAN | The polls closed at 17:00.';
  t.same(parseDateline(sentence).dateline.city, null, 'a sentence after the bar is no stamp');
  const long = `QUETTA | Updated on the evening of June 3, 2024 after the provincial cabinet met\n${body}`;
  t.same(parseDateline(long).dateline.city, null, 'nor is a long line');
});

t.test('press wires set their name between dashes or slashes', async (t) => {
  const dashed = `PORTLAND, Ore. — (BUSINESS WIRE) — ${body}`;
  const r = parseDateline(dashed);
  t.same(r.dateline, { date: null, city: 'Portland', country: 'United States' });
  t.equal(r.agency, 'BUSINESS WIRE');
  t.equal(dashed.slice(r.bodyStart), body);
  t.same(parseDateline(`SEATTLE--(BUSINESS WIRE)--${body}`).dateline.city, 'Seattle', 'no hyphen left on the town');
  const slashed = `date 2024-03-06 AUSTIN, Texas, March 5, 2024 /PRNewswire/ -- ${body}`;
  const s = parseDateline(slashed);
  t.same(s.dateline, { date: '2024-03-05', city: 'Austin', country: 'United States' });
  t.equal(s.agency, 'PRNewswire');
  t.equal(slashed.slice(s.bodyStart), body);
  const tass = `MOSCOW, March 5. /TASS/. ${body}`;
  t.same(parseDateline(tass).dateline.city, 'Moscow', 'a full stop after the day and after the slashes');
  t.equal(tass.slice(parseDateline(tass).bodyStart), body);
});

t.test('a story filed from several towns takes the first', async (t) => {
  const paired = `PESHAWAR/QUETTA: ${body}`;
  const r = parseDateline(paired);
  t.same(r.dateline, { date: null, city: 'Peshawar', country: 'Pakistan' });
  t.equal(paired.slice(r.bodyStart), body);
  const wired = `NAIROBI, Kenya / ANKARA (AA) – ${body}`;
  const w = parseDateline(wired);
  t.same(w.dateline, { date: null, city: 'Nairobi', country: 'Kenya' });
  t.equal(w.agency, 'AA');
  t.equal(wired.slice(w.bodyStart), body);
  t.same(parseDateline(`BERLIN / PARIS / ROME – ${body}`).dateline.city, 'Berlin', 'three towns');
  t.same(parseDateline(`PPP/MQM-P: ${body}`).dateline.city, null, 'party initials are no towns');
});

t.test('a label opening a photo caption is no town', async (t) => {
  const captioned = `Wheat prices climb\nHARVEST WOES: Farmers load sacks onto a truck near the market (AFP)\n\nMULTAN: ${body}`;
  t.same(parseDateline(captioned).dateline, { date: null, city: 'Multan', country: 'Pakistan' });
  const bare = `OIL SLUMP: A tanker waits off the coast (Getty Images)\n\n${body}`;
  t.same(parseDateline(bare).dateline.city, null, 'no dateline below the caption');
  t.same(parseDateline(`ZZYZXTOWN: ${body.slice(0, -1)} (in May).\nMore.`).dateline.city, 'Zzyzxtown', 'a full stop ends a sentence');
  t.same(parseDateline(`LAHORE: ${body.slice(0, -1)} (APP)\nMore.`).dateline.city, 'Lahore', 'a known town stays');
});

t.test('press release wires: a state and a country, a name and a date between slashes', async (t) => {
  const ein = `DENVER, CO, UNITED STATES, March 4, 2025 /EINPresswire.com/ -- ${body}`;
  const e = parseDateline(ein);
  t.same(e.dateline, { date: '2025-03-04', city: 'Denver', country: 'United States' });
  t.equal(e.agency, 'EINPresswire.com');
  t.equal(ein.slice(e.bodyStart), body);
  const abroad = parseDateline(`CALGARY, AB, CANADA, June 9, 2024 /EINPresswire.com/ -- ${body}`).dateline;
  t.same(abroad, { date: '2024-06-09', city: 'Calgary', country: 'Canada' }, 'the country after the province');
  const access = `AUSTIN, TX / ACCESSWIRE / April 8, 2024 / ${body}`;
  const a = parseDateline(access);
  t.same(a.dateline, { date: '2024-04-08', city: 'Austin', country: 'United States' });
  t.equal(a.agency, 'ACCESSWIRE', 'the wire is no second town');
  t.equal(access.slice(a.bodyStart), body);
});

t.test("an agency's initials after the date's comma, with no brackets", async (t) => {
  const spa = `Jeddah, March 2, 2024, SPA -- ${body}`;
  const r = parseDateline(spa);
  t.same(r.dateline, { date: '2024-03-02', city: 'Jeddah', country: 'Saudi Arabia' });
  t.equal(r.agency, 'SPA');
  t.equal(spa.slice(r.bodyStart), body);
  const dashed = parseDateline(`Riyadh, October 19, 2023, SPA — ${body}`);
  t.same([dashed.dateline.date, dashed.agency], ['2023-10-19', 'SPA'], 'after a long dash');
  t.equal(parseDateline(`Riyadh, October 19, SPA — ${body}`).agency, 'SPA', 'without a year');
});
