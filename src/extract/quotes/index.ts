// Every quotation candidate of an article body, direct and indirect, with the noun phrase naming
// its source where the text gives one.
import { CUE_UNITS } from '../budget.js';
import { sentences as splitSentences, type Sentence, type Span } from '../text/segment.js';
import { isFiniteVerb, type WordsIn } from '../text/words.js';
import type { Candidate } from './candidate.js';
import { findCues, type Cue, type DescribesDoer } from './cues.js';
import { directQuotes } from './direct.js';
import { indirectQuotes } from './indirect/index.js';
import { findMarkedSpans } from './marks.js';
import { saidThis } from './said-this.js';
import { sourceBefore } from './source.js';
import type { TagsIn } from './tagged-clause.js';

export interface FoundQuotes {
  candidates: Candidate[];
  /** Subjects of sentences that do not open with a quotation, for pronoun resolution. */
  subjects: Span[];
}

/**
 * `paras`: the body's paragraphs (the document's); `describesDoer` reads a participle's role in the parse,
 * `tagsIn` the tags of a stretch (the document's, each sentence tagged once); `words`: the words of a stretch
 * of the body, read off the document's tokens; `charge` counts each sentence's work before the passes do it,
 * and throws to stop the parse (see budget.ts).
 */
export function findQuotes(
  text: string,
  paras: Span[],
  describesDoer: DescribesDoer,
  tagsIn: TagsIn,
  words: WordsIn,
  charge: (units: number) => void,
): FoundQuotes {
  const marks = findMarkedSpans(text, paras);
  const shields = marks.map((m) => ({ start: m.open, end: m.close }));
  const sents = splitSentences(text, paras, shields);
  const cueCache = new Map<Sentence, Cue[]>();
  const marksBySentence = new Map<Sentence, Span[]>();
  let from = 0;
  for (const s of sents) {
    while (from < shields.length && shields[from].end <= s.start) from++;
    const inside: Span[] = [];
    for (let i = from; i < shields.length && shields[i].start < s.end; i++) inside.push(shields[i]);
    marksBySentence.set(s, inside);
  }
  const marksIn = (s: Sentence): Span[] => marksBySentence.get(s) as Span[];
  const cuesIn = (s: Sentence): Cue[] => {
    let cues = cueCache.get(s);
    if (!cues) {
      cues = findCues(text, s.start, s.end, marksIn(s), describesDoer);
      charge(s.end - s.start + CUE_UNITS * cues.length);
      cueCache.set(s, cues);
    }
    return cues;
  };
  sents.forEach(cuesIn);
  const { quotes: direct, usedCues } = directQuotes(text, marks, sents, cuesIn, words);
  const subjects: Span[] = [];
  const indirect: Candidate[] = [];
  sents.forEach((s, k) => {
    const inSentence = marksIn(s);
    const cues = cuesIn(s);
    const subject = () => sentenceSubject(text, s, inSentence, cues, words);
    const found = subject();
    if (found && !inSentence.some((m) => m.start <= found.start)) subjects.push(found);
    const asked = addressee(text, cues);
    if (asked) subjects.push(asked);
    const previous = sents[k - 1];
    const antecedent = saidThis(text, s, previous, cues, previous && (cuesIn(previous).length > 0 || marksIn(previous).length > 0), words);
    if (antecedent) indirect.push(antecedent);
    indirect.push(...indirectQuotes(text, s, inSentence, cues, usedCues, subject, words, tagsIn));
  });
  return { candidates: [...direct, ...indirect].sort((a, b) => a.start - b.start), subjects };
}

/** "asked Foreign Office spokesperson X:", then the question: the one asked is the next to speak ("she replied"). */
const ASKED = /^\s+([^:;.,“”"]{2,120}?):/;
function addressee(text: string, cues: Cue[]): Span | null {
  for (const c of cues) {
    const m = c.text === 'asked' ? ASKED.exec(text.slice(c.end, c.end + 124)) : null;
    if (!m) continue;
    const start = c.end + m[0].indexOf(m[1]);
    return { start, end: start + m[1].length };
  }
  return null;
}

/**
 * "Asked whether the president would veto it, she said": a fronted question names what its answerer was asked
 * about; the answerer is the subject after it.
 */
const ASKED_CLAUSE = /^(?:(?:when|on being|upon being|after being|if)\s+)?asked\b[^,]*,/i;

/** The noun phrase before a sentence's first verb, if no quotation comes first. */
function sentenceSubject(text: string, s: Sentence, marks: Span[], allCues: Cue[], words: WordsIn): Span | null {
  // ("According to sources, the chairman instructed ...": the source set off before the subject is none of the clause)
  const lead = allCues[0]?.kind === 'according' && allCues[0].start === s.start ? allCues[0].end : -1;
  const comma = lead < 0 ? -1 : text.slice(lead, s.end).indexOf(',');
  const from = comma < 0 ? s.start : lead + comma + 1;
  const cues = from > s.start ? allCues.slice(1) : allCues;
  const limit = Math.min(s.end, marks.length ? marks[0].start : s.end, cues.length ? cues[0].start : s.end);
  const start = from + (ASKED_CLAUSE.exec(text.slice(from, limit))?.[0].length ?? 0);
  const ws = words(start, Math.min(limit, start + 300));
  // the main verb, not one inside a relative clause ("X, who also spoke, supported ...")
  let relative = false;
  for (let i = 1; i < ws.length && i < 30; i++) {
    if (relative && text.slice(ws[i - 1].end, ws[i].start).includes(',')) relative = false;
    // "WHO" in capitals is the health body, not a relative pronoun
    if (/^(?:[Ww]ho|[Ww]hich|[Ww]hose)$/.test(ws[i].text)) relative = true;
    else if (!relative && isFiniteVerb(ws, i)) return sourceBefore(text, start, ws[i].start, words);
  }
  return cues.length && cues[0].start < (marks[0]?.start ?? s.end) ? sourceBefore(text, start, cues[0].start, words) : null;
}
