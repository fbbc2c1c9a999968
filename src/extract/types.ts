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

/** Who speaks, as attribution names it. */
export interface SpeakerName {
  kind: SpeakerKind;
  /** Full name for a person or organisation; null for anonymous sources. */
  name: string | null;
  /** The phrase in the text that names the source at this quote ("he", "Patel", "one diplomat"). */
  mention: string | null;
}

export interface Speaker extends SpeakerName {
  /**
   * Where `mention` is in the article (text.slice(mentionStart, mentionEnd) === mention); null without one.
   * The engine always sets both; they are optional for records made before parser 0.5.0.
   */
  mentionStart?: number | null;
  mentionEnd?: number | null;
}

/** Which pass and which rules decided a quote: present only when asked for (explain). */
export interface QuoteProvenance {
  /** The pass that found the quotation: "direct:cue-before", "indirect:verb:that", "indirect:according"... */
  quote: string;
  /**
   * How the speaker was found: where the source phrase came from ("tree", the reporting verb's subject in the
   * dependency parse; "text", the phrase beside the cue; "previous", no cue, the last speaker; "host", the
   * reported speech around it) and the sieves that named it ("tree > document > named-person"); null with none.
   */
  speaker: string | null;
}

/** Which rule made a person an official: present only when asked for (explain). */
export interface OfficialProvenance {
  official: string;
}

export interface Quote {
  /** Exactly text.slice(start, end) of the posted article. */
  text: string;
  type: QuoteType;
  start: number;
  end: number;
  /** The reporting verb or phrase ("said", "according to"), null when none was found. */
  cue: string | null;
  /** Where `cue` is in the article; null without one (always set by the engine, as the mention's offsets). */
  cueStart?: number | null;
  cueEnd?: number | null;
  /** null only when no source could be found at all. */
  speaker: Speaker | null;
  /** In [0, 1]. */
  confidence: number;
  provenance?: QuoteProvenance;
}

export interface Official {
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  /** Other ways the article names the person: "Patel", "Mr Patel". */
  aliases: string[];
  provenance?: OfficialProvenance;
}

export interface ParseResult {
  parserVersion: string;
  dateline: Dateline;
  quotes: Quote[];
  officials: Official[];
}
