// findEntities: every person and organisation the article body names, with each place it is named.
import { parseDateline } from '../dateline/index.js';
import { wordTokens, type Token } from '../document/tokens.js';
import { defaultCountry, homeCountry } from './country.js';
import { findOrganizations } from './organizations.js';
import { findPeople } from './people.js';
import type { Entities } from './types.js';
import { countrySpans } from './words.js';

export type { Entities, Mention, OrganizationEntity, PersonEntity } from './types.js';

/**
 * `datelineCountry` and `tokens` (the body's, from `bodyStart` on): the article document's, which parsed
 * and tokenised the text once; a caller without a document lets them be computed here.
 */
export function findEntities(
  text: string,
  bodyStart: number,
  datelineCountry = parseDateline(text).dateline.country,
  tokens: Token[] = wordTokens(text, bodyStart),
): Entities {
  const countries = countrySpans(tokens);
  const orgs = findOrganizations(text, tokens, countries);
  const bodies = orgs.orgs.flatMap((o) => (o.country ? o.mentions.map(() => o.country!) : []));
  const home = homeCountry(text.slice(0, bodyStart), tokens);
  const people = findPeople(text, tokens, countries, orgs, defaultCountry(countries, datelineCountry, home, bodies, tokens));
  return {
    people,
    organizations: orgs.orgs.map(({ name, aliases, mentions }) => ({
      name,
      aliases,
      mentions: [...mentions].sort((a, b) => a.start - b.start),
    })),
  };
}
