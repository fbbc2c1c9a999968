// Indirect quotations: the content clause of a reporting cue, without a leading "that", up to the
// end of its clause. Clause-initial ("X said that ..."), clause-final ("..., X said."), parenthetical
// ("The talks, the minister said, were constructive."), participial (", saying ...") and
// "according to X, ...".
import type { Sentence, Span } from '../../text/segment.js';
import type { WordsIn } from '../../text/words.js';
import type { Candidate } from '../candidate.js';
import { REMARKS_LEMMA, type Cue } from '../cues.js';
import { THIS_THEN_SETTING } from '../said-this.js';
import type { TagsIn } from '../tagged-clause.js';
import { endOfSentence, near } from './clause.js';
import { COORDINATED } from './patterns.js';
import { openingParticiple, placeCues } from './place.js';
import { nest, ownTelling, report } from './report.js';
import { type Placed, passOf, type Scope } from './scope.js';

/** Indirect quotations of one sentence; `marks` are the quoted spans inside it. */
export function indirectQuotes(
  text: string,
  s: Sentence,
  marks: Span[],
  cues: Cue[],
  usedCues: Set<number>,
  subject: () => Span | null,
  words: WordsIn,
  tagsIn: TagsIn,
): Candidate[] {
  const usable = cues.filter(
    (c) => !c.verb?.directOnly || usedCues.has(c.start) || (c.verb.thatReports && /^\s+that\s/.test(text.slice(c.end, c.end + 6))),
  );
  if (usable.length === 0) return [];
  const sc: Scope = { text, s, marks, words, tagsIn, end: endOfSentence(text, s), placed: [], tagged: 0 };
  placeCues(sc, usable, subject, usedCues);
  reportRightToLeft(sc);
  const { placed } = sc;
  // (a relative's predicate inside an earlier cue's content is part of what that cue reports)
  const inside = (p: Placed) =>
    placed.some((q) => q !== p && q.content && q.content.start <= p.content!.start && p.content!.end <= q.content.end);
  return placed
    .filter((p) => p.content && p.content.end - p.content.start > 1 && !(p.extracted && inside(p)))
    .map((p) => ({
      start: p.content!.start,
      end: p.content!.end,
      type: 'indirect' as const,
      cue: p.cue,
      pass: passOf(p),
      source: p.source,
      sameSourceAs: null,
      continues: false,
      embedded: false,
      paragraph: s.paragraph,
    }));
}

/**
 * 'told the BBC he was "joking" when he told a friend that ...': a cue's clause opened by a subordinator with no
 * comma before it is an adverbial of the nearest verb before it (late closure), inside the earlier cue's content,
 * which runs on over it; the inner telling is a quote of its own only when another tells it.
 */
function inSubordinate(sc: Scope, p: Placed): boolean {
  if (!TIGHT_SUBORDINATOR.test(near(sc.text, sc.s.start, p.clauseStart))) return false;
  if (ownTelling(sc, p)) p.content = null;
  return true;
}
const TIGHT_SUBORDINATOR = /[^\s,;:]\s+(?:when|whenever|after|before|if|once|because|until)\s*$/i;

/** Right to left: reported speech runs up to the next cue that reports something itself. */
function reportRightToLeft(sc: Scope): void {
  const { text, s, placed } = sc;
  const opening = openingParticiple(sc);
  let limit = sc.end;
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i];
    if (!p.attributionOnly && !p.silenced) report(sc, p, i, p === opening?.opening ? opening.limit : limit);
    if (p.frame >= 0) limit = p.frame;
    const next = placed[i + 1];
    if ((p.cue.kind === 'verb' || p.cue.kind === 'participle') && !p.attributionOnly && !p.silenced && !p.content && next?.content)
      nest(sc, p, next, next.content);
    // the earlier cue's content runs on over a wh-complement, and over a relative's cue ("said the talks, which he said
    // were useful, went on")
    if (p.embedded || p.extracted) continue;
    // a participle (", accusing the government of ...") opens a clause of its own even when it reports nothing,
    // and so does "X said this while ...", which reports the sentence before ("According to a handout, X said this
    // while ..."; a bare "... confirmed this" at the end may close a clause of what is reported)
    const saidThis = p.cue.verb?.lemma === REMARKS_LEMMA || THIS_THEN_SETTING.test(text.slice(p.cue.end, p.cue.end + 16));
    if (p.content || p.attributionOnly || saidThis || p.cue.kind === 'participle' || COORDINATED.test(near(text, s.start, p.cue.start))) {
      if (i > 0 && p.content && inSubordinate(sc, p)) continue;
      limit = p.clauseStart;
    }
  }
}
