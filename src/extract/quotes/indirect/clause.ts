// What the indirect-quotation pass asks of the text around one cue: is a stretch a clause, where the cue's content
// starts, whether only adverbials follow the cue.
import { trim, type Sentence, type Span } from '../../text/segment.js';
import { isFiniteAuxiliary, isFiniteVerb, looksLikeClause, type Word, type WordsIn } from '../../text/words.js';
import type { Cue } from '../cues.js';
import { SETTING_OFF_COMMA } from '../source.js';
import {
  ADJUNCT,
  ADVERBIAL,
  ADVERBIAL_PARTICIPLE,
  ASIDE,
  COMMA_CONTENT,
  CONNECTOR_BEFORE,
  CONTRACTED_SUBJECT,
  DANGLING,
  ONLY_ADVERBIAL,
  OPENING_SUBORDINATOR,
  PRONOUN_SOURCE,
  QUOTED_PHRASE_FIRST,
  RECIPIENT,
  RELATIVE_VERB,
  THAT_COMMA,
  THAT_SOON,
} from './patterns.js';

/**
 * A clause, also when a relative clause in its subject comes before the main verb ("states which had cut
 * their birth rate could not be punished", "The deal, which still needs a vote, would keep ..."): past the
 * relative's own verb, another finite verb is the main one.
 */
export function clauseWithRelative(text: string, ws: Word[]): boolean {
  if (looksLikeClause(ws)) return true;
  // "said he dreams of ...": a pronoun in the nominative is a subject, so a clause opens with it
  if (ws.length > 1 && /^(?:he|she|they|we|I)$/.test(ws[0].text) && /^\p{Ll}+$/u.test(ws[1].text)) return true;
  // "said it’s a responsible approach", "said they’re ready": a pronoun with its verb contracted onto it
  // ("said while it’s a relief for some, it’s ...": also after a subordinator opening the content)
  const k = ws.length > 2 && OPENING_SUBORDINATOR.test(ws[0].text) ? 1 : 0;
  if (ws.length > k + 1 && CONTRACTED_SUBJECT.test(text.slice(ws[k].start, ws[k].start + 10))) return true;
  const rel = ws.findIndex((w, i) => i > 0 && (/^(?:which|who)$/i.test(w.text) || nounThat(ws, i)));
  if (rel < 0) return false;
  // "The port, which handles trade, has been ...": a relative set off by commas ends at its second comma,
  // and a finite verb right after it is the main one, whatever the relative's own verb
  const closed = ws.findIndex((w, i) => i > rel + 1 && text.slice(ws[i - 1].end, w.start).includes(','));
  if (text.slice(ws[rel - 1].end, ws[rel].start).includes(',') && closed > 0 && isFiniteVerb(ws, closed)) return true;
  let i = rel + 1;
  // ("earthquakes that struck the west have killed", "those who attack the police will": a subject "that" or "who" is
  // followed by its verb, whatever its form)
  if (!subjectRelative(ws, rel)) while (i < ws.length && !isFiniteVerb(ws, i)) i++;
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

/**
 * A "that" after a noun opens a clause inside the subject: a relative ("The outbreak that started in March infected
 * ...") or the noun's complement ("Reports that a man had died were false"); not a determiner ("if that deal") nor a
 * verb's complementizer ("thought that").
 */
function nounThat(ws: Word[], i: number): boolean {
  return ws[i].text === 'that' && !BEFORE_THAT.test(ws[i - 1].text);
}

/**
 * The relative's own subject: a verb, whatever its form, right after it ("that struck", "who attack"), no subject
 * ("that he", "who the police").
 */
function subjectRelative(ws: Word[], i: number): boolean {
  const next = ws[i + 1]?.text ?? '';
  return /^(?:that|who)$/i.test(ws[i].text) && /^\p{Ll}+$/u.test(next) && !NOT_A_RELATIVE_VERB.test(next);
}

// Words after which "that" is no relative pronoun: a preposition or subordinator makes it a determiner, a verb a
// complementizer.
const BEFORE_THAT =
  /^(?:if|when|once|unless|because|since|after|before|although|though|at|in|on|of|for|with|by|from|to|about|so|such|and|but|or|is|was|are|were|be|been|said|says|say|told|believe|think|thought|know|knew|feel|felt|found|saw|show|shows|mean|means|meant|now|given|provided|except)$/i;
// Words that open a subject, or an adverbial, after "that": no verb of a relative whose subject it is.
const NOT_A_RELATIVE_VERB =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|there|some|any|no|all|most|many|both|each|every|one|two|three|more|such|not|if|when|while|as|in|on|at|for|by|to|of|with|from|after|before|since|because)$/;

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
export function afterRelative(text: string, lb: number, at: number): boolean {
  const before = near(text, lb, at, 200).replace(/,\s*$/, '');
  const comma = before.lastIndexOf(',');
  return comma >= 0 && /^\s*(?:which|who|whose)\b/i.test(before.slice(comma + 1));
}

/** Where the source after "according to" ends: a comma setting it off, or its pronoun's end; -1 for neither. */
export function sourceEnd(text: string, from: number, limit: number): number {
  const pronoun = PRONOUN_SOURCE.exec(text.slice(from, from + 8));
  if (pronoun) return from + pronoun[0].length;
  const ahead = text.slice(from, Math.min(limit, from + 200)).search(SETTING_OFF_COMMA);
  return ahead < 0 ? -1 : from + ahead;
}

/** The last word of a phrase, in lower case: its head ("the safety and international standards"). */
export function lastWord(text: string, span: Span): string {
  return /[\p{L}'’-]*$/u.exec(text.slice(span.start, span.end))![0].toLowerCase();
}

export function endOfSentence(text: string, s: Sentence): number {
  let end = s.end;
  while (end > s.start && /[\s.!?;,]/.test(text[end - 1])) end--;
  return end;
}

// Look-behind and look-ahead windows stay short so that a huge sentence full of cues parses in linear time.
export const near = (text: string, lb: number, at: number, max = 40): string => text.slice(Math.max(lb, at - max), at);

export function leftOfConnectors(text: string, lb: number, at: number): number {
  const window = near(text, lb, at);
  return at - window.length + window.search(CONNECTOR_BEFORE);
}

/** Only adverbials (and a recipient after "told") stand between the cue and the end of its sentence or a comma. */
export function nothingAfter(text: string, cue: Cue, from: number, end: number): boolean {
  let rest = text.slice(from, Math.min(end, from + 300));
  // ("Incidents, he said, also declined", "..., said Hasan, also the party's secretary": a comma right after the cue
  // or its source ends what is the cue's, though an adverbial's word follows it)
  if (/^\s*,/.test(rest)) return true;
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

/** The length of an aside set off by commas before "that", after the cue or its adverbial ("said in a report, seen by ..."). */
function asideAfter(text: string, from: number): number | null {
  const aside = ASIDE.exec(text.slice(from, from + 100));
  if (aside) return aside[0].length;
  const adv = ADVERBIAL.exec(text.slice(from, from + 300));
  const after = adv && ASIDE.exec(text.slice(from + adv[0].length, from + adv[0].length + 100));
  return after ? adv[0].length + after[0].length : null;
}

export function contentAfter(
  text: string,
  cue: Cue,
  limit: number,
  words: WordsIn,
  commaOpens: boolean,
): { start: number; viaThat: boolean } | null {
  // "conceded, however, that ...": an aside between commas is none of the verb's arguments
  let pos = cue.end + (asideAfter(text, cue.end) ?? 0);
  // "said, that they ...": a comma typed before the complementizer sets nothing off
  if (/^,(?=\s+that\s)/.test(text.slice(pos, pos + 7))) pos++;
  const rest = () => text.slice(pos, Math.min(limit, pos + 300));
  // 'added that: “We will ...”': a colon after the complementizer sets off the speaker's own words in marks, a
  // direct quotation, and no content clause is left for the verb
  if (/^\s+that\s*:\s*[“"‘]/.test(rest())) return null;
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
