// Direct quotations: quoted spans with a cue beside them ('"...," Baig told reporters',
// 'Rind said: "..."'), run-on quotations over several paragraphs, split quotations, quoted phrases a
// source "described as ...". Scare quotes, titles and names in marks are left out.
import { SPEAKER_ACTS } from '../lexicons/reporting-verbs.js';
import { firstAtOrAfter, lastMatch } from '../text/search.js';
import { abbreviationStop, type Sentence } from '../text/segment.js';
import { isFiniteVerb, type WordsIn } from '../text/words.js';
import type { Candidate } from './candidate.js';
import type { Cue } from './cues.js';
import type { MarkedSpan } from './marks.js';
import { sourceAfter, sourceBefore } from './source.js';

const GAP_BEFORE_CUE = /^[\s,—–-]*$/;
/** Between a cue and an opening mark: nothing, or "that" (no colon or comma setting the quotation off). */
const OPENS_CLAUSE = /^\s*(?:that\s*)?$/;
/** After a closing mark, the clause going on in lower case ('“...” of the city would'), not a cue's subject or a next act. */
export const PHRASE_OF_CLAUSE = /^\s+(?!(?:he|she|they|it|we|i|you|and|but|or|nor|adding|saying)\b)\p{Ll}/u;
/**
 * Before a quotation after another: nothing but punctuation and a conjunction ('“...” and “...”'), or words
 * ending in a colon, which open a unit of their own ('... GOP senator: ‘...’').
 */
const QUOTATIONS_ONLY = /^[\s,;:.!?—–-]*(?:(?:and|or|but)\s*)?$|:\s*$/i;
// (a "that" inside the gap opens reported speech the quotation is embedded in: 'said that X and that "..."')
const CUE_THEN_OPEN = /^(?:(?!\bthat\b)[^.!?"“”‘’]){0,80}?(?::|,|\bthat)\s*$/;
const NOT_A_QUOTE_BEFORE =
  /(?:so-called|called|dubbed|named|titled|known as|entitled|coined|the slogan|slogans?|chanting|chanted|hashtag)(?:\s+(?:the|a|an|as|it))?\s*$/i;
// a title after these is short ('operation “sindoor”'); a longer phrase is what someone said ('continue its
// protest campaign “within the law, whatever the law turns out to be”')
const TITLE_BEFORE = /(?:book|film|song|operation|campaign|programme|program|scheme|project|initiative)(?:\s+(?:the|a|an|as|it))?\s*$/i;
const TITLE_WORDS = 4;
// ('consider the programme “in the coming weeks”': a phrase opening with a preposition of time or place is an
// adverbial of the clause, no name of the noun before it)
const ADVERBIAL_PHRASE = /^(?:in|on|at|within|over|during|by)\s/;
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|this|these|those|its|their|his|her|our)|\b(?:if|after|before|of|on|in|for|with|about|by)\s+that|\p{L}['’]s?)\s*$/iu;
const INDEFINITE_BEFORE = /\ban?\s*$/i;
// 'the “routine” operation', 'their ‘legitimate’ demands': a word in marks before the noun it modifies is an
// epithet someone applied, not the name of a thing already known by that term ('the Fund’s ‘statement’ was')
const NOUN_AFTER =
  /^\s+(?!(?:is|was|were|are|be|been|has|had|have|will|would|can|could|may|might|must|should|shall|did|does|do|of|in|on|for|to|by|with|and|or|but|nor|that|which|who|from|at|as|than|into|over|after|before|about|against|said|says|say)\b)\p{Ll}[\p{Ll}-]+\b/u;
// "called the bill “punitive”": a verb of naming, its object, then the phrase
// "accused the federal government of “deliberately starving” KP": the charge in the accuser's words
// (an apposition in the object keeps its commas: "accused the group leader, Andrew Davies of “misinformation”")
// (the participle too: "..., calling media persons ‘the real watchdogs’", as "terming it “one-sided”")
const NAMING_VERBS =
  'called|termed|branded|labell?ed|dubbed|described|accused|calling|terming|branding|labell?ing|dubbing|describing|accusing';
const CALLED_IT = new RegExp(`\\b(?:${NAMING_VERBS})(?:,?\\s+[\\p{L}\\d'’.-]+){1,10}\\s*$`, 'u');
// ('said that “it does not matter” because “he is leaving”': a conjunction joining two phrases inside one
// reported clause keeps both the speaker's)
const COORDINATED_PHRASE = /^(?:,|,?\s*(?:and|or|but|because))$/;
/** Passes whose quotation a phrase coordinated after it shares a verb with. */
const COORDINATED_SOURCES: ReadonlySet<string> = new Set(['direct:described-as', 'direct:cue-before']);
const DESCRIBED = new RegExp(`\\b(?:${NAMING_VERBS})\\b`, 'g');
// "criticised the budget as “anti-people”": a verb of judging with an "as" complement gives the judge's words
const JUDGED_AS =
  /\b(?:described|termed|branded|labell?ed|called|dubbed|accused|critici[sz]ed|condemned|denounced|slammed|blast(?:ed|s)|dismissed|rejected|hailed|praised)\b/g;
// "termed the scheme an “eyewash”": an object and its predicate noun; the one word is the judge's, no scare quote
const TERMED_AN = /\b(?:called|termed|branded|labell?ed|dubbed)(?:\s+[\p{Ll}\d'’-]+){1,5}\s+an?\s*$/u;
// "described the reports as a “conspiracy”": the "as" complement of a verb of judging, its article before the word
const AS_AN = /\bas(?:\s+(?:a|an|the))?\s*$/;
// "lauded the police for their “timely action”", "urged the media not to air “fake news factories”": a verb of
// speaking's complement holds the words its subject used (GUIDELINES: a phrase a source is reported to have used)
const SPEECH_ACT = new RegExp(`\\b(?:${[...SPEAKER_ACTS, 'accused', 'spoke about', 'spoke of'].join('|')})\\b`, 'g');
// "what he called the “mafia-like” conduct": the free relative gives the words to its subject; so does a relative
// naming its antecedent ("the bills, which he called “the basic work of governing”")
const WHAT_CALLED =
  /\b(?:what|which)\s+(?:he|she|they|it|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(called|termed|dubbed|described\s+as)(?:\s+(?:the|a|an|as))?\s*$/u;

/** The sentence holding offset `at`: the last one starting at or before it (sentences are in order and cover every mark). */
function sentenceAt(sentences: Sentence[], at: number): Sentence {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1];
}

export interface DirectQuotes {
  quotes: Candidate[];
  /** Offsets of the cues that attribute quotations in marks: they introduce no reported speech. */
  usedCues: Set<number>;
}

export function directQuotes(
  text: string,
  marks: MarkedSpan[],
  sentences: Sentence[],
  cuesIn: (s: Sentence) => Cue[],
  words: WordsIn,
): DirectQuotes {
  const out: Candidate[] = [];
  const usedCues = new Set<number>();
  marks.forEach((m, k) => {
    const s = sentenceAt(sentences, m.open);
    const cues = cuesIn(s);
    const base: Candidate = {
      start: m.inner.start,
      end: m.inner.end,
      type: 'direct',
      cue: null,
      pass: 'direct:continues',
      source: null,
      sameSourceAs: null,
      continues: false,
      embedded: false,
      paragraph: m.paragraph,
    };
    // "clearance of the ‘statement’", "the Fund’s ‘statement’", "after that ‘statement’": one word in marks
    // after a determiner or a possessive is the writer's scare quote
    const preceding = text.slice(Math.max(s.start, m.open - 60), m.open);
    const oneWord = !/\s/.test(text.slice(m.inner.start, m.inner.end));
    // (after an indefinite article inside reported speech it is the speaker's characterisation, 'said the White
    // House regrets a “misunderstanding”': kept for a host to claim, dropped where none does; a definite, a
    // demonstrative or a possessive names a thing already known by that term, 'awaiting the Fund’s ‘statement’')
    // (the verb of judging is looked for last: the other tests are cheaper and most often decide)
    const judgedAs = () => AS_AN.test(preceding) && lastMatch(JUDGED_AS, text.slice(Math.max(s.start, m.open - 200), m.open)) >= 0;
    if (
      oneWord &&
      DETERMINER_BEFORE.test(preceding.slice(-30)) &&
      !modifiesNoun(text, m.close, words) &&
      !WHAT_CALLED.test(preceding) &&
      !TERMED_AN.test(preceding) &&
      !judgedAs()
    ) {
      if (INDEFINITE_BEFORE.test(preceding)) out.push({ ...base, pass: 'direct:inside-reported-speech', embedded: true });
      return;
    }
    const prevClose = k > 0 && marks[k - 1].close > s.start && marks[k - 1].close <= m.open ? marks[k - 1].close : s.start;
    const lead = text.slice(prevClose, m.open).trim();
    // cue before the opening mark: 'Rind said: "', '," the minister said, "'
    let before: Cue | undefined;
    let b = firstAtOrAfter(cues, m.open) - 1;
    for (; b >= 0 && cues[b].start >= prevClose; b--) {
      if (cues[b].end <= m.open && cues[b].kind !== 'according') {
        before = cues[b];
        break;
      }
    }
    // 'said that “complete development” of the city would ...': the marks hold a phrase of the reported clause
    if (before && OPENS_CLAUSE.test(text.slice(before.end, m.open)) && PHRASE_OF_CLAUSE.test(text.slice(m.close, m.close + 12))) {
      const source = sourceBefore(text, prevClose, before.start, words);
      out.push({ ...base, cue: before, pass: 'direct:speech-act', embedded: true, source });
      return;
    }
    if (before && CUE_THEN_OPEN.test(text.slice(before.end, m.open))) {
      usedCues.add(before.start);
      // '"...," said Lin Mei, an analyst, "and now ..."': an inverted cue between two quotations names its source after it
      const inverted = prevClose > s.start && GAP_BEFORE_CUE.test(text.slice(prevClose, before.start));
      // 'he said the agency would seek funds, adding: "..."': a participle's subject is the main verb's
      const main =
        before.kind === 'participle'
          ? cues
              .slice(0, b)
              .reverse()
              .find((c) => c.kind === 'verb' && c.start >= prevClose)
          : undefined;
      // ('"...," said Mujahid, adding that "...": the main verb inverted after a quotation names its subject after it)
      const mainInverted = main !== undefined && prevClose > s.start && GAP_BEFORE_CUE.test(text.slice(prevClose, main.start));
      const source =
        before.named ??
        (inverted
          ? sourceAfter(text, before.end, m.open)
          : mainInverted
            ? sourceAfter(text, main.end, before.start)
            : sourceBefore(text, prevClose, (main ?? before).start, words));
      out.push({ ...base, cue: before, pass: 'direct:cue-before', source });
      return;
    }
    // cue after the closing mark, for a quotation that opens its sentence: '," he said', '," said Harpreet Kaur',
    // or follows another ('“...” “...,” he said'); a phrase in marks after other words of a clause ('X needs
    // “...” of “...,” he said') is part of what the clause-final cue reports, not its whole content
    let after: Cue | undefined;
    if (lead === '' || (prevClose > s.start && QUOTATIONS_ONLY.test(lead))) {
      for (let i = firstAtOrAfter(cues, m.close); i < cues.length && cues[i].start - m.close < 150; i++) {
        if (sentenceBreak(text, m.close, cues[i].start)) break;
        if (cues[i].kind !== 'according') {
          after = cues[i];
          break;
        }
      }
    }
    if (after && text.slice(m.close, after.start).trim().split(/\s+/).length <= 12) {
      const inverted = GAP_BEFORE_CUE.test(text.slice(m.close, after.start));
      const source = after.named ?? (inverted ? sourceAfter(text, after.end, s.end) : sourceBefore(text, m.close, after.start, words));
      if (source || inverted) {
        usedCues.add(after.start);
        out.push({ ...base, cue: after, pass: 'direct:cue-after', source });
        return;
      }
    }
    if (crosshead(text, m)) return;
    if (lead === '' || m.runsOn) {
      out.push({ ...base, continues: true });
      return;
    }
    // a phrase in marks inside a sentence
    const inner = text.slice(m.inner.start, m.inner.end);
    // the quote found last, when it is the phrase in marks right before this one
    const last = out[out.length - 1];
    const prev = last !== undefined && last.end === marks[k - 1].inner.end ? last : undefined;
    // "called the story “desperate” and “perverted”", 'said that “A” and “B”': a phrase coordinated with the one before
    // is the same verb's complement, so it is the same judge's or speaker's words
    if (prev && COORDINATED_SOURCES.has(prev.pass) && COORDINATED_PHRASE.test(lead)) {
      out.push({ ...base, pass: prev.pass, source: prev.source, cue: prev.cue });
      return;
    }
    const what = WHAT_CALLED.exec(preceding);
    if (what && !nameLike(inner)) {
      const verbAt = m.open - preceding.length + what.index + what[0].lastIndexOf(what[1]);
      out.push({ ...base, pass: 'direct:what-called', source: sourceBefore(text, prevClose, verbAt, words) });
      return;
    }
    if (nameLike(inner) || NOT_A_QUOTE_BEFORE.test(preceding)) return;
    if (
      TITLE_BEFORE.test(preceding) &&
      !TERMED_AN.test(preceding) &&
      !ADVERBIAL_PHRASE.test(inner) &&
      inner.split(/\s+/).length <= TITLE_WORDS
    )
      return;
    const leadStart = m.open - text.slice(prevClose, m.open).trimStart().length;
    const asComplement = AS_AN.test(lead);
    if (asComplement || CALLED_IT.test(lead)) {
      const verbAt = lastMatch(asComplement ? JUDGED_AS : DESCRIBED, lead);
      if (verbAt >= 0) {
        // inside reported speech ("X said Y had dismissed it as “Z”") the phrase is the reporting speaker's, as any is
        out.push({
          ...base,
          pass: 'direct:described-as',
          embedded: true,
          source: sourceBefore(text, prevClose, leadStart + verbAt, words),
        });
        return;
      }
    }
    // inside reported speech the phrase is its speaker's; outside any, the speech act's subject's
    const act = lastMatch(SPEECH_ACT, lead);
    // (a phrase right after another in the sentence, 'criticised X for using “A” over “B”', is the same act's)
    const sameAct = prev?.pass === 'direct:speech-act' && prevClose > s.start;
    const source = act >= 0 ? sourceBefore(text, prevClose, leadStart + act, words) : sameAct ? prev.source : null;
    out.push({ ...base, pass: source ? 'direct:speech-act' : 'direct:inside-reported-speech', embedded: true, source });
  });
  linkRunOns(marks, out);
  return { quotes: out, usedCues };
}

/** A lower-case word right after the closing mark that is neither a function word nor a finite verb: a noun. */
function modifiesNoun(text: string, close: number, words: WordsIn): boolean {
  const next = words(close, Math.min(text.length, close + 30));
  return NOUN_AFTER.test(text.slice(close, close + 30)) && next.length > 0 && !isFiniteVerb(next, 0);
}

/**
 * A mark or a sentence's end between a closing mark and a cue: the cue is another sentence's. An
 * abbreviation's stop ('," U.S. envoy X said', '," Mr. X said') ends no sentence, as the splitter knows.
 */
function sentenceBreak(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (/[“”"‘!?]/.test(gap)) return true;
  // a comma right after the stop goes on with the sentence ('," Sen. X, R-Okla., told reporters')
  for (let i = gap.indexOf('.'); i >= 0; i = gap.indexOf('.', i + 1)) {
    if (gap[i + 1] !== ',' && !abbreviationStop(text, from, from + i)) return true;
  }
  return false;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'for', 'on', 'a', 'an', 'to', 'at', 'with', 'by']);
/**
 * A name or title in marks ("Operation Sindoor", "The Reluctant Fundamentalist"): a capital first and no
 * lower-case word but small ones. A phrase opening with a proper noun is still words someone used
 * ('will not let “Iran’s meddling in the region” go unchecked').
 */
function nameLike(inner: string): boolean {
  if (!/^\p{Lu}/u.test(inner)) return false;
  const words = inner.split(/\s+/);
  // (a short name may hold a particle, "Fitna al-Khawarij", never a plain common word, "Islamic orders")
  const common = (w: string) => /^\p{Ll}+$/u.test(w) && !SMALL_WORDS.has(w);
  return words.length <= 2 ? !words.some(common) : words.every((w) => !/^\p{Ll}/u.test(w) || SMALL_WORDS.has(w));
}

/** A line that is only a few words in marks, with no punctuation: a subheading quoting the story ('Joshing'). */
function crosshead(text: string, m: MarkedSpan): boolean {
  const alone = blankToLineEdge(text, m.open - 1, -1) && blankToLineEdge(text, m.close, 1);
  const raw = text.slice(m.open + 1, m.close - 1).trim();
  return alone && !m.runsOn && !/[.,;:!?]/.test(raw) && raw.split(/\s+/).length <= 4;
}

/**
 * Only white space from `from` to the line's edge in the direction `step`. Scans no further than the first
 * other character: slicing to the line's edge made a long line of many marks quadratic.
 */
function blankToLineEdge(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from; i >= 0 && i < text.length && text[i] !== '\n'; i += step) if (!/\s/.test(text[i])) return false;
  return true;
}

// A run-on quotation is one entry per paragraph; all share the source found at any of them.
function linkRunOns(marks: MarkedSpan[], quotes: Candidate[]): void {
  const byStart = new Map(quotes.map((q, i) => [q.start, i]));
  let group: number[] = [];
  let previous: MarkedSpan | undefined;
  const flush = () => {
    const withSource = group.find((i) => quotes[i].source !== null);
    if (withSource !== undefined && group.length > 1) {
      for (const i of group)
        if (i !== withSource) {
          quotes[i].sameSourceAs = quotes[withSource];
          quotes[i].continues = false;
          quotes[i].cue ??= quotes[withSource].cue;
        }
    }
    group = [];
  };
  for (const m of marks) {
    const i = byStart.get(m.inner.start);
    if (i === undefined) continue;
    const continuesGroup = group.length > 0 && previous !== undefined && previous.runsOn && m.paragraph === previous.paragraph + 1;
    if (!continuesGroup) flush();
    group.push(i);
    previous = m;
    if (!m.runsOn) flush();
  }
  flush();
}
