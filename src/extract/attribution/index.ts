// Quote attribution as an ordered list of sieves (after Stanford CoreNLP's quote attribution): each
// sieve resolves what the ones before it left. Sources are resolved in text order so that pronouns,
// surnames and role nouns can point back to people already named.
import type { Entities } from '../entities/types.js';
import { WEEKDAYS } from '../lexicons/not-names.js';
import type { Candidate } from '../quotes/candidate.js';
import { firstAtOrAfter } from '../text/search.js';
import type { Span } from '../text/segment.js';
import type { Quote } from '../types.js';
import { bench } from './bench.js';
import { anonymous, coordinated, namedGroup, pluralGroup, unnamed } from './anonymous.js';
import { AttributionContext, type Resolution } from './context.js';
import { document } from './document.js';
import { epithet } from './epithet.js';
import { fallbackName, personalName, unlistedName } from './fallback-name.js';
import { NamedLater } from './named-later.js';
import { apposition, namedAfter, namedPerson } from './named-person.js';
import { knownBody, organization, placeBody } from './organization.js';
import { petitioner } from './petitioner.js';
import { pronoun } from './pronoun.js';
import { relativeSource } from './relative.js';
import { roleNoun } from './role-noun.js';
import { titleAcronym } from './title-acronym.js';
import type { Sieve } from './sieve.js';

/** Sieves in order, each with the name provenance reports. */
const SOURCE_SIEVES: [string, Sieve][] = [
  ['pronoun', pronoun],
  ['bench', bench],
  ['named-group', namedGroup],
  ['named-person', namedPerson],
  ['apposition', apposition],
  ['named-after', namedAfter],
  ['document', document],
  ['anonymous', anonymous],
  ['role-noun', roleNoun],
  ['petitioner', petitioner],
  ['epithet', epithet],
  ['title-acronym', titleAcronym],
  ['known-body', knownBody],
  ['personal-name', personalName],
  ['organization', organization],
  ['place-body', placeBody],
  ['fallback-name', fallbackName],
  ['plural-group', pluralGroup],
];
/**
 * Sentence subjects only count when they surely name someone: they feed the history pronouns and role nouns
 * read. An unnamed group counts too ("More than 30 MPs called on the governor ... They said"), for "they" only:
 * one unnamed person acting ("A shopkeeper watched") is seldom the "he" that speaks next.
 */
const SUBJECT_SIEVES: [string, Sieve][] = [
  // (a bench of judges named together is one court, no group)
  ['bench', bench],
  ['coordinated', coordinated],
  ...SOURCE_SIEVES.flatMap(([name, sieve]): [string, Sieve][] => {
    if (['named-person', 'role-noun', 'title-acronym', 'known-body'].includes(name)) return [[name, sieve]];
    return name === 'anonymous' || name === 'plural-group' ? [[name, groupOnly(sieve)]] : [];
  }),
];

function groupOnly(sieve: Sieve): Sieve {
  return (np, ctx, resolve) => {
    const r = sieve(np, ctx, resolve);
    return r?.plural ? r : null;
  };
}

/** The first sieve's answer, with the sieves that gave it ("document > named-person") and where its mention is. */
function runSieves(sieves: [string, Sieve][], np: Span, ctx: AttributionContext): Resolution | null {
  const resolve = (x: Span): Resolution | null => {
    for (const [name, sieve] of sieves) {
      const r = sieve(x, ctx, resolve);
      if (!r) continue;
      // a sieve that resolved a part of the phrase (the issuer of a document) names that part
      const inner = r.by !== undefined;
      // every sieve's mention is the phrase it was given, so the phrase's span is the mention's
      return { ...r, by: inner ? `${name} > ${r.by}` : name, mentionAt: inner ? r.mentionAt : x };
    }
    return null;
  };
  return resolve(np);
}

/**
 * Is a span inside someone's reported speech? One named there ("X has always backed Y, he added")
 * is what the speaker talked about, not a speaker the next "he" may mean.
 */
function reportedSpeech(candidates: Candidate[]): (s: Span, own?: Candidate) => boolean {
  const around = containing(candidates.filter((c) => c.type === 'indirect'));
  return (s, own) => around(s).some((c) => c !== own);
}

/**
 * Is a span inside a quotation's content, direct or reported, and not in its source phrase? A body's
 * statement is left out: it reports what its own people do ("according to the Secretariat, the Speaker has
 * invited ..."), where a person speaking names a third party.
 */
function quotedContent(candidates: Candidate[], resolved: (Resolution | null)[]): (s: Span) => boolean {
  const index = new Map(candidates.map((c, i) => [c, i]));
  const around = containing(candidates.filter((c) => !c.embedded));
  const byBody = (c: Candidate) => resolved[index.get(c)!]?.speaker.kind === 'organization';
  return (s) => around(s).some((c) => !byBody(c) && !(c.source && c.source.start <= s.start && s.end <= c.source.end));
}

/** The quotations around a span. */
function containing(candidates: Candidate[]): (s: Span) => Candidate[] {
  const spans = [...candidates].sort((a, b) => a.start - b.start);
  // a parenthetical cue ("The sides, the statement added, agreed ...") sits inside its own quotation;
  // quotations seldom nest, so the few starting last before the span are enough to look at
  return (s) => {
    const first = firstAtOrAfter(spans, s.start + 1);
    return spans.slice(Math.max(0, first - NESTING), first).filter((c) => s.end <= c.end);
  };
}
const NESTING = 4;

type Event = { at: number; subject: Span } | { at: number; quote: number };

/** The phrase naming the source of a reporting verb, read from the sentence's dependency tree. */
export type TreeSource = (cue: Span) => Span | null;

interface Source {
  span: Span;
  /** "tree": the verb's subject in the parse; "text": the phrase the quotation finder took beside the cue. */
  origin: 'tree' | 'text';
}

/**
 * The finder's phrase beside the cue; the tree's subject of the cue where the finder has none, or where the
 * cue is a participle the parse attached to its doer ("a statement saying").
 */
function sourceOf(c: Candidate, treeSource: TreeSource, text: string): Source | null {
  const tree =
    c.cue && (c.cue.attached || (['verb', 'participle'].includes(c.cue.kind) && !c.source) || inFrontedClause(c, text))
      ? treeSource(c.cue)
      : null;
  if (tree) return { span: tree, origin: 'tree' };
  return c.source && { span: c.source, origin: 'text' };
}

/**
 * "As the opposition lawmakers created pandemonium, the minister started shouting, alleging that": the finder's
 * subject for a participle may be that of a subordinate clause opening the sentence, closed by a comma before the
 * main clause; the participle's doer is the main clause's subject, which the tree reads.
 */
function inFrontedClause(c: Candidate, text: string): boolean {
  if (c.cue?.kind !== 'participle' || !c.source) return false;
  const opening = text.slice(Math.max(0, c.source.start - 12), c.source.start);
  return SUBORDINATOR_BEFORE.test(opening) && text.slice(c.source.end, c.cue.start).includes(',');
}
const SUBORDINATOR_BEFORE = /(?:^|[.\n]\s*)(?:As|When|While|After|Before|Since|Because|If|Although|Though|Once|Until|Whereas)\s+$/;

/**
 * The sieves' answer for a candidate's source phrase. Where none resolves it, the tree's subject of its verb:
 * the finder reads the words next to the cue, which may be an aside standing between the subject and its verb
 * ("X while speaking on the occasion said", "Talking to a delegation ..., its chairman X informed"). Last, a
 * phrase the tree does not contradict is an unnamed source.
 */
function resolveSource(c: Candidate, source: Source, ctx: AttributionContext, treeSource: TreeSource): Resolution | null {
  const own = source.origin === 'text' ? withoutAside(withoutOccasion(source.span, ctx), ctx) : source.span;
  const found = own && runSieves(SOURCE_SIEVES, own, ctx);
  const thing = nounBeforeParticiple(c, source, ctx) && (!found || THING_SIEVES.has(found.by!));
  const clause = thing ? clauseSpeaker(source.span, ctx) : null;
  if (clause) return clause;
  if (found) return { ...found, by: `${source.origin} > ${found.by}` };
  const tree = source.origin === 'text' && c.cue?.kind === 'verb' ? treeSource(c.cue) : null;
  if (tree && (tree.start !== source.span.start || tree.end !== source.span.end)) {
    const subject = runSieves(SOURCE_SIEVES, tree, ctx);
    return subject && { ...subject, by: `tree > ${subject.by}` };
  }
  const group = unnamed(source.span, ctx, () => null);
  if (group) return { ...group, mentionAt: source.span, by: `${source.origin} > unnamed` };
  // "Kelly, a Democrat, released a statement ... claiming": the parse may hang a participle on a noun that names
  // no one; the finder's own phrase then decides
  return source.origin === 'tree' && c.source ? resolveSource(c, { span: c.source, origin: 'text' }, ctx, treeSource) : null;
}

/**
 * "He defended the standards saying ...", "she said four died in the province adding that ...": with no comma
 * before it, the parse hangs a participle on the noun right before it, which reads as its doer only where that
 * noun can speak ("a statement saying", "a witness saying"). A thing, a place or a phrase no sieve but the last
 * resorts names is no speaker: the participle's doer is the clause's own subject, the person last heard from or
 * acting in this sentence or the one before.
 */
function nounBeforeParticiple(c: Candidate, source: Source, ctx: AttributionContext): boolean {
  return source.origin === 'tree' && c.cue?.kind === 'participle' && /^\s*$/.test(ctx.text.slice(source.span.end, c.cue.start));
}
const THING_SIEVES = new Set(['plural-group', 'place-body']);

function clauseSpeaker(np: Span, ctx: AttributionContext): Resolution | null {
  const from = ctx.previousSentenceStart(np.start);
  const r = ctx.recall(np.start, (x) => x.person !== null && x.at >= from);
  return r && { speaker: r.speaker, confidence: 0.6, person: r.person, mentionAt: r.mentionAt, by: `clause > ${r.by}` };
}

/**
 * "the chief justice while addressing X remarked", "the Prime Minister while talking to X said": a participle
 * between the subject and its verb is the speaker's aside, and one it names is the one spoken to. The phrase
 * before the aside; null where the finder's phrase is the aside alone, the tree's subject then deciding.
 */
function withoutAside(np: Span, ctx: AttributionContext): Span | null {
  const m = PARTICIPLE_ASIDE.exec(ctx.slice(np));
  if (!m) return np;
  return m.index > 0 ? { start: np.start, end: np.start + m.index } : null;
}
// (not a word in -ing that heads a noun phrase or a preposition: "during", "meeting", "morning")
const PARTICIPLE_ASIDE =
  /(?:^|\s+(?:while|whilst|when)\s+)(?!(?:during|morning|evening|meeting|building|king|thing|wedding|training)\s)(\p{Ll}{2,}ing)\s+(?:to|with|on|at|about|the|a|an|his|her|their|\p{Lu})/u;

/**
 * "said the Chief Minister on his arrival to Indore", "the minister at a news conference in Lahore": a phrase of
 * occasion after the source (an event, a day, or the source's own doings, its possessive pointing back) says when
 * or where it spoke, so a name inside it is a place or another party, never the source. The phrase before it.
 * ("a dealer at a Karachi brokerage" is where the source works, which describes it: no occasion.)
 */
function withoutOccasion(np: Span, ctx: AttributionContext): Span {
  const m = OCCASION.exec(ctx.slice(np));
  return m && m.index > 0 ? { start: np.start, end: np.start + m.index } : np;
}
const OCCASION = new RegExp(
  `\\s*,?\\s+(?:(?:on|upon|during|after|before|at|in)\\s+(?:his|her|their)\\s+\\p{Ll}|(?:on|upon)\\s+(?:arrival|return|reaching)\\b|at\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:press|news|media|conference|briefing|rally|meeting|ceremony|function|event|seminar|gathering|session|hearing)\\b|on\\s+(?:${[...WEEKDAYS].join('|')})\\b)`,
  'iu',
);

/** One unnamed person found by the last resort is seldom the "he" that speaks next: pronouns look on for a name. */
const loneUnnamed = (r: Resolution): boolean => !r.plural && r.by!.endsWith(' > unnamed');

/**
 * Speakers for the candidates. `sentences` are the article's (the document's); `subjects` the subjects of
 * sentences (people acting, not only speaking), which pronouns may also point back to.
 */
export function attribute(
  text: string,
  sentences: readonly Span[],
  candidates: Candidate[],
  subjects: Span[],
  entities: Entities,
  treeSource: TreeSource,
): Quote[] {
  const ctx = new AttributionContext(text, entities, sentences);
  const sources = candidates.map((c) => {
    const relative = relativeSource(c, c.source, ctx);
    return relative ? { span: relative, origin: 'text' as const } : sourceOf(c, treeSource, text);
  });
  ctx.sourceNames = sources.flatMap((s) => {
    const name = s && unlistedName(s.span, ctx);
    return name ? [{ name, at: s.span }] : [];
  });
  // "X, whose son attends the school and daughter Y left it, claimed ...": a subject between a source and its
  // verb is in the source's relative clause or apposition, which the source's own verb closes; not the
  // sentence's subject, so no later pronoun's antecedent
  const between = (x: Span) => candidates.some((c, i) => c.cue && sources[i] && sources[i].span.end <= x.start && x.end <= c.cue.start);
  const events: Event[] = [
    ...subjects.filter((x) => !between(x) && !ctx.onLinkLine(x)).map((subject) => ({ at: subject.start, subject })),
    ...candidates.map((c, quote) => ({ at: sources[quote]?.span.start ?? c.start, quote })),
  ].sort((a, b) => a.at - b.at);
  const resolved: (Resolution | null)[] = candidates.map(() => null);
  ctx.spokenOf = quotedContent(candidates, resolved);
  const reported = reportedSpeech(candidates);
  // the last quotation with a source, and what it resolved to (nothing, where no sieve named its source)
  let last: { index: number; resolution: Resolution | null } | null = null;
  const later = new NamedLater(ctx, resolved);
  // what the history remembered of a resolution: nothing inside reported speech
  const remembered = (at: number, r: Resolution, inside: boolean, spoke: boolean) => (inside ? [] : [ctx.remember(at, r, spoke)]);
  for (const e of events) {
    if ('subject' in e) {
      const r = runSieves(SUBJECT_SIEVES, e.subject, ctx);
      if (r) later.subject(r, remembered(e.at, r, reported(e.subject), false));
      continue;
    }
    const c = candidates[e.quote];
    const source = sources[e.quote];
    if (source) {
      const r = resolveSource(c, source, ctx, treeSource);
      if (r) {
        const entry = remembered(e.at, r, reported(source.span, c) || loneUnnamed(r), true);
        resolved[e.quote] = r;
        later.source(e.quote, r, entry);
      }
      if (!c.embedded) last = { index: e.quote, resolution: resolved[e.quote] };
    } else if (c.continues && c.sameSourceAs === null) {
      // no cue at all: the quotation goes on from the last speaker; after one whose source no sieve named, the
      // speaker is as unknown as that one's, not whoever was named before it
      const near = last && candidates[last.index].paragraph >= c.paragraph - 1 ? last : null;
      const recalled = near ? near.resolution : ctx.recall(c.start, () => true);
      const previous = near?.resolution;
      if (recalled) {
        resolved[e.quote] = {
          speaker: recalled.speaker,
          confidence: previous ? 0.6 : 0.4,
          person: recalled.person,
          mentionAt: recalled.mentionAt,
          by: `previous > ${recalled.by}`,
        };
      }
    }
  }
  const indexOf = new Map(candidates.map((c, i) => [c, i]));
  candidates.forEach((c, i) => {
    const leader = c.sameSourceAs ? indexOf.get(c.sameSourceAs) : undefined;
    if (leader !== undefined) resolved[i] = resolved[leader];
  });
  const quotes = candidates.flatMap((c, i) => (c.embedded ? [] : [toQuote(text, c, resolved[i])]));
  // A short phrase in marks inside reported speech is a direct quotation of the same speaker.
  const hosts = quotes.filter((q) => q.type === 'indirect' && q.speaker);
  let h = 0;
  candidates.forEach((c, i) => {
    if (!c.embedded) return;
    while (h + 1 < hosts.length && hosts[h + 1].start <= c.start) h++;
    const host = hosts[h] && hosts[h].start <= c.start && hosts[h].end >= c.end ? hosts[h] : undefined;
    // outside reported speech, a phrase after a speech act ("lauded the police for their “swift action”") is its
    // subject's; one a source is said to have used ("described it as “X”") is a quotation even with no source found
    if (!host) {
      if (resolved[i] || c.pass === 'direct:described-as') quotes.push(toQuote(text, c, resolved[i]));
      return;
    }
    quotes.push({
      ...host,
      text: text.slice(c.start, c.end),
      type: 'direct',
      start: c.start,
      end: c.end,
      confidence: host.confidence * 0.9,
      provenance: { quote: c.pass, speaker: `host > ${host.provenance!.speaker}` },
    });
  });
  return quotes.sort((a, b) => a.start - b.start);
}

const NO_MENTION = { start: null, end: null };

function toQuote(text: string, c: Candidate, r: Resolution | null): Quote {
  const at = r?.mentionAt ?? NO_MENTION;
  return {
    text: text.slice(c.start, c.end),
    type: c.type,
    start: c.start,
    end: c.end,
    cue: c.cue?.text ?? null,
    cueStart: c.cue?.start ?? null,
    cueEnd: c.cue?.end ?? null,
    speaker: r && { ...r.speaker, mentionStart: at.start, mentionEnd: at.end },
    confidence: r ? r.confidence : 0.2,
    provenance: { quote: c.pass, speaker: r?.by ?? null },
  };
}
