// Sieves called one by one on a hand-made context, for the cases a whole article rarely reaches.
import t from 'tap';
import { AttributionContext, type Resolution } from '../../src/extract/attribution/context.js';
import { document } from '../../src/extract/attribution/document.js';
import { fallbackName, personalName } from '../../src/extract/attribution/fallback-name.js';
import { namedPerson } from '../../src/extract/attribution/named-person.js';
import { stripHonorifics, trailingName } from '../../src/extract/attribution/names.js';
import { bodyName, organization } from '../../src/extract/attribution/organization.js';
import { pronoun } from '../../src/extract/attribution/pronoun.js';
import { anonymous, pluralGroup, unnamed } from '../../src/extract/attribution/anonymous.js';
import { headOf, lowerWords, type Sieve } from '../../src/extract/attribution/sieve.js';
import type { Entities, PersonEntity } from '../../src/extract/entities/types.js';

const none: Entities = { people: [], organizations: [] };

/** A person entity named at `start` (or nowhere), with aliases. */
function person(name: string, aliases: string[] = [], start = -1): PersonEntity {
  const mentions = start < 0 ? [] : [{ start, end: start + name.length, text: name }];
  return { name, title: null, organization: null, country: null, aliases, official: false, officialBy: null, mentions };
}

/** Runs one sieve on the first occurrence of `phrase` in `text`. */
function run(sieve: Sieve, text: string, phrase: string, ctx = new AttributionContext(text, none)): Resolution | null {
  const start = text.indexOf(phrase);
  return sieve({ start, end: start + phrase.length }, ctx, () => null);
}

t.test('of coordinated names the first is the source, when it is a full name', async (t) => {
  const text = 'Secretary Elementary and Secondary Education Nadia Khan said it.';
  const at = (w: string) => text.indexOf(w);
  const ctx = new AttributionContext(text, {
    people: [person('Elementary', [], at('Elementary')), person('Nadia Khan', [], at('Nadia'))],
    organizations: [],
  });
  t.equal(
    run(namedPerson, text, 'Secretary Elementary and Secondary Education Nadia Khan', ctx)?.speaker.name,
    'Nadia Khan',
    'no one-word first conjunct',
  );
});

t.test('trailing personal name of a capitalised phrase', async (t) => {
  t.equal(trailingName('PCB Chairman Zubair Hassan Qureshi'), 'Zubair Hassan Qureshi');
  t.equal(trailingName("Pakistan's envoy Masood Khan"), 'Masood Khan');
  t.equal(trailingName('UNICEF representative Annelies van der Berg'), 'Annelies van der Berg');
  t.equal(trailingName('NEPRA Waseem Kharal'), 'Waseem Kharal', 'an acronym is the body, not the name');
  t.equal(trailingName('Karachi Chamber President Iftikhar Ahmed Shaikh Junior'), 'Ahmed Shaikh Junior', 'three name words at most');
  t.equal(trailingName('van Rijn'), 'Rijn', 'no name opens with a particle');
  t.equal(trailingName('the minister'), null);
  t.equal(stripHonorifics('Maj Gen (retd) Saqib Rana'), 'Saqib Rana');
  t.equal(stripHonorifics('Mr'), 'Mr', 'a lone word stays');
  t.equal(stripHonorifics('Justice (r) Maqbool Baqar'), 'Maqbool Baqar', 'an office written as an honorific, retired');
  t.equal(stripHonorifics('Begum Nusrat Bhutto'), 'Nusrat Bhutto', 'the same honorific list as the entity finder');
  t.equal(trailingName('its ambassador to Britain'), null, 'a country is no name');
  t.equal(trailingName('envoy Latifa bint Rashid'), 'Latifa bint Rashid', 'the particles of the entity finder');
  t.equal(trailingName('the spirit of the Constitution'), null, 'a personal name takes no article');
  t.equal(trailingName('The Daily Caller'), null);
  t.equal(trailingName('the Dr Nadia Rauf'), 'Nadia Rauf', 'an honorific may follow an article');
});

t.test('body names as the article gives them', async (t) => {
  t.equal(bodyName('the Inter-Services Public Relations (ISPR)'), 'Inter-Services Public Relations');
  t.equal(bodyName('Türkiye’s Ministry of Trade'), 'Ministry of Trade');
  t.equal(bodyName("India's foreign ministry"), "India's foreign ministry");
  t.equal(bodyName('the Taliban-run Ministry of Refugees'), 'Ministry of Refugees');
  t.equal(bodyName('The UN refugee agency UNHCR'), 'UNHCR');
  t.equal(bodyName('Finance Ministry in its monthly economic outlook'), 'Finance Ministry', 'trailing words after the name cut');
  t.equal(bodyName('Indus River System Authority of short-changing the province'), 'Indus River System Authority');
  t.equal(bodyName('Pakistan Federal Union of Journalists in a'), 'Pakistan Federal Union of Journalists');
  t.equal(bodyName('as the provincial government'), 'provincial government');
  t.equal(bodyName('The Foreign Office'), 'Foreign Office');
  t.equal(bodyName('Federal Union of'), 'Federal Union', 'a connector with nothing after it is no part of the name');
});

t.test('organisation sieve: a known body by its alias, a body-looking phrase, not a person', async (t) => {
  const text = 'The central bank said so.';
  const ctx = new AttributionContext(text, {
    people: [],
    organizations: [{ name: 'State Bank of Pakistan', aliases: ['central bank'], mentions: [] }],
  });
  t.equal(run(organization, text, 'central bank', ctx)?.speaker.name, 'State Bank of Pakistan');
  t.equal(run(organization, 'The Foreign Office said.', 'The Foreign Office')?.speaker.name, 'Foreign Office');
  t.equal(run(organization, 'Sher Bahadur said.', 'Sher Bahadur'), null);
  t.equal(run(organization, 'local bank staff said', 'local bank staff'), null, 'a body word inside a lower-case description');
  t.equal(run(organization, 'The ISPR said', 'The ISPR')?.speaker.name, 'ISPR');
  t.equal(run(organization, 'Washington said', 'Washington')?.speaker.name, 'Washington');
  t.equal(run(organization, 'VOA Dari reported', 'VOA Dari')?.speaker.name, 'VOA Dari', 'an outlet’s desk');
  t.equal(run(organization, 'PML-N Sindh said', 'PML-N Sindh')?.speaker.name, 'PML-N Sindh', 'a party’s chapter');
  t.equal(run(organization, 'CM Hamza said', 'CM Hamza'), null, 'a role’s acronym before a name');
  t.equal(run(organization, 'PTI Chairman said', 'PTI Chairman'), null, 'a body’s role');
});

t.test('fallback names: added once, found again, a lone unknown surname kept with low confidence', async (t) => {
  const text = 'Gul Bano Qalandrani said it. Later Gul Bano Qalandrani said more. Okafor said too.';
  const ctx = new AttributionContext(text, none);
  const first = run(personalName, text, 'Gul Bano Qalandrani', ctx);
  t.equal(first?.speaker.name, 'Gul Bano Qalandrani');
  t.equal(run(fallbackName, text, 'Qalandrani', ctx)?.person, first?.person, 'the surname finds the added person');
  const lone = run(fallbackName, text, 'Okafor', ctx);
  t.equal(lone?.speaker.name, 'Okafor');
  t.ok((lone?.confidence ?? 1) < 0.5);
  t.equal(run(personalName, text, 'Okafor', ctx), null, 'one word is not enough before the organisation sieve');
  t.equal(run(personalName, 'The Foreign Office said.', 'The Foreign Office'), null);
});

t.test('document sieve: the body last heard from, else any source, else nothing', async (t) => {
  const text = 'the statement said';
  const ctx = new AttributionContext(text, none);
  t.equal(run(document, text, 'the statement', ctx), null);
  ctx.remember(-1, { speaker: { kind: 'person', name: 'Vedant Patel', mention: null }, confidence: 1 });
  t.equal(run(document, text, 'the statement', ctx)?.speaker.name, 'Vedant Patel');
  ctx.remember(-1, { speaker: { kind: 'organization', name: 'Foreign Office', mention: null }, confidence: 1 });
  t.equal(run(document, text, 'the statement', ctx)?.speaker.name, 'Foreign Office');
  t.equal(run(document, 'the press statement said', 'the press statement', ctx)?.speaker.name, 'Foreign Office');
});

t.test('pronoun sieve: they and it point to bodies or groups', async (t) => {
  const text = 'They said. It said.';
  const ctx = new AttributionContext(text, none);
  ctx.remember(-2, { speaker: { kind: 'anonymous', name: null, mention: 'officials' }, confidence: 1, plural: true });
  ctx.remember(-1, { speaker: { kind: 'person', name: 'Vedant Patel', mention: null }, confidence: 1 });
  t.equal(run(pronoun, text, 'They', ctx)?.speaker.kind, 'anonymous');
  t.equal(run(pronoun, text, 'It', ctx), null);
  ctx.remember(-1, { speaker: { kind: 'organization', name: 'IMF', mention: null }, confidence: 1 });
  t.equal(run(pronoun, text, 'It', ctx)?.speaker.name, 'IMF');
  t.equal(run(pronoun, text, 'They', ctx)?.speaker.name, 'IMF');
});

t.test('named-person sieve: by alias and by surname, not when a surname is shared', async (t) => {
  const text = 'V. Patel said. Patel said. Khan said.';
  const ctx = new AttributionContext(text, {
    people: [person('Vedant Patel', ['V. Patel']), person('Masood Khan', []), person('Imran Khan', [])],
    organizations: [],
  });
  t.equal(run(namedPerson, text, 'V. Patel', ctx)?.speaker.name, 'Vedant Patel');
  t.equal(run(namedPerson, text, 'Patel said', ctx), null, 'the verb is no part of a name');
  t.equal(run(namedPerson, text, 'Patel', ctx)?.speaker.name, 'Vedant Patel');
  t.equal(run(namedPerson, text, 'Khan', ctx), null);
  t.equal(run(namedPerson, text, '.', ctx), null);
});

t.test('named-person sieve guards against entity slips and reads family names first', async (t) => {
  const text = 'Samsung Electronics said. Mr. Kim said. Mr Chen said.';
  const ctx = new AttributionContext(text, {
    people: [person('Samsung Electronics', [], 0), person('Kim', [], text.indexOf('Kim')), person('Kim Jae-joon'), person('Chen Haoran')],
    organizations: [],
  });
  t.equal(run(namedPerson, text, 'Samsung Electronics', ctx), null, 'a company listed as a person is left to the organisation sieve');
  t.equal(run(namedPerson, text, 'Mr. Kim', ctx)?.speaker.name, 'Kim Jae-joon', 'a lone surname entry gives way to the full name');
  t.equal(run(namedPerson, text, 'Mr Chen', ctx)?.speaker.name, 'Chen Haoran');
});

t.test('a lone surname shared by two full names stays as the entity finder gave it', async (t) => {
  const text = 'Khan said.';
  const ctx = new AttributionContext(text, {
    people: [person('Khan', [], 0), person('Masood Khan'), person('Imran Khan')],
    organizations: [],
  });
  t.equal(run(namedPerson, text, 'Khan', ctx)?.speaker.name, 'Khan');
});

t.test('honorifics give a gender that pronouns respect', async (t) => {
  const text = 'She said.';
  const ctx = new AttributionContext(text, {
    people: [person('Sadia Baig', ['Ms Baig']), person('Ali Khan', ['Mr Khan'])],
    organizations: [],
  });
  ctx.remember(-2, { speaker: { kind: 'person', name: 'Sadia Baig', mention: null }, confidence: 1, person: ctx.people[0] });
  ctx.remember(-1, { speaker: { kind: 'person', name: 'Ali Khan', mention: null }, confidence: 1, person: ctx.people[1] });
  t.equal(run(pronoun, text, 'She', ctx)?.speaker.name, 'Sadia Baig');
});

// A noun phrase of punctuation alone reaches the sieves only from odd input (the fast-check tests find it at
// random); pinned here so coverage does not depend on the random seed.
t.test('a noun phrase without words names nobody', async (t) => {
  t.same(lowerWords('— “ ”'), []);
  t.equal(headOf([]), '');
  t.equal(headOf(['officials', 'in', 'kabul']), 'officials');
  t.equal(run(anonymous, 'He said — that was it.', '—'), null);
  t.match(run(anonymous, 'One diplomat said so.', 'One diplomat'), { speaker: { kind: 'anonymous', mention: 'One diplomat' } });
});

t.test('"the official" after an unnamed source with no mention stays unnamed', async (t) => {
  const text = 'It was late. The official said so.';
  const ctx = new AttributionContext(text, none);
  ctx.remember(0, { speaker: { kind: 'anonymous', name: null, mention: null }, confidence: 0.5 });
  t.equal(run(anonymous, text, 'The official', ctx)?.speaker.kind, 'anonymous');
});

t.test('a name after an honorific or a role is a person, whatever body the phrase names', async (t) => {
  t.equal(
    run(personalName, 'Foreign Office Spokesperson Dr Adnan Bashir said', 'Foreign Office Spokesperson Dr Adnan Bashir')?.speaker.kind,
    'person',
  );
  t.equal(
    run(personalName, 'Karachi Port Trust Chairman Sajid Mehmood said', 'Karachi Port Trust Chairman Sajid Mehmood')?.speaker.name,
    'Sajid Mehmood',
  );
  t.equal(run(personalName, 'Director General Health Services said', 'Director General Health Services'), null, 'title words are no name');
  t.equal(run(personalName, 'Karachi Port Trust Ali Khan said', 'Karachi Port Trust Ali Khan'), null, 'a name right after the body');
});

t.test('a definite plural common noun no sieve named is an unnamed group; a capitalised one is not', async (t) => {
  t.match(run(pluralGroup, 'The villagers said so.', 'The villagers'), {
    speaker: { kind: 'anonymous', mention: 'The villagers' },
    plural: true,
  });
  t.equal(run(pluralGroup, 'The Taliban said so.', 'The Taliban'), null);
  t.equal(run(pluralGroup, 'The crowd said so.', 'The crowd'), null);
});

t.test('pronoun sieve: a name fronted before its own pronoun, alone on a hand-made context', async (t) => {
  const text = 'Asked, Ali Khan, he said. on Monday, he said.';
  const ctx = new AttributionContext(text, { people: [person('Ali Khan', [], 7)], organizations: [] });
  t.equal(run(pronoun, text, 'he', ctx)?.speaker.name, 'Ali Khan', 'no quotation around the name');
  t.equal(run(pronoun, text.slice(26), 'he', new AttributionContext(text.slice(26), none)), null, 'a lower-case phrase names no one');
});

t.test('the context knows where each sentence starts', async (t) => {
  const text = 'Prices rose. Who pays? He said so.';
  const ctx = new AttributionContext(text, none);
  t.equal(ctx.sentenceStart(text.indexOf('He') + 1), text.indexOf('He'));
  t.equal(ctx.sentenceStart(text.indexOf('pays')), text.indexOf('Who'));
  t.equal(ctx.sentenceStart(text.indexOf(' Who')), text.indexOf(' Who'), 'between sentences: the offset itself');
});

t.test('last resort: a phrase of common nouns, or a "they" with no one before it, is an unnamed source', async (t) => {
  t.match(run(unnamed, 'The bus conductor said so.', 'The bus conductor'), { speaker: { kind: 'anonymous' }, plural: false });
  t.match(run(unnamed, 'Camp guards on the eastern side said so.', 'Camp guards on the eastern side'), { plural: true });
  t.match(run(unnamed, 'They said so.', 'They'), { speaker: { kind: 'anonymous', mention: 'They' }, plural: true });
  for (const phrase of [
    'He also',
    'Talking to reporters',
    'NDMA chief',
    'The Lagos office',
    'the report',
    'Crowds',
    'The paper',
    'the health ministry',
  ])
    t.equal(run(unnamed, `${phrase} said so.`, phrase), null, phrase);
  // "the chancellor" is the holder the article titles so; with none, an unnamed one
  const text = 'Chancellor Olaf Berg spoke. the chancellor said so.';
  const holder = { ...person('Olaf Berg', [], text.indexOf('Olaf')), title: 'Chancellor' };
  t.equal(run(unnamed, text, 'the chancellor', new AttributionContext(text, { people: [holder], organizations: [] })), null);
  t.match(run(unnamed, 'the chancellor said so.', 'the chancellor'), { speaker: { kind: 'anonymous' } });
});

t.test('initials and a word followed by an office in apposition name its holder, not a body', async (t) => {
  const text = 'Prices will rise, said KM Rahman, acting President of the Dhaka Traders Association.';
  t.equal(run(organization, text, 'KM Rahman'), null);
  t.match(run(organization, 'Prices will rise, said KM Rahman.', 'KM Rahman'), { speaker: { kind: 'organization' } });
  t.match(run(organization, 'Prices will rise, said VOA Pashto, citing officials of the ministry.', 'VOA Pashto'), {
    speaker: { kind: 'organization' },
  });
  const ministry = 'Prices will rise, said the Finance Ministry, the chief of finance.';
  t.match(run(organization, ministry, 'the Finance Ministry'), { speaker: { kind: 'organization' } }, 'a body word stays a body');
});

t.test('fallback names: the head before a complement, one word there only a sentence opener', async (t) => {
  const text = 'Rumours of a rift in the team said nothing. Ayo Bello of Lagos Chamber said it.';
  t.equal(run(fallbackName, text, 'Rumours of a rift in the team'), null);
  t.equal(run(fallbackName, text, 'Ayo Bello of Lagos Chamber')?.speaker.name, 'Ayo Bello');
});

t.test('document sieve: a possessive names the issuer, the words after it describe the document', async (t) => {
  const issuer = (phrase: string) => {
    const text = `${phrase} said`;
    const seen: string[] = [];
    document({ start: 0, end: phrase.length }, new AttributionContext(text, none), (s) => {
      seen.push(text.slice(s.start, s.end));
      return null;
    });
    return seen;
  };
  t.same(issuer('the FEMA’s latest report'), ['FEMA']);
  t.same(issuer("the Treasury's statement"), ['Treasury']);
  t.same(issuer('the Treasury statement'), ['Treasury']);
});

t.test('named-person sieve: a name the finder listed after "the" is a body’s', async (t) => {
  const text = 'The Amber Crescent said.';
  const ctx = new AttributionContext(text, { people: [person('Amber Crescent', [], 4)], organizations: [] });
  t.equal(run(namedPerson, text, 'The Amber Crescent', ctx), null);
  t.equal(run(namedPerson, text, 'Amber Crescent', ctx)?.speaker.name, 'Amber Crescent');
});
