// Issue 2's acceptance, with the real engine: the seed article stored once, Vedant Patel's quotes found
// by full name and by surname, Masood Khan found with his title and country, a re-post changing nothing.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { testApp } from '../routes/helpers.js';

interface Gold {
  text: string;
  quotes: { text: string; optional?: boolean; speaker: { kind: string; name?: string } }[];
  officials: { name: string; title: string; country: string }[];
}

const seed: Gold = JSON.parse(readFileSync(new URL('../corpus/seed.jsonl', import.meta.url), 'utf8').split('\n')[0]);
const goldQuotesOf = (name: string) =>
  seed.quotes
    .filter((q) => !q.optional && q.speaker.name === name)
    .map((q) => q.text)
    .sort();

t.test('the seed article end to end', async (t) => {
  const app = await testApp(t, { parseWorkers: 0 });
  const post = () => app.inject({ method: 'POST', url: '/v1/articles', payload: seed.text, headers: { 'content-type': 'text/plain' } });
  const first = await post();
  t.equal(first.statusCode, 201);
  const stats = await app.store.stats();
  t.equal(stats.articles, 1);

  const quotesOf = async (speaker: string) =>
    (await app.inject(`/v1/quotes?speaker=${encodeURIComponent(speaker)}`))
      .json()
      .items.map((q: { text: string }) => q.text)
      .sort();
  const patel = await quotesOf('Vedant Patel');
  t.same(patel, goldQuotesOf('Vedant Patel'), "every one of Vedant Patel's quotes, nothing else");
  t.same(await quotesOf('patel'), patel, '?speaker=patel gives the same');

  const [masood, ...others] = (await app.inject('/v1/officials?q=masood')).json().items;
  const gold = seed.officials.find((o) => o.name === 'Masood Khan');
  t.match(masood, { name: 'Masood Khan', title: gold?.title, country: gold?.country });
  t.same(others, []);

  const again = await post();
  t.equal(again.statusCode, 200);
  t.same(again.json(), first.json());
  t.same(await app.store.stats(), stats, 'posting again changes nothing');
});
