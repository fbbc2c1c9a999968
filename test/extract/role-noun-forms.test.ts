import t from 'tap';
import { quote, quotesOf, who } from './quote-helpers.js';

t.test('a province opening a capitalised title: the holder of the title without it', async (t) => {
  const cases: [string, string][] = [
    ['Health Minister Kamran Aslam said the hospitals were open.', 'title in the same order'],
    ['Provincial Minister for Health Kamran Aslam said the hospitals were open.', 'title with its portfolio after'],
  ];
  for (const [lede, why] of cases) {
    const qs = quotesOf(`${lede} The Punjab Health Minister said that health came first.`);
    t.equal(who(quote(qs, 'health came')), 'person:Kamran Aslam', why);
  }
});

t.test('a complement placing a role does not make the phrase too long to be a role', async (t) => {
  const before = quotesOf(
    'Interim chief executive Sana Mir said plans might change. The interim chief executive of the North Wales health board admitted waiting times were too long.',
  );
  t.equal(who(quote(before, 'waiting times')), 'person:Sana Mir', 'named before');
  const after = quotesOf(
    'The interim chief executive of the North Wales health board admitted waiting times were too long.\n\nInterim chief executive Sana Mir said plans might change.',
  );
  t.equal(who(quote(after, 'waiting times')), 'person:Sana Mir', 'named in the next paragraph');
  const body = quotesOf(
    'The Port Workers Council said work had stopped. The traffic department of the Chittagong Port Authority said that the yards were full.',
  );
  t.equal(who(quote(body, 'the yards')), 'organization:Chittagong Port Authority', 'a body role keeps its complement');
});

t.test('a name set off after a source in lower case renames it', async (t) => {
  const cases: [string, string, string][] = [
    ['“He regrets it,” said his solicitor, Tom Lloyd.', 'person:Tom Lloyd', 'closing the sentence'],
    ['“He regrets it,” said his lawyer, Tom Lloyd, outside court.', 'person:Tom Lloyd', 'in its own apposition'],
    ['“He regrets it,” said his lawyer, Tom Lloyd and his wife.', 'anonymous', 'one of a list'],
  ];
  for (const [text, want, why] of cases) t.equal(who(quote(quotesOf(text), 'He regrets')), want, why);
});

t.test('a body named by a list of portfolios keeps the list the source phrase lost at a comma', async (t) => {
  const qs = quotesOf(
    'Last year the Roads, Transport and Public Works committee disclosed that only one grader worked. In May, Transport and Public Works officials said that the roads were poor.',
  );
  t.equal(who(quote(qs, 'only one grader')), 'organization:Roads, Transport and Public Works committee');
  const whole = quotesOf('The Transport and Public Works committee said that the roads were poor.');
  t.equal(who(quote(whole, 'the roads')), 'organization:Transport and Public Works committee', 'no list before it');
  t.not(who(quote(qs, 'the roads were')), 'organization:Roads, Transport and Public Works officials', 'no "the" before the list');
});

t.test('a participle the parse hangs on a noun naming no one is the finder source’s', async (t) => {
  const qs = quotesOf(
    'Commissioner Amir Kareem Khan visited the camps. Commissioner Khan said that water level was witnessing decrease in Chenab adding that it has also receded at the bund.',
  );
  t.equal(who(quote(qs, 'it has also')), 'person:Amir Kareem Khan');
});

t.test('a body’s chief is the person the article places at that body, whatever their title', async (t) => {
  const lede =
    'State Bank of Pakistan (SBP) Governor Jameel Ahmed said reserves would rise. Finance Minister Kamran Aslam said taxes would fall.';
  t.equal(
    who(quote(quotesOf(`${lede} “Remittances have increased,” SBP chief said.`), 'Remittances')),
    'person:Jameel Ahmed',
    'bare title',
  );
  t.equal(
    who(quote(quotesOf(`${lede} The SBP chief said that remittances had increased.`), 'remittances')),
    'person:Jameel Ahmed',
    'not the last speaker, placed elsewhere',
  );
  const named = quotesOf(
    'The exchange was visited by State Bank of Pakistan (SBP) Governor Jameel Ahmed. Finance Minister Kamran Aslam said taxes would fall. The SBP chief said that remittances had increased.',
  );
  t.equal(who(quote(named, 'remittances')), 'person:Jameel Ahmed', 'named, never heard from');
});

t.test('a bare title with its portfolio after it is the holder of that portfolio', async (t) => {
  const qs = quotesOf(
    'Secretary Health Tahir Orakzai chaired a meeting. Minister Education Sana Mir said schools would open. Secretary Health said the chief secretary had issued instructions.',
  );
  t.equal(who(quote(qs, 'the chief secretary')), 'person:Tahir Orakzai');
});
