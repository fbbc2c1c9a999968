// The noun phrase that names a cue's source: before the verb ("Foreign Office spokesperson Sadia
// Noor Baig said"), past an apposition ("Sher Bahadur, a father of four, said"), or after it in an
// inversion ('..." said Harpreet Kaur, a homemaker').
import { NAME_ABBREVIATIONS } from '../lexicons/abbreviations.js';
import { DOCUMENTS } from '../lexicons/role-nouns.js';
import { lastMatch } from '../text/search.js';
import { trim, type Span } from '../text/segment.js';
import { isFiniteVerb, type WordsIn } from '../text/words.js';

// Adverbs and auxiliaries between a subject and its verb ("Qureshi also", "Rana had", "Dogar, for his part,").
// A derived adverb's suffix (-ially, -ually, -ically, -ionally, -ently, -antly, -edly, -fully, -ously, -ively)
// makes it an adverb even where copy capitalises it ("the court Initially noted"): no name ends so.
const BETWEEN =
  /(?:\s|,)+(?:[a-z]{2,}(?:ial|ual|ical|ional|ent|ant|ed|ful|ous|ive)ly|had|has|have|also|further|later|then|now|again|however|meanwhile|separately|earlier|too|once|additionally|recently|only|just|previously|would|will|could|did|does|do|not|reportedly|subsequently|repeatedly|categorically|strongly|flatly|firmly|publicly|privately|openly|clearly|in turn|for (?:his|her|their|its) part|on (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|other hand)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|in (?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|letter|tweet|post|message)|in response|though|therefore|nonetheless|moreover|instead)(?=[\s,]*$)/i;
// Words that open a new clause: the subject starts after the last of them ("that is why X said").
const CLAUSE_OPENER =
  /(?:^|\s)(?:that|which|whether|why|how|as|while|although|though|because|whereas|but|when|if|since|after|before|where|so|until|once|meanwhile|however|yet|even)\s+(?=\S)/gi;
/** A capitalised opener between capitalised words is a word of a name: "People Before Profit", "Stand Up Because". */
const inName = (s: string, at: number): boolean =>
  /^\p{Lu}\S*\s+\p{Lu}/u.test(s.slice(at)) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(s.slice(0, at));
// Comma segments that are not the subject: relative and participial clauses, prepositional phrases.
const NOT_SUBJECT =
  /^(?:and\s+)?(?:who|whom|whose|which|where|when|speaking|requesting|briefing|heading|talking|addressing|responding|sitting|standing|writing|citing|according|in|at|on|for|during|after|before|from|with|without|under|like|as|while|also|however|meanwhile|though|then|too|later|earlier|yesterday|today|\d+|aged)\b/i;
// (also after a subordinator: "X, while addressing the editors in Karachi, said": the clause has no subject of its own)
const PARTICIPLE_CLAUSE = /^\s*(?:(?:while|whilst|when|after|before|since|upon)\s+)?\p{Ll}+ing\s/u;
// (with no comma: "X while addressing the media said"; a subject must stand before the subordinator)
const SUBJECTLESS_CLAUSE = /(?<=\S\s+)(?:while|whilst|when|after|before|upon)\s+\p{Ll}+ing\s[^,]*$/u;
// A US lawmaker's party and state after the name, as wire copy writes them ("Hutchins, R-Ohio, said").
const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;
const LEADING_JUNK = /^(?:and|but|so|then|also|however|meanwhile|yesterday|today|later|earlier)(?:\s+|$)/i;

function tail(text: string, lb: number, at: number): number {
  let left = text.slice(Math.max(lb, at - 300), at);
  const base = at - left.length;
  for (let m = BETWEEN.exec(left); m; m = BETWEEN.exec(left)) left = left.slice(0, m.index);
  return base + left.length;
}

// "Recently appointed Governor X said", "Newly elected ...": an adverb opening the phrase makes the "-ed" word
// after it a participle describing the noun, as no bare adverb is a subject
const OPENING_ADVERB = /^\p{L}{3,}ly$/u;

const SAID = new Set(['said', 'told']);

function cleanNp(text: string, start: number, end: number, words: WordsIn): Span | null {
  let s = trim(text, start, end);
  const lead = LEADING_JUNK.exec(text.slice(s.start, s.end));
  if (lead) s = trim(text, s.start + lead[0].length, s.end);
  // A subject with its own verb before the cue ("Dr Qazi thanked the government ... and said"):
  // the subject ends at that verb.
  const ws = words(s.start, Math.min(s.end, s.start + 300));
  let length = ws.length;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i].text.toLowerCase();
    if (w === 'who' || w === 'which' || w === 'whose') break;
    // ("He said the court had ... but added": a past of saying, no verb of the word lists, is the subject's own too)
    const verb = isFiniteVerb(ws, i) || SAID.has(w);
    if (verb && i + 1 < ws.length && !(i === 1 && OPENING_ADVERB.test(ws[0].text))) {
      // (the adverbials before that verb are none of the subject: "The office on Friday dismissed ...")
      s = trim(text, s.start, tail(text, s.start, ws[i].start));
      length = i;
      break;
    }
  }
  if (s.end <= s.start || length === 0) return null;
  // the subject before its own verb may be short however long its predicate ("The spokesman expressed
  // concern over ..., saying")
  if (length > 14) return null;
  return s;
}

/** A comma that sets words off: not one between digits ("1,700 people", "Taka 1,000"). */
export const SETTING_OFF_COMMA = /(?<!\d),|,(?!\d)/g;
const BOUNDARY = new RegExp(`${SETTING_OFF_COMMA.source}|[;:—]`, 'g');

/** Subject of a verb at `at`, looking left no further than `lb`. */
export function sourceBefore(text: string, lb: number, at: number, words: WordsIn): Span | null {
  const end = tail(text, lb, at);
  lb = Math.max(lb, end - 300);
  const left = opaqueQuotes(text.slice(lb, end));
  const lastComma = lastMatch(BOUNDARY, left);
  const s0 = left.slice(lastComma + 1);
  // "X, which governs the province, in a press release accused": a relative clause is no subject, nor is
  // a participle's ("X, addressing a business audience in Karachi, said"); "WHO" in capitals is the body
  // ("The court, however, declined ... and said": a stretch opening with the subject's own verb has its subject before
  // the comma, past the adverbial set off)
  const verbFirst = lastComma >= 0 && opensWithVerb(lb, lb + lastComma + 1, end, words);
  if (/\S/.test(s0) && !verbFirst && !/^\s*(?:[Ww]ho|[Ww]hich|[Ww]hose)\b/.test(s0) && !PARTICIPLE_CLAUSE.test(s0)) {
    // "the Prime Minister while talking to X said": the participle's clause has no subject, so the subject stands
    // before it, not after its subordinator
    const participle = SUBJECTLESS_CLAUSE.exec(s0);
    if (participle) return sourceBefore(text, lb, lb + lastComma + 1 + participle.index, words);
    let from = lastComma + 1;
    CLAUSE_OPENER.lastIndex = 0;
    for (let m = CLAUSE_OPENER.exec(s0); m; m = CLAUSE_OPENER.exec(s0))
      if (!inName(s0, m.index + m[0].length - m[0].trimStart().length)) from = lastComma + 1 + m.index + m[0].length;
    from = Math.max(from, lastComma + 1 + frontedSubject(s0));
    // "a figure he described": the pronoun right before the verb is the subject
    const pronoun = /\b(?:he|she|they)\s*$/i.exec(s0);
    if (pronoun && pronoun.index > 0) from = lastComma + 1 + pronoun.index;
    return cleanNp(text, lb + from, end, words);
  }
  if (lastComma < 0) return null;
  // "X, an apposition, said": walk back over comma segments, skipping clauses and adverbials;
  // a segment that opens with a proper name ("Sher Bahadur, a father of four,") beats a description.
  const segments = left.slice(0, lastComma).split(BOUNDARY);
  let pos = lastComma;
  let first: Span | null = null;
  for (let k = segments.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const seg = segments[k];
    pos -= seg.length;
    const span = trim(text, lb + pos, lb + pos + seg.length);
    pos -= 1;
    const body = text.slice(span.start, span.end);
    // ("One resident, wishing to remain anonymous, said": any participle's clause, as after the last comma)
    if (!body || NOT_SUBJECT.test(body) || PARTICIPLE_CLAUSE.test(body) || PARTY_STATE.test(body) || /^[“"]/.test(body)) continue;
    const np = cleanNp(text, span.start, span.end, words);
    if (!np) continue;
    first ??= np;
    if (NAME_FIRST.test(body) || PROPER_NAME.test(body)) return np;
  }
  return first;
}

/** Is the first word at or after `at` a finite verb (read with the word before it)? */
function opensWithVerb(lb: number, at: number, end: number, words: WordsIn): boolean {
  const ws = words(Math.max(lb, at - 40), end);
  const i = ws.findIndex((w) => w.start >= at);
  return i > 0 && isFiniteVerb(ws, i);
}

// A fronted adverbial, a participle's or a preposition's, with no comma after it: "At the same time the minister
// alleged", "Speaking at the ceremony the chief minister said".
const ADVERBIAL = /^\s*(?:\p{Lu}\p{Ll}+ing|[Aa]t|[Ii]n|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore|[Aa]mid|[Ff]ollowing|[Uu]nder)\s+\p{Ll}/u;
const DETERMINED = /\s(?:the|a|an|its|his|her|their)\s/gi;
const PREPOSITIONS = new Set(
  'of for to in at on with by from about over into during after before under amid against'
    .split(' ')
    .concat('between among towards toward through as like than and or'.split(' ')),
);

/**
 * Where the subject starts after a fronted adverbial with no comma: the last determined noun phrase that is no
 * preposition's object ("of the state department") and not the adverbial's own first object; 0 without one.
 */
function frontedSubject(s: string): number {
  if (!ADVERBIAL.test(s)) return 0;
  const firstWord = /\S+/.exec(s)!;
  let at = 0;
  for (const m of s.matchAll(DETERMINED)) {
    // (white space may run on before the match: the word before it, if any)
    const before = /(\S*)\s*$/.exec(s.slice(0, m.index))![1];
    if (m.index > firstWord.index + firstWord[0].length && !PREPOSITIONS.has(before.toLowerCase())) at = m.index + 1;
  }
  return at;
}

// An apposition segment that opens with a proper noun names the source ("Sher Bahadur", "Political
// analyst Dr Saima Rashid Kazmi"); one that opens with an article, a lower-case word or a possessive
// describes it ("a father of four", "UNICEF's representative in Pakistan").
const NAME_FIRST = /^(?!(?:The|A|An|One|Two|Three|Another|Some|Several|Many|Its|His|Her|Their)\s)\p{Lu}[\p{L}.-]*(?<!['’]s)\s/u;

// A body's proper name takes the article and is all capitals ("The Cloud Infrastructure Alliance, a lobbying
// group, said"): the anchor of the apposition as much as a person's name is.
const PROPER_NAME = /^The\s+\p{Lu}[\p{L}.&-]*(?:(?:\s+(?:of|and|for|on|the))*\s+\p{Lu}[\p{L}.&-]*)*(?:\s*\([^)]*\))?$/u;

/** The string with everything between quotation marks blanked, so commas inside quotations are no boundaries. */
function opaqueQuotes(s: string): string {
  if (!/[“"]/.test(s)) return s;
  return s.replace(/[“"][^“”"]*[”"]/g, (q) => `${'q'.repeat(q.length - 1)},`);
}

// ('said the ministry in a statement issued here': the document the words came in is no part of the source)
const AFTER_STOP =
  /[,;:.!?“”"(]|\s(?:as|who|while|after|when|before|because|adding|saying)\s|\sin\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|tweet|post|letter|message|interview|speech|address|briefing)\b/;

/** Subject after an inverted verb: 'said Harpreet Kaur, a 62-year-old homemaker'. */
export function sourceAfter(text: string, from: number, rb: number): Span | null {
  const right = text.slice(from, Math.min(rb, from + 200));
  let stop = right.search(AFTER_STOP);
  // 'said Sen. Marcia Delgado', 'said Minister G. Kishan Reddy': the stop of a title's abbreviation or of an
  // initial ends no phrase
  while (stop >= 0 && right[stop] === '.' && abbreviated(right.slice(0, stop))) {
    const next = right.slice(stop + 1).search(AFTER_STOP);
    stop = next < 0 ? -1 : stop + 1 + next;
  }
  // 'by Jamaat-e-Islami (JI) Karachi Chief X': an acronym in brackets glosses the name before it; the phrase goes on
  // with the capitalised words after it (not with 'on Sunday')
  const gloss = stop >= 0 ? ACRONYM_GLOSS.exec(right.slice(stop)) : null;
  // (a capital follows the gloss, so a phrase does)
  // (within the window read here, so a run of glosses is read in bounded steps)
  if (gloss)
    return {
      start: trim(text, from, from + stop).start,
      end: sourceAfter(text, from + stop + gloss[0].length, Math.min(rb, from + 200))!.end,
    };
  const np = trim(text, from, from + (stop < 0 ? right.length : stop));
  return np.end > np.start ? np : null;
}
/** Does the text end in a title's abbreviation or a capital initial, whose full stop ends no phrase? */
function abbreviated(before: string): boolean {
  const word = /(?<![\p{L}.])\p{L}+$/u.exec(before)?.[0] ?? '';
  return NAME_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}
const ACRONYM_GLOSS = /^\(\p{Lu}[\p{Lu}\p{N}-]{0,9}\)(?=\s+\p{Lu})/u;

// "met traders who complained that": a relative pronoun right before the verb, no comma before it
const RESTRICTIVE = /\p{L}\s+(?:who|that|which)\s+(?:also\s+|had\s+|has\s+|have\s+)?$/u;
const OBJECT_PREPOSITION = /^(?:by|of|to|with|from|among|for)$/i;

/**
 * "She met traders who complained that ...", "outlets that disclosed ...": the verb of a restrictive relative
 * clause has the relative's antecedent as its subject, the object of the main verb before it, not the main
 * clause's subject. A document as antecedent ("a statement that said") speaks for its issuer, so it is left
 * to the subject as before. Null when the cue is in no such clause.
 */
export function relativeAntecedent(text: string, lb: number, at: number, words: WordsIn): Span | null {
  const rel = RESTRICTIVE.exec(text.slice(Math.max(lb, at - 40), at));
  if (!rel) return null;
  const pronounAt = at - rel[0].length + 1;
  const ws = words(lb, pronounAt);
  let verb = -1;
  for (let i = ws.length - 1; i > 0 && verb < 0; i--) if (isFiniteVerb(ws, i)) verb = i;
  if (verb < 0 || /[,;:]/.test(text.slice(ws[verb].end, pronounAt))) return null;
  let from = verb + 1;
  if (from < ws.length && OBJECT_PREPOSITION.test(ws[from].text)) from++;
  const np = ws.slice(from);
  if (np.length === 0 || np.length > 8 || DOCUMENTS.has(np[np.length - 1].text.toLowerCase().replace(/s$/, ''))) return null;
  return { start: np[0].start, end: np[np.length - 1].end };
}
