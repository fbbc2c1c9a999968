// findEntities: every person and organisation the article body names, with each place it is named.
import { parseDateline } from '../dateline/index.js';
import { wordTokens, type Token } from '../document/tokens.js';
import { defaultCountry, homeCountry } from './country.js';
import { findOrganizations } from './organizations.js';
import { findPeople } from './people.js';
import type { Entities } from './types.js';
import { countrySpans } from './words.js';

export type { Entities, Mention, OrganizationEntity, PersonEntity } from './types.js';

/** What the entity passes read of the dateline: its country and its agency. */
export interface DatelineFacts {
  country: string | null;
  agency: string | null;
}

/**
 * `dateline` and `tokens` (the body's, from `bodyStart` on): the article document's, which parsed the
 * dateline and tokenised the text once; a caller without a document lets them be computed here.
 */
export function findEntities(
  text: string,
  bodyStart: number,
  dateline: DatelineFacts = datelineFacts(text),
  tokens: Token[] = wordTokens(text, bodyStart),
): Entities {
  const countries = countrySpans(tokens);
  const orgs = findOrganizations(text, tokens, countries);
  const bodies = orgs.orgs.flatMap((o) => (o.country ? o.mentions.map(() => o.country!) : []));
  const home = homeCountry(dateline.agency, tokens);
  const people = findPeople(text, tokens, countries, orgs, defaultCountry(countries, dateline.country, home, bodies, tokens));
  return {
    people,
    organizations: orgs.orgs.map(({ name, aliases, mentions }) => ({
      name,
      aliases,
      mentions: [...mentions].sort((a, b) => a.start - b.start),
    })),
  };
}

function datelineFacts(text: string): DatelineFacts {
  const { dateline, agency } = parseDateline(text);
  return { country: dateline.country, agency };
}
