// The source of a reporting verb read from the dependency tree, on sentences of the kinds the issue lists.
import t from 'tap';
import { describesDoer, treeSource } from '../../src/extract/attribution/tree-source.js';
import { type ArticleDocument, buildDocument } from '../../src/extract/document/index.js';
import { parseArticle } from '../../src/extract/index.js';

/** The phrase the tree gives for the first occurrence of `cue` in the text, or null. */
function sourceIn(text: string, cue: string): string | null {
  const doc = buildDocument(text);
  const start = text.indexOf(cue);
  const found = treeSource(doc, { start, end: start + cue.length });
  return found && text.slice(found.start, found.end);
}

t.test('the subject of the verb, without what describes it', async (t) => {
  t.equal(sourceIn('The minister, who spoke in Oslo, said the talks had failed.', 'said'), 'The minister', 'a relative clause is left out');
  t.equal(sourceIn('Berg stood up and said inflation would ease.', 'said'), 'Berg', 'coordinated verbs share the subject');
  t.equal(sourceIn('Officials wanted to say nothing more.', 'say'), 'Officials', 'through a verb it completes');
});

t.test('the agent of a passive, without "by"', async (t) => {
  t.equal(sourceIn('It was stated by the minister that the dam would be finished by June.', 'stated'), 'the minister');
});

t.test('a participle after an object, as the committed model parses it: a statement speaks for its author', async (t) => {
  const text = 'The agency released a statement saying the camps were full.';
  const doc = buildDocument(text);
  const at = text.indexOf('saying');
  t.ok(describesDoer(doc, { start: at, end: at + 6 }));
  t.notOk(describesDoer(doc, { start: text.indexOf('released'), end: text.indexOf('released') + 8 }));
  t.equal(sourceIn(text, 'saying'), 'The agency');
});

/**
 * A document whose every sentence has the given tree, so that both attachments of one sentence can be read:
 * `parse` is one "head deprel" pair a word (heads 1-based, 0 the root), and the upos where it is not NOUN.
 */
function documentWithTree(text: string, parse: string[]): ArticleDocument {
  let end = 0;
  const tokens = text.split(' ').map((word, i) => {
    const start = text.indexOf(word, end);
    end = start + word.length;
    const [head, deprel, upos = 'NOUN'] = parse[i].split(' ');
    return { text: word, start, end, upos, lemma: word, head: Number(head) - 1, deprel };
  });
  return { treeAt: () => ({ start: 0, end: text.length, tokens }) } as unknown as ArticleDocument;
}

t.test('a participle right after an object: the object does the saying, whichever word the parse hangs it on', async (t) => {
  // written words speak for their author, the verb's subject; any other object for itself
  for (const [text, doer] of [
    ['Officials issued a statement saying talks resume', 'Officials'],
    ['Officials quoted a witness saying talks resume', 'a witness'],
  ]) {
    const at = { start: text.indexOf('saying'), end: text.indexOf('saying') + 6 };
    const common = ['2 nsubj', '0 root VERB', '4 det', '2 obj'];
    const onTheNoun = documentWithTree(text, [...common, '4 acl VERB', '7 nsubj', '5 ccomp VERB']);
    const onTheVerb = documentWithTree(text, [...common, '2 advcl VERB', '7 nsubj', '5 ccomp VERB']);
    for (const doc of [onTheNoun, onTheVerb]) {
      t.ok(describesDoer(doc, at));
      const source = treeSource(doc, at)!;
      t.equal(text.slice(source.start, source.end), doer);
    }
  }
  const subjectless = 'Issuing a statement saying talks resume';
  const noSubject = documentWithTree(subjectless, ['0 root VERB', '3 det', '1 obj', '3 acl VERB', '6 nsubj', '4 ccomp VERB']);
  const source = treeSource(noSubject, { start: subjectless.indexOf('saying'), end: subjectless.indexOf('saying') + 6 })!;
  t.equal(subjectless.slice(source.start, source.end), 'a statement', 'no author in the sentence: the document itself');
  const apart = 'Officials issued statements today saying talks resume';
  const notAfterTheObject = documentWithTree(apart, [
    '2 nsubj',
    '0 root VERB',
    '2 obj',
    '2 obl',
    '2 advcl VERB',
    '7 nsubj',
    '5 ccomp VERB',
  ]);
  t.notOk(describesDoer(notAfterTheObject, { start: apart.indexOf('saying'), end: apart.indexOf('saying') + 6 }), 'a word between');
  const intransitive = 'Officials left without saying more';
  const noObject = documentWithTree(intransitive, ['2 nsubj', '0 root VERB', '4 mark', '2 advcl VERB', '4 obj']);
  t.notOk(describesDoer(noObject, { start: intransitive.indexOf('saying'), end: intransitive.indexOf('saying') + 6 }), 'no object');
});

t.test('a participle read as the main verb after a "reduced relative" that has an object: the verb is the clause\'s own', async (t) => {
  const saying = (text: string) => ({ start: text.indexOf('saying'), end: text.indexOf('saying') + 6 });
  // "The ministry [that was] issued a statement" cannot be a reduced passive relative: it has a direct object
  const text = 'The ministry issued a statement saying talks resume';
  const misparsed = documentWithTree(text, ['2 det', '6 nsubj', '2 acl VERB', '5 det', '3 obj', '0 root VERB', '8 nsubj', '6 ccomp VERB']);
  t.ok(describesDoer(misparsed, saying(text)));
  const source = treeSource(misparsed, saying(text))!;
  t.equal(text.slice(source.start, source.end), 'The ministry', 'the subject the parse gave the participle');
  const relative = 'The envoy invited yesterday saying talks resume';
  const noObject = documentWithTree(relative, ['2 det', '5 nsubj', '2 acl VERB', '3 obl', '0 root VERB', '7 nsubj', '5 ccomp VERB']);
  t.notOk(describesDoer(noObject, saying(relative)), 'a true reduced relative: no object');
  const plain = 'Officials saying talks resume';
  t.notOk(describesDoer(documentWithTree(plain, ['2 nsubj', '0 root VERB', '4 nsubj', '2 ccomp VERB']), saying(plain)), 'no relative');
  const bare = 'Saying talks resume';
  t.notOk(describesDoer(documentWithTree(bare, ['0 root VERB', '3 nsubj', '1 ccomp VERB']), saying(bare)), 'no subject');
});

t.test('"The ministry issued a statement saying ...": a quotation of the ministry, however the model attaches it', async (t) => {
  const text = 'KARACHI: Rain flooded the city on Monday.\n\nThe ministry issued a statement saying the talks would resume next week.';
  const quote = parseArticle(text, { explain: true }).quotes.find((q) => q.text.startsWith('the talks'));
  t.equal(quote?.speaker?.mention, 'The ministry');
  t.equal(quote?.provenance?.quote, 'indirect:participle');
});

t.test('a verb the parse conjoins to a name: the name is the doer', async (t) => {
  const text = 'Berg , economist , said prices rise';
  const doc = documentWithTree(text, ['0 root PROPN', '3 punct', '1 appos', '1 punct', '1 conj VERB', '7 nsubj', '5 ccomp VERB']);
  const at = text.indexOf('said');
  t.equal(treeSource(doc, { start: at, end: at + 4 })?.start, 0);
});

t.test('no answer: a noun, a sentence without a subject, text outside every sentence', async (t) => {
  t.equal(sourceIn('The claims were false, he said.', 'claims'), null, '"claims" is a noun here');
  t.equal(sourceIn('Say it again.', 'Say'), null, 'an imperative has no subject');
  t.equal(treeSource(buildDocument('KARACHI - Prices rose.'), { start: 0, end: 7 }), null, 'the dateline is in no sentence');
});

t.test('a statement saying ...: an indirect quotation the comma rule missed', async (t) => {
  const r = parseArticle('GENEVA - The agency released a statement saying the camps were full. It gave no figures.', { explain: true });
  const q = r.quotes.find((x) => x.text.startsWith('the camps were full'));
  t.ok(q, 'found');
  t.equal(q!.cue, 'saying');
  t.match(q!.provenance, { quote: 'indirect:participle', speaker: /^tree > / });
});

t.test('a phrase beside the cue that names no one: the tree subject of the verb speaks', async (t) => {
  const speakerOf = (sentence: string) => {
    const q = parseArticle(`KARACHI: Rain flooded the city on Monday.\n\n${sentence}`, { explain: true }).quotes[0];
    return [q?.speaker?.name ?? null, q?.provenance?.speaker];
  };
  t.same(speakerOf('Jonas Berg, in his speech at the event said the dam would be finished by June.'), [
    'Jonas Berg',
    'tree > named-person',
  ]);
  t.same(
    speakerOf('Jonas Berg while speaking on the occasion said the dam would be finished by June.'),
    ['Jonas Berg', 'text > named-person'],
    'the phrase before a participle aside',
  );
  t.same(
    speakerOf('The dam would be finished by June, the gathering said.'),
    [null, 'text > unnamed'],
    'the tree has the same phrase: an unnamed source',
  );
  t.same(
    speakerOf('According to the gathering, the dam would be finished by June.'),
    [null, 'text > unnamed'],
    'no verb to read: an unnamed source',
  );
});

t.test('an unnamed source is the last resort, and no "he" after it points back to it', async (t) => {
  const quotes = parseArticle(
    'KARACHI: Rain flooded the city on Monday.\n\nJonas Berg opened the dam.\n\nThe bus conductor said the road was shut. He said the dam would hold.',
    { explain: true },
  ).quotes;
  t.match(quotes[0], { speaker: { kind: 'anonymous', mention: 'The bus conductor' }, provenance: { speaker: 'text > unnamed' } });
  t.match(quotes[1], { speaker: { kind: 'person', name: 'Jonas Berg' } });
});

t.test('a relative pronoun as subject stands for the name it describes', async (t) => {
  const said = (text: string, parse: string[]) => {
    const at = text.indexOf('said');
    const found = treeSource(documentWithTree(text, parse), { start: at, end: at + 4 });
    return found && text.slice(found.start, found.end);
  };
  const clause = ['6 nsubj', '4 ccomp VERB'];
  t.equal(said('Berg , who said prices rise', ['0 root PROPN', '4 punct PUNCT', '4 nsubj PRON', '1 acl:relcl VERB', ...clause]), 'Berg');
  const misparsed = ['0 root PROPN', '1 flat PROPN', '5 punct PUNCT', '5 nsubj PRON', '1 parataxis VERB', '7 nsubj', '5 ccomp VERB'];
  t.equal(said('Jonas Berg , who said prices rise', misparsed), 'Jonas Berg', 'a clause the parse left off the name');
  t.equal(said('who said prices rise', ['2 nsubj PRON', '0 root VERB', '4 nsubj', '2 ccomp VERB']), 'who', 'nothing before it');
  const adverb = ['3 advmod ADV', '3 nsubj PRON', '0 root VERB', '5 nsubj', '3 ccomp VERB'];
  t.equal(said('later who said prices rise', adverb), 'who', 'no name before it');
  t.equal(sourceIn('Officials who said prices rise were wrong.', 'said'), 'Officials', 'as the committed model parses it');
});

t.test('a free adjunct in -ing takes its main clause’s subject', async (t) => {
  t.equal(sourceIn('The minister started shouting at them, alleging that one of them had made a gesture.', 'alleging'), 'The minister');
});

t.test('a verb the parse hung on a participle aside made the root takes the aside’s subject', async (t) => {
  t.equal(
    sourceIn('The officials, commenting on the matters raised by the lawyers, stated that the suspect had left.', 'stated'),
    'The officials',
  );
});

t.test('a day the parse hangs on the subject is no part of its name', async (t) => {
  const said = (text: string, parse: string[]) => {
    const source = treeSource(documentWithTree(text, parse), { start: text.indexOf('said'), end: text.indexOf('said') + 4 })!;
    return text.slice(source.start, source.end);
  };
  const rest = ['0 root VERB', '7 nsubj', '5 ccomp VERB'];
  t.equal(said('The bank on Monday said rates rise', ['2 det', '5 nsubj', '4 case ADP', '2 nmod PROPN', ...rest]), 'The bank');
  t.equal(said('The bank of Fiji said rates rise', ['2 det', '5 nsubj', '4 case ADP', '2 nmod PROPN', ...rest]), 'The bank of Fiji');
  t.equal(
    said('The bank Monday said rates rise', ['2 det', '4 nsubj', '2 nmod:tmod PROPN', '0 root VERB', '6 nsubj', '4 ccomp VERB']),
    'The bank',
  );
});

t.test('a participle after an infinitive adjunct takes the main clause’s subject', async (t) => {
  const text = 'The court voted to free Berg , observing that prices rise';
  const parse = ['2 det', '3 nsubj', '0 root VERB', '5 mark PART', '3 advcl VERB', '5 obj PROPN', '8 punct PUNCT', '5 advcl VERB'];
  const clause = ['11 mark SCONJ', '11 nsubj', '8 ccomp VERB'];
  const observing = { start: text.indexOf('observing'), end: text.indexOf('observing') + 9 };
  const source = treeSource(documentWithTree(text, [...parse, ...clause]), observing)!;
  t.equal(text.slice(source.start, source.end), 'The court');
  const unmarked = documentWithTree(text, [...parse.slice(0, 3), '5 case ADP', ...parse.slice(4), ...clause]);
  t.equal(treeSource(unmarked, observing), null, 'no "to": no infinitive to go up from');
  const other = documentWithTree(text.replace(' to ', ' so '), [...parse, ...clause]);
  t.equal(treeSource(other, observing), null, 'another marker: a clause of its own');
});

t.test('a dateline the parse took for the subject gives way to the apposition it hung the subject on', async (t) => {
  const said = (text: string, parse: string[]) => {
    const source = treeSource(documentWithTree(text, parse), { start: text.indexOf('said'), end: text.indexOf('said') + 4 })!;
    return text.slice(source.start, source.end);
  };
  const rest = ['0 root VERB', '7 nsubj', '5 ccomp VERB'];
  t.equal(
    said('QUETTA : Mayor Baloch said rates rise', ['5 nsubj PROPN', '1 punct PUNCT', '4 nmod:desc PROPN', '1 appos PROPN', ...rest]),
    'Mayor Baloch',
  );
  const bare = ['5 nsubj PROPN', '1 punct PUNCT', '4 nmod:desc PROPN', '1 flat PROPN', ...rest];
  t.equal(said('QUETTA : Mayor Baloch said rates rise', bare), 'QUETTA : Mayor Baloch', 'no apposition: the subject stays');
  t.equal(
    said('Quetta : Mayor Baloch said rates rise', ['5 nsubj PROPN', '1 punct PUNCT', '4 nmod:desc PROPN', '1 appos PROPN', ...rest]),
    'Quetta',
    'not in capitals: no dateline',
  );
});
