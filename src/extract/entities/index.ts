// findEntities: every person and organisation the article body names, with each place it is named.
import { parseDateline } from '../dateline/index.js';
import { buildDocument, type ArticleDocument } from '../document/index.js';
import { wordTokens, type Token } from '../document/tokens.js';
import { defaultCountry, homeCountry } from './country.js';
import { findOrganizations } from './organizations.js';
import { findPeople } from './people/index.js';
import type { Entities, VerbAt } from './types.js';
import { countrySpans, georgiaIsState } from './words.js';

export type { Entities, Mention, OrganizationEntity, PersonEntity, VerbAt } from './types.js';

const MODIFIER_BEFORE = new Set(['DET', 'ADJ', 'PART', 'PRON']);

/**
 * The document's tags as a VerbAt: a sentence is tagged (not parsed: a fraction of the cost) only when a
 * title's words need it. A verb tag between a determiner, adjective or possessive and a noun ("the ousted
 * regime", "Taliban's ousted regime") is a participle modifying the noun, no verb.
 */
export const verbsOf =
  (doc: ArticleDocument): VerbAt =>
  (offset) => {
    const tags = doc.tagsAt(offset) ?? [];
    const i = tags.findIndex((t) => t.start === offset);
    if (i < 0 || tags[i].upos !== 'VERB') return false;
    return !(tags[i + 1]?.upos === 'NOUN' && MODIFIER_BEFORE.has(tags[i - 1]?.upos ?? ''));
  };

/** What the entity passes read of the dateline: its country and its agency. */
export interface DatelineFacts {
  country: string | null;
  agency: string | null;
}

/**
 * `dateline`, `tokens` (the body's, from `bodyStart` on) and `verbAt`: the article document's, which parsed
 * the dateline, tokenised the text and tags its sentences once; a caller without a document lets them be
 * computed here.
 */
export function findEntities(
  text: string,
  bodyStart: number,
  dateline: DatelineFacts = datelineFacts(text),
  tokens: Token[] = wordTokens(text, bodyStart),
  verbAt: VerbAt = verbsOf(buildDocument(text)),
): Entities {
  const georgiaState = georgiaIsState(tokens);
  const countries = countrySpans(tokens, georgiaState);
  const orgs = findOrganizations(text, tokens, countries);
  // ... and the US press's party tags ("Sen. X, D-Del.") say the story is American as a body's name would
  const bodies = [
    ...orgs.orgs.flatMap((o) => (o.country ? o.mentions.map(() => o.country!) : [])),
    ...(georgiaState ? ['United States'] : []),
  ];
  const home = homeCountry(dateline.agency, tokens);
  const people = findPeople(text, tokens, countries, orgs, defaultCountry(countries, dateline.country, home, bodies, tokens), verbAt);
  return {
    // a title's own words read Georgia as the country ("Georgia Secretary of State")
    people: georgiaState ? people.map((p) => (p.country === 'Georgia' ? { ...p, country: 'United States' } : p)) : people,
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
