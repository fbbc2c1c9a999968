// Placing a sentence's cues left to right: each cue's source (the noun phrase before or after it, the subject of
// "according to", the main clause's subject for a participle) and where its own clause begins.
import { looksLikeClause } from '../../text/words.js';
import type { Span } from '../../text/segment.js';
import type { Cue } from '../cues.js';
import { relativeAntecedent, sourceAfter, sourceBefore } from '../source.js';
import { taggedClause } from '../tagged-clause.js';
import { afterRelative, leftOfConnectors, near } from './clause.js';
import { ADVERBIAL, COORDINATED, IN_DOCUMENT, SUBORDINATOR, WH_COMPLEMENT } from './patterns.js';
import { inRelative, mainClause, mayTag, opensSentence, type Placed, type Scope, relativeSubject } from './scope.js';

/**
 * Places every usable cue of the sentence in `sc.placed`. `subject` is the sentence's subject, `usedCues` the cues
 * of quotations in marks (they name a source but report nothing here).
 */
export function placeCues(sc: Scope, usable: Cue[], subject: () => Span | null, usedCues: Set<number>): void {
  const { text, s } = sc;
  let lb = s.start;
  for (const [k, cue] of usable.entries()) {
    // (the subject of a relative clause whose own subject moved out: "which witnesses said had been")
    const extracted = relativeSubject(sc, cue);
    const { source, clauseStart, antecedent } =
      cue.kind === 'according'
        ? { source: sourceAfter(text, cue.end, sc.end), clauseStart: leftOfConnectors(text, lb, cue.start), antecedent: null }
        : cue.kind === 'participle'
          ? participleSource(sc, cue, lb, subject)
          : verbSource(sc, usable, k, lb, extracted, subject);
    sc.placed.push({
      cue,
      source,
      clauseStart,
      content: null,
      viaThat: false,
      parenthetical: false,
      attributionOnly: usedCues.has(cue.start),
      silenced: false,
      embedded: source !== null && source.start < cue.start && WH_COMPLEMENT.test(near(text, s.start, source.start)),
      frame: -1,
      restrictive: cue.kind === 'verb' && (antecedent !== null || extracted !== null),
      extracted,
    });
    lb = cue.end;
  }
}

interface Placing {
  source: Span | null;
  clauseStart: number;
  /** The noun a relative's cue belongs to ("traders who complained that"), else null. */
  antecedent: Span | null;
}

/** A participle opening the sentence takes the main clause's subject (set once that cue is placed); else the subject. */
function participleSource(sc: Scope, cue: Cue, lb: number, subject: () => Span | null): Placing {
  // ("According to sources, X instructed ..., emphasising that ...": the source of "according to" is no subject;
  // "with X saying ...": the participle names its own)
  const source = cue.named
    ? cue.named
    : opensSentence(sc, cue)
      ? null
      : (sc.placed.find((p) => p.source && !p.restrictive && p.cue.kind !== 'according')?.source ?? subject());
  return { source, clauseStart: leftOfConnectors(sc.text, lb, cue.start), antecedent: null };
}

/** A verb's source: inverted after it ("..., said the official."), its relative's, or the noun phrase before it. */
function verbSource(sc: Scope, usable: Cue[], k: number, lb: number, extracted: Span | null, subject: () => Span | null): Placing {
  const { text, s, end, words, marks } = sc;
  const cue = usable[k];
  const antecedent = relativeAntecedent(text, lb, cue.start, words);
  let source = invertedSource(sc, usable, k, lb)
    ? sourceAfter(text, cue.end, end)
    : (extracted ?? antecedent ?? sourceBefore(text, lb, cue.start, words));
  // ('“... this,” the Minister said': a source never opens inside a quotation before its cue)
  const inside = source && marks.find((m) => m.start < source!.start && source!.start < m.end && m.end <= cue.start);
  if (inside) source = sourceBefore(text, inside.end, cue.start, words);
  let clauseStart = source && source.start < cue.start ? leftOfConnectors(text, lb, source.start) : leftOfConnectors(text, lb, cue.start);
  // ("State TV quoted X as saying": the clause opens at the subject, the source is the one quoted)
  if (cue.named) source = cue.named;
  // "X, who said Y, announced Z": the verb right after the relative's closing comma is the main clause's, its
  // subject the relative's antecedent, its clause opening at that comma
  const relative = sc.placed.at(-1);
  const gap = near(text, lb, cue.start);
  if (relative && inRelative(sc, relative.cue) && /,\s*$/.test(gap)) {
    source = relative.source;
    clauseStart = cue.start - gap.length + gap.lastIndexOf(',');
  }
  // "... and urged", "... and said": a second verb of the same subject
  // ("X accused the Authority of ... and said": the Authority is no subject of "said")
  // (its clause then starts at the connector: "said officers were firing and accused them" keeps "officers ...")
  if (COORDINATED.test(near(text, lb, cue.start))) {
    // ("When a journalist asked, “...”, X smiled and said": a subordinate clause's subject is not the main one's)
    const main = (np: Span | null | undefined) => (np && !SUBORDINATOR.test(near(text, s.start, np.start)) ? np : null);
    source = main(sc.placed.find((p) => p.source)?.source) ?? main(subject()) ?? source;
    clauseStart = leftOfConnectors(text, lb, cue.start);
  }
  return { source, clauseStart, antecedent };
}

/**
 * "..., said the official.": the source comes after the verb and nothing is reported there (up to a last cue that
 * ends the sentence: "..., said X, senior minister, ARY News reported" is inverted); after a verb that takes the
 * hearer first ("..., X, a farmer, told AFP") the one told.
 */
function invertedSource(sc: Scope, usable: Cue[], k: number, lb: number): boolean {
  const { text, end, words } = sc;
  const cue = usable[k];
  const last = k === usable.length - 2 ? usable[k + 1] : undefined;
  const final = last && /^\s*$/.test(text.slice(last.end, end).replace(ADVERBIAL, ''));
  // ("..., said the governor, adding that ...": a participle set off after the source is the speaker's next act)
  const next = usable[k + 1];
  const participle = next?.kind === 'participle' && next.attached !== true ? next.start : end;
  // (", said the ministry in a statement issued on Monday": the document and its participle are no clause)
  const tailEnd = Math.min(end, cue.end + 200, final ? last.start : participle);
  const inDocument = IN_DOCUMENT.exec(text.slice(cue.end, tailEnd));
  const tail = words(cue.end, inDocument ? cue.end + inDocument.index : tailEnd);
  return (
    cue.verb?.takesRecipient !== true &&
    /[,”"]\s*$/.test(near(text, lb, cue.start)) &&
    !afterRelative(text, lb, cue.start) &&
    tail.length > 0 &&
    tail.length <= 20 &&
    !looksLikeClause(tail) &&
    !tail.some((w) => w.text === 'that') &&
    // ("His solicitor, Tom Lloyd, said the man regrets it": a clause by the tagger is the content, no source; asked
    // only after a comma, of a tail with a lower-case -s word past its second, so most inversions tag nothing)
    !(
      /,\s*$/.test(near(text, lb, cue.start)) &&
      tail.slice(2).some((w) => /^\p{Ll}+s$/u.test(w.text)) &&
      mayTag(sc) &&
      taggedClause(text, { start: cue.end, end: tail[tail.length - 1].end }, sc.tagsIn)
    )
  );
}

/**
 * "Stressing that X, she said Y": the opening participle's clause is the speaker's of the next cue, up to it
 * ("While acknowledging that X, Naqvi emphasised Y": so does one after a subordinator opening the sentence, when
 * the main clause's verb is a cue that names the speaker). "Pointing out that X, the judges wondered ...": with no
 * cue in the main clause, its subject is the speaker, and the clause opens at the comma before it. Returns the
 * opening participle and where its content must end, or null.
 */
export function openingParticiple(sc: Scope): { opening: Placed; limit: number } | null {
  const { placed } = sc;
  const first = placed[0].cue;
  const main = placed[1]?.cue.kind === 'verb' ? placed[1] : undefined;
  const opens =
    first.kind === 'participle' && opensSentence(sc, first) && (main || first.start === sc.s.start || mainClause(sc, first.end));
  if (!opens) return null;
  const opening = placed[0];
  let limit = placed[1]?.clauseStart ?? sc.end;
  const clause = main ? null : mainClause(sc, first.end);
  opening.source = main ? main.source : (clause?.subject ?? null);
  if (clause) limit = Math.min(limit, clause.comma);
  if (!opening.source) opening.silenced = true;
  return { opening, limit };
}
