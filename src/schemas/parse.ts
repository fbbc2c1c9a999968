// POST /v1/parse: the engine's ParseResult. Its shape is a contract with the team's scorer (test/corpus/score.mjs).
import { Type, type Static } from '@sinclair/typebox';
import { Dateline, Nullable, StringEnum } from './common.js';

export const ArticleText = Type.String({ description: 'The raw article, dateline included.' });

export const ParseBody = Type.Union([Type.Object({ text: ArticleText }), ArticleText]);

export const Speaker = Type.Object({
  kind: StringEnum(['person', 'organization', 'anonymous']),
  name: Nullable(Type.String()),
  mention: Nullable(Type.String()),
}, { title: 'Speaker' });

export const Quote = Type.Object({
  text: Type.String(),
  type: StringEnum(['direct', 'indirect']),
  start: Type.Integer({ description: 'text === article.slice(start, end)' }),
  end: Type.Integer(),
  cue: Nullable(Type.String()),
  speaker: Nullable(Speaker),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
}, { title: 'Quote' });

export const Official = Type.Object({
  name: Type.String(),
  title: Nullable(Type.String()),
  organization: Nullable(Type.String()),
  country: Nullable(Type.String()),
  aliases: Type.Array(Type.String()),
}, { title: 'Official' });

export const ParseResult = Type.Object({
  parserVersion: Type.String(),
  dateline: Dateline,
  quotes: Type.Array(Quote),
  officials: Type.Array(Official),
}, { title: 'ParseResult' });
export type ParseResult = Static<typeof ParseResult>;
