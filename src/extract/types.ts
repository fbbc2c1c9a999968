// The engine's public record types. The shape of ParseResult is a contract with
// the team's scorer (test/corpus/score.mjs) and with every client of POST /v1/parse: change it only additively.

export interface Dateline {
  /** ISO YYYY-MM-DD, from the `date` prefix or a dateline date completed with its year; else null. */
  date: string | null;
  /** Dateline city in title case (English exonym), e.g. "Islamabad"; null when the article has none. */
  city: string | null;
  /** Country of the city in English exonym, e.g. "Pakistan", "United States". */
  country: string | null;
}

export type QuoteType = 'direct' | 'indirect';
export type SpeakerKind = 'person' | 'organization' | 'anonymous';

export interface Speaker {
  kind: SpeakerKind;
  /** Full name for a person or organisation; null for anonymous sources. */
  name: string | null;
  /** The phrase in the text that names the source at this quote ("he", "Patel", "one diplomat"). */
  mention: string | null;
}

export interface Quote {
  /** Exactly text.slice(start, end) of the posted article. */
  text: string;
  type: QuoteType;
  start: number;
  end: number;
  /** The reporting verb or phrase ("said", "according to"), null when none was found. */
  cue: string | null;
  /** null only when no source could be found at all. */
  speaker: Speaker | null;
  /** In [0, 1]. */
  confidence: number;
}

export interface Official {
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  /** Other ways the article names the person: "Patel", "Mr Patel". */
  aliases: string[];
}

export interface ParseResult {
  parserVersion: string;
  dateline: Dateline;
  quotes: Quote[];
  officials: Official[];
}
