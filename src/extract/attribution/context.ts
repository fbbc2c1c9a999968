// What attribution knows while it walks an article in order: the people and bodies the entity finder
// found, and the sources named so far (the history pronouns and role nouns point back into).
import { LINK_LABELS } from '../lexicons/documents.js';
import type { Entities } from '../entities/types.js';
import { FEMININE_HONORIFICS, MASCULINE_HONORIFICS } from '../lexicons/honorifics.js';
import { firstAtOrAfter } from '../text/search.js';
import { paragraphs, sentences as splitSentences, type Span } from '../text/segment.js';
import type { SpeakerName as Speaker } from '../types.js';

export type Gender = 'masculine' | 'feminine' | null;

export interface KnownPerson {
  name: string;
  title: string | null;
  /** The body and the country the entity finder gave the person, for "the PSB official", "the French diplomat". */
  organization: string | null;
  country: string | null;
  /** Lower-cased name words; the last is the surname. */
  parts: string[];
  aliases: string[];
  /** Where the person is named, in text order (the first is where the article introduces them); never empty. */
  mentions: Span[];
  gender: Gender;
}

export interface KnownBody {
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface Recalled {
  at: number;
  speaker: Speaker;
  /** Where the speaker's mention is, and the sieves that named it (provenance). */
  mentionAt: Span | null;
  by: string;
  plural: boolean;
  person: KnownPerson | null;
  /** A quotation's source, not the subject of a sentence that reports no speech. */
  spoke: boolean;
}

export interface Resolution {
  speaker: Speaker;
  confidence: number;
  /** Set by the sieve runner: where the mention is, and which sieves named the speaker. */
  mentionAt?: Span | null;
  by?: string;
  plural?: boolean;
  person?: KnownPerson | null;
}

const RECALL_DEPTH = 40;
/** A line linking to another story, up to its label's colon: "READ MORE: ...". */
const LINK_LINE = new RegExp(`^[^\\S\\n]*(?:${LINK_LABELS.join('|')})[^\\S\\n]*:`, 'gim');

/** "Mr Khan" is a man, "Ms Baig" a woman: the honorifics the article uses for a person. */
function genderOf(forms: string[]): Gender {
  const firstWords = forms.map((f) => f.split(/[\s.]/)[0].toLowerCase());
  if (firstWords.some((w) => MASCULINE_HONORIFICS.has(w))) return 'masculine';
  if (firstWords.some((w) => FEMININE_HONORIFICS.has(w))) return 'feminine';
  return null;
}

const nameParts = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);

/** Of `people`, the one named last before the offset; none if none is named before it. */
export function lastNamedBefore(people: KnownPerson[], at: number): KnownPerson | undefined {
  let best: KnownPerson | undefined;
  let bestAt = -1;
  for (const p of people) {
    const last = Math.max(-1, ...p.mentions.filter((m) => m.start < at).map((m) => m.start));
    if (last > bestAt) [best, bestAt] = [p, last];
  }
  return best;
}

export class AttributionContext {
  readonly people: KnownPerson[];
  readonly bodies: KnownBody[];
  readonly history: Recalled[] = [];
  /**
   * Names that only a quotation's source gives, the entity finder not listing them ("Addressing a seminar in
   * Quetta, Zahid Baloch said"), with the source phrase: a lede's role may be identified by one of them.
   */
  sourceNames: { name: string; at: Span }[] = [];
  /**
   * Is a mention inside what a source says (a quotation's content, not its source phrase)? A person named
   * only there is spoken of, not one who speaks: "X said Y had failed" makes Y no holder of X's role noun.
   */
  spokenOf: (mention: Span) => boolean = () => false;
  /** Every person mention, by start offset. */
  private readonly mentionIndex: { start: number; end: number; person: KnownPerson }[];
  /** Lines linking to another story, from their label's colon to the line's end; found once, as a line may be the whole text. */
  private readonly linkLines: Span[];

  /**
   * `sentences`: the article's (the document's index, in text order); a caller without a document lets them be
   * found here.
   */
  constructor(
    readonly text: string,
    entities: Entities,
    private readonly sentences: readonly Span[] = splitSentences(text, paragraphs(text, 0), []),
  ) {
    this.people = entities.people.map((p) => ({
      name: p.name,
      title: p.title,
      organization: p.organization,
      country: p.country,
      parts: nameParts(p.name),
      aliases: p.aliases,
      mentions: p.mentions,
      gender: genderOf([...p.aliases, ...p.mentions.map((m) => m.text)]),
    }));
    this.bodies = entities.organizations.map((o) => ({ name: o.name, aliases: o.aliases, mentions: o.mentions }));
    this.mentionIndex = this.people
      .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
      .sort((a, b) => a.start - b.start);
    this.linkLines = [...text.matchAll(LINK_LINE)].map((m) => {
      const end = text.indexOf('\n', m.index);
      return { start: m.index + m[0].length, end: end < 0 ? text.length : end };
    });
  }

  /** Where the sentence holding the offset starts; the offset itself between sentences. */
  sentenceStart(offset: number): number {
    const i = firstAtOrAfter(this.sentences, offset + 1) - 1;
    return i >= 0 && offset < this.sentences[i].end ? this.sentences[i].start : offset;
  }

  /** Where the sentence before the one holding the offset starts (the first sentence's own start). */
  previousSentenceStart(offset: number): number {
    const i = firstAtOrAfter(this.sentences, offset + 1) - 2;
    return i >= 0 ? this.sentences[i].start : 0;
  }

  /** Is the span on a line linking to another story ("READ MORE: ...")? */
  onLinkLine(s: Span): boolean {
    return this.linkLines.some((line) => line.start <= s.start && s.start <= line.end);
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  /** The person named inside the span, the one named closest to its end. */
  personIn(s: Span): KnownPerson | null {
    let best: { end: number; person: KnownPerson } | null = null;
    for (const m of this.mentionsIn(s)) if (!best || m.end > best.end) best = m;
    return best?.person ?? null;
  }

  /** Every person mention inside the span, in text order. */
  mentionsIn(s: Span): { start: number; end: number; person: KnownPerson }[] {
    const found: { start: number; end: number; person: KnownPerson }[] = [];
    for (let i = firstAtOrAfter(this.mentionIndex, s.start); i < this.mentionIndex.length && this.mentionIndex[i].start < s.end; i++) {
      if (this.mentionIndex[i].end <= s.end) found.push(this.mentionIndex[i]);
    }
    return found;
  }

  /** A person by full name, alias or surname, when that is unambiguous. */
  personNamed(name: string): KnownPerson | null {
    const parts = nameParts(name);
    const key = parts.join(' ');
    const exact = this.people.find((p) => p.parts.join(' ') === key || p.aliases.some((a) => nameParts(a).join(' ') === key));
    if (exact) return exact;
    const bySurname = this.people.filter((p) => p.parts.length > 1 && p.parts.slice(-parts.length).join(' ') === key);
    if (bySurname.length > 0) return bySurname.length === 1 ? bySurname[0] : null;
    // family name first ("Kim Jae-joon" is "Mr Kim", "Chen Haoran" is "Mr Chen") when no surname matches
    const byFamily = this.people.filter((p) => p.parts.length > 1 && p.parts[0] === key);
    if (byFamily.length > 0) return byFamily.length === 1 ? byFamily[0] : null;
    // a South Asian name's own word inside its clan or style words ("Jam Kamal Khan" is "Kamal")
    const byMiddle = this.people.filter((p) => parts.length === 1 && p.parts.slice(1, -1).includes(key));
    return byMiddle.length === 1 ? byMiddle[0] : null;
  }

  /** The one person whose longer name has this one-word name as surname or family name. */
  fullerPerson(p: KnownPerson): KnownPerson | null {
    const key = p.parts[0];
    const fuller = this.people.filter((q) => q.parts.length > 1 && (q.parts[q.parts.length - 1] === key || q.parts[0] === key));
    return fuller.length === 1 ? fuller[0] : null;
  }

  /** Lists one of `sourceNames` as a person, who is then named where that source is. */
  listSourceName(entry: { name: string; at: Span }): KnownPerson {
    this.sourceNames = this.sourceNames.filter((n) => n !== entry);
    return this.addPerson(entry.name, entry.at);
  }

  /** A person the entity finder did not list (call after personNamed found nobody). */
  addPerson(name: string, at: Span): KnownPerson {
    const p: KnownPerson = {
      name,
      title: null,
      organization: null,
      country: null,
      parts: nameParts(name),
      aliases: [],
      mentions: [at],
      gender: null,
    };
    this.people.push(p);
    return p;
  }

  /**
   * The body named at the end of the span ("The State Bank of Pakistan (SBP)"), not one inside a longer
   * description ("The United Nations children's agency"). The name may start before the span, whose
   * finder cut it at a comma inside the name ("the Foreign, Commonwealth and Development Office").
   */
  bodyIn(s: Span): KnownBody | null {
    for (const b of this.bodies) {
      for (const m of b.mentions) {
        if (m.end > s.start && m.end <= s.end && /^(?:\s*\([^)]*\))*\s*$/.test(this.text.slice(m.end, s.end))) return b;
      }
    }
    return null;
  }

  /**
   * "the court", "the ministry": the body named before the offset whose name holds the noun, the first the
   * article names (the story's own body; ones named since are more often spoken of than acting). `words` that
   * place it ("the HC bench") are in its name or are one of its names.
   */
  bodyOfKind(noun: string, at: number, words: string[] = []): KnownBody | null {
    const holds = (b: KnownBody, w: string) => nameParts(b.name).includes(w) || b.aliases.some((a) => a.toLowerCase() === w);
    return (
      this.bodies.find(
        (b) => nameParts(b.name).includes(noun) && b.mentions.some((m) => m.start < at) && words.every((w) => holds(b, w)),
      ) ?? null
    );
  }

  /** The body named last before the offset. */
  lastBodyBefore(at: number): KnownBody | null {
    let best: { body: KnownBody; at: number } | null = null;
    for (const body of this.bodies) {
      for (const m of body.mentions) if (m.start < at && (!best || m.start > best.at)) best = { body, at: m.start };
    }
    return best?.body ?? null;
  }

  bodyNamed(name: string): KnownBody | null {
    const key = name.toLowerCase();
    return this.bodies.find((b) => b.name.toLowerCase() === key || b.aliases.some((a) => a.toLowerCase() === key)) ?? null;
  }

  /**
   * Adds a resolution to the history; the entry, which a later naming may rewrite (named-later.ts). `spoke`: a
   * quotation's source, not the subject of a sentence reporting no speech.
   */
  remember(at: number, r: Resolution, spoke = true): Recalled {
    const entry: Recalled = {
      at,
      spoke,
      speaker: r.speaker,
      plural: r.plural ?? false,
      person: r.person ?? null,
      mentionAt: r.mentionAt ?? null,
      by: r.by ?? '',
    };
    this.history.push(entry);
    return entry;
  }

  /** Most recent source before `at` that passes `ok`, among the last few: a pronoun reaches back only so far. */
  recall(at: number, ok: (r: Recalled) => boolean): Recalled | null {
    for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - RECALL_DEPTH; i--) {
      const r = this.history[i];
      if (r.at < at && ok(r)) return r;
    }
    return null;
  }
}
