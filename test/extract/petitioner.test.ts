import t from 'tap';
import { quote, quotesOf, who } from './quote-helpers.js';

t.test('"the petitioner" is the person a petition is said to be of or moved by', async (t) => {
  const cases: [string, string, string][] = [
    ['The high court heard the petition of Kamran Aslam Advocate on Monday.', 'person:Kamran Aslam', 'petition of X'],
    ['The order came on a petition moved by former Bar Secretary Barrister Kamran Aslam.', 'person:Kamran Aslam', 'moved by a titled X'],
    ['Kamran Aslam filed a writ petition in the high court last week.', 'person:Kamran Aslam', 'X filed a petition'],
    ['The high court heard a petition against the new tax on Monday.', 'anonymous', 'no mover named'],
  ];
  for (const [lede, want, why] of cases) {
    const qs = quotesOf(`${lede} The petitioner said that the tax was unlawful.`);
    t.equal(who(quote(qs, 'the tax was')), want, why);
  }
});

t.test('a described petitioner and the latest mover', async (t) => {
  const qs = quotesOf(
    'Sana Mir filed a petition in March. The court later heard the petition of Kamran Aslam Advocate. The lawyer-petitioner said that the pictures came from a website. The 40-year-old said that the case would resume.',
  );
  t.equal(who(quote(qs, 'the pictures came')), 'person:Kamran Aslam');
  t.equal(who(quote(qs, 'the case would')), 'person:Kamran Aslam');
});
