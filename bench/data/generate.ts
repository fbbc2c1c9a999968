// Generated articles for the benchmark database, each with the records the parser would return for it
// (quotes at their exact offsets, officials with title/organisation/country). Generating the records
// directly, instead of parsing, makes a 100k-article database in minutes and independent of engine quality.
import type { Official, ParseResult, Quote } from '../../src/extract/types.js';
import { PARSER_VERSION } from '../../src/extract/version.js';
import { seededRandom } from '../../src/syntax/train/random.js';
import { ANONYMOUS, FIRST_NAMES, OBJECTS, ORGANIZATIONS, PLACES, PREDICATES, SOURCES, SUBJECTS, SURNAMES, TITLES } from './pools.js';

export interface GeneratedArticle {
  text: string;
  externalId: string;
  source: string;
  publishedAt: string;
  result: ParseResult;
}

/** Small seeded PRNG (mulberry32): the same seed gives the same database. */
export const random = seededRandom;

interface Person {
  name: string;
  surname: string;
  title: string;
  organization: string;
  country: string;
}

/** The fixed cast of officials, person i always the same one. */
export function officials(count: number): Person[] {
  const people: Person[] = [];
  for (let i = 0; people.length < count; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    const surname = SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length];
    const round = Math.floor(i / (FIRST_NAMES.length * SURNAMES.length));
    // Past the plain combinations, a middle initial keeps names distinct.
    const name = round === 0 ? `${first} ${surname}` : `${first} ${String.fromCharCode(64 + round)}. ${surname}`;
    people.push({
      name,
      surname,
      title: TITLES[i % TITLES.length],
      organization: ORGANIZATIONS[(i * 7) % ORGANIZATIONS.length],
      country: PLACES[(i * 3) % PLACES.length][1],
    });
  }
  return people;
}

/** Builds an article's text piece by piece and records each quote at the offset where it lands. */
class ArticleText {
  text = '';
  quotes: Quote[] = [];
  add(piece: string): void {
    this.text += piece;
  }
  quote(content: string, type: Quote['type'], cue: string, speaker: Quote['speaker']): void {
    const start = this.text.length;
    this.text += content;
    this.quotes.push({ text: content, type, start, end: this.text.length, cue, speaker, confidence: 0.9 });
  }
}

export function createGenerator(options: { seed: number; officials: number }) {
  const next = random(options.seed);
  const cast = officials(options.officials);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const clause = () => `${pick(SUBJECTS)} ${pick(PREDICATES)} ${pick(OBJECTS)}`;
  const sentence = () => {
    const c = clause();
    return c[0].toUpperCase() + c.slice(1);
  };

  return function generate(index: number): GeneratedArticle {
    const [city, country] = pick(PLACES);
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const people = Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(cast));
    const article = new ArticleText();
    article.add(`date ${day} ${city.toUpperCase()} - ${sentence()}, officials said on Monday.\n\n`);
    for (const person of people) {
      const speaker = { kind: 'person' as const, name: person.name, mention: person.name };
      article.add(`${person.organization} ${person.title} ${person.name} said that `);
      article.quote(clause(), 'indirect', 'said', speaker);
      article.add('. “');
      article.quote(`${sentence()}. ${sentence()}`, 'direct', 'added', { ...speaker, mention: 'he' });
      article.add(',” he added.\n\n');
    }
    const anonymous = pick(ANONYMOUS);
    article.add(`${anonymous[0].toUpperCase()}${anonymous.slice(1)} said `);
    article.quote(clause(), 'indirect', 'said', { kind: 'anonymous', name: null, mention: anonymous });
    article.add(`. ${sentence()}.\n`);

    const named = new Map<string, Official>();
    for (const p of people) {
      named.set(p.name, { name: p.name, title: p.title, organization: p.organization, country: p.country, aliases: [p.surname] });
    }
    return {
      text: article.text,
      externalId: `bench-${index}`,
      source: pick(SOURCES),
      publishedAt: `${day}T08:00:00Z`,
      result: {
        parserVersion: PARSER_VERSION,
        dateline: { date: day, city, country },
        quotes: article.quotes,
        officials: [...named.values()],
      },
    };
  };
}
