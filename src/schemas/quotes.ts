import { CloneType, Type, type Static } from '@sinclair/typebox';
import { Dateline, Day, DayRange, Id, Nullable, StringEnum } from './common.js';
import { PageQuery, Page } from './pagination.js';
import { Quote, QuoteProvenance } from './parse.js';

/** A stored quote, carrying what a client needs without fetching its article. */
export const StoredQuote = Type.Composite(
  [
    Type.Object({ id: Id, articleId: Id, ordinal: Type.Integer({ minimum: 0 }) }),
    Quote,
    Type.Object({
      officialId: Nullable(Id),
      date: Nullable(Day),
      dateline: Dateline,
      url: Nullable(Type.String({ description: "The article's url" })),
      source: Nullable(Type.String({ description: "The article's publisher" })),
      provenance: Type.Optional(
        CloneType(QuoteProvenance, {
          description: 'Only with ?explain=true, and only for quotes stored with it (parsed since migration 016).',
        }),
      ),
    }),
  ],
  { title: 'StoredQuote' },
);
export type StoredQuote = Static<typeof StoredQuote>;

const FUEL_QUOTE: StoredQuote = {
  id: 1041,
  articleId: 87,
  ordinal: 0,
  text: 'We will not raise fuel prices this month',
  type: 'direct',
  start: 31,
  end: 71,
  cue: 'said',
  speaker: { kind: 'person', name: 'Ayesha Malik', mention: 'Ayesha Malik' },
  confidence: 0.93,
  officialId: 12,
  date: '2024-03-02',
  dateline: { date: '2024-03-02', city: 'Karachi', country: 'Pakistan' },
  url: 'https://news.example.com/2024/03/02/fuel',
  source: 'Example News',
};

/** Quotes as a client gets them, for the OpenAPI document (the OpenAPI test checks they match the schema). */
export const STORED_QUOTE_EXAMPLES: StoredQuote[] = [
  FUEL_QUOTE,
  {
    ...FUEL_QUOTE,
    id: 1042,
    ordinal: 1,
    text: 'the subsidy would be reviewed in April',
    type: 'indirect',
    start: 102,
    end: 140,
    cue: 'added',
    speaker: { kind: 'person', name: 'Ayesha Malik', mention: 'she' },
    confidence: 0.81,
  },
];

export const QuoteFilter = Type.Object({
  speaker: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'A name, any case or honorific; a surname alone when unambiguous.' }),
  ),
  officialId: Type.Optional(Type.Integer({ ...Id, description: 'Quotes of this official (GET /v1/officials).' })),
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 500,
      description:
        'Words to find in the quote text. A new quote is found about a second after it is stored: the full-text index takes new text in bulk (`FULL_TEXT_DELAY_MS`).',
    }),
  ),
  type: Type.Optional(StringEnum(['direct', 'indirect'], { description: 'direct: in quotation marks; indirect: reported speech.' })),
  ...DayRange,
  articleId: Type.Optional(Type.Integer({ ...Id, description: 'Quotes of this article, in the order they appear in it.' })),
});
export type QuoteFilter = Static<typeof QuoteFilter>;

/** GET of one article or quote: ?explain=true adds each quote's stored provenance. */
export const ExplainQuery = Type.Object(
  {
    explain: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'Add `provenance` to each quote: the passes and rules that decided it, as POST /v1/parse gives it.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** An official's quotes counted per month of their article's date (GET /v1/officials/{id}/quotes-per-month). */
export const QuoteMonths = Type.Object(
  {
    months: Type.Array(
      Type.Object({
        month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$', description: 'YYYY-MM' }),
        count: Type.Integer({ minimum: 1 }),
      }),
      { description: 'Each month with at least one quote, oldest first.' },
    ),
    undated: Type.Integer({ minimum: 0, description: 'Quotes of articles without a date, in no month.' }),
  },
  { title: 'QuoteMonths' },
);
export type QuoteMonths = Static<typeof QuoteMonths>;

export const QuoteMonthsQuery = Type.Pick(QuoteFilter, ['type', 'from', 'to'], { additionalProperties: false });

/** The change feed: quotes in the order they were stored, after a point a client has reached. */
const FeedQuery = {
  since: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
      description:
        'Change feed: the quotes stored after this point, oldest first (0: from the start); pass the previous ' +
        "answer's nextSince. A PUT or re-parse stores an article's quotes again under new ids, so they come again.",
    }),
  ),
};

export const QuoteListQuery = Type.Composite([QuoteFilter, Type.Object({ ...PageQuery, ...FeedQuery })], {
  additionalProperties: false,
});
export const QuotePage = Type.Composite(
  [
    Page(StoredQuote, {
      nextSince: Type.Optional(
        Type.Integer({ minimum: 0, description: 'With since: pass as since to get the quotes stored after this page.' }),
      ),
    }),
  ],
  { title: 'QuotePage' },
);

/** Someone an ambiguous `speaker` may mean: ask again by full name or officialId. */
export const SpeakerCandidate = Type.Object(
  {
    name: Type.String({ description: 'The full name, as a quote gives it' }),
    officialId: Nullable(Id),
    title: Nullable(Type.String()),
    organization: Nullable(Type.String()),
    country: Nullable(Type.String()),
    quoteCount: Type.Integer({ minimum: 1 }),
  },
  { title: 'SpeakerCandidate' },
);
export type SpeakerCandidate = Static<typeof SpeakerCandidate>;

/** 300: a surname several speakers share, with each of them (a problem, RFC 9457, with `candidates`). */
export const AmbiguousSpeaker = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Literal(300),
    detail: Type.String(),
    candidates: Type.Array(SpeakerCandidate),
  },
  { title: 'AmbiguousSpeaker' },
);
