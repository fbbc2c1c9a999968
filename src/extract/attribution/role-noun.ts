// Sieve: "the minister", "the chief justice", "the high commissioner" -> the person holding that
// role; "the ministry", "the central bank", "the military's media wing" -> the body last heard from.
import { HONORIFICS, STYLES_OF_RANK } from '../lexicons/honorifics.js';
import {
  BODY_HEADS,
  BODY_ROLES,
  COURT_PANELS,
  HEAD_RANKS,
  LAW_OFFICES,
  PERSON_ROLES,
  ROLE_STYLES,
  SPEAKS_FOR,
} from '../lexicons/role-nouns.js';
import { CLIENT_ROLES, OFFICIAL_ROLES, SCOPE_WORDS, TITLE_WORDS } from '../lexicons/titles.js';
import type { Span } from '../text/segment.js';
import { type AttributionContext, type KnownBody, type KnownPerson, lastNamedBefore, type Recalled, type Resolution } from './context.js';
import { regionOpening } from '../entities/words.js';
import { ACRONYM, capitalisedWords, headOf, lowerWords, mentionHead, type Sieve, withoutRegion } from './sieve.js';

const DEFINITE = new Set(['the', 'its', 'his', 'her', 'their']);
// a named possessor determines the role as "the" does: "Pakistan's finance minister", "Sri Lanka's central bank governor"
const POSSESSOR = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]\s?s\s/u;

/** South Asian copy capitalises a title used as a role noun: "The Home Minister", "the PCB Chairman", "The Caretaker Chief Minister". */
const titleCased = (words: string[]): boolean =>
  words.every((w) => ACRONYM.test(w) || [TITLE_WORDS, OFFICIAL_ROLES, SCOPE_WORDS].some((set) => set.has(w.toLowerCase())));

/** "the Foreign Office spokesperson", "the PCB chairman": a body's name before a person's role, in lower case. */
const ownedRole = (words: string[], head: string): boolean =>
  PERSON_ROLES.has(head) && asWritten(words.at(-1), head) && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w));
/** The head as the phrase writes it: in lower case, or an office's initials in capitals ("the Union Station MLA"). */
const asWritten = (word: string | undefined, head: string): boolean => word === head || word === head.toUpperCase();

/**
 * A role noun's modifiers ("law" in "the law officer") are in the person's title, or either says nothing of
 * which role it is: "the minority affairs minister" may be "Union minister X", not "Prime Minister X"; a
 * head's rank ("the top judge") says which holder, not which role.
 */
export const modifies = (person: KnownPerson | null, described: string[], head: string): boolean => {
  const which = described.filter((w) => !SCOPE_WORDS.has(w) && !HEAD_RANKS.has(w));
  const held = person?.title ? lowerWords(person.title) : [];
  const own = held.filter((w) => w !== head && w !== ROLE_STYLES.get(head) && !SCOPE_WORDS.has(w) && !FUNCTION_WORDS.has(w));
  // "the police chief" for a "Capital City Police" "Officer": the body the holder heads says which role too
  const body = lowerWords(person?.organization ?? '');
  return which.length === 0 || own.length === 0 || which.some((w) => held.includes(w) || body.includes(w));
};
export const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'to', 'on', 'in']);

const speaksFor = (person: KnownPerson | null): boolean => lowerWords(person?.title ?? '').some((w) => SPEAKS_FOR.has(w));

/**
 * A source the article gives no title is the spokesperson "the" points back to when "also" or "further" says
 * the same source goes on ("X told a briefing ... The spokesperson also said"), or once so called; a
 * spokesperson heard of after an untitled politician is someone else.
 */
function untitledSpokesperson(ctx: AttributionContext, np: Span, r: Recalled): boolean {
  if (!r.person || r.person.title) return false;
  const called = (x: Recalled) => x.person === r.person && SPEAKS_FOR.has(mentionHead(x.speaker));
  return GOES_ON.test(ctx.text.slice(np.end, np.end + 12)) || ctx.recall(np.start, called) !== null;
}
const GOES_ON = /^\s+(?:also|further)\b/;

/**
 * Delayed identification: a lede whose source is a role ("Sindh's information minister said on Tuesday ...")
 * before anyone is named, and the name in the next paragraph ("Speaking at the press club, Saeed Ghani said
 * ..."). The first person named after the role, within the next paragraph, if their title does not say
 * they are someone else; a name only a later quotation's source gives counts too, and is listed then.
 */
function identifiedNext(ctx: AttributionContext, np: Span, fits: (p: KnownPerson) => boolean): KnownPerson | null {
  // where a person first acts: one named only inside what a source says is spoken of ("The secretary claimed X
  // misled parliament"), no holder of the role
  const acting = (p: KnownPerson) => Math.min(...p.mentions.filter((m) => !ctx.spokenOf(m)).map((m) => m.start));
  const named: { at: number; acts: number; person?: KnownPerson; source?: { name: string; at: Span } }[] = [
    ...ctx.people.map((person) => ({ person, at: Math.min(...person.mentions.map((m) => m.start)), acts: acting(person) })),
    ...ctx.sourceNames.map((source) => ({ source, at: source.at.start, acts: source.at.start })),
  ];
  if (named.some(({ at }) => at < np.start)) return null;
  NEXT_PARAGRAPH.lastIndex = np.end;
  const limit = NEXT_PARAGRAPH.exec(ctx.text) ? NEXT_PARAGRAPH.lastIndex : ctx.text.length;
  const ahead = named.filter(({ acts }) => acts < limit).sort((a, b) => a.acts - b.acts);
  const first = ahead[0];
  const next = first && (first.person ?? ctx.listSourceName(first.source!));
  if (!next || !fits(next)) return null;
  const holders = ahead.flatMap(({ person }) => (person && fits(person) ? [person] : []));
  return first.person && soleHolder(ctx, holders) !== first.person ? null : next;
}
/** The rest of this paragraph and the whole of the next (sticky). */
const NEXT_PARAGRAPH = /[^\n]*\n\s*[^\n]*/y;

/**
 * Of the holders of a role, the first named; none when another is named in the same sentence ("the judge said"
 * before "a bench of Justice A and Justice B"): a definite role noun means one holder, and cannot say which.
 */
function soleHolder(ctx: AttributionContext, holders: KnownPerson[]): KnownPerson | undefined {
  const first = holders[0];
  if (!first) return undefined;
  const sentence = (p: KnownPerson) => ctx.sentenceStart(p.mentions[0].start);
  return holders.some((p) => p !== first && sentence(p) === sentence(first)) ? undefined : first;
}

/**
 * "Governor said", "Governor Punjab said", "Vice Chairman PTI said": agency copy in South Asia drops the
 * article before a title, and puts the province or the body's acronym after it, as in the holder's own title
 * ("Governor Punjab X", "Chairman PTI X"); in lower case too ("Federal minister said", "finance minister
 * said"), the case saying nothing of which role it is. The title's words, or null. roleNoun has stripped the
 * province wherever what is left ends in a role, so only an acronym is popped here.
 */
function bareTitle(phrase: string): string[] | null {
  // "Sindh information minister said", "Punjab Information Minister said": a province opening the bare title
  // says where it is held, as in "Sindh information minister X"
  const region = regionOpening(phrase);
  const opened = region !== undefined && phrase.startsWith(`${region} `);
  const words = phrase.slice(opened ? region.length + 1 : 0).split(/\s+/);
  const placed = words.length > 1 && ACRONYM.test(words.at(-1)!);
  if (placed) words.pop();
  // "The Director General PDMA said": the article may stay before a title its body's acronym places
  if (placed && words.length > 1 && /^the$/i.test(words[0])) words.shift();
  // "Secretary Health said", "Minister Education said": the portfolio after the role, as in the holder's title
  // ("Secretary Health X"), is the health secretary
  const portfolio = !placed && words.length === 2 && portfolioAfter(words);
  if (portfolio) words.reverse();
  const head = words.at(-1)!.toLowerCase();
  return PERSON_ROLES.has(head) && titleCased(words) ? words : null;
}
const portfolioAfter = ([role, field]: string[]): boolean =>
  /^\p{Lu}/u.test(role) &&
  PERSON_ROLES.has(role.toLowerCase()) &&
  /^\p{Lu}\p{Ll}+$/u.test(field) &&
  TITLE_WORDS.has(field.toLowerCase()) &&
  !PERSON_ROLES.has(field.toLowerCase());

/**
 * "Governor State Bank of Pakistan said": a body the article names, after a capitalised title, as its acronym
 * stands there ("Chairman PTI said"); the title alone, else the phrase as it is.
 */
function withoutBody(phrase: string, ctx: AttributionContext): string {
  const words = phrase.split(/\s+/);
  for (let n = 1; n < words.length; n++) {
    const title = words.slice(0, n);
    if (PERSON_ROLES.has(words[n - 1].toLowerCase()) && titleCased(title) && ctx.bodyNamed(words.slice(n).join(' ')))
      return title.join(' ');
  }
  return phrase;
}

/**
 * The last named speaker a role noun may mean. A body's role ("the PTI chairman", "the Taliban spokesman")
 * means only the source just heard from, the writer varying how the same person is named; one further back
 * may hold a role of another body.
 */
function lastSpeaker(ctx: AttributionContext, np: Span, ok: (r: Recalled) => boolean, owned: boolean): KnownPerson | null {
  const r = ctx.recall(np.start, ok);
  if (!r || (owned && r !== ctx.recall(np.start, () => true))) return null;
  return r.person;
}

/**
 * "Minister for Information", "the Federal Minister of Interior": a capitalised role with its portfolio after
 * "of" or "for" is "the information minister" (agency ledes drop the article); the role's words before the
 * preposition, and the portfolio's words, which say which role it is. Null for any other phrase.
 */
function portfolioTitle(phrase: string): { role: string; portfolio: string[] } | null {
  const m = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(?:of|for)\s+(\p{Lu}[\p{L}&\s-]*)$/u.exec(phrase);
  if (!m) return null;
  const role = m[1].split(/\s+/);
  const portfolio = lowerWords(m[2]).filter((w) => !FUNCTION_WORDS.has(w));
  const capitals = m[2].split(/\s+/).every((w) => FUNCTION_WORDS.has(w) || w === '&' || /^\p{Lu}/u.test(w));
  const known = titleCased(role) && PERSON_ROLES.has(role.at(-1)!.toLowerCase());
  return known && capitals && portfolio.length <= 5 && portfolio.some((w) => TITLE_WORDS.has(w))
    ? { role: `the ${m[1]}`, portfolio }
    : null;
}

/**
 * "The acting Minister of Economy" after "X, acting Minister of Economy, said": a person's whole title after
 * "the" names its holder, whatever words the title holds. The holder heard from last, else the one named last.
 */
function titleRepeated(ctx: AttributionContext, np: Span, mention: string): Resolution | null {
  const m = /^the\s+(\S.*)$/i.exec(mention);
  const key = m && lowerWords(m[1]).join(' ');
  // or the words written before their name, whatever title was read from them ("AJK PM X" ... "The AJK PM"),
  // when a capitalised word in them says whose role it is, not only which
  const role = key?.split(' ').at(-1) ?? '';
  const placed = m !== null && m[1].includes(' ') && /\p{Lu}/u.test(m[1]) && (PERSON_ROLES.has(role) || OFFICIAL_ROLES.has(role));
  const wrote = (p: KnownPerson) =>
    p.mentions.some((x) => ` ${lowerWords(ctx.text.slice(Math.max(0, x.start - 60), x.start)).join(' ')}`.endsWith(` ${key}`));
  const holders = ctx.people.filter((p) => (p.title !== null && lowerWords(p.title).join(' ') === key) || (placed && wrote(p)));
  const recalled = ctx.recall(np.start, (r) => r.person !== null && holders.includes(r.person))?.person;
  const person = recalled ?? lastNamedBefore(holders, np.start);
  return person ? { speaker: { kind: 'person', name: person.name, mention }, confidence: recalled ? 0.85 : 0.7, person } : null;
}

/** "the law officer said" after "Deputy Attorney General X told the court": the law officer heard from or named last. */
function lawOfficer(ctx: AttributionContext, np: Span, mention: string): Resolution | null {
  if (!LAW_OFFICER.test(mention)) return null;
  const officer = (p: KnownPerson | null) =>
    p !== null &&
    LAW_OFFICES.some((o) =>
      lowerWords(p.title ?? '')
        .join(' ')
        .endsWith(o),
    );
  const person =
    ctx.recall(np.start, (r) => officer(r.person))?.person ??
    lastNamedBefore(
      ctx.people.filter((p) => officer(p)),
      np.start,
    );
  return person ? { speaker: { kind: 'person', name: person.name, mention }, confidence: 0.75, person } : null;
}
const LAW_OFFICER = /^the\s+law\s+officer$/i;

/**
 * "His Highness the Prime Minister said": a style of address before "the" is an honorific, as "Mr" is before a
 * name; the role noun after it says who speaks. The length of the style and its space, or 0.
 */
function styleBefore(mention: string): number {
  const m = STYLED.exec(mention);
  return m && HONORIFICS.has(m[1].toLowerCase()) ? m[0].length : 0;
}
const STYLED = /^(?:His|Her|Their)\s+(?:Royal\s+)?(\p{L}+)\s+(?=the\s)/u;

export const roleNoun: Sieve = (np, ctx, resolve) => {
  const style = styleBefore(ctx.slice(np));
  if (style > 0) return roleNoun({ start: np.start + style, end: np.end }, ctx, resolve);
  const mention = ctx.slice(np);
  const repeated = titleRepeated(ctx, np, mention) ?? lawOfficer(ctx, np, mention);
  if (repeated) return repeated;
  // an acronym in brackets restates the name before it ("The Pakistan Tehreek-e-Insaf (PTI) minister"); "ex-"
  // is "former", which says when the role was held, not which ("the ex-premier")
  const bracketless = mention.replace(/\s*\([^)]*\)/g, '').replace(/(^|\s)ex-(?=\p{L})/giu, '$1');
  const placed = withoutBody(withoutRegion(bracketless), ctx);
  const read = PERSON_ROLES.has(placed.split(/\s+/).at(-1)!.toLowerCase()) ? placed : bracketless;
  const portfolio = ctx.personIn(np) ? null : portfolioTitle(read);
  const phrase = portfolio?.role ?? read;
  const bare = bareTitle(phrase);
  const ws = bare ? ['the', ...bare.map((w) => w.toLowerCase())] : lowerWords(phrase);
  // only a lower-case description: "the minister", "its chief executive", "the military's media wing", not "The State Bank of Pakistan"
  const determined = bare !== null || DEFINITE.has(ws[0]) || POSSESSOR.test(phrase);
  const afterFirst = bare ?? phrase.split(/\s+/).slice(1);
  const head = headOf(ws);
  // "its ambassador to Britain": a complement after a role in lower case places the role, it names no body
  const headAt = afterFirst.findIndex((w) => asWritten(w, head));
  const beforeComplement = headAt >= 0 ? afterFirst.slice(0, headAt + 1) : afterFirst;
  // "the Oklahoma senator": a capitalised word right after the determiner may describe the holder
  const capitalised = beforeComplement.slice(1).some((w) => /^\p{Lu}/u.test(w));
  // "the former Punjab chief minister", "The independent Central Bedfordshire councillor": a role in lower case
  // last, a place or body before it saying where it is held
  const placedRole = PERSON_ROLES.has(head) && asWritten(beforeComplement.at(-1), head);
  // "The Punjab Health Minister": a province opening a capitalised title says where it is held, as in "Punjab
  // Health Minister X"
  const region = regionOpening(afterFirst.join(' '));
  const held = region === undefined ? afterFirst : afterFirst.slice(region.split(' ').length);
  const title = capitalised && ws[0] === 'the' && (titleCased(held) || ownedRole(afterFirst, head) || placedRole);
  // a long phrase describes more than a role; a complement placing the role ("the interim chief executive of
  // North Wales' health board") is not counted
  const roleLength = PERSON_ROLES.has(head) && headAt >= 0 ? headAt + 2 : ws.length;
  if (!determined || roleLength > 6 || ws.length > 12 || (capitalised && !title)) return null;
  if (PERSON_ROLES.has(head)) {
    // "the chief minister" is the Chief Minister before the Irrigation Minister spoken of since; "the police
    // chief" the Capital City Police Officer when no one's title holds "chief"
    // "the prime minister's press secretary": an aide of the possessor, so the role is the words after the
    // possessive, all of them ("Health Secretary X" is no press secretary, the Prime Minister no secretary);
    // a place or body possessing the role ("the province's finance minister") makes no aide
    // a person named as the possessor ("Khan's lawyer") makes an aide too
    const ofPerson = /['’]s$/.test(ws[0]) && ctx.personNamed(phrase.split(/['’]/)[0]) !== null;
    // one who acts for a client is never the client: any possessor of a lawyer ("the petitioner's counsel") makes an aide
    const aide = ofPerson
      ? 0
      : ws.slice(1, -1).findLastIndex((w) => /['’]s?$/.test(w) && (CLIENT_ROLES.has(head) || PERSON_ROLES.has(w.replace(/['’]s?$/, ''))));
    const described = [...ws.slice(aide < 0 || ofPerson ? 1 : aide + 2).filter((w) => w !== head), ...(portfolio?.portfolio ?? [])];
    // lower-case modifiers say which role it is ("law officer"); a capitalised one says where ("the Oklahoma senator");
    // an aide's possessor says whose aide, not which role
    const common = afterFirst
      .slice(aide < 0 || ofPerson ? 0 : aide + 1)
      .filter((w) => !/^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase())
      .filter((w) => w !== head)
      .concat(portfolio?.portfolio ?? []);
    const titled = (title: string | null, words: string[]) => {
      if (title === null) return false;
      const held = lowerWords(title);
      // "counsel", "lawyer", "Advocate": one profession, whichever word the article titles its member with
      const client = (w: string) => CLIENT_ROLES.has(w) && CLIENT_ROLES.has(held.at(-1)!);
      return words.every((w) => held.includes(w) || held.includes(ROLE_STYLES.get(w) ?? w) || client(w));
    };
    const holdsAll = (title: string | null) => titled(title, [...described, head]);
    const holds = (title: string | null) => titled(title, aide < 0 ? [head] : [...described, head]);
    // "the Taliban spokesman" speaks for a body the article names: no one last heard from without that role
    const owner = ws[0] === 'the' && afterFirst.length > 1 ? ctx.bodyNamed(afterFirst.slice(0, -1).join(' ')) : null;
    const owned = owner !== null;
    // one the article places in another body is not that body's holder ("the SBP chief" after the finance minister)
    const names = new Set(owner ? [owner.name, ...owner.aliases] : []);
    const members = ctx.people.filter((p) => names.has(p.organization ?? ''));
    const elsewhere = new Set(ctx.people.filter((p) => owned && p.organization !== null && !names.has(p.organization)));
    // a person named only inside what a source says is spoken of, no holder of the role ("The Congress
    // leader said X, a BJP leader, had ..."), nor one first named in the quotation the role noun speaks
    const acts = (m: Span) => !ctx.spokenOf(m) || theHolder(ctx, m, head);
    const before = (p: KnownPerson) => p.mentions.some((m) => m.start < np.start && acts(m));
    const introduced = (p: KnownPerson) => acts(p.mentions[0]);
    const recalled =
      ctx.recall(np.start, (r) => r.person !== null && holdsAll(r.person.title)) ??
      ctx.recall(np.start, (r) => r.person !== null && holds(r.person.title) && modifies(r.person, common, head));
    // "A K-Electric spokesperson said ... the spokesperson added": the unnamed source of that noun heard from
    // since anyone holding the title, as "the official" points back to "a ministry official"
    const unnamed = ctx.recall(np.start, (r) => !r.plural && r.speaker.kind === 'anonymous' && mentionHead(r.speaker) === head);
    if (unnamed && !(recalled && recalled.at > unnamed.at)) return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.7 };
    // named before, or (a headline-style "its chief executive said ... CEO Amir Hayat said") just after; a person's
    // aide ("Khan's lawyer") only before
    const person =
      recalled?.person ??
      ctx.people.filter((p) => holds(p.title) && modifies(p, common, head) && before(p)).pop() ??
      soleHolder(
        ctx,
        ctx.people.filter((p) => !ofPerson && holds(p.title) && modifies(p, common, head) && introduced(p)),
      ) ??
      ctx.people.filter((p) => described.some((w) => titled(p.title, [w])) && before(p)).pop() ??
      // "the PCB chief", "SBP chief said": the head of a body is whoever the article places at it, whatever their title
      (owned && BODY_HEADS.has(head)
        ? (ctx.recall(np.start, (r) => members.includes(r.person as KnownPerson))?.person ?? lastNamedBefore(members, np.start))
        : undefined) ??
      // the last named speaker ("the premier" for the Prime Minister), unless the noun's modifier is not in the
      // title they hold ("the law officer" after "Justice X")
      // (a bare title is written as its holder's title is: only a holder of it; a spokesperson speaks for
      // another, so only one ("the spokeswoman" after "spokesperson X"), never the principal)
      (aide >= 0 || bare
        ? null
        : lastSpeaker(
            ctx,
            np,
            (r) =>
              r.speaker.kind === 'person' &&
              !elsewhere.has(r.person as KnownPerson) &&
              modifies(r.person, common, head) &&
              (!SPEAKS_FOR.has(head) || speaksFor(r.person) || untitledSpokesperson(ctx, np, r)),
            owned,
          )) ??
      null;
    const fits = (p: KnownPerson) => !p.title || STYLES_OF_RANK.has(p.title.toLowerCase()) || (holds(p.title) && modifies(p, common, head));
    const identified = person ?? (owned || aide >= 0 || bare ? null : identifiedNext(ctx, np, fits));
    // a holder the article never names: "The spokesperson clarified ..."; a bare title in lower case ("SBP
    // chief said") may be written for a holder titled otherwise, and is left to the sieves after
    if (!identified)
      return bare?.some((w) => /^\p{Ll}/u.test(w)) ? null : { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.5 };
    if (identified !== person) return { speaker: { kind: 'person', name: identified.name, mention }, confidence: 0.6, person: identified };
    return { speaker: { kind: 'person', name: person.name, mention }, confidence: recalled ? 0.85 : 0.7, person };
  }
  if (title) return null;
  // "Bangladesh's main opposition party" before "The Bangladesh Nationalist Party (BNP) said": the body
  // named next with that head and the owner in its name
  const owner = ws[0].replace(/['’]\s?s?$/, '');
  const named = (b: KnownBody) => lowerWords(b.name).includes(head) && lowerWords(b.name).includes(owner);
  const ahead =
    BODY_ROLES.has(head) && !DEFINITE.has(ws[0])
      ? ctx.bodies.find((b) => named(b) && b.mentions.some((m) => m.start > np.start))
      : undefined;
  if (ahead) return { speaker: { kind: 'organization', name: ahead.name, mention }, confidence: 0.6 };
  // "Pakistan's interior ministry" names a body afresh; only "the ministry" points back to one
  if (BODY_ROLES.has(head) && DEFINITE.has(ws[0])) {
    // "A bipartisan group of senators said ... the group added": an unnamed group of that noun heard from
    // since any body, as "the spokesperson" points back to "a K-Electric spokesperson"
    const unnamed = ctx.recall(np.start, (r) => r.plural && r.speaker.kind === 'anonymous' && mentionHead(r.speaker) === head);
    if (unnamed && !ctx.recall(np.start, (r) => r.speaker.kind === 'organization' && r.at > unnamed.at))
      return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.7, plural: true };
    // ("the bench" sits for a court); "the IEA government" after "the Ministry of Finance", "the Kabul municipality"
    // after "Dubai Municipality": a name or initials before the noun name a body afresh, as a possessor does,
    // unless the body of that kind has them in its name
    const proper = capitalisedWords(beforeComplement.slice(0, -1));
    const named = ctx.bodyOfKind(COURT_PANELS.has(head) ? 'court' : head, np.start, proper);
    if (named) return { speaker: { kind: 'organization', name: named.name, mention }, confidence: 0.8 };
    if (proper.length > 0) return null;
    // "the flood control office" after "the state flood control office" and another body: the modifiers say which
    // body heard from is meant, the last one whose name holds them all
    const described = lowerWords(beforeComplement.join(' '));
    const isBody = (r: Recalled) => r.speaker.kind === 'organization';
    // (a body's speaker always has its name)
    const holdsWords = (r: Recalled) => isBody(r) && described.every((w) => lowerWords(r.speaker.name!).includes(w));
    const recalled = (described.length > 1 ? ctx.recall(np.start, holdsWords) : null) ?? ctx.recall(np.start, isBody);
    if (recalled) return { speaker: { ...recalled.speaker, mention }, confidence: 0.7 };
    // "a statement issued by the civic body" after "Dubai Municipality": a noun any body may be called by is the
    // body named last, when none has spoken yet
    const last = GENERIC_BODIES.has(head) ? ctx.lastBodyBefore(np.start) : null;
    if (last) return { speaker: { kind: 'organization', name: last.name, mention }, confidence: 0.6 };
  }
  return null;
};
const GENERIC_BODIES = new Set(['body', 'organisation', 'organization']);

/**
 * "According to sources, X, the chief minister of Sindh, conveyed ...": a definite apposition makes the one named
 * the holder of the role, even inside what a source says; "the chief minister" then points back to them, where
 * one named with an indefinite ("X, a BJP leader") is only spoken of.
 */
function theHolder(ctx: AttributionContext, m: Span, head: string): boolean {
  const apposition = DEFINITE_APPOSITION.exec(ctx.text.slice(m.end, m.end + APPOSITION_REACH))?.[1];
  return apposition !== undefined && lowerWords(apposition).includes(head);
}
const DEFINITE_APPOSITION = /^\s*,\s+the\s+([^,.;]+),/;
const APPOSITION_REACH = 80;
