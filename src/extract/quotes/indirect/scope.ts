// One sentence as the indirect-quotation pass reads it: its text, marks and words, the cues placed in it so far,
// and the questions about it that every step asks.
import { trim, type Sentence, type Span } from '../../text/segment.js';
import { isFiniteVerb, type WordsIn } from '../../text/words.js';
import { EXTRACTED_SUBJECT, OPENING_SUBORDINATE, PREDICATE_AFTER, RELATIVE_SUBJECT, type Cue } from '../cues.js';
import { SETTING_OFF_COMMA, sourceBefore } from '../source.js';
import { taggedClause, type TagsIn } from '../tagged-clause.js';
import { clauseWithRelative, near } from './clause.js';
import { NOT_A_SUBJECT, RELATIVE_CUE, SECOND_ACT, TAGGED_PER_SENTENCE } from './patterns.js';

export interface Placed {
  cue: Cue;
  source: Span | null;
  /** Where the cue's own clause begins: reported speech before it stops here. */
  clauseStart: number;
  content: Span | null;
  viaThat: boolean;
  parenthetical: boolean;
  /** The cue of a quotation in marks: it names a source (for a following ", adding that") but reports nothing here. */
  attributionOnly: boolean;
  /** The verb of a restrictive relative ("outlets that disclosed"): a later participle is not its subject's act. */
  restrictive?: boolean;
  /** Inside the reported speech of a later clause-final cue ("X had noted a decline, said Governor Y"). */
  silenced: boolean;
  /** Its clause is a wh-complement inside an earlier cue's content ("said ... that is why Y stated that"). */
  embedded: boolean;
  /**
   * A clause-final cue after another cue's reported speech ("X said that Y, ARY News reported"): it reports the
   * stretch before it, which ends at this comma, the other cue's report kept inside; -1 when it is no such frame.
   */
  frame: number;
  /** The subject of the cue's relative clause whose own subject moved out ("which witnesses said had been"), else null. */
  extracted: Span | null;
}

export interface Scope {
  readonly text: string;
  readonly s: Sentence;
  /** The quoted spans inside the sentence. */
  readonly marks: Span[];
  readonly words: WordsIn;
  readonly tagsIn: TagsIn;
  /** Where the sentence's words end, before its closing stop. */
  readonly end: number;
  /** The sentence's usable cues, placed left to right. */
  readonly placed: Placed[];
  /** Stretches asked of the tagger so far (a few a sentence at most). */
  tagged: number;
}

/** "indirect:verb:that", "indirect:according", "indirect:verb:before-cue": the cue's kind and where the content is. */
export function passOf(p: Placed): string {
  const where = p.viaThat ? ':that' : p.parenthetical ? ':parenthetical' : p.content!.end <= p.cue.start ? ':before-cue' : '';
  return `indirect:${p.cue.kind}${where}`;
}

/** Does the cue open the sentence, alone or after a subordinator ("Stressing that", "While acknowledging that")? */
export function opensSentence(sc: Scope, cue: Cue): boolean {
  return cue.start === sc.s.start || OPENING_SUBORDINATE.test(sc.text.slice(sc.s.start, cue.start));
}

/** The commas setting words off in [from, limit) outside the sentence's marks, in order. */
export function* commasOutsideMarks(sc: Scope, from: number, limit: number): Generator<number> {
  for (const m of sc.text.slice(from, limit).matchAll(SETTING_OFF_COMMA)) {
    const at = from + m.index;
    if (!sc.marks.some((k) => k.start < at && at < k.end)) yield at;
  }
}

/**
 * The main clause after an opening participle's content when no cue heads it: the last comma outside marks after
 * which a subject and its finite verb follow ("..., the judges wondered"), and that subject; null for none.
 */
export function mainClause(sc: Scope, from: number): { comma: number; subject: Span } | null {
  const { text, end, words } = sc;
  let found: { comma: number; subject: Span } | null = null;
  for (const at of commasOutsideMarks(sc, from, end)) {
    const ws = words(at + 1, Math.min(end, at + 80));
    if (ws.length < 2 || NOT_A_SUBJECT.test(ws[0].text)) continue;
    const verb = ws.findIndex((_, i) => i > 0 && i < 6 && isFiniteVerb(ws, i));
    if (verb < 0 || /[,;:]/.test(text.slice(at + 1, ws[verb].start))) continue;
    const subject = sourceBefore(text, at + 1, ws[verb].start, words);
    if (subject) found = { comma: at, subject };
  }
  return found;
}

/**
 * "which it said would be ...": the subject of a relative clause and its cue, whose content's subject moved out; the
 * relative's subject, else null.
 */
export function relativeSubject(sc: Scope, cue: Cue): Span | null {
  const after = PREDICATE_AFTER.exec(sc.text.slice(cue.end, cue.end + 30));
  const window = near(sc.text, sc.s.start, cue.start, 60);
  const m = after && RELATIVE_SUBJECT.exec(window);
  return m ? trim(sc.text, cue.start - m[1].length, cue.start) : null;
}

/** Where the predicate of a relative's cue starts ("which it said would be ..."), else -1. */
export function extractedPredicate(sc: Scope, p: Placed): number {
  return p.extracted ? p.cue.end + PREDICATE_AFTER.exec(sc.text.slice(p.cue.end, p.cue.end + 30))![1].length : -1;
}

/** A finite verb right after the cue: an auxiliary, or a past form by the word lists ("he said resulted"). */
export function verbRightAfter(sc: Scope, cue: Cue): boolean {
  if (EXTRACTED_SUBJECT.test(sc.text.slice(cue.end, cue.end + 8))) return true;
  const ws = sc.words(cue.start, Math.min(sc.end, cue.end + 30));
  return ws.length > 1 && ws[1].start >= cue.end && isFiniteVerb(ws, 1);
}

/** Is the cue the verb of a relative clause set off by a comma (", who said")? */
export function inRelative(sc: Scope, cue: Cue): boolean {
  return RELATIVE_CUE.test(near(sc.text, sc.s.start, cue.start));
}

/** Should a stretch be asked of the tagger: a few times a sentence at most (counted on each call). */
export function mayTag(sc: Scope): boolean {
  return sc.tagged++ < TAGGED_PER_SENTENCE;
}

/**
 * A clause by the word lists, else by the tagger (asked only then, and a few times a sentence at most). `misread`
 * also takes a present verb the tagger read as a noun: for a stretch that is surely reported if it is a clause.
 */
export function isClause(sc: Scope, span: Span, misread = false): boolean {
  return (
    clauseWithRelative(sc.text, sc.words(span.start, Math.min(span.end, span.start + 300))) ||
    (mayTag(sc) && taggedClause(sc.text, span, sc.tagsIn, misread))
  );
}

/** Where the speaker's next act starts in [from, to), outside the sentence's marks ('“... and said ...”' is the quotation's). */
export function secondAct(sc: Scope, from: number, to: number): number | null {
  SECOND_ACT.lastIndex = 0;
  const stretch = sc.text.slice(from, to);
  for (let m = SECOND_ACT.exec(stretch); m; m = SECOND_ACT.exec(stretch)) {
    const at = from + m.index;
    if (!sc.marks.some((k) => k.start < at && at < k.end)) return at;
  }
  return null;
}
