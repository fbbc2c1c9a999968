// Building blocks shared by every route schema.
import { Type, type TSchema } from '@sinclair/typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * One string of a fixed set, as `enum` (a union of literals shows in OpenAPI as an anyOf of one-value enums,
 * which client generators render poorly, and its validation error cannot list the values).
 */
export const StringEnum = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** Database ids: positive integers; anything else in a path or query is a 400. */
export const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

/**
 * An id in a path. Like every integer in a path or query, it must be written in plain digits (the validation
 * plugin turns away 0x10, 1e1, +16, 016 and ' 16' before ajv would coerce them); at most 15 of them, so every
 * accepted id is exact as a JavaScript number.
 */
export const IdParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 999_999_999_999_999, description: 'A positive integer id in decimal digits' }),
});

/** If-Match on a change of an article (lower case: Fastify validates headers by their lower-case names). */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      description:
        'The ETag from GET /v1/articles/{id}, several separated by commas, or *: the change is made only if the article ' +
        'still has one of them (compared weakly, as every ETag here is weak), else 412 and nothing changes',
    }),
  ),
});

/** No stored field holds a NUL: PostgreSQL's text cannot store or compare one. */
export const NO_NUL = '^[^\\u0000]*$';

export const ExternalIdParams = Type.Object({
  externalId: Type.String({ minLength: 1, maxLength: 200, pattern: NO_NUL, description: "The client's own id of the article, as posted" }),
});

/** A calendar day, YYYY-MM-DD (impossible dates such as 2023-02-30 are rejected). */
export const Day = Type.String({ format: 'date' });

/** The `from` and `to` query parameters of a list: an article's date (its dateline's, else publishedAt). */
export const DayRange = {
  from: Type.Optional(Type.String({ format: 'date', description: 'Only articles dated on or after this day (YYYY-MM-DD).' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Only articles dated on or before this day (YYYY-MM-DD).' })),
};

/** application/problem+json (RFC 9457): the body of every error. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
  },
  { additionalProperties: true, title: 'Problem' },
);

interface ProblemResponse {
  description: string;
  headers?: Record<string, TSchema>;
  content: { 'application/problem+json': { schema: typeof Problem } };
}

const problemResponse = (description: string, headers?: Record<string, TSchema>): ProblemResponse => ({
  description,
  ...(headers && { headers }),
  content: { 'application/problem+json': { schema: Problem } },
});

const RETRY_AFTER = { 'retry-after': Type.Integer({ minimum: 0, description: 'Seconds to wait before sending the request again' }) };

// The statuses a client should retry say so, and name the header that says when.
const BY_STATUS: Partial<Record<number, ProblemResponse>> = {
  429: problemResponse('Over the rate limit (a problem, RFC 9457): retry after the seconds in Retry-After', RETRY_AFTER),
  503: problemResponse(
    'Unavailable (a problem, RFC 9457), as when the service sheds load: retry after the seconds in Retry-After',
    RETRY_AFTER,
  ),
};
const ANY_PROBLEM = problemResponse('A problem (RFC 9457)');

/** The problem responses a route can give, for its schema (and so for openapi.yaml). */
export function problems(...statuses: number[]): Record<number, ProblemResponse> {
  return Object.fromEntries(statuses.map((status) => [status, BY_STATUS[status] ?? ANY_PROBLEM]));
}

export const Dateline = Type.Object(
  {
    date: Nullable(Day),
    city: Nullable(Type.String()),
    country: Nullable(Type.String()),
  },
  { title: 'Dateline' },
);
