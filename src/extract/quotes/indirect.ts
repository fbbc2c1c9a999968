// Indirect quotations: the content clause of a reporting cue, without a leading "that", up to the
// end of its clause. Clause-initial ("X said that ..."), clause-final ("..., X said."), parenthetical
// ("The talks, the minister said, were constructive."), participial (", saying ...") and
// "according to X, ...".
import { lastMatch } from '../text/search.js';
import { trim, type Sentence, type Span } from '../text/segment.js';
import { isFiniteAuxiliary, isFiniteVerb, looksLikeClause, type Word, type WordsIn } from '../text/words.js';
import type { Candidate } from './candidate.js';
import {
  EXTRACTED_SUBJECT,
  OPENING_SUBORDINATE,
  PARENTHETICAL_PRONOUN,
  PREDICATE_AFTER,
  RELATIVE_SUBJECT,
  REMARKS_LEMMA,
  type Cue,
} from './cues.js';
import { PHRASE_OF_CLAUSE } from './direct.js';
import { THIS_AS_OBJECT, THIS_THEN_SETTING } from './said-this.js';
import { relativeAntecedent, SETTING_OFF_COMMA, sourceAfter, sourceBefore } from './source.js';
import { bareClause, PREPOSITION_FIRST } from './bare-clause.js';
import { taggedClause, type TagsIn } from './tagged-clause.js';
import { NOT_ACCORDING_SOURCES, SPEAKER_ACTS, TOLD_BY_ANOTHER } from '../lexicons/reporting-verbs.js';

// Between a cue and its content: "on Friday", "in a statement", "later", a recipient after "told".
const ADVERBIAL =
  /^(?:\s*,?\s*(?:on\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|phone|telephone|condition\s+of\s+anonymity)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|later|earlier|also|again|further|separately|privately|publicly|repeatedly|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|tweet|post|letter|report|message|speech|interview|reply|response|address|broadcast|briefing|note|column|podcast|appearance|hearing|op-ed|article|editorial)(?:\s+(?:issued|released|posted|published|sent|carried|aired)(?:\s+(?:on|by|later|after|in|at)\s+[^,.;:"“”]*?|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|here))?)?|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning)|by\s+(?:telephone|phone)))+(?=\s|,|$)/i;
const ONLY_ADVERBIAL = new RegExp(`${ADVERBIAL.source}\\s*$`, 'i');
// (whole words: "told media" is not "told me" before "dia"; a gathering may have a possessive before it: "told
// Thursday evening's meeting", "told the council's cabinet meeting")
const RECIPIENT =
  /^\s+(?:him|her|them|us|me|(?:the\s+)?(?:reporters|journalists|media(?:\s+(?:men|persons|representatives))?|mediamen|mediapersons|newsmen|the\s+media|(?:state\s+|national\s+|local\s+)?(?:television|radio|tv|media)|court|bench|house|assembly|senate|parliament|committee|meeting|participants|gathering|audience|conference|session|jury|tribunal|judge|minister|council|cabinet|crowd|students)|(?:a\s+)?(?:news\s+conference|press\s+conference|press\s+briefing|briefing|seminar|rally)|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s\s+(?:\p{Ll}+\s+)?(?:meeting|session|hearing|conference|briefing|rally|gathering|audience)|(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?![\p{L}\p{N}])(?:\s+(?:at|in|on|by|outside|after)\s+(?:[^,.;:"“”\s]+\s+){0,5}?(?=that\b))?/u;
// ("remarked, while hearing the petition, that ...": an adverbial clause set off by commas is no argument either)
const ASIDE =
  /^\s*,\s*(?:however|though|too|moreover|meanwhile|nonetheless|nevertheless|in turn|for (?:his|her|their|its) part|on the other hand|(?:while|whilst|when|after|before|during|in|at|on)\s[^,;:"“”]{3,80}?)\s*,(?=\s*that\b)/i;
/** '"inclusive growth" was the policy': a phrase in marks opening the clause, which goes on after it. */
const QUOTED_PHRASE_FIRST = new RegExp(`^\\s*[“"‘][^“”"‘’]{1,80}[”"’]${PHRASE_OF_CLAUSE.source.slice(1)}`, 'u');
const THAT_SOON = /^((?:\s+[^\s,.;:"“”]+){0,14}?)\s+that\s+/;
// ("said that, too" keeps "that" as the verb's object: a clause of three words or more must follow)
const THAT_COMMA = /^\s+that,\s+(?=(?:[^\s.;:]+[\s,]+){3})(?!(?:too|again|either|as well|and|but|or|then|\p{Ll}+ed)\b)/u;
const SUBORDINATOR = /\b(?:when|whenever|as|after|before|while|if|once|since|because|although|though|until)\s+$/i;
const COORDINATED = /(?:,\s*|\s)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/;
// "said X and hailed Y": a second act of the speaker ends the reported clause.
// "... and urged", "... but called on": the speaker's next act, no longer what was reported
const SECOND_ACT = new RegExp(`(?:,\\s*|\\s)(?:and|but)\\s+(?:also\\s+)?(?:${SPEAKER_ACTS.join('|')})\\b`, 'g');
/** Right after a cue, the subject of a nested one: "said (that) the committee had noted", not "said and ...". */
const NESTED_OPENING = /^\s+(that\s+)?(?!(?:and|but|while|whilst|although|though|whereas|as|because|since|so)\b)/i;
/** The connector before a speaker's next act at the end of a stretch: ", and", "and also", ",". */
const NEXT_ACT = /(?:\s*,)?\s*(?:(?:and|but)\s+(?:also\s+|further\s+|then\s+)?)?$/;
const SUBORDINATE_NEXT = /^\s*(?:even\s+)?(?:as|while|when|whereas|where|after|before|since|because|although|though|amid)\b/i;
// ", but he emphasised that": a coordinated clause with a subject of its own, another act than the cue's
const COORDINATED_NEXT = /,\s*(?:but|and|yet|while|whereas)\s+(?!(?:also|further|then|later)\b)/i;
// "said while addressing a rally", "told media after attending ...": a subordinator and a participle head an
// adverbial clause with no subject of its own, never a content clause
const ADVERBIAL_PARTICIPLE = /^\s*(?:while|whilst|when|after|before|during|since)\s+\p{Ll}+ing\b(?:(?!\bthat\b)[^,;:“”"])*/u;
// "said at a news conference", "told media men during his visit to ...", "said in a statement that condemned
// the attack": a place, a time or an occasion (and a relative on its noun) up to the comma or the end; no auxiliary,
// so no clause of reported speech ("said in Lahore the talks were over" is read as content first)
const ADJUNCT =
  /^\s+(?:at|in|during|after|before|outside|from|while|upon|following|amid|near|ahead\s+of|(?:that|which)(?=\s+\p{Ll}{3,}ed\s))\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)\b)[^\s,;:"“”]+(?:\s+|(?![^\s,;:"“”])))+?(?=,|$)/iu;
const DANGLING = /\b(?:issued|released|posted|published|sent)\s+(?:on|by|after|in|at)(?:\s+\S+)?$/i;
const CONNECTOR_BEFORE = /(?:[\s,;]+(?:and|but|while|although|though|whereas|as|even as|because|since|so))*[\s,;]*$/i;

const DOCUMENT_THAT = /\b(?:tweet|post|statement|message|letter|speech|address|interview)\s+that\s*$/;
const CONJUNCTION_BEFORE = /,?\s*\b(?:but|and|yet)\s*$/;

// ", who said", ", who also told reporters": the cue of a relative clause set off by a comma
const RELATIVE_CUE = /,\s*who\s+(?:\p{Ll}+ly\s+|also\s+|had\s+|has\s+|have\s+)*$/u;

const IN_DOCUMENT =
  /\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|tweet|post|letter|message|interview|speech|address|briefing)\b/i;
const IN_DOCUMENT_NEXT = new RegExp(`^${IN_DOCUMENT.source}`, 'i');
const OPENING_SUBORDINATOR = /^(?:while|whilst|although|though|if|when|because|since|once|unless|whereas)$/i;
const CONTRACTED_SUBJECT = /^(?:it|he|she|they|we|you|I|there|that)['’](?:s|re|ll|d|ve|m)\b/;

/**
 * A clause, also when a relative clause in its subject comes before the main verb ("states which had cut
 * their birth rate could not be punished", "The deal, which still needs a vote, would keep ..."): past the
 * relative's own verb, another finite verb is the main one.
 */
function clauseWithRelative(text: string, ws: Word[]): boolean {
  if (looksLikeClause(ws)) return true;
  // "said he dreams of ...": a pronoun in the nominative is a subject, so a clause opens with it
  if (ws.length > 1 && /^(?:he|she|they|we|I)$/.test(ws[0].text) && /^\p{Ll}+$/u.test(ws[1].text)) return true;
  // "said it’s a responsible approach", "said they’re ready": a pronoun with its verb contracted onto it
  // ("said while it’s a relief for some, it’s ...": also after a subordinator opening the content)
  const k = ws.length > 2 && OPENING_SUBORDINATOR.test(ws[0].text) ? 1 : 0;
  if (ws.length > k + 1 && CONTRACTED_SUBJECT.test(text.slice(ws[k].start, ws[k].start + 10))) return true;
  const rel = ws.findIndex((w, i) => i > 0 && /^(?:which|who)$/i.test(w.text));
  if (rel < 0) return false;
  // "The port, which handles trade, has been ...": a relative set off by commas ends at its second comma,
  // and a finite verb right after it is the main one, whatever the relative's own verb
  const closed = ws.findIndex((w, i) => i > rel + 1 && text.slice(ws[i - 1].end, w.start).includes(','));
  if (text.slice(ws[rel - 1].end, ws[rel].start).includes(',') && closed > 0 && isFiniteVerb(ws, closed)) return true;
  let i = rel + 1;
  while (i < ws.length && !isFiniteVerb(ws, i)) i++;
  // only a modal or a form of "be" or "have" surely heads the main clause; "which was announced" has none; a past
  // form does past the relative verb's object, not coordinated with it ("the suspects who brandished weapons
  // scaled the fence", not "which cost millions and delayed ...")
  const relativeVerb = i;
  for (i++; i < ws.length && i < rel + 25; i++) {
    if (isFiniteAuxiliary(ws[i].text)) return true;
    if (i > relativeVerb + 1 && mainPastForm(text, ws, i)) return true;
  }
  return false;
}

function mainPastForm(text: string, ws: Word[], i: number): boolean {
  const before = ws[i - 1].text.toLowerCase();
  return (
    ws[i].text.endsWith('ed') &&
    isFiniteVerb(ws, i) &&
    !isFiniteVerb(ws, i - 1) &&
    !/^(?:and|or|but|not|never)$|ly$/.test(before) &&
    !/[,;]/.test(text.slice(ws[i - 1].end, ws[i].start))
  );
}

/**
 * "The department, which is conducting the inquiry, submitted a report": the verb after a relative clause set off by
 * commas is its antecedent's, the main clause's, never inverted after what it reports.
 */
function afterRelative(text: string, lb: number, at: number): boolean {
  const before = near(text, lb, at, 200).replace(/,\s*$/, '');
  const comma = before.lastIndexOf(',');
  return comma >= 0 && /^\s*(?:which|who|whose)\b/i.test(before.slice(comma + 1));
}

/** "indirect:verb:that", "indirect:according", "indirect:verb:before-cue": the cue's kind and where the content is. */
function passOf(p: Placed): string {
  const where = p.viaThat ? ':that' : p.parenthetical ? ':parenthetical' : p.content!.end <= p.cue.start ? ':before-cue' : '';
  return `indirect:${p.cue.kind}${where}`;
}

interface Placed {
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
   * A clause-final cue after another cue's reported speech ("X said that Y, ARY News reported"): it reports
   * nothing of its own and the stretch before it ends at this comma; -1 when it is no such frame.
   */
  frame: number;
  /** The subject of the cue's relative clause whose own subject moved out ("which witnesses said had been"), else null. */
  extracted: Span | null;
}

// A real sentence holds a few cues; the bound keeps one made of thousands ("x said y, x said y, ...") linear.
const TAGGED_PER_SENTENCE = 4;

// Words that open no subject after a comma: a conjunction, a relative, a subordinator, a preposition.
const NOT_A_SUBJECT =
  /^(?:and|but|or|nor|so|yet|which|who|whom|whose|where|when|while|whilst|as|if|because|although|though|since|after|before|until|unless|whereas|that|in|on|at|by|for|with|from|of|to|during|under|over|amid|despite|including|according|adding|saying|not|also)$/i;

// A wh-word opens a clause that is a complement inside the clause before it, not a clause of its own.
const WH_COMPLEMENT = /\b(?:why|how)\s+$/i;

// "according to him the train ...": an object pronoun is a whole noun phrase, no comma needed after it
const PRONOUN_SOURCE = /^\s+(?:him|her|them|us|me)\b(?!\s*,)/i;

/** Where the source after "according to" ends: a comma setting it off, or its pronoun's end; -1 for neither. */
function sourceEnd(text: string, from: number, limit: number): number {
  const pronoun = PRONOUN_SOURCE.exec(text.slice(from, from + 8));
  if (pronoun) return from + pronoun[0].length;
  const ahead = text.slice(from, Math.min(limit, from + 200)).search(SETTING_OFF_COMMA);
  return ahead < 0 ? -1 : from + ahead;
}

/** The last word of a phrase, in lower case: its head ("the safety and international standards"). */
function lastWord(text: string, span: Span): string {
  return /[\p{L}'’-]*$/u.exec(text.slice(span.start, span.end))![0].toLowerCase();
}

function endOfSentence(text: string, s: Sentence): number {
  let end = s.end;
  while (end > s.start && /[\s.!?;,]/.test(text[end - 1])) end--;
  return end;
}

// Look-behind and look-ahead windows stay short so that a huge sentence full of cues parses in linear time.
const near = (text: string, lb: number, at: number, max = 40): string => text.slice(Math.max(lb, at - max), at);

function leftOfConnectors(text: string, lb: number, at: number): number {
  const window = near(text, lb, at);
  return at - window.length + window.search(CONNECTOR_BEFORE);
}

/** Only adverbials (and a recipient after "told") stand between the cue and the end of its sentence or a comma. */
function nothingAfter(text: string, cue: Cue, from: number, end: number): boolean {
  let rest = text.slice(from, Math.min(end, from + 300));
  const adverbial = () => {
    const adv = ADVERBIAL.exec(rest);
    if (adv) rest = rest.slice(adv[0].length);
    // "in a statement posted on its website": the adverbial stops at the preposition; its object ends the sentence
    if (adv && DANGLING.test(adv[0])) rest = rest.replace(/^(?:\s+[^\s,.;:"“”]+){1,5}(?=\s*(?:,|$))/, '');
    // "said Tuesday (March 1)": a date or place in brackets glosses the adverbial
    rest = rest.replace(/^\s*\([^()]{1,40}\)/, '');
  };
  adverbial();
  const recipient = cue.verb?.takesRecipient ? RECIPIENT.exec(rest) : null;
  // ("told AFP on Monday": the adverbial may follow the recipient as well as precede it)
  if (recipient) {
    rest = rest.slice(recipient[0].length);
    adverbial();
  }
  rest = rest.slice(ADVERBIAL_PARTICIPLE.exec(rest)?.[0].length ?? 0);
  rest = rest.slice(ADJUNCT.exec(rest)?.[0].length ?? 0);
  return /^\s*(?:,|$)/.test(rest);
}

const RELATIVE_VERB = /^\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their|this|these|those)\s/u;

/**
 * Does the "that" soon after a cue open its content? Not after a clause of its own ("said the Taliban
 * quickened the process that eased trade": a relative "that"), nor as a determiner ("said if that
 * statement came"), nor as a pronoun subject ("said that was wrong").
 */
function complementizer(text: string, from: number, that: RegExpExecArray, words: WordsIn): boolean {
  if (/\b(?:if|after|before|of|on|in|for|with|about|by|because|when|since)$/i.test(that[1])) return false;
  if (/^(?:is|are|was|were|has|have|had|will|would)\b/.test(text.slice(from + that[0].length, from + that[0].length + 6))) return false;
  // "said in a statement that condemned the slaying": a past verb and its object right after "that" make a relative
  if (RELATIVE_VERB.test(text.slice(from + that[0].length, from + that[0].length + 40))) return false;
  // "said in a statement carried by the news agency that": the participle modifies the document, it is no clause
  if (ONLY_ADVERBIAL.test(that[1])) return true;
  return !looksLikeClause(words(from, from + that[1].length));
}

/**
 * A comma, then a clause opening in lower case or with a number ("He said, no one should ...", "..., adding, he had
 * ...", "adding, 100 percent attendance must be ensured"): the comma is a slip of punctuation before the content,
 * not an aside or a subordinate clause.
 */
const COMMA_CONTENT =
  /^\s*,\s+(?!(?:and|but|or|nor|so|yet|while|when|whereas|as|after|before|if|unless|since|because|although|though|until|once|in|on|at|by|for|with|from|to|of|during|despite|under|over|adding|saying|noting|according|however|which|who|whom|whose|where|what|how|why|that|this|these|those|not|also|then|thus|therefore|meanwhile|moreover|besides|instead)\b)(?=\p{Ll}|\p{N}+\s+\p{Ll})/u;

function contentAfter(
  text: string,
  cue: Cue,
  limit: number,
  words: WordsIn,
  commaOpens: boolean,
): { start: number; viaThat: boolean } | null {
  // "conceded, however, that ...": an aside between commas is none of the verb's arguments
  let pos = cue.end + (ASIDE.exec(text.slice(cue.end, cue.end + 100))?.[0].length ?? 0);
  // "said, that they ...": a comma typed before the complementizer sets nothing off
  if (/^,(?=\s+that\s)/.test(text.slice(pos, pos + 7))) pos++;
  const rest = () => text.slice(pos, Math.min(limit, pos + 300));
  // "said that, even during his absence, he was ...": the complementizer before a fronted adverbial's comma
  const thatComma = THAT_COMMA.exec(rest());
  if (thatComma) return { start: pos + thatComma[0].length, viaThat: true };
  const that = THAT_SOON.exec(rest());
  if (that && !/[“”"]/.test(that[1]) && complementizer(text, pos, that, words)) return { start: pos + that[0].length, viaThat: true };
  const adv = ADVERBIAL.exec(rest());
  if (adv) pos += adv[0].length;
  if (cue.verb?.takesRecipient) {
    const r = RECIPIENT.exec(rest());
    if (!r) return null;
    pos += r[0].length;
  }
  const comma = commaOpens && pos === cue.end ? COMMA_CONTENT.exec(rest()) : null;
  if (comma) pos += comma[0].length;
  else if (/^\s*[:“"‘,]/.test(rest()) && !QUOTED_PHRASE_FIRST.test(rest())) return null;
  return { start: trim(text, pos, limit).start, viaThat: false };
}

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
  const end = endOfSentence(text, s);
  const placed: Placed[] = [];
  let tagged = 0;
  let lb = s.start;
  for (const [k, cue] of usable.entries()) {
    let source: Span | null = null;
    // (the noun a relative's cue belongs to: "traders who complained that")
    let antecedent: Span | null = null;
    // (the subject of a relative clause whose own subject moved out: "which witnesses said had been")
    const extracted = relativeSubject(cue);
    let clauseStart = cue.start;
    if (cue.kind === 'according') {
      const np = sourceAfter(text, cue.end, end);
      source = np;
      clauseStart = leftOfConnectors(text, lb, cue.start);
    } else if (cue.kind === 'participle') {
      // (a participle opening the sentence takes the main clause's subject, set once that cue is placed)
      // ("According to sources, X instructed ..., emphasising that ...": the source of "according to" is no subject)
      source = opensSentence(cue)
        ? null
        : (placed.find((p) => p.source && !p.restrictive && p.cue.kind !== 'according')?.source ?? subject());
      clauseStart = leftOfConnectors(text, lb, cue.start);
    } else {
      // "..., said the official." : the source comes after the verb and nothing is reported there (up to a last
      // cue that ends the sentence: "..., said X, senior minister, ARY News reported" is inverted); after a verb
      // that takes the hearer first ("..., X, a farmer, told AFP") the one told
      const last = k === usable.length - 2 ? usable[k + 1] : undefined;
      const final = last && /^\s*$/.test(text.slice(last.end, end).replace(ADVERBIAL, ''));
      // ("..., said the governor, adding that ...": a participle set off after the source is the speaker's next act)
      const next = usable[k + 1];
      const participle = next?.kind === 'participle' && next.attached !== true ? next.start : end;
      // (", said the ministry in a statement issued on Monday": the document and its participle are no clause)
      const tailEnd = Math.min(end, cue.end + 200, final ? last.start : participle);
      const inDocument = IN_DOCUMENT.exec(text.slice(cue.end, tailEnd));
      const tail = words(cue.end, inDocument ? cue.end + inDocument.index : tailEnd);
      const inverted =
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
          tagged++ < TAGGED_PER_SENTENCE &&
          taggedClause(text, { start: cue.end, end: tail[tail.length - 1].end }, tagsIn)
        );
      antecedent = relativeAntecedent(text, lb, cue.start, words);
      source = inverted ? sourceAfter(text, cue.end, end) : (extracted ?? antecedent ?? sourceBefore(text, lb, cue.start, words));
      // ('“... this,” the Minister said': a source never opens inside a quotation before its cue)
      const inside = source && marks.find((k) => k.start < source!.start && source!.start < k.end && k.end <= cue.start);
      if (inside) source = sourceBefore(text, inside.end, cue.start, words);
      clauseStart = source && source.start < cue.start ? leftOfConnectors(text, lb, source.start) : leftOfConnectors(text, lb, cue.start);
      // ("State TV quoted X as saying": the clause opens at the subject, the source is the one quoted)
      if (cue.named) source = cue.named;
      // "X, who said Y, announced Z": the verb right after the relative's closing comma is the main clause's, its
      // subject the relative's antecedent, its clause opening at that comma
      const relative = placed.at(-1);
      const gap = near(text, lb, cue.start);
      if (relative && inRelative(relative.cue) && /,\s*$/.test(gap)) {
        source = relative.source;
        clauseStart = cue.start - gap.length + gap.lastIndexOf(',');
      }
      // "... and urged", "... and said": a second verb of the same subject
      // ("X accused the Authority of ... and said": the Authority is no subject of "said")
      // (its clause then starts at the connector: "said officers were firing and accused them" keeps "officers ...")
      if (COORDINATED.test(near(text, lb, cue.start))) {
        // ("When a journalist asked, “...”, X smiled and said": a subordinate clause's subject is not the main one's)
        const main = (np: Span | null | undefined) => (np && !SUBORDINATOR.test(near(text, s.start, np.start)) ? np : null);
        source = main(placed.find((p) => p.source)?.source) ?? main(subject()) ?? source;
        clauseStart = leftOfConnectors(text, lb, cue.start);
      }
    }
    placed.push({
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
  // "Stressing that X, she said Y": the opening participle's clause is the speaker's of the next cue, up to it
  // ("While acknowledging that X, Naqvi emphasised Y": so does one after a subordinator opening the sentence, when
  // the main clause's verb is a cue that names the speaker)
  // ("Pointing out that X, the judges wondered ...": with no cue in the main clause, its subject is the speaker, and
  // the clause opens at the comma before it)
  const first = placed[0].cue;
  const main = placed[1]?.cue.kind === 'verb' ? placed[1] : undefined;
  const opening =
    first.kind === 'participle' && opensSentence(first) && (main || first.start === s.start || mainClause(first.end)) ? placed[0] : null;
  let openingLimit = placed[1]?.clauseStart ?? end;
  if (opening) {
    const clause = main ? null : mainClause(first.end);
    opening.source = main ? main.source : (clause?.subject ?? null);
    if (clause) openingLimit = Math.min(openingLimit, clause.comma);
    if (!opening.source) opening.silenced = true;
  }
  // right to left: reported speech runs up to the next cue that reports something itself
  let limit = end;
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i];
    if (!p.attributionOnly && !p.silenced) report(p, i, p === opening ? openingLimit : limit);
    if (p.frame >= 0) limit = p.frame;
    const next = placed[i + 1];
    if (p.cue.kind === 'verb' && !p.attributionOnly && !p.silenced && !p.content && next?.content) nest(p, next, next.content);
    // the earlier cue's content runs on over a wh-complement, and over a relative's cue ("said the talks, which he said
    // were useful, went on")
    if (p.embedded || p.extracted) continue;
    // a participle (", accusing the government of ...") opens a clause of its own even when it reports nothing,
    // and so does "X said this while ...", which reports the sentence before ("According to a handout, X said this
    // while ..."; a bare "... confirmed this" at the end may close a clause of what is reported)
    const saidThis = p.cue.verb?.lemma === REMARKS_LEMMA || THIS_THEN_SETTING.test(text.slice(p.cue.end, p.cue.end + 16));
    if (p.content || p.attributionOnly || saidThis || p.cue.kind === 'participle' || COORDINATED.test(near(text, s.start, p.cue.start)))
      limit = p.clauseStart;
  }
  /** Does the cue open the sentence, alone or after a subordinator ("Stressing that", "While acknowledging that")? */
  function opensSentence(cue: Cue): boolean {
    return cue.start === s.start || OPENING_SUBORDINATE.test(text.slice(s.start, cue.start));
  }

  /**
   * The main clause after an opening participle's content when no cue heads it: the last comma outside marks after
   * which a subject and its finite verb follow ("..., the judges wondered"), and that subject; null for none.
   */
  function mainClause(from: number): { comma: number; subject: Span } | null {
    let found: { comma: number; subject: Span } | null = null;
    for (const at of commasOutsideMarks(from, end)) {
      const ws = words(at + 1, Math.min(end, at + 80));
      if (ws.length < 2 || NOT_A_SUBJECT.test(ws[0].text)) continue;
      const verb = ws.findIndex((_, i) => i > 0 && i < 6 && isFiniteVerb(ws, i));
      if (verb < 0 || /[,;:]/.test(text.slice(at + 1, ws[verb].start))) continue;
      const subject = sourceBefore(text, at + 1, ws[verb].start, words);
      if (subject) found = { comma: at, subject };
    }
    return found;
  }

  /** Does a verb cue report speech that ends at `comma`: its own clause after it, or the clause before it inverted? */
  function reportsUpTo(q: Placed, comma: number): boolean {
    if (q.cue.kind !== 'verb' || q.attributionOnly) return false;
    const src = q.source;
    if (src && src.start >= q.cue.end && src.end <= comma) return nothingAfter(text, q.cue, src.end, comma);
    return ownContent(q, comma) !== null;
  }

  /**
   * "which it said would be ...": the subject of a relative clause and its cue, whose content's subject moved out; the
   * relative's subject, else null.
   */
  function relativeSubject(cue: Cue): Span | null {
    const after = PREDICATE_AFTER.exec(text.slice(cue.end, cue.end + 30));
    const window = near(text, s.start, cue.start, 60);
    const m = after && RELATIVE_SUBJECT.exec(window);
    return m ? trim(text, cue.start - m[1].length, cue.start) : null;
  }

  /** Where the predicate of a relative's cue starts ("which it said would be ..."), else -1. */
  function extractedPredicate(p: Placed): number {
    return p.extracted ? p.cue.end + PREDICATE_AFTER.exec(text.slice(p.cue.end, p.cue.end + 30))![1].length : -1;
  }

  /** The commas setting words off in [from, limit) outside the sentence's marks, in order. */
  function* commasOutsideMarks(from: number, limit: number): Generator<number> {
    for (const m of text.slice(from, limit).matchAll(SETTING_OFF_COMMA)) {
      const at = from + m.index;
      if (!marks.some((k) => k.start < at && at < k.end)) yield at;
    }
  }

  /** A finite verb right after the cue: an auxiliary, or a past form by the word lists ("he said resulted"). */
  function verbRightAfter(cue: Cue): boolean {
    if (EXTRACTED_SUBJECT.test(text.slice(cue.end, cue.end + 8))) return true;
    const ws = words(cue.start, Math.min(end, cue.end + 30));
    return ws.length > 1 && ws[1].start >= cue.end && isFiniteVerb(ws, 1);
  }

  /** Is the cue the verb of a relative clause set off by a comma (", who said")? */
  function inRelative(cue: Cue): boolean {
    return RELATIVE_CUE.test(near(text, s.start, cue.start));
  }

  /** A clause by the word lists, else by the tagger (asked only then, and a few times a sentence at most). */
  function isClause(span: Span): boolean {
    return (
      clauseWithRelative(text, words(span.start, Math.min(span.end, span.start + 300))) ||
      (tagged++ < TAGGED_PER_SENTENCE && taggedClause(text, span, tagsIn))
    );
  }

  /** Where the speaker's next act starts in [from, to), outside the sentence's marks ('“... and said ...”' is the quotation's). */
  function secondAct(from: number, to: number): number | null {
    SECOND_ACT.lastIndex = 0;
    const stretch = text.slice(from, to);
    for (let m = SECOND_ACT.exec(stretch); m; m = SECOND_ACT.exec(stretch)) {
      const at = from + m.index;
      if (!marks.some((k) => k.start < at && at < k.end)) return at;
    }
    return null;
  }

  /**
   * 'said he was joking with his friend “because ...' and no closing mark: a quotation running on to a later
   * paragraph is the speaker's own words, set apart from the reported clause, which ends where it opens.
   */
  function unclosedMark(from: number, limit: number): number {
    const open = marks.find((k) => k.start > from && k.start < limit && !/[”"’']/.test(text[k.end - 1]));
    return open ? open.start : limit;
  }

  /** The content clause right after a cue, when there is one. */
  function ownContent(p: Placed, limit: number): { content: Span; viaThat: boolean } | null {
    const { cue } = p;
    // a comma may stand before the content of a participle or of a cue whose subject opens the sentence;
    // after a subject further on, "X, he said, Y" is a parenthetical cue
    const opens =
      cue.kind === 'participle' ||
      (p.source !== null && p.source.end <= cue.start && trim(text, s.start, p.source.start).start === p.source.start);
    // "said this while addressing ...": "this" is the verb's whole object, what follows is no content
    if (THIS_AS_OBJECT.test(text.slice(cue.end, cue.end + 16))) return null;
    const after = contentAfter(text, cue, limit, words, opens);
    if (!after || after.start >= limit || ADVERBIAL_PARTICIPLE.test(text.slice(after.start, after.start + 40))) return null;
    // "expressed these views in the tweet that ...": such a frame reports a "that" clause of its document only
    // ("made his comments in light of allegations that ..." is the allegations' clause)
    if (cue.verb?.lemma === REMARKS_LEMMA && !DOCUMENT_THAT.test(text.slice(cue.end, after.start))) return null;
    let content = trim(text, after.start, secondAct(after.start, Math.min(limit, after.start + 1000)) ?? unclosedMark(after.start, limit));
    if (cue.verb?.needThat && !after.viaThat && !bareClause(text.slice(content.start, content.start + 60))) return null;
    if (inRelative(cue)) content = relativeEnd(content);
    if (!after.viaThat && (butBeforeVerb(content) || !isClause(content))) return null;
    return { content, viaThat: after.viaThat };
  }

  /**
   * "The mayor, who said the budget was tight, approved the plan": a cue in a relative clause set off by commas
   * reports up to the comma where the main clause's verb follows.
   */
  function relativeEnd(content: Span): Span {
    const ws = words(content.start, Math.min(content.end, content.start + 300));
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

  /**
   * "Nobody claimed responsibility for the attack but militants have ...": a "but" before any finite verb joins a
   * clause to the verb's object, which is no clause itself (no subject is coordinated with "but")
   */
  function butBeforeVerb(span: Span): boolean {
    const ws = words(span.start, Math.min(span.end, span.start + 300));
    for (let i = 0; i < ws.length; i++) {
      // ("the roads but not the bridges would": "but not", "but also" coordinate inside a phrase)
      if (ws[i].text === 'but' && !/^\s+(?:not|also)\b/.test(text.slice(ws[i].end, ws[i].end + 6))) return true;
      if (isFiniteVerb(ws, i)) return false;
    }
    return false;
  }

  /**
   * "Governor X said the Monetary Policy Committee had noted a decline": a cue whose source opens this
   * cue's content is reported speech itself; the whole clause is this cue's. When the inner cue tells of
   * another's act of telling ("said a witness had told her the man ..."), that one's words are a quote too.
   */
  function nest(p: Placed, next: Placed, content: Span): void {
    const gap = NESTED_OPENING.exec(text.slice(p.cue.end, next.cue.start));
    // (a relative's cue, "X, who said Y, announced Z": the later cue is the main clause's, outside what X said)
    if (!gap || (p.cue.verb?.needThat && !gap[1]) || inRelative(p.cue) || ownSubjectAfter(p.cue.end, next)) return;
    // ("lamented the rise, which it said would ...": the relative is inside a noun phrase, no clause of its own; so is
    // "the BBC report that said ...", whose "that" is the inner cue's subject)
    if (next.extracted || (gap[1] && next.cue.kind === 'verb' && next.cue.start === p.cue.end + gap[0].length)) return;
    p.content = trim(text, p.cue.end + gap[0].length, content.end);
    p.viaThat = gap[1] !== undefined;
    if (!TOLD_BY_ANOTHER.has(next.cue.verb?.lemma ?? '')) next.content = null;
  }

  /** Does the next cue have its own subject in a clause coordinated after a comma ("said, but he added")? */
  function ownSubjectAfter(from: number, next: Placed): boolean {
    const m = COORDINATED_NEXT.exec(text.slice(from, next.cue.start));
    return m !== null && next.source !== null && next.source.start >= from + m.index + m[0].length;
  }

  /**
   * "..., he said and added that ...", "..., he said, adding: “...”": a cue right after a connector is the
   * speaker's next act, so this clause-final cue still ends its stretch; where the connector starts, or -1.
   */
  function nextAct(from: number, next: Placed): number {
    const between = text.slice(from, next.cue.start);
    // "..., officials said Tuesday, even as others warned that ...": a subordinate clause after the cue's own
    // holds the next cue; this clause-final cue still ends its stretch at the comma
    const comma = between.indexOf(',');
    if (comma >= 0 && SUBORDINATE_NEXT.test(between.slice(comma + 1))) return from + comma;
    // "..., the minister said yesterday, but he emphasised that ...": the next cue's subject opens a clause of its own
    if (ownSubjectAfter(from, next)) return from + comma;
    const connector = NEXT_ACT.exec(between)!;
    // nothing but adverbials before the connector: a comma there opens words of another clause
    // ('he said adding “...”': a participle right after the cue is the next act, its comma left out)
    const adjoining = next.cue.kind === 'participle' && /^\s+$/.test(between);
    const ok = (connector[0].trim() !== '' || adjoining) && !between.slice(0, connector.index).includes(',');
    return ok ? from + connector.index : -1;
  }

  function report(p: Placed, i: number, limit: number): void {
    const { cue } = p;
    if (cue.kind === 'according') {
      const comma = sourceEnd(text, cue.end, limit);
      // "..., according to two of the sources, who asked not to be named": a relative clause after the
      // source is about it; what is reported stands before the cue
      const relative = comma >= 0 && /^\s*(?:who|whom|whose|which)\b/i.test(text.slice(comma + 1, comma + 8));
      if (comma >= 0) p.source = trim(text, cue.end, comma);
      if (p.source && NOT_ACCORDING_SOURCES.has(lastWord(text, p.source))) return;
      const before = i === 0 && p.clauseStart > s.start ? trim(text, s.start, p.clauseStart) : null;
      // ("According to sources, the Prime Minister ... said that ...": up to the next cue's subject is no clause)
      const rest = comma >= 0 && comma < limit && !relative ? trim(text, comma + 1, limit) : null;
      const after = rest && (limit === end || isClause(rest)) ? rest : null;
      // "The war has killed thousands, according to U.N. figures, creating ...": a participle after the
      // source is the clause before's adjunct; that clause is what is reported
      p.content = after && !(before && !isClause(after) && isClause(before)) ? after : before;
      return;
    }
    // "a boat which witnesses said had been carrying the victims, ...": the predicate up to the relative's end
    const predicate = extractedPredicate(p);
    if (predicate >= 0) {
      p.content = trim(text, predicate, commasOutsideMarks(predicate, limit).next().value ?? limit);
      return;
    }
    // "The province, he said could achieve ...", "This, he said resulted in ...": a parenthetical cue whose closing
    // comma was left out
    if (i === 0 && PARENTHETICAL_PRONOUN.test(near(text, s.start, cue.start)) && verbRightAfter(cue)) {
      p.content = trim(text, s.start, limit);
      p.parenthetical = true;
      return;
    }
    // ("..., said X, the governor, adding that ...", "..., said FBR in a statement issued here": after an inverted
    // source set off by a comma or followed by its document, nothing of the cue's own follows)
    const inverted = p.source !== null && p.source.start >= cue.end;
    const afterSource = text.slice(p.source?.end ?? 0, (p.source?.end ?? 0) + 80);
    const setOffSource = inverted && cue.kind === 'verb' && (/^\s*,/.test(afterSource) || IN_DOCUMENT_NEXT.test(afterSource));
    const own = setOffSource ? null : ownContent(p, limit);
    if (own) {
      p.content = own.content;
      p.viaThat = own.viaThat;
      return;
    }
    // nothing reported after the cue: "..., the ISPR said on Sunday." or "The talks, the minister said, were ..."
    const from = inverted ? p.source!.end : cue.end;
    // ("..., the litigants alleged and sought a stay": the speaker's next act, not a cue, also ends the stretch)
    // (", adding that ..." after an inverted source and its apposition: the participle set off is the next act)
    const next = placed[i + 1];
    const setOff = inverted && next?.cue.kind === 'participle' && next.cue.attached !== true;
    const actEnd =
      next === undefined ? (secondAct(from, end) ?? end) : next.frame >= 0 ? limit : setOff ? next.clauseStart : nextAct(from, next);
    // ("..., witnesses were quoted as saying." reports the clause before it as a verb does)
    if ((cue.kind !== 'verb' && cue.kind !== 'quoted') || actEnd < 0 || !nothingAfter(text, cue, from, actEnd)) return;
    // "..., with losses estimated at $3 billion": a preposition's object is no subject, the participle no cue
    if (p.source && PREPOSITION_FIRST.test(text.slice(p.source.start, p.source.end))) return;
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
    if (clause && isClause(clause)) {
      p.content = clause;
      p.parenthetical = true;
      p.frame = comma - conjunction![0].length;
      return;
    }
    // ("X said that Y, ARY News reported", "Y, said X, ARY News reported": the outlet's frame around X's words; not
    // "Y, which, she said, was ...", nor "Y, as the president has alleged")
    const closing = !inverted && /^,\s*$/.test(text.slice(comma, sourceStart)) && !text.slice(from, end).includes(',');
    if (closing && earlier.some((q) => reportsUpTo(q, comma))) {
      p.frame = comma;
      return;
    }
    // (a participle describing its noun, "the call reporting a threat", is a word of that clause too)
    const partOfClause = (q: Placed) => q.cue.kind === 'verb' || (q.cue.kind === 'participle' && q.cue.attached === true);
    if (earlier.some((q) => q.attributionOnly || !partOfClause(q) || ownContent(q, comma))) return;
    const pre = trim(text, s.start, comma);
    // ('“Recalling the talks, the minister reiterated his wish to strengthen” ties, the spokesman said': a stretch
    // opening with a quotation closed inside it holds the speaker's words in marks, the direct quote; the writer's
    // words after it are none; a later phrase in marks keeps the stretch, whose reported speech hosts that phrase)
    const inStretch = marks.filter((k) => k.start >= pre.start && k.start < comma);
    if (inStretch.length === 1 && inStretch[0].start === pre.start) return;
    const tail = text.slice(cue.end, Math.min(end, cue.end + 60));
    const preIsClause = isClause(pre);
    const continuation = !preIsClause && /^\s*(?:on\s+\S+\s*|in\s+a\s+\S+\s*|yesterday\s*|today\s*)?,\s*\p{L}/u.test(tail);
    if (continuation) {
      p.content = trim(text, s.start, end);
      p.parenthetical = true;
    } else if (preIsClause) {
      p.content = pre;
    }
    if (p.content) for (const q of earlier) q.silenced = true;
  }
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
