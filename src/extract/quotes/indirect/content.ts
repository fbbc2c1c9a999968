// The content clause right after a cue ("said (that) the talks had failed"): where it starts and where it ends.
import { trim, type Span } from '../../text/segment.js';
import { isFiniteVerb } from '../../text/words.js';
import { bareClause } from '../bare-clause.js';
import { REMARKS_LEMMA } from '../cues.js';
import { THIS_AS_OBJECT } from '../said-this.js';
import { contentAfter } from './clause.js';
import { ADVERBIAL_PARTICIPLE, DOCUMENT_THAT, NOT_A_SUBJECT } from './patterns.js';
import { inRelative, isClause, type Placed, type Scope, secondAct } from './scope.js';

/** The content clause right after a cue, when there is one. */
export function ownContent(sc: Scope, p: Placed, limit: number): { content: Span; viaThat: boolean } | null {
  const { text, s, words } = sc;
  const { cue } = p;
  // a comma may stand before the content of a participle or of a cue whose subject opens the sentence;
  // after a subject further on, "X, he said, Y" is a parenthetical cue
  const opens =
    cue.kind === 'participle' ||
    (p.source !== null && p.source.end <= cue.start && trim(text, s.start, p.source.start).start === p.source.start);
  // "said this while addressing ...": "this" is the verb's whole object, what follows is no content
  if (THIS_AS_OBJECT.test(text.slice(cue.end, cue.end + 16))) return null;
  const found = contentAfter(text, cue, limit, words, opens);
  const start = found && found.start < limit ? pastAdverbialParticiple(sc, found.start, limit) : -1;
  if (start < 0) return null;
  const after = { start, viaThat: found!.viaThat };
  // "expressed these views in the tweet that ...": such a frame reports a "that" clause of its document only
  // ("made his comments in light of allegations that ..." is the allegations' clause)
  if (cue.verb?.lemma === REMARKS_LEMMA && !DOCUMENT_THAT.test(text.slice(cue.end, after.start))) return null;
  let content = trim(
    text,
    after.start,
    secondAct(sc, after.start, Math.min(limit, after.start + 1000)) ?? unclosedMark(sc, after.start, limit),
  );
  if (cue.verb?.needThat && !after.viaThat && !bareClause(text.slice(content.start, content.start + 60))) return null;
  if (inRelative(sc, cue)) content = relativeEnd(sc, content);
  // (a cue that takes a bare clause has no noun phrase for object: "says the budget signals ..." holds a verb)
  if (!after.viaThat && (butBeforeVerb(sc, content) || !isClause(sc, content, true))) return null;
  return { content, viaThat: after.viaThat };
}

/**
 * "said while addressing a rally": a subordinator and a participle are the cue's adjunct, no content; when a comma and
 * a clause follow ("said after coming to power, the government had ..."), that clause is the content. Where the
 * content starts, or -1.
 */
function pastAdverbialParticiple(sc: Scope, from: number, limit: number): number {
  const adjunct = ADVERBIAL_PARTICIPLE.exec(sc.text.slice(from, Math.min(limit, from + 200)));
  if (!adjunct) return from;
  const comma = /^\s*,\s*/.exec(sc.text.slice(from + adjunct[0].length, limit));
  if (!comma) return -1;
  const clause = trim(sc.text, from + adjunct[0].length + comma[0].length, limit);
  // (", which drew thousands": a relative, a conjunction or a preposition opens no subject)
  const first = /^[\p{L}'’]*/u.exec(sc.text.slice(clause.start, clause.end))![0];
  return clause.start < clause.end && !NOT_A_SUBJECT.test(first) && isClause(sc, clause) ? clause.start : -1;
}

/**
 * 'said he was joking with his friend “because ...' and no closing mark: a quotation running on to a later
 * paragraph is the speaker's own words, set apart from the reported clause, which ends where it opens.
 */
function unclosedMark(sc: Scope, from: number, limit: number): number {
  const open = sc.marks.find((k) => k.start > from && k.start < limit && !/[”"’']/.test(sc.text[k.end - 1]));
  return open ? open.start : limit;
}

/**
 * "The mayor, who said the budget was tight, approved the plan": a cue in a relative clause set off by commas
 * reports up to the comma where the main clause's verb follows.
 */
function relativeEnd(sc: Scope, content: Span): Span {
  const { text } = sc;
  const ws = sc.words(content.start, Math.min(content.end, content.start + 300));
  // (a relative inside the content, "the talks, which began in May, had failed", closes at its own comma)
  let inner = false;
  for (let k = 1; k < ws.length; k++) {
    const comma = text.slice(ws[k - 1].end, ws[k].start).indexOf(',');
    if (comma < 0) continue;
    if (inner) inner = false;
    else if (/^(?:which|who)$/.test(ws[k].text)) inner = true;
    else if (isFiniteVerb(ws, k)) return trim(text, content.start, ws[k - 1].end + comma);
  }
  return content;
}

const OBJECT_DETERMINER = /^(?:the|a|an|his|her|its|their|this|these|those|him|them|it)$/;

/**
 * "Nobody claimed responsibility for the attack but militants have ...": a "but" before any finite verb joins a
 * clause to the verb's object, which is no clause itself (no subject is coordinated with "but")
 */
function butBeforeVerb(sc: Scope, span: Span): boolean {
  const ws = sc.words(span.start, Math.min(span.end, span.start + 300));
  for (let i = 0; i < ws.length; i++) {
    // ("the roads but not the bridges would": "but not", "but also" coordinate inside a phrase)
    if (ws[i].text === 'but' && !/^\s+(?:not|also)\b/.test(sc.text.slice(ws[i].end, ws[i].end + 6))) return true;
    // ("argued the matter and got the case admitted": an "and" right before the first finite verb and its determined
    // object joins that verb to the cue's, the cue's object between them; a coordinated subject has a noun after "and")
    if (ws[i].text === 'and' && i + 2 < ws.length && isFiniteVerb(ws, i + 1) && OBJECT_DETERMINER.test(ws[i + 2].text)) return true;
    if (isFiniteVerb(ws, i)) return false;
  }
  return false;
}
