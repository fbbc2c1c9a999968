import { Type, type Static } from '@sinclair/typebox';
import { Day, Id, Nullable } from './common.js';
import { PageQuery, Page } from './pagination.js';

const Role = {
  title: Nullable(Type.String()),
  organization: Nullable(Type.String()),
  country: Nullable(Type.String()),
};

/** An official as one record across articles; title, organisation and country from the latest role. */
export const OfficialSummary = Type.Object(
  {
    id: Id,
    name: Type.String(),
    aliases: Type.Array(Type.String()),
    ...Role,
  },
  { title: 'OfficialSummary' },
);
export type OfficialSummary = Static<typeof OfficialSummary>;

export const OfficialRole = Type.Object({ articleId: Id, date: Nullable(Day), ...Role }, { title: 'OfficialRole' });

export const OfficialDetail = Type.Composite(
  [
    OfficialSummary,
    Type.Object({
      roles: Type.Array(OfficialRole, { description: 'Every title, organisation and country seen, with its article.' }),
      quoteCount: Type.Integer({ minimum: 0 }),
    }),
  ],
  { title: 'OfficialDetail' },
);
export type OfficialDetail = Static<typeof OfficialDetail>;

/** An official as one article names them: the role is the one that article gives. */
export const ArticleOfficial = OfficialSummary;

export const OfficialFilter = Type.Object({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words of a name or alias.' })),
  country: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Officials ever seen with this country, any case.' })),
  organization: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Officials ever seen with this organisation, any case.' }),
  ),
});
export type OfficialFilter = Static<typeof OfficialFilter>;

export const OfficialListQuery = Type.Composite([OfficialFilter, Type.Object(PageQuery)], {
  additionalProperties: false,
});
export const OfficialPage = Type.Composite([Page(OfficialSummary)], { title: 'OfficialPage' });
