// What the entity finder hands to quote attribution: every person and organisation the article
// names, with each place it is named, so that surnames, "Mr Khan" and role nouns can be resolved.

export interface Mention {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
}

export interface PersonEntity {
  /** Full name as the article first gives it, without honorific or title: "Vedant Patel". */
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  /** Other forms used in the article: "Patel", "Mr Patel". */
  aliases: string[];
  /** Holds an office or professional role (reported in `officials`); private people are false. */
  official: boolean;
  /** The rule that made the person an official (provenance): "title", "party-before", "party-after", "body-possessive", "shared-title", "later-title". */
  officialBy: string | null;
  /** Every place the person is named, by full name, alias or title-plus-name, in text order. */
  mentions: Mention[];
}

export interface OrganizationEntity {
  /** Fullest name the article gives: "Foreign Office", "National Electric Power Regulatory Authority". */
  name: string;
  /** Short forms: acronyms in parentheses ("NEPRA"), "FO". */
  aliases: string[];
  mentions: Mention[];
}

export interface Entities {
  people: PersonEntity[];
  organizations: OrganizationEntity[];
}

/** Whether the word starting at an offset is a verb, by the tags of its sentence. */
export type VerbAt = (offset: number) => boolean;
