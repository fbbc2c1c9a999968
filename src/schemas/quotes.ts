import { Type, type Static } from '@sinclair/typebox';
import { Dateline, Day, Id, Nullable, StringEnum } from './common.js';
import { PageQuery, Page } from './pagination.js';
import { Quote } from './parse.js';

/** A stored quote, carrying what a client needs without fetching its article. */
export const StoredQuote = Type.Composite([
  Type.Object({ id: Id, articleId: Id, ordinal: Type.Integer({ minimum: 0 }) }),
  Quote,
  Type.Object({
    officialId: Nullable(Id),
    date: Nullable(Day),
    dateline: Dateline,
    url: Nullable(Type.String({ description: "The article's url" })),
    source: Nullable(Type.String({ description: "The article's publisher" })),
  }),
]);
export type StoredQuote = Static<typeof StoredQuote>;

export const QuoteFilter = Type.Object({
  speaker: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'A name, any case or honorific; a surname alone when unambiguous.' }),
  ),
  officialId: Type.Optional(Id),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'Words to find in the quote text.' })),
  type: Type.Optional(StringEnum(['direct', 'indirect'])),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  articleId: Type.Optional(Id),
});
export type QuoteFilter = Static<typeof QuoteFilter>;

export const QuoteListQuery = Type.Composite([QuoteFilter, Type.Object(PageQuery)], { additionalProperties: false });
export const QuotePage = Page(StoredQuote);

/** Someone an ambiguous `speaker` may mean: ask again by full name or officialId. */
export const SpeakerCandidate = Type.Object({
  name: Type.String({ description: 'The full name, as a quote gives it' }),
  officialId: Nullable(Id),
  title: Nullable(Type.String()),
  organization: Nullable(Type.String()),
  country: Nullable(Type.String()),
  quoteCount: Type.Integer({ minimum: 1 }),
});
export type SpeakerCandidate = Static<typeof SpeakerCandidate>;

/** 300: a surname several speakers share, with each of them (a problem, RFC 9457, with `candidates`). */
export const AmbiguousSpeaker = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Literal(300),
  detail: Type.String(),
  candidates: Type.Array(SpeakerCandidate),
});
