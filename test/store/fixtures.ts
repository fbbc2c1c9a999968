// Hand-made parse results, so store tests do not depend on how good the engine is today.
import type { ParseResult, Quote } from '../../src/extract/types.js';
import type { NewArticle } from '../../src/store/index.js';

export function quote(text: string, speaker: Quote['speaker'], type: Quote['type'] = 'direct'): Quote {
  return { text, type, start: 0, end: text.length, cue: 'said', speaker, confidence: 0.9 };
}

export const person = (name: string, mention = name) => ({ kind: 'person' as const, name, mention });

export function article(text: string, parsed: Partial<ParseResult> = {}, meta: Partial<NewArticle> = {}): NewArticle {
  return {
    text,
    parsed: {
      parserVersion: '0.1.0',
      dateline: { date: null, city: null, country: null },
      quotes: [],
      officials: [],
      ...parsed,
    },
    ...meta,
  };
}

/** The seed article's records as the engine should give them. */
export const patelArticle = article(
  'ISLAMABAD - Patel said the US wanted stable ties. "We engage directly," he added. Masood Khan spoke.',
  {
    dateline: { date: '2023-06-07', city: 'Islamabad', country: 'Pakistan' },
    quotes: [
      quote('the US wanted stable ties', person('Vedant Patel', 'Patel'), 'indirect'),
      quote('We engage directly', person('Vedant Patel', 'he')),
      quote('efforts were afoot', person('Masood Khan'), 'indirect'),
      quote('The relationship is very old', { kind: 'anonymous', name: null, mention: 'one diplomat' }),
    ],
    officials: [
      {
        name: 'Vedant Patel',
        title: 'Principal Deputy Spokesperson',
        organization: 'US State Department',
        country: 'United States',
        aliases: ['Patel', 'Mr Patel'],
      },
      { name: 'Masood Khan', title: 'Ambassador', organization: null, country: 'Pakistan', aliases: ['Khan'] },
    ],
  },
);

/** An official as a parse names it. */
export const official = (name: string, title: string, country: string, aliases: string[] = []) => ({
  name,
  title,
  organization: null,
  country,
  aliases,
});
