// GET ?explain=true on stored articles and quotes: the provenance each quote was stored with.
import t from 'tap';
import { article, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';
import { eachStore } from '../support/stores.js';

const TEXT = 'ISLAMABAD - Interior Minister Omar Latif said the border would reopen. "We are ready," he added.';

eachStore(t, 'stored quotes keep the provenance of the parse that stored them', async (t, store) => {
  const app = await testApp(t, store);
  const posted = (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: TEXT } })).json();
  t.notOk('provenance' in posted.quotes[0], 'the answer to a post explains nothing');

  const explained = (await app.inject(`/v1/articles/${posted.id}?explain=true`)).json();
  t.same(
    explained.quotes.map((q: { provenance: unknown }) => q.provenance),
    [
      { quote: 'indirect:verb', speaker: 'text > named-person' },
      { quote: 'direct:cue-after', speaker: 'text > pronoun' },
    ],
    'as POST /v1/parse?explain=true gives them',
  );
  const plain = await app.inject(`/v1/articles/${posted.id}`);
  t.notOk('provenance' in plain.json().quotes[0], 'absent unless asked for');
  t.equal(
    (await app.inject(`/v1/articles/${posted.id}?explain=true`)).headers.etag,
    plain.headers.etag,
    'one ETag: If-Match works either way',
  );

  const one = (await app.inject(`/v1/quotes/${posted.quotes[1].id}?explain=true`)).json();
  t.same(one.provenance, { quote: 'direct:cue-after', speaker: 'text > pronoun' });
  t.notOk('provenance' in (await app.inject(`/v1/quotes/${posted.quotes[1].id}`)).json());
  t.equal((await app.inject(`/v1/quotes/${posted.quotes[1].id}?explain=maybe`)).statusCode, 400);
  t.equal((await app.inject(`/v1/articles/${posted.id}?explain=1&more=2`)).statusCode, 400, 'no other parameter');

  // Quotes stored without provenance (before the migration, or by a parser that gave none) stay as they are.
  const bare = article('Nadia Aslam spoke.', { quotes: [quote('prices will fall', person('Nadia Aslam'))] });
  fakeParser(app, () => bare.parsed);
  const old = (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: bare.text } })).json();
  const oldExplained = (await app.inject(`/v1/articles/${old.id}?explain=true`)).json();
  t.notOk('provenance' in oldExplained.quotes[0]);
  const empty = article('Nothing said here.', { quotes: [] });
  fakeParser(app, () => empty.parsed);
  const none = (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: empty.text } })).json();
  t.same((await app.inject(`/v1/articles/${none.id}?explain=true`)).json().quotes, []);
});
