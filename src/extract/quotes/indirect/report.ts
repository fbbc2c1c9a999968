// What each placed cue reports: the clause after it, the clause before it ("..., X said."), the clause it sits in
// ("The talks, the minister said, were ..."), or the clause around "according to X".
import { NOT_ACCORDING_SOURCES, TOLD_BY_ANOTHER } from '../../lexicons/reporting-verbs.js';
import { DOCUMENTS } from '../../lexicons/role-nouns.js';
import { lastMatch } from '../../text/search.js';
import { trim, type Span } from '../../text/segment.js';
import { PREPOSITION_FIRST } from '../bare-clause.js';
import { PARENTHETICAL_PRONOUN } from '../cues.js';
import { SETTING_OFF_COMMA } from '../source.js';
import { lastWord, near, nothingAfter, sourceEnd } from './clause.js';
import { ownContent } from './content.js';
import {
  CONJUNCTION_BEFORE,
  CONTACT_RELATIVE,
  COORDINATED_NEXT,
  IN_DOCUMENT_NEXT,
  NESTED_OPENING,
  NEXT_ACT,
  SUBORDINATE_NEXT,
} from './patterns.js';
import {
  commasOutsideMarks,
  extractedPredicate,
  inRelative,
  isClause,
  type Placed,
  type Scope,
  secondAct,
  verbRightAfter,
} from './scope.js';

/** Sets `p.content` (and how it was found) to what the i-th placed cue reports, up to `limit`. */
export function report(sc: Scope, p: Placed, i: number, limit: number): void {
  const { text, s } = sc;
  const { cue } = p;
  if (cue.kind === 'according') {
    reportAccording(sc, p, i, limit);
    return;
  }
  // "a boat which witnesses said had been carrying the victims, ...": the predicate up to the relative's end
  const predicate = extractedPredicate(sc, p);
  if (predicate >= 0) {
    p.content = trim(text, predicate, commasOutsideMarks(sc, predicate, limit).next().value ?? limit);
    return;
  }
  // "The province, he said could achieve ...", "This, he said resulted in ...": a parenthetical cue whose closing
  // comma was left out
  if (i === 0 && PARENTHETICAL_PRONOUN.test(near(text, s.start, cue.start)) && verbRightAfter(sc, cue)) {
    p.content = trim(text, s.start, limit);
    p.parenthetical = true;
    return;
  }
  // ("..., said X, the governor, adding that ...", "..., said FBR in a statement issued here": after an inverted
  // source set off by a comma or followed by its document, nothing of the cue's own follows)
  const inverted = p.source !== null && p.source.start >= cue.end;
  const afterSource = text.slice(p.source?.end ?? 0, (p.source?.end ?? 0) + 80);
  const setOffSource = inverted && cue.kind === 'verb' && (/^\s*,/.test(afterSource) || IN_DOCUMENT_NEXT.test(afterSource));
  const own = setOffSource ? null : ownContent(sc, p, limit);
  if (own) {
    p.content = own.content;
    p.viaThat = own.viaThat;
    return;
  }
  reportBefore(sc, p, i, limit, inverted);
}

/** "according to X, Y" and "Y, according to X": the clause after the source, else the one before the cue. */
function reportAccording(sc: Scope, p: Placed, i: number, limit: number): void {
  const { text, s, end } = sc;
  const { cue } = p;
  const comma = sourceEnd(text, cue.end, limit);
  if (accordingFrame(sc, p, i, comma)) return;
  // "..., according to two of the sources, who asked not to be named": a relative clause after the
  // source is about it; what is reported stands before the cue
  const relative = comma >= 0 && /^\s*(?:who|whom|whose|which)\b/i.test(text.slice(comma + 1, comma + 8));
  if (comma >= 0) p.source = trim(text, cue.end, comma);
  if (p.source && NOT_ACCORDING_SOURCES.has(lastWord(text, p.source))) return;
  const before = i === 0 && p.clauseStart > s.start ? trim(text, s.start, p.clauseStart) : null;
  // ("According to sources, the Prime Minister ... said that ...": up to the next cue's subject is no clause)
  const rest = comma >= 0 && comma < limit && !relative ? trim(text, comma + 1, limit) : null;
  const after = rest && (limit === end || isClause(sc, rest)) ? rest : null;
  // "The war has killed thousands, according to U.N. figures, creating ...": a participle after the
  // source is the clause before's adjunct; that clause is what is reported
  p.content = after && !(before && !isClause(sc, after) && isClause(sc, before)) ? after : before;
}

/**
 * "X said privately they were undecided, according to two aides": closing its sentence after another cue's speech,
 * "according to" frames the stretch before it as a clause-final cue does, the speech inside kept.
 */
function accordingFrame(sc: Scope, p: Placed, i: number, comma: number): boolean {
  const set = /,\s*$/.exec(near(sc.text, sc.s.start, p.cue.start));
  if (i === 0 || !set || comma >= 0) return false;
  const at = p.cue.start - set[0].length;
  if (!sc.placed.slice(0, i).some((q) => reportsUpTo(sc, q, at))) return false;
  p.frame = at;
  // ("X said Y, according to a statement from the agency": a document is the medium of X's own words, no teller)
  const head = DOCUMENT_HEAD.exec(sc.text.slice(p.cue.end, p.cue.end + 60));
  if (!head || !DOCUMENTS.has(head[1].toLowerCase())) p.content = trim(sc.text, sc.s.start, at);
  return true;
}
const DOCUMENT_HEAD =
  /^\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}]+)(?=\s+(?:from|of|by|issued|released|posted|published)\b|\s*[,.]|$)/u;

/** Nothing reported after the cue: "..., the ISPR said on Sunday." or "The talks, the minister said, were ...". */
function reportBefore(sc: Scope, p: Placed, i: number, limit: number, inverted: boolean): void {
  const { text, s, end, placed } = sc;
  const { cue } = p;
  const from = inverted ? p.source!.end : cue.end;
  // ("..., the litigants alleged and sought a stay": the speaker's next act, not a cue, also ends the stretch)
  // (", adding that ..." after an inverted source and its apposition: the participle set off is the next act)
  // ("the counsel said, officials had issued statements claiming that ...": a participle describing a noun is a
  // word of the stretch, no next act)
  const next = placed[i + 1]?.cue.attached === true ? undefined : placed[i + 1];
  const setOff = inverted && next?.cue.kind === 'participle' && next.cue.attached !== true;
  const actEnd =
    next === undefined ? (secondAct(sc, from, end) ?? end) : next.frame >= 0 ? limit : setOff ? next.clauseStart : nextAct(sc, from, next);
  // ("..., witnesses were quoted as saying." reports the clause before it as a verb does)
  if ((cue.kind !== 'verb' && cue.kind !== 'quoted') || actEnd < 0 || !nothingAfter(text, cue, from, actEnd)) return;
  // "..., with losses estimated at $3 billion": a preposition's object is no subject, the participle no cue
  const source = p.source ? text.slice(p.source.start, p.source.end) : '';
  if (PREPOSITION_FIRST.test(source) || CONTACT_RELATIVE.test(source)) return;
  const sourceStart = p.source?.start ?? cue.start;
  const window = near(text, s.start, sourceStart, 200);
  const last = lastMatch(SETTING_OFF_COMMA, window);
  const comma = last < 0 ? -1 : sourceStart - window.length + last;
  if (comma <= s.start) return;
  // earlier cues may only be part of what is reported here if they report nothing themselves
  const earlier = placed.slice(0, i);
  // "..., but, Ms X said, those inquiries failed": a cue set off after a conjunction reports the clause it opens,
  // and the stretch before it ends at the conjunction
  const conjunction = CONJUNCTION_BEFORE.exec(near(text, s.start, comma));
  const opening = /^,\s*/.exec(text.slice(from, from + 4));
  const clause = conjunction && opening && !inverted ? trim(text, from + opening[0].length, limit) : null;
  if (clause && isClause(sc, clause)) {
    p.content = clause;
    p.parenthetical = true;
    p.frame = comma - conjunction![0].length;
    return;
  }
  // ("X said that Y, ARY News reported", "X said Y, she added": a frame around X's words, which reports the whole
  // stretch, X's report inside it kept; not "Y, which, she said, was ...", nor "Y, as the president has alleged")
  const closing = !inverted && /^,[”"]?\s*$/.test(text.slice(comma, sourceStart)) && !text.slice(from, end).includes(',');
  if (closing && earlier.some((q) => reportsUpTo(sc, q, comma))) {
    p.frame = comma;
    p.content = trim(text, s.start, comma);
    return;
  }
  // (a participle describing its noun, "the call reporting a threat", is a word of that clause too)
  const partOfClause = (q: Placed) => q.cue.kind === 'verb' || (q.cue.kind === 'participle' && q.cue.attached === true);
  if (earlier.some((q) => q.attributionOnly || !partOfClause(q) || ownContent(sc, q, comma))) return;
  const pre = trim(text, s.start, comma);
  // ('“Recalling the talks, the minister reiterated his wish to strengthen” ties, the spokesman said': a stretch
  // opening with a quotation closed inside it holds the speaker's words in marks, the direct quote; the writer's
  // words after it are none; a later phrase in marks keeps the stretch, whose reported speech hosts that phrase)
  const inStretch = sc.marks.filter((k) => k.start >= pre.start && k.start < comma);
  if (inStretch.length === 1 && inStretch[0].start === pre.start) return;
  const tail = text.slice(cue.end, Math.min(end, cue.end + 60));
  // (the whole stretch before ", X said." with nothing after the cue: the tagger's noun reading of a present verb
  // is weighed against the word list's, "Farmers face losses, he said")
  const preIsClause = isClause(sc, pre, true);
  // ("During the last year, he said, 49,000 complaints were received": a number may open the clause's subject)
  const continuation = !preIsClause && /^\s*(?:on\s+\S+\s*|in\s+a\s+\S+\s*|yesterday\s*|today\s*)?,\s*[\p{L}\p{N}]/u.test(tail);
  if (continuation) {
    p.content = trim(text, s.start, end);
    p.parenthetical = true;
  } else if (preIsClause) {
    p.content = pre;
  }
  if (p.content) for (const q of earlier) q.silenced = true;
}

/**
 * Does a verb cue report speech that ends at `comma`: its own clause after it, or the clause before it inverted?
 * ("X rejected it, saying it was late, two aides said": so does a participle set off, the subject's next act.)
 */
function reportsUpTo(sc: Scope, q: Placed, comma: number): boolean {
  const setOffParticiple = q.cue.kind === 'participle' && q.cue.attached !== true;
  // (its words may be in marks: 'saying “it was late,” two aides said')
  if (setOffParticiple) return ownContent(sc, q, comma) !== null;
  if (q.cue.kind !== 'verb' || q.attributionOnly) return false;
  const src = q.source;
  if (src && src.start >= q.cue.end && src.end <= comma) return nothingAfter(sc.text, q.cue, src.end, comma);
  return ownContent(sc, q, comma) !== null;
}

/**
 * "Governor X said the Monetary Policy Committee had noted a decline": a cue whose source opens this
 * cue's content is reported speech itself; the whole clause is this cue's. When the inner cue tells of
 * another's act of telling ("said a witness had told her the man ..."), that one's words are a quote too.
 */
export function nest(sc: Scope, p: Placed, next: Placed, content: Span): void {
  const { text } = sc;
  const gap = NESTED_OPENING.exec(text.slice(p.cue.end, next.cue.start));
  // (a relative's cue, "X, who said Y, announced Z": the later cue is the main clause's, outside what X said)
  if (!gap || (p.cue.verb?.needThat && !gap[1]) || inRelative(sc, p.cue) || ownSubjectAfter(sc, p.cue.end, next)) return;
  // ("lamented the rise, which it said would ...": the relative is inside a noun phrase, no clause of its own; so is
  // "the BBC report that said ...", whose "that" is the inner cue's subject)
  if (next.extracted || (gap[1] && next.cue.kind === 'verb' && next.cue.start === p.cue.end + gap[0].length)) return;
  p.content = trim(text, p.cue.end + gap[0].length, content.end);
  p.viaThat = gap[1] !== undefined;
  if (!TOLD_BY_ANOTHER.has(next.cue.verb?.lemma ?? '') || ownTelling(sc, next)) next.content = null;
}

/** "saying he told Trump they would ...": a pronoun of one person as the inner teller is the speaker's own earlier telling. */
export const ownTelling = (sc: Scope, next: Placed): boolean =>
  next.source !== null && /^(?:he|she|I)$/i.test(sc.text.slice(next.source.start, next.source.end));

/** Does the next cue have its own subject in a clause coordinated after a comma ("said, but he added")? */
function ownSubjectAfter(sc: Scope, from: number, next: Placed): boolean {
  const m = COORDINATED_NEXT.exec(sc.text.slice(from, next.cue.start));
  return m !== null && next.source !== null && next.source.start >= from + m.index + m[0].length;
}

/**
 * "..., he said and added that ...", "..., he said, adding: “...”": a cue right after a connector is the
 * speaker's next act, so this clause-final cue still ends its stretch; where the connector starts, or -1.
 */
function nextAct(sc: Scope, from: number, next: Placed): number {
  const between = sc.text.slice(from, next.cue.start);
  // "..., officials said Tuesday, even as others warned that ...": a subordinate clause after the cue's own
  // holds the next cue; this clause-final cue still ends its stretch at the comma
  const comma = between.indexOf(',');
  if (comma >= 0 && SUBORDINATE_NEXT.test(between.slice(comma + 1))) return from + comma;
  // "..., the minister said yesterday, but he emphasised that ...": the next cue's subject opens a clause of its own
  if (ownSubjectAfter(sc, from, next)) return from + comma;
  const connector = NEXT_ACT.exec(between)!;
  // nothing but adverbials before the connector: a comma there opens words of another clause
  // ('he said adding “...”': a participle right after the cue is the next act, its comma left out)
  const adjoining = next.cue.kind === 'participle' && /^\s+$/.test(between);
  const ok = (connector[0].trim() !== '' || adjoining) && !between.slice(0, connector.index).includes(',');
  return ok ? from + connector.index : -1;
}
