// The body an official's title implies when the words around the name give none: the title's owner, a
// province's government, the commission, council, court or chamber the article names.
import {
  BARE_PRESIDENT,
  BOARD_OFFICES,
  CORPORATE_OFFICES,
  LOCAL_OFFICES,
  MEMBER_BODY_HEADS,
  ORG_KINDS,
} from '../lexicons/organizations.js';
import { REGION_INITIALS, REGIONS, WORLD_REGIONS } from '../lexicons/regions.js';
import { ORG_LEADERS, TITLE_WORDS } from '../lexicons/titles.js';
import { findCity } from '../dateline/gazetteer.js';
import { initials, nameCountry, type Organization, type OrgTable } from './organizations.js';
import type { Phrase } from './phrases.js';
import { countryOf, isOffice } from './words.js';

/**
 * The title and body of an official whose words gave `org` (possibly none): the body a title implies fills
 * a gap, and a head word alone ("the Board") or a body in lower case gives way to the body the article names.
 */
export function titleBody(title: string | null, org: Phrase['org'], orgs: OrgTable): { title: string | null; org: Phrase['org'] } {
  // "a Division Bench of Justice X and Justice Y": the bench is the court sitting, the judge's title is "Justice"
  title = title?.replace(BENCH_OF, '') ?? null;
  // "Sistan-Baluchestan’s Deputy Governor": the owner is the body
  // "Cabinet Minister of Health X": a title word alone is a standing, no body, unless the article names a body
  // so ("Labour MP"); phrases.ts already keeps "Opposition leader" whole, this catches a head word ("Cabinet")
  if (org && title && TITLE_WORDS.has(org.name.toLowerCase()) && !orgs.byName(org.name)) [title, org] = [`${org.name} ${title}`, undefined];
  const owner = org
    ? undefined
    : (postInitials(title, orgs) ??
      ownerOf(title, orgs) ??
      acronymAfter(title, orgs) ??
      bodyBeforeLeader(title) ??
      regionGovernment(title));
  if (owner) ({ title, org } = owner);
  if (!org && title) org = commissionOf(title, orgs);
  // "Provincial Minister for Higher Education": the province is the one whose government the article names
  // ... as does a chief minister, who heads a province's or state's government, and the chief minister's aides
  if (!org && title && /\b(?:provincial|chief minister)\b/i.test(title)) org = provincialGovernment(orgs);
  // "Mayor X", "Councillor Y": a town's officer serves the council the article names
  if (!org && title && LOCAL_OFFICES.test(title)) org = localBody(orgs);
  // "vice president (Finance) X, director Y" in a story about a trade body: its board
  if (!org && title && BOARD_OFFICES.test(title) && !BARE_PRESIDENT.test(title)) org = memberBody(orgs);
  // "Chief Legal Officer X" in a story about one company: its officer
  if (!org && title && CORPORATE_OFFICES.test(title)) org = soleCompany(orgs);
  // "Chairman of the Board": a head word alone names the body the article gave in full ("Federal Board of Revenue")
  // ("the House", "the Senate", "Police" name their body alone)
  const bare = org && BARE_HEADS.has(org.name.toLowerCase()) ? org.name.toLowerCase() : undefined;
  if (bare) org = orgs.orgs.find((o) => o.head === bare && o.name !== org!.name) ?? org;
  // "secretary of the election commission": a body in lower case is the one the article names in capitals
  if (org && org.name === org.name.toLowerCase()) org = namedInCapitals(orgs, org.name) ?? org;
  // a judge sits on the court the article names ("Minister for Law and Justice" is no judge: a portfolio), a
  // Speaker presides over its chamber
  // ... the part of it the title names too ("a Division Bench of Justices")
  if ((!org || bare) && title && judges(title)) org = orgs.orgs.find((o) => o.head === 'court') ?? org;
  if (!org && title && PRESIDING.test(title)) org = orgs.orgs.find(chamber);
  // ... and its members sit in it ("opposition members A, B", "Senator X")
  if (!org && title && SEATED.test(title)) org = chamberOf(title, orgs);
  return { title, org };
}

/** A bench (and its kind) before a judge's title: "Bench of", "HC bench of", "Division Bench of". */
const BENCH_OF = /^(?:\p{L}+ )?bench of (?=(?:chief )?(?:justices?|judges?)\b)/iu;

/** A post's initials repeated after it, the last of them its body's: "Director General ISPR (DG ISPR)". */
const POST_INITIALS = / \((?:\p{Lu}+ )+(?<acronym>\p{Lu}[\p{Lu}&-]*\p{Lu})\)$/u;

/**
 * "Director General ISPR (DG ISPR)", "Director General Inter-Services Public Relations (DG ISPR)": the title's
 * last words, the body's acronym or the words it spells, are the body; the role is what stands before them.
 */
function postInitials(title: string | null, orgs: OrgTable): { title: string; org: Phrase['org'] } | undefined {
  const m = title === null ? null : POST_INITIALS.exec(title);
  if (!m) return undefined;
  const { acronym } = m.groups!;
  const words = title!.slice(0, m.index).split(' ');
  for (let n = 1; n < words.length; n++) {
    const body = words.slice(-n).join(' ');
    if (body !== acronym && initials(body) !== acronym) continue;
    const known = orgs.byName(body) ?? orgs.byName(acronym);
    const org = known && (body === acronym || known.name === body) ? known : { name: body, country: known?.country };
    return { title: words.slice(0, -n).join(' '), org };
  }
  return undefined;
}

/** A possessive owner inside a title: "Sistan-Baluchestan’s Deputy Governor", "head of HRM's legal services". */
const OWNED_TITLE = /^(?<before>.* of )?(?<owner>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)[’']s (?<rest>.+)$/u;

/**
 * A province or a body the article names owning the title is the holder's body, which the possessive parts
 * from the role ("Sindh Chief Minister" holds it inseparably); a country says whose the person is, and a
 * town's office is left as written ("Karachi’s mayor").
 */
function ownerOf(title: string | null, orgs: OrgTable): { title: string; org: Phrase['org'] } | undefined {
  const m = title === null ? null : OWNED_TITLE.exec(title);
  if (!m) return undefined;
  const { before, owner, rest } = m.groups!;
  const country = REGIONS.get(owner);
  const body = orgs.byName(owner) ?? (country ? { name: owner, country } : undefined);
  return body && { title: `${before ?? ''}${rest}`, org: body };
}

/** Head words that alone are a part of a body's name, not a name: "the Board", "the Committee". */
const BARE_HEADS = new Set([
  'board',
  'committee',
  'commission',
  'council',
  'authority',
  'bureau',
  'division',
  'department',
  'corporation',
  'association',
]);

/** Offices of a province's or a state's executive: its "Minister for Tourism", "Chief Secretary", "Governor". */
const EXECUTIVE = /\b(?:minister|governor|secretary|premier|advis[eo]r|spokes(?:person|man|woman))\b/i;
/** A state written with its word, as Nigerian copy does ("Edo State Governor"). */
const STATE_NAME = /^\p{Lu}[\p{L}-]* State$/u;

/**
 * "Gilgit Baltistan Minister for Tourism", "Chief Secretary Balochistan", "Tourism Minister of Gilgit-Baltistan",
 * "Edo State Governor": a province or a state opening or closing an executive's title is the government they
 * serve. The title keeps it as the article gives it (GUIDELINES: "Sindh Chief Minister"); the body beside it
 * lets a client group a province's officials by its government as it does a country's by ministry.
 */
function regionGovernment(title: string | null): { title: string; org: Phrase['org'] } | undefined {
  if (title === null) return undefined;
  // an acronym the title repeats in brackets goes with the region: "Azad Jammu & Kashmir (AJK) Prime Minister"
  const words = title.replace(/ \([A-Z-]+\)/g, '').split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const tail = words.slice(-n).join(' ');
    const opening = regionNamed(head) ? { region: head, role: words.slice(n) } : undefined;
    // ... closing it after the role or its "of", not a portfolio's object ("Minister for Punjab Affairs")
    const rest = words.slice(0, -n);
    const closing = regionNamed(tail) && !['for', 'to', 'on', 'and'].includes(rest.at(-1)!.toLowerCase());
    const found = opening ?? (closing ? { region: tail, role: rest.at(-1)!.toLowerCase() === 'of' ? rest.slice(0, -1) : rest } : undefined);
    if (!found || !EXECUTIVE.test(found.role.join(' '))) continue;
    const name = REGION_INITIALS.get(found.region) ?? found.region;
    return { title, org: { name: `${name} government`, country: REGIONS.get(found.region) ?? undefined } };
  }
  return undefined;
}

/** A province or a state by name: the regions the lexicon holds and Nigerian "X State". */
const regionNamed = (name: string): boolean => (REGIONS.has(name) && !WORLD_REGIONS.has(name)) || STATE_NAME.test(name);

/** "Human Rights Commissioner": the words that name the commission a commissioner sits on. */
// ... and the initials the article gives after it: "Election Commissioner (EC)"
const COMMISSIONER = /(?:^|\s)(?<field>\p{L}+) commissioners?(?: \(\p{Lu}+\))?$/iu;

/**
 * "Chief Election Commissioner", "election commissioners A, B": a commissioner sits on the commission of
 * that name the article gives ("Election Commission of Pakistan"); an election commissioner on the country's
 * Election Commission when the article gives only its initials ("the EC"). "Deputy Commissioner", a
 * district's officer, names no commission.
 */
function commissionOf(title: string, orgs: OrgTable): Phrase['org'] {
  const m = COMMISSIONER.exec(title);
  if (m === null) return undefined;
  const field = m.groups!.field.toLowerCase();
  const named = orgs.orgs.find((o) => o.head === 'commission' && o.name.toLowerCase().includes(`${field} commission`));
  return named ?? (field === 'election' ? { name: 'Election Commission', country: undefined } : undefined);
}

/** The provincial government the article names most ("the Punjab government"), if it names one. */
function provincialGovernment(orgs: OrgTable): Phrase['org'] {
  const provincial = orgs.orgs.filter((o) => o.head === 'government' && REGIONS.has(o.name.slice(0, o.name.lastIndexOf(' '))));
  return mostMentioned(provincial);
}

/** The body named most often of these, the first named on a tie. */
const mostMentioned = (bodies: Organization[]): Organization | undefined =>
  bodies.reduce<Organization | undefined>((top, o) => (top && top.mentions.length >= o.mentions.length ? top : o), undefined);

/** The association, federation, chamber or union the article names most, if it names one. */
const memberBody = (orgs: OrgTable): Phrase['org'] => mostMentioned(orgs.orgs.filter((o) => MEMBER_BODY_HEADS.has(o.head)));

/** The company the article names, when it names one only. */
function soleCompany(orgs: OrgTable): Phrase['org'] {
  const firms = orgs.orgs.filter((o) => ORG_KINDS.get('company')!.has(o.head));
  return firms.length === 1 ? firms[0] : undefined;
}

/** A town's own corporation: "Karachi Metropolitan Corporation", "Lahore Municipal Corporation". */
const TOWN_CORPORATION = /\b(?:metropolitan|municipal|city)\b/i;

/** The town's administration the article names most: its council, municipality or municipal corporation. */
function localBody(orgs: OrgTable): Phrase['org'] {
  const local = orgs.orgs.filter(
    (o) => o.head === 'council' || o.head === 'municipality' || (o.head === 'corporation' && TOWN_CORPORATION.test(o.name)),
  );
  return mostMentioned(local);
}

/** A role and a body's acronym after it, as South Asian copy writes them: "Chairman NDMA", "DG ISPR". */
const ROLE_ACRONYM = /^(?<role>.*\p{L}) (?<acronym>[A-Z][A-Z&-]*[A-Z])$/u;

/**
 * "Chairman NDMA X": initials closing a title name the role's body, unless a province's or a country's
 * ("Chief Minister KP" holds its place inseparably) or a rank's own ("Senior SP").
 */
function acronymAfter(title: string | null, orgs: OrgTable): { title: string; org: Phrase['org'] } | undefined {
  const m = title === null ? null : ROLE_ACRONYM.exec(title);
  if (!m) return undefined;
  const { role, acronym } = m.groups!;
  const body = orgs.byName(acronym);
  const office = isOffice(role.slice(role.lastIndexOf(' ') + 1).toLowerCase());
  if (!body && (REGIONS.has(acronym) || countryOf(acronym) || isOffice(acronym.toLowerCase()) || !office)) return undefined;
  return { title: role, org: body ?? { name: acronym, country: undefined } };
}

/** A body's name and a leader's word in lower case: "Congress leader", "Awami League president". */
const BODY_LEADER = /^(?<body>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*) (?<leader>\p{Ll}[\p{Ll}-]*)$/u;

/**
 * "former union minister and Congress leader X": the later of two roles keeps the body before its leader
 * word, as a title that stands alone does ("Congress leader X"); a place there says where ("Karachi
 * president"), a title word is a standing ("Opposition leader").
 */
function bodyBeforeLeader(title: string | null): { title: string; org: Phrase['org'] } | undefined {
  const m = title === null ? null : BODY_LEADER.exec(title);
  if (!m || !ORG_LEADERS.has(m.groups!.leader)) return undefined;
  const { body, leader } = m.groups!;
  const place = findCity(body) !== undefined || REGIONS.has(body) || countryOf(body) !== undefined;
  if (place || body.split(' ').some((w) => TITLE_WORDS.has(w.toLowerCase()))) return undefined;
  return { title: leader, org: { name: body, country: nameCountry(body) } };
}

/** The body whose name opens with these words ("Election Commission of Pakistan" for "election commission"). */
function namedInCapitals(orgs: OrgTable, name: string): Phrase['org'] {
  return orgs.orgs.find((o) => o.name.toLowerCase() === name || o.name.toLowerCase().startsWith(`${name} `));
}

/** The presiding officer of a chamber, named by the title alone; the heads of a chamber's name. */
// ... and the leader of its opposition ("Opposition Leader", "Deputy Opposition Leader", "Leader of the Opposition")
const PRESIDING = /^(?:deputy )?(?:speaker|opposition leader|leader of the opposition)$/i;
const CHAMBERS = new Set(['assembly', 'senate', 'parliament', 'house', 'majlis']);
/** A house that is a chamber opens its name ("House of Commons", "the Lower House"); "State House" is a residence. */
const CHAMBER_HOUSE = /^(?:(?:lower|upper) )?house\b/i;
const chamber = (o: Organization): boolean => CHAMBERS.has(o.head) && (o.head !== 'house' || CHAMBER_HOUSE.test(o.name));
/** A sitting member of a chamber, by a title that is only that: "opposition members", "MNA", "Senator". */
const SEATED = /^(?:(?:opposition|treasury) members?|lawmakers?|legislators?|parliamentarians?|MNAs?|MPAs?|MPs?|senators?)$/i;

/** The chamber a member sits in, the one the article names: a senator's is its Senate. */
function chamberOf(title: string, orgs: OrgTable): Phrase['org'] {
  const senator = /^senators?$/i.test(title);
  if (!senator) return orgs.orgs.find(chamber);
  // ... or the one whose part the article names: "the Senate Standing Committee on Railways" sits in the Senate
  const senate = orgs.orgs.find((o) => o.head === 'senate');
  const part = senate ? undefined : orgs.orgs.find((o) => /^Senate /.test(o.name));
  return senate ?? (part && { name: 'Senate', country: part.country });
}

/**
 * "Chief Justice", "Senior Puisne Judge of the High Court", "Bench of Justices": a judge's title, not a
 * portfolio's word.
 */
function judges(title: string): boolean {
  const judge = /\b(justice|judge)s?\b/i.exec(title);
  return judge !== null && !/\b(of|for|to|in)\b/i.test(title.slice(0, judge.index).replace(/\bbench of $/i, ''));
}
