// Sieve: "he", "she", "they", "it" point back to the latest compatible source; a pronoun for an
// unnamed source stays anonymous.
import { type PronounKind, SPEAKER_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicons/pronouns.js';
import type { Span } from '../text/segment.js';
import type { AttributionContext, KnownPerson, Recalled, Resolution } from './context.js';
import type { Sieve } from './sieve.js';

// "He said the court had directed ... but added": a subject pronoun is a whole noun phrase, so lower-case words
// after it are its predicate, which the finder's phrase ran into
const PREDICATE_AFTER = /^(\p{L}+)\s+\p{Ll}/u;

export const pronoun: Sieve = (np, ctx, resolve) => {
  const subject = PREDICATE_AFTER.exec(ctx.slice(np))?.[1];
  if (subject && SUBJECT_PRONOUNS.has(subject.toLowerCase())) return resolve({ start: np.start, end: np.start + subject.length });
  const word = ctx.slice(np).toLowerCase();
  const kind = SPEAKER_PRONOUNS.get(word);
  if (!kind) return null;
  // "they" for a body agrees with it in sense only while the body is in focus: the latest one heard of, not one
  // further back past people
  const latest = kind === 'plural' ? ctx.recall(np.start, () => true) : null;
  const compatible = (r: Recalled): boolean => {
    if (kind === 'plural') return r.plural || (r.speaker.kind === 'organization' && r === latest);
    if (kind === 'neuter') return r.speaker.kind === 'organization';
    if (r.plural || r.speaker.kind === 'organization') return false;
    return !r.person?.gender || r.person.gender === kind;
  };
  const fronted = kind === 'masculine' || kind === 'feminine' ? frontedName(np, ctx) : null;
  if (fronted && (!fronted.gender || fronted.gender === kind)) {
    const speaker = { kind: 'person' as const, name: fronted.name, mention: ctx.slice(np) };
    return { speaker, confidence: 0.75, person: fronted };
  }
  // "he added", "he further said": a speaker going on, not one the sentences since only named
  const goesOn = GOES_ON.test(ctx.text.slice(np.end, np.end + 30));
  const spoken = (r: Recalled) => r.spoke || ctx.history.some((h) => h.spoke && h.at < r.at && h.person !== null && h.person === r.person);
  const found = (goesOn && ctx.recall(np.start, (r) => compatible(r) && spoken(r))) || ctx.recall(np.start, compatible);
  // "They stressed that ...": a group no one named, of people the article has not made a source
  if (!found && kind === 'plural')
    return { speaker: { kind: 'anonymous', name: null, mention: ctx.slice(np) }, confidence: 0.5, plural: true };
  if (!found) return gendered(np, ctx, kind);
  if (found.person && (kind === 'masculine' || kind === 'feminine')) found.person.gender = kind;
  // the mention is the pronoun at the quote; the name is the one it points back to
  return { speaker: { ...found.speaker, mention: ctx.slice(np) }, confidence: 0.75, plural: found.plural, person: found.person };
};

const GOES_ON = /^\s+(?:also\s+|further\s+)?(?:added|continued|went on)\b/i;

/**
 * Left dislocation: a name set off by commas before its own pronoun in the same sentence ("When asked,
 * X, a trader from the city, he said ..."), the pronoun taking it up again. The name stands alone between
 * commas, or with an apposition after it opening in lower case.
 */
function frontedName(np: Span, ctx: AttributionContext): KnownPerson | null {
  const from = ctx.sentenceStart(np.start);
  const prefix = ctx.text.slice(from, np.start);
  if (!/,\s*$/.test(prefix)) return null;
  const parts = [...prefix.matchAll(/[^,]+(?=,)/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  const last = parts.at(-1)!;
  const name = /^\s*\p{Ll}/u.test(ctx.slice(last)) ? parts.at(-2) : last;
  if (!name) return null;
  const at = { start: name.start + (ctx.slice(name).length - ctx.slice(name).trimStart().length), end: name.end };
  const person = ctx.personIn(at);
  const whole = person?.mentions.some((m) => m.start === at.start && m.end === at.end && !ctx.spokenOf(m));
  return whole ? person : null;
}

/**
 * "According to a statement by the ministry, Ms X appreciated ... She said": a "he" or "she" that no source or
 * subject heard from fits means the person named last, in this sentence or the one before, even inside what a
 * source reported: one of that gender, or one the article gives none.
 */
function gendered(np: Span, ctx: AttributionContext, kind: PronounKind): Resolution | null {
  const named = ctx
    .mentionsIn({ start: ctx.previousSentenceStart(np.start), end: np.start })
    .findLast((m) => (m.person.gender === kind || m.person.gender === null) && !ctx.onLinkLine(m));
  if (!named) return null;
  return { speaker: { kind: 'person', name: named.person.name, mention: ctx.slice(np) }, confidence: 0.6, person: named.person };
}
