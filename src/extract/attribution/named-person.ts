// Sieve: a person named in the phrase, by full name, title and name, "Mr Khan" or a surname.
import { ARTICLES } from '../lexicons/articles.js';
import { REGIONS } from '../lexicons/regions.js';
import type { Span } from '../text/segment.js';
import type { AttributionContext, KnownPerson } from './context.js';
import { beforeRelative, type Sieve } from './sieve.js';
import { stripHonorifics } from './names.js';
import { BODY_WORD } from './organization.js';

// ("members of the conservative Freedom Caucus": a modifier may stand after "the"; not "minister for
// information X", where the lower-case word is the portfolio of the name's title)
const AFTER_PREPOSITION = /\p{Ll}\s+(?:in|of|from|for|near|with)\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+)?)?$/u;

const POSSESSED = /^['’]s?\s+\p{Ll}/u;

/**
 * "Elections Director X of the MDC formation of presidential candidate Y": a name in the complement of another
 * name is not the phrase's head; the name the complement follows is. Of coordinated names, the first.
 */
function headPerson(np: Span, ctx: AttributionContext): KnownPerson | null {
  const mentions = ctx.mentionsIn(np);
  const head = mentions.find((m, i) => {
    const next = mentions[i + 1];
    if (!next || next.person === m.person) return false;
    const between = ctx.text.slice(m.end, next.start);
    // (a full name first: "Secretary Elementary and Secondary Education X" lists no person "Elementary")
    return COMPLEMENT.test(between) || (COORDINATED.test(between) && m.person.parts.length > 1);
  });
  return head?.person ?? null;
}
const COMPLEMENT = /^\s+(?:of|from|for|with)\s/;
// "Premier A and Health Minister B said": joint speakers are credited to the first named (as the gold corpora do)
const COORDINATED = /^,?\s+and\s/;

export const namedPerson: Sieve = (whole, ctx) => {
  const np = beforeRelative(whole, ctx.text);
  let person = headPerson(np, ctx) ?? ctx.personIn(np) ?? ctx.personNamed(stripHonorifics(ctx.slice(np)));
  // guard against entity-finder slips: a "person" named like a company or a province ("Governor Punjab" read
  // as a governor named Punjab), a lone surname listed apart from its full name
  if (!person || BODY_WORD.test(person.name) || REGIONS.has(person.name)) return null;
  // "Local elders in Mir Ali", "a lawyer for Imran Khan": a name after a preposition only places or
  // relates the source, it is not the one speaking
  const named = person.mentions.filter((m) => m.start >= np.start && m.end <= np.end).pop();
  if (named && AFTER_PREPOSITION.test(ctx.text.slice(np.start, named.start))) return null;
  // "Khan's lawyer", "Mr Khan's spokesman": the possessive is a determiner; the noun after it is the source
  if (named && POSSESSED.test(ctx.text.slice(named.end, np.end))) return null;
  // "The Red Crescent said": a personal name takes no article, so the finder's "person" is a body's name
  if (named && ARTICLES.has(ctx.text.slice(np.start, named.start).trim().toLowerCase())) return null;
  if (person.parts.length === 1) person = ctx.fullerPerson(person) ?? person;
  return { speaker: { kind: 'person', name: person.name, mention: ctx.slice(whole) }, confidence: 0.95, person };
};

/**
 * "Kristalina Georgieva, Managing Director International Monetary Fund (IMF), lauded ..., saying": a phrase
 * between commas right after a person's name is an apposition, which renames that person, not a second source.
 */
export const apposition: Sieve = (np, ctx, resolve) => {
  // the finder may leave a time phrase out of the apposition's end ("X, one of the first to object on Monday, said")
  const closed = APPOSITION_END.test(ctx.text.slice(np.end, np.end + 40));
  const comma = /,\s*$/.exec(ctx.text.slice(Math.max(0, np.start - 3), np.start));
  const open = INDEFINITE_NOUN.exec(ctx.slice(np));
  if (!comma || !(closed || open)) return null;
  const end = np.start - comma[0].length;
  const person = ctx.personIn({ start: Math.max(0, end - NAME_REACH), end });
  // "X, a trader said": copy may drop the comma closing an indefinite apposition to the name opening the
  // sentence; "“...,” X, the trade leader told", a definite one to the source named after a quotation ("X, the
  // statement said, ..." opening a sentence is a parenthetical cue)
  const quoted = (m: Span) => AFTER_QUOTATION.test(ctx.text.slice(Math.max(0, m.start - 3), m.start));
  const opens = (m: Span) => m.end === end && (closed || quoted(m) || (open?.[1] !== 'the' && m.start === ctx.sentenceStart(m.start)));
  if (person?.mentions.some(opens))
    return { speaker: { kind: 'person', name: person.name, mention: ctx.slice(np) }, confidence: 0.8, person };
  // "The minister, a former journalist, said": an apposition closed before the verb renames the short phrase
  // opening the sentence, whoever that phrase names
  const start = ctx.sentenceStart(end);
  return closed && open?.[1] !== 'the' && HEAD_PHRASE.test(ctx.text.slice(start, end)) ? resolve({ start, end }) : null;
};
const HEAD_PHRASE = /^(?:The|One|This|That|Its|His|Her|Their)\s+(?:[\p{L}'’-]+\s+){0,3}\p{Ll}[\p{L}-]*$/u;
const NAME_REACH = 80;
const APPOSITION_END = /^(?:\s+on\s+\p{Lu}\p{Ll}+day)?,/u;
// ("one of the petitioners" is indefinite as "a petitioner" is)
const INDEFINITE_NOUN = /^(an?|the|one\s+of\s+(?:the|its|his|her|their))\s+\p{Ll}/u;
const AFTER_QUOTATION = /[”"],?\s+$/;

/**
 * "“...,” said his solicitor, Tom Lloyd.": a name set off after a source phrase in lower case renames it, as an
 * apposition before the name does ("X, a trader, said"); the phrase is the person's role, not another source.
 * The name closes the sentence or its own apposition.
 */
export const namedAfter: Sieve = (np, ctx) => {
  const comma = /^,\s*/.exec(ctx.text.slice(np.end, np.end + 3));
  if (!comma || !ROLE_PHRASE.test(ctx.slice(np))) return null;
  const start = np.end + comma[0].length;
  const named = ctx.mentionsIn({ start, end: start + NAME_REACH }).find((m) => m.start === start);
  if (!named || !NAME_CLOSED.test(ctx.text.slice(named.end, named.end + 2))) return null;
  return { speaker: { kind: 'person', name: named.person.name, mention: ctx.slice(np) }, confidence: 0.8, person: named.person };
};
const ROLE_PHRASE = /^(?:the|his|her|their|its|a|an)\s+(?:[\p{Ll}'’-]+\s+){0,3}\p{Ll}[\p{Ll}-]*$/u;
const NAME_CLOSED = /^(?:[,.;:!?”"’)]|\s*$)/;
