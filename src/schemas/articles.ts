import { Type, type Static } from '@sinclair/typebox';
import { Dateline, Day, DayRange, Id, NO_NUL, Nullable } from './common.js';
import { PageQuery, Page } from './pagination.js';
import { ArticleText } from './parse.js';
import { ArticleOfficial } from './officials.js';
import { StoredQuote } from './quotes.js';

const Timestamp = Type.String({ format: 'date-time' });

export const ArticleMeta = Type.Object({
  // http and https only: a javascript: or data: URL would be served back to whoever displays the article.
  url: Type.Optional(
    Type.String({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', maxLength: 2048, description: 'An http or https URL' }),
  ),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: NO_NUL, description: 'The publisher.' })),
  publishedAt: Type.Optional(Type.Union([Day, Timestamp])),
  externalId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: NO_NUL,
      description: 'Your id for the article: posting it again with the same text is a no-op, with another text a 409.',
    }),
  ),
});
export type ArticleMeta = Static<typeof ArticleMeta>;

export const ArticleBody = Type.Union([
  Type.Composite([Type.Object({ text: ArticleText }), ArticleMeta], { additionalProperties: false }),
  ArticleText,
]);
export type ArticleBody = Static<typeof ArticleBody>;

export const ArticleSummary = Type.Object(
  {
    id: Id,
    externalId: Nullable(Type.String()),
    url: Nullable(Type.String()),
    source: Nullable(Type.String()),
    publishedAt: Nullable(Type.String()),
    date: Nullable(Day),
    dateline: Dateline,
    parserVersion: Type.String(),
    createdAt: Timestamp,
  },
  { title: 'ArticleSummary' },
);
export type ArticleSummary = Static<typeof ArticleSummary>;

/** An article as the list gives it, for the OpenAPI document (the OpenAPI test checks it matches the schema). */
export const ARTICLE_SUMMARY_EXAMPLES: ArticleSummary[] = [
  {
    id: 87,
    externalId: 'example-news-20240302-fuel',
    url: 'https://news.example.com/2024/03/02/fuel',
    source: 'Example News',
    publishedAt: '2024-03-02',
    date: '2024-03-02',
    dateline: { date: '2024-03-02', city: 'Karachi', country: 'Pakistan' },
    parserVersion: '0.4.0',
    createdAt: '2024-03-02T09:15:00.000Z',
  },
];

export const Article = Type.Composite(
  [
    ArticleSummary,
    Type.Object({
      text: Type.String(),
      quotes: Type.Array(StoredQuote),
      officials: Type.Array(ArticleOfficial),
    }),
  ],
  { title: 'Article' },
);
export type Article = Static<typeof Article>;

export const ArticleFilter = Type.Object({
  ...DayRange,
  city: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "The dateline's city, any case." })),
  country: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: "The dateline's country, any case." })),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The publisher, any case.' })),
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 500,
      description:
        'Words to find in the article text. A new article is found about a second after it is stored: the full-text index takes new text in bulk (`FULL_TEXT_DELAY_MS`).',
    }),
  ),
});
export type ArticleFilter = Static<typeof ArticleFilter>;

export const ArticleListQuery = Type.Composite([ArticleFilter, Type.Object(PageQuery)], {
  additionalProperties: false,
});
export const ArticlePage = Type.Composite([Page(ArticleSummary)], { title: 'ArticlePage' });
