// Sieve: unnamed sources: "one diplomat", "officials", "a senior official who requested anonymity",
// "the official" (pointing back to one), "one of them".
import { ANONYMITY, INDEFINITE, SOURCE_NOUNS } from '../lexicons/anonymous-sources.js';
import { DEMONYMS } from '../lexicons/demonyms.js';
import { PARTY_NAMES } from '../lexicons/organizations.js';
import { OUTLET_NOUNS } from '../lexicons/outlets.js';
import { SPEAKER_PRONOUNS } from '../lexicons/pronouns.js';
import { OFFICIAL_ROLES } from '../lexicons/titles.js';
import { DOCUMENTS, HEAD_RANKS, PERSON_ROLES } from '../lexicons/role-nouns.js';
import { findCountry } from '../dateline/gazetteer.js';
import type { Span } from '../text/segment.js';
import { type AttributionContext, type KnownPerson, lastNamedBefore, type Recalled, type Resolution } from './context.js';
import { BODY_WORD } from './organization.js';
import { ACRONYM, headOf, lowerWords, mentionHead, phraseHead, type Sieve, withoutRegion } from './sieve.js';

// "a resident named Tawab", "a driver called Ali Raza": the participle gives the source's name
const NAME = `(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})`;
const NAMED = new RegExp(`\\s(?:named|called)\\s+${NAME}$`, 'u');
// "a driver identified only as Rahim", "an official who identified himself as Dr X": the name is given the same
// way, the finder's phrase ending before "as" or before the relative clause
const IDENTIFIED = new RegExp(`(?:\\s+who)?\\s+identified\\s+(?:(?:himself|herself)\\s+)?(?:only\\s+)?as\\s+${NAME}`, 'u');
const SELF_REACH = 120;

const AGENT_PLURAL = /^[a-z]{3,}(?:ers|ors|ists|ants|ents|ians|ees|ives|ics|ars)$/;

/**
 * "the official" points back to an unnamed source of that noun ("a finance ministry official"); with
 * none, to the person last heard from, as "he" does ("Secretary X said ... The official also disclosed").
 */
function theSource(np: Span, ctx: AttributionContext, head: string): Resolution | null {
  const single = (r: Recalled) => !r.plural && r.speaker.kind !== 'organization';
  const unnamed = ctx.recall(np.start, (r) => single(r) && r.speaker.kind === 'anonymous' && mentionHead(r.speaker) === head);
  const found = unnamed ? null : ctx.recall(np.start, single);
  if (!found?.person) return null;
  return { speaker: { ...found.speaker, mention: ctx.slice(np) }, confidence: 0.7, person: found.person };
}

/**
 * "The PSB official", "The French diplomat", "Germany's top diplomat": capitalised words or a possessor naming a
 * body or a country point back to the person last named with that body or country, as "the official" points
 * back to the source last heard from; a head's rank ("top") says which of them, not which body. The source
 * just heard from comes first, when it fits.
 */
function describedSource(np: Span, ctx: AttributionContext, head: string): Resolution | null {
  const [first, ...rest] = ctx.slice(np).split(/\s+/);
  const possessor = POSSESSOR.exec(first)?.[1];
  const modifiers = [...(possessor ? [possessor] : []), ...rest.slice(0, -1)].filter((w) => !HEAD_RANKS.has(w));
  if (rest.at(-1)?.toLowerCase() !== head || modifiers.length === 0 || !modifiers.every((w) => /^\p{Lu}/u.test(w))) return null;
  const named = modifiers.join(' ');
  const country = modifiers.length === 1 ? (DEMONYMS.get(named) ?? (possessor && findCountry(named))) : undefined;
  const body = ctx.bodyNamed(named)?.name;
  const fits = (p: KnownPerson | null) =>
    p !== null && ((country !== undefined && p.country === country) || (body !== undefined && p.organization === body));
  const last = ctx.recall(np.start, () => true)?.person ?? null;
  const person = fits(last) ? last : lastNamedBefore(ctx.people.filter(fits), np.start);
  return person ? { speaker: { kind: 'person', name: person.name, mention: ctx.slice(np) }, confidence: 0.7, person } : null;
}
const POSSESSOR = /^(\p{Lu}[\p{L}-]*)['’]s$/u;

/**
 * A count before a plural noun: "More than 35", "Over 200", "Dozens of", "A group of", "Hundreds of angry",
 * "The eight Republicans"; a collective noun may have its own modifiers ("A bipartisan group of senators").
 */
const QUANTITY =
  /^(?:the\s+)?(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|at\s+least\s+|up\s+to\s+)?(?:\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of|a\s+(?:[a-z-]+\s+){0,2}?(?:group|number|handful|delegation|couple)\s+of)\s+(?:the\s+)?/i;

// "German police", "the Spanish police": a nationality names no one force but a country's police, a group
const NATIONAL_POLICE = /^(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+police$/u;
// "police said", "The Police said", "Police in the state said": police named by no force's name are a group of
// officers (GUIDELINES), not a body speaking as a whole as "the Dubai Police" is
const BARE_POLICE = /^(?:the\s+)?police(?:\s+(?:in|of|at)\s.*)?$/iu;

const PARTY_MEMBERS = /^(?:the\s+)?(\p{Lu}\p{Ll}+)s$/u;
const DEMONSTRATIVE = new Set(['this', 'that']);

export const anonymous: Sieve = (np, ctx, resolve) => {
  const mention = ctx.slice(np);
  const named = NAMED.exec(mention);
  if (named) return resolve({ start: np.end - named[1].length, end: np.end });
  const identified = IDENTIFIED.exec(ctx.text.slice(np.start, np.end + SELF_REACH));
  if (identified && identified.index <= mention.length) {
    const end = np.start + identified.index + identified[0].length;
    return resolve({ start: end - identified[1].length, end });
  }
  const national = NATIONAL_POLICE.exec(mention);
  if ((national && DEMONYMS.has(national[1])) || BARE_POLICE.test(mention))
    return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.8, plural: true };
  // a counted plural is a group, however its noun is written ("Over 200 traders", "More than 35 MNAs")
  // "the Democrats": members of a party the press names by its members are a group of people, not the party
  const members = PARTY_MEMBERS.exec(mention);
  if (members && PARTY_NAMES.has(members[1])) return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.7, plural: true };
  const counted = QUANTITY.exec(mention);
  if (counted && /^\S+s\b/.test(mention.slice(counted[0].length)))
    return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.8, plural: true };
  const ws = lowerWords(mention);
  if (ws.length === 0) return null;
  const head = phraseHead(mention);
  const plural = head.endsWith('s') || ws[0] === 'two' || ws[0] === 'several' || ws.join(' ').startsWith('one of them');
  const anon = (confidence: number) => ({
    speaker: { kind: 'anonymous' as const, name: null, mention },
    confidence,
    plural: plural && ws[0] !== 'one',
  });
  if (ANONYMITY.test(mention)) return anon(0.9);
  // "Senior minister said" after "Senior Minister Punjab X": a named person's title repeated, for the role-noun sieve
  const title = ws.join(' ');
  if (ctx.people.some((p) => p.title !== null && lowerWords(withoutRegion(p.title)).join(' ') === title)) return null;
  if (INDEFINITE.has(ws[0])) return anon(0.85);
  // a bare plural agent noun, capitalised only because it opens the sentence: "Headteachers", "Economists at Goldman Sachs"
  if (ws[0] === head && AGENT_PLURAL.test(head) && !/\s\p{Lu}/u.test(mention.split(/\s+(?:at|of|in|from|with|for)\s/)[0]))
    return anon(0.75);
  if (SOURCE_NOUNS.has(head)) {
    // "the lawyer", "Khan's lawyer": a role a named person may hold, for the role-noun sieve
    const owner = POSSESSOR.exec(mention.split(/\s+/)[0])?.[1];
    if ((ws[0] === 'the' || (owner && ctx.personNamed(owner))) && PERSON_ROLES.has(head)) return null;
    if (ws[0] === 'the' && ws.length === 2 && !plural) return theSource(np, ctx, head) ?? anon(0.8);
    // "According to this official of the government": a demonstrative points back, it introduces no new source
    if (DEMONSTRATIVE.has(ws[0]) && !plural) return theSource(np, ctx, head) ?? anon(0.8);
    return ((ws[0] === 'the' || POSSESSOR.test(mention.split(/\s+/)[0])) && !plural && describedSource(np, ctx, head)) || anon(0.8);
  }
  return null;
};

/**
 * Last of all: "The allies say", "the villagers said": a definite plural common noun no other sieve named is an
 * unnamed group (GUIDELINES: a plural or unnamed group is anonymous).
 */
export const pluralGroup: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const m = /^[Tt]he\s+(\p{Ll}[\p{Ll}-]*s)$/u.exec(mention);
  return m ? { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.5, plural: true } : null;
};

/**
 * Last of all: a phrase of common nouns that no sieve tied to a named person or body ("The woman complainant",
 * "Border guards on the Bangladesh side") is an unnamed source, and so is a "they" that points back to no one
 * (GUIDELINES: an unnamed source is anonymous). Not a pronoun's phrase ("He also"), a participle's ("Talking to
 * reporters"), initials' ("SBP chief", a title whose holder was not found), nor written words, a body or an outlet.
 */
export const unnamed: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const ws = lowerWords(mention);
  if (mention.toLowerCase() === 'they') return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.4, plural: true };
  const head = headOf(ws);
  const words = mention.split(/\s+/).slice(0, ws.indexOf(head) + 1);
  const opening = words[0];
  if (words.length < 2 || SPEAKER_PRONOUNS.has(ws[0]) || /ing$/.test(ws[0]) || ACRONYM.test(opening)) return null;
  // written words, a body or an outlet by its common noun ("the paper") are no person
  if (DOCUMENTS.has(head) || OUTLET_NOUNS.has(head) || BODY_WORD.test(head)) return null;
  const plural = head.endsWith('s');
  // "the chancellor": an office's holder, whom the article names, not an unnamed source; a holder it never titles
  // so ("The vice-chancellor of the varsity said") is unnamed, as "the spokesperson" is to the role-noun sieve
  const held = ctx.people.some((p) => lowerWords(p.title ?? '').includes(head));
  // a nationality is an adjective, which names no one: "the Dutch national", "the Pakistani driver"
  const named = words.slice(1).some((w) => /^\p{Lu}/u.test(w) && !DEMONYMS.has(w));
  if (named || (ws[0] === 'the' && !plural && OFFICIAL_ROLES.has(head) && held)) return null;
  return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.4, plural };
};

/**
 * A sentence's subject naming people together ("X and other office bearers", "A, B, and C", "Justice A and
 * Justice B"): a group, which "they" may take up, not the one named last, whom a "he" after it would then mean.
 * The finder may have kept one name of a list ("A, B, and C, along with others, will be present"): names
 * joined to it right before or after the phrase count too.
 */
export const coordinated: Sieve = (np, ctx) => {
  const near = ctx.mentionsIn({ start: ctx.sentenceStart(np.start), end: Math.min(ctx.text.length, np.end + NEIGHBOUR) });
  const touches = (m: Span) => m.end > np.start && m.start < np.end;
  const joined = near.some((m, i) => {
    const next = near[i + 1];
    const pair = next && next.person !== m.person && (touches(m) || touches(next));
    if (pair && JOINED.test(ctx.text.slice(m.end, next.start))) return true;
    return touches(m) && AND_MORE.test(ctx.text.slice(m.end, np.end));
  });
  return joined ? { speaker: { kind: 'anonymous', name: null, mention: ctx.slice(np) }, confidence: 0.6, plural: true } : null;
};
const NEIGHBOUR = 80;

/**
 * A source phrase that is itself a group of named people: names joined to each other with "and others" after them
 * ("X and others", "A, B and other officials") or a plural noun before them ("The litigants A, B and C"). Only
 * the list's own words count, unlike a subject's: every name is joined to the next, and the finder's phrase may
 * have begun after a list's comma, so names joined right before it belong to the list. Two names alone ("A and B
 * said") are left to the named-person sieve, which takes one of them.
 */
export const namedGroup: Sieve = (np, ctx) => {
  const names = ctx.mentionsIn(np);
  if (names.length === 0) return null;
  const before = ctx.mentionsIn({ start: ctx.sentenceStart(np.start), end: np.start });
  const gap = (a: Span, b: Span) => ctx.text.slice(a.end, b.start);
  const list = [...names];
  while (before.length > 0 && /^\s*,\s*$/.test(gap(before.at(-1)!, list[0]))) list.unshift(before.pop()!);
  const last = list.at(-1)!;
  if (!list.slice(1).every((m, i) => m.person !== list[i].person && JOINED.test(gap(list[i], m)))) return null;
  const opening = ctx.text.slice(ctx.sentenceStart(list[0].start), list[0].start);
  const others = OTHERS.test(ctx.text.slice(last.end, np.end));
  const plural = list.length > 1 && PLURAL_BEFORE.test(opening);
  return others || plural ? { speaker: { kind: 'anonymous', name: null, mention: ctx.slice(np) }, confidence: 0.6, plural: true } : null;
};
// "The litigants A, B and C", "petitioners A and B": a plural common noun right before the first name
const OTHERS = /^\s*,?\s+and\s+others?\b/;
const PLURAL_BEFORE = /(?:^|\s)\p{Ll}{3,}s\s+$/u;
// "X and others": a conjunct after the name; "A, B, and C", "A and Minister B": names joined, titles between them
const AND_MORE = /^\s*,?\s+and\s+\S/;
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:\p{Lu}[\p{L}.()-]*\s+){0,4}$/u;
