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
