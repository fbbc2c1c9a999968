// POST /v1/articles/batch: the request forms and the per-line results.
import { Type, type Static } from '@sinclair/typebox';
import { Id, Problem, StringEnum } from '../schemas/common.js';

// Items are not validated as part of the body but one by one, so that a bad one fails alone.
export const BatchBody = Type.Union([Type.Array(Type.Unknown()), Type.Unknown({ description: 'The NDJSON stream.' })], {
  description: 'Each item or line as the body of POST /v1/articles.',
});

export const BatchResult = Type.Object({
  line: Type.Integer({ minimum: 1, description: 'The NDJSON line (or 1-based array index) this result is for.' }),
  status: StringEnum(['created', 'existing', 'failed']),
  id: Type.Optional(Id),
  problem: Type.Optional(Problem),
});
export type BatchResult = Static<typeof BatchResult>;

export const BatchResponse = Type.Object({
  created: Type.Integer(),
  existing: Type.Integer(),
  failed: Type.Integer(),
  results: Type.Array(BatchResult, { description: 'One per input line, in input order (blank lines have none).' }),
});
export type BatchResponse = Static<typeof BatchResponse>;
