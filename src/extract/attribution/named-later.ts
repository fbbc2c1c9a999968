// Delayed identification: a source first given by its role alone ("Minister for Information on Sunday said",
// "a police spokeswoman said") and named further on ("Fawad quipped", "Spokeswoman Jane Doe said"). GUIDELINES
// gives every quote of that source to the named person, the pronouns and role nouns between them included.
import { ANONYMITY } from '../lexicons/anonymous-sources.js';
import { ARTICLES } from '../lexicons/articles.js';
import { SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import { PERSON_ROLES, ROLE_STYLES, UNNAMED_ROLES } from '../lexicons/role-nouns.js';
import type { AttributionContext, KnownPerson, Recalled, Resolution } from './context.js';
import { FUNCTION_WORDS, modifies } from './role-noun.js';
import { lowerWords, mentionHead } from './sieve.js';

interface Unnamed {
  head: string;
  /** The role's words ("a", "police", "spokeswoman"). */
  words: string[];
  /** Where the role is first given. */
  at: number;
  quotes: number[];
  /** Its history entries, which pronouns and role nouns read after the naming. */
  entries: Recalled[];
}

/** Sieves that name a person by a name, not by a pronoun or a role noun. */
const BY_NAME = /(?:^|> )(?:named-person|fallback-name|personal-name)$/;

/**
 * Follows one unnamed role from its first quote: the quotes of its pronouns and "the <role>" join it, any other
 * single source ends it (a pronoun then may mean either), and a person named as a source ends it by taking all
 * its quotes when that person can be the role's holder.
 */
export class NamedLater {
  private unnamed: Unnamed | null = null;

  constructor(
    private readonly ctx: AttributionContext,
    private readonly resolved: (Resolution | null)[],
  ) {}

  /** A quote's source resolved to `r`; `entries` is what the history remembered of it (none inside reported speech). */
  source(quote: number, r: Resolution, entries: Recalled[]): void {
    const u = this.unnamed;
    if (u && this.joins(u, r)) {
      u.quotes.push(quote);
      u.entries.push(...entries);
    } else if (u && this.named(u, r)) {
      const person = r.person ?? this.ctx.addPerson(r.speaker.name!, r.mentionAt!);
      this.name(u, person);
      // a one-word name no one listed is listed now, so its own pronouns and role nouns find the holder
      if (!r.person) this.name({ ...u, quotes: [quote], entries }, person);
      this.unnamed = null;
    } else if (!r.plural) {
      this.unnamed = this.opens(r)
        ? {
            head: mentionHead(r.speaker),
            words: lowerWords(r.speaker.mention!),
            at: r.mentionAt!.start,
            quotes: [quote],
            entries,
          }
        : null;
    }
  }

  /**
   * A sentence subject resolved: one of the role's mentions joins it; anyone else named acting ends it, unless
   * it may be the holder, whose quotation (the subject is often its source) comes next.
   */
  subject(r: Resolution, entries: Recalled[]): void {
    const u = this.unnamed;
    if (u && this.joins(u, r)) u.entries.push(...entries);
    else if (u && r.person && this.named(u, r) && this.introducedNext(u, r.person)) {
      // the lede's source named as the next sentence's subject: no quotation of theirs need follow
      this.name(u, r.person);
      this.unnamed = null;
    } else if (u && !r.plural && !this.named(u, r)) this.unnamed = null;
  }

  /** A single unnamed holder of a person's role ("the minister", "a police spokeswoman"), not a source that hides its name. */
  private opens(r: Resolution): boolean {
    const head = mentionHead(r.speaker);
    return r.speaker.kind === 'anonymous' && (PERSON_ROLES.has(head) || UNNAMED_ROLES.has(head)) && !ANONYMITY.test(r.speaker.mention!);
  }

  private joins(u: Unnamed, r: Resolution): boolean {
    if (r.speaker.kind !== 'anonymous' || r.plural) return false;
    const mention = r.speaker.mention!.toLowerCase();
    // the same mention again: a second quotation of one cue ("saying that 'A' because 'B'")
    if (r.mentionAt?.start === u.at) return true;
    return SPEAKER_PRONOUNS.has(mention) || (mentionHead(r.speaker) === u.head && lowerWords(mention)[0] === 'the');
  }

  /** A person named as a source, listed or by one word the entity finder did not list ("Fawad quipped"). */
  private named(u: Unnamed, r: Resolution): boolean {
    if (r.speaker.kind !== 'person' || !BY_NAME.test(r.by!)) return false;
    if (r.person) return this.holds(u, r.person);
    return !UNNAMED_ROLES.has(u.head) && /^\p{Lu}[\p{L}'’-]+$/u.test(r.speaker.name!) && r.mentionAt!.start > u.at;
  }

  /**
   * Named only after the role, and either titled with the role's noun or named by one word: a first mention by
   * a bare surname or given name takes for granted that the reader has met the person, here as the role.
   */
  private holds(u: Unnamed, p: KnownPerson): boolean {
    if (p.mentions.some((m) => m.start <= u.at)) return false;
    if (this.introducedNext(u, p)) return true;
    // "an official" says nothing of the title a later name might hold
    if (UNNAMED_ROLES.has(u.head)) return false;
    if (!p.title) return p.parts.length === 1;
    const title = lowerWords(p.title);
    // "the province's finance minister" is no Chief Minister
    const described = u.words.filter((w) => w !== u.head && !ARTICLES.has(w) && !FUNCTION_WORDS.has(w));
    return (title.includes(u.head) || title.includes(ROLE_STYLES.get(u.head) ?? u.head)) && modifies(p, described, u.head);
  }

  /**
   * A lede's delayed identification: the role is the article's first source, in its paragraph's first sentence,
   * and the next sentence opens with the person's full name as its subject ("A city official said .... Jane Roe
   * also told reporters"); an apposition after the name ("Jane Roe, a resident,") introduces someone else.
   */
  private introducedNext(u: Unnamed, p: KnownPerson): boolean {
    const first = p.mentions[0];
    const lede = this.ctx.sentenceStart(u.at);
    // the role's sentence opens its paragraph, no one named before it there
    const paragraph = this.ctx.text.lastIndexOf('\n', u.at) + 1;
    const named = this.ctx.people.some((q) => q.mentions.some((m) => m.start >= paragraph && m.start < u.at));
    const earlier = this.ctx.previousSentenceStart(u.at);
    if (!this.firstSource(u) || named || (earlier >= paragraph && earlier < lede)) return false;
    if (this.ctx.sentenceStart(first.start) !== first.start) return false;
    // "Barrister Jane Roe" opening the sentence gives another role
    const title = p.title?.toLowerCase();
    if (title && this.ctx.text.slice(first.start, first.end).toLowerCase().startsWith(title) && !lowerWords(title).includes(u.head))
      return false;
    return this.ctx.previousSentenceStart(first.start) === lede && !/^\s*[,(]/.test(this.ctx.text.slice(first.end));
  }

  /**
   * The role is the article's first source named: a quote before its own may only be framed by a source named
   * after it ("An official dismissed it, saying that ..., two aides said").
   */
  private firstSource(u: Unnamed): boolean {
    return this.resolved.slice(0, u.quotes[0]).every((r) => (r?.mentionAt?.start ?? -1) > u.at);
  }

  private name(u: Unnamed, p: KnownPerson): void {
    const role = this.resolved[u.quotes[0]]!.speaker.mention!;
    for (const i of u.quotes) {
      const r = this.resolved[i]!;
      const by = r.speaker.kind === 'person' ? r.by : `${r.by} > named-later`;
      this.resolved[i] = { ...r, speaker: { kind: 'person', name: p.name, mention: r.speaker.mention }, person: p, by };
    }
    for (const e of u.entries) {
      e.speaker = { kind: 'person', name: p.name, mention: e.speaker.mention };
      e.person = p;
    }
    // "the minister" after the naming reads the holder's title
    if (!p.title) p.title = role;
  }
}
