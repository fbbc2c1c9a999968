// Stored quotes keep where their cue and their speaker's mention are (migration 010); quotes stored without
// them (by a parser before 0.5.0) read back null.
import t from 'tap';
import { article, person, quote } from '../store/fixtures.js';
import { fakeParser, testApp } from './helpers.js';
import { eachStore } from '../support/stores.js';

eachStore(t, "a posted article's quotes come back with cue and mention offsets", async (t, store) => {
  const app = await testApp(t, store);
  const text = 'LAHORE - Provincial health secretary Amna Rauf said the clinics would stay open. "We have the staff," she added.';
  const posted = await app.inject({ method: 'POST', url: '/v1/articles', payload: { text } });
  t.equal(posted.statusCode, 201);
  const { quotes } = posted.json();
  t.equal(quotes.length, 2);
  for (const listed of [quotes, (await app.inject(`/v1/quotes?articleId=${posted.json().id}`)).json().items]) {
    for (const q of listed) {
      t.equal(text.slice(q.cueStart, q.cueEnd), q.cue);
      t.equal(text.slice(q.speaker.mentionStart, q.speaker.mentionEnd), q.speaker.mention);
    }
  }
  t.equal(quotes[1].speaker.mention, 'she');
});

eachStore(t, 'quotes stored without offsets read back null', async (t, store) => {
  const app = await testApp(t, store);
  const old = article('Imran Khan spoke.', { quotes: [quote('we will win', person('Imran Khan', 'Khan'))] });
  fakeParser(app, () => old.parsed);
  const posted = (await app.inject({ method: 'POST', url: '/v1/articles', payload: { text: old.text } })).json();
  t.match(posted.quotes[0], { cueStart: null, cueEnd: null, speaker: { mentionStart: null, mentionEnd: null } });
});
