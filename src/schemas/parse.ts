// POST /v1/parse: the engine's ParseResult. Its shape is a contract with the team's scorer (test/corpus/score.mjs).
import { Type, type Static } from '@sinclair/typebox';
import { Dateline, Nullable, StringEnum } from './common.js';

export const ArticleText = Type.String({ description: 'The raw article, dateline included.' });

export const ParseBody = Type.Union([Type.Object({ text: ArticleText }), ArticleText]);

export const ParseQuery = Type.Object(
  {
    explain: Type.Optional(
      Type.Boolean({ default: false, description: 'Add `provenance` to each quote and official: the passes and rules that decided it.' }),
    ),
  },
  { additionalProperties: false },
);

// Optional in the schema as in the engine's types (records made before parser 0.5.0 lack them); always sent.
const Offset = (description: string) => Type.Optional(Nullable(Type.Integer({ minimum: 0, description })));

export const Speaker = Type.Object(
  {
    kind: StringEnum(['person', 'organization', 'anonymous']),
    name: Nullable(Type.String()),
    mention: Nullable(Type.String()),
    mentionStart: Offset(
      'article.slice(mentionStart, mentionEnd) === mention; null without a mention (or stored by a parser before 0.5.0)',
    ),
    mentionEnd: Offset('End of the mention'),
  },
  { title: 'Speaker' },
);

export const QuoteProvenance = Type.Object(
  {
    quote: Type.String({
      description: 'The pass that found the quotation: "direct:cue-before", "indirect:verb:that", "indirect:according"...',
    }),
    speaker: Nullable(
      Type.String({
        description:
          'Where the source phrase came from ("text" beside the cue, "tree" the verb\'s subject in the parse, "previous" speaker, "host" quotation) and the sieves that named it: "text > document > named-person"',
      }),
    ),
  },
  { description: 'Only with ?explain=true' },
);

export const Quote = Type.Object(
  {
    text: Type.String(),
    type: StringEnum(['direct', 'indirect']),
    start: Type.Integer({ description: 'text === article.slice(start, end)' }),
    end: Type.Integer(),
    cue: Nullable(Type.String()),
    cueStart: Offset('article.slice(cueStart, cueEnd) === cue; null without a cue (or stored by a parser before 0.5.0)'),
    cueEnd: Offset('End of the cue'),
    speaker: Nullable(Speaker),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { title: 'Quote' },
);

/** A quote as POST /v1/parse gives it: with `provenance` when asked to explain. */
export const ParsedQuote = Type.Composite([Quote, Type.Object({ provenance: Type.Optional(QuoteProvenance) })]);

export const Official = Type.Object(
  {
    name: Type.String(),
    title: Nullable(Type.String()),
    organization: Nullable(Type.String()),
    country: Nullable(Type.String()),
    aliases: Type.Array(Type.String()),
    provenance: Type.Optional(
      Type.Object(
        {
          official: Type.String({
            description: 'The rule that made the person an official: "entities:title", "entities:body-possessive"...',
          }),
        },
        { description: 'Only with ?explain=true' },
      ),
    ),
  },
  { title: 'Official' },
);

export const ParseResult = Type.Object(
  {
    parserVersion: Type.String(),
    dateline: Dateline,
    quotes: Type.Array(ParsedQuote),
    officials: Type.Array(Official),
  },
  { title: 'ParseResult' },
);
export type ParseResult = Static<typeof ParseResult>;
