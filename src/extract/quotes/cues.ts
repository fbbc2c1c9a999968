// Reporting cues in a sentence: reporting verbs, "according to", "was quoted (by X) as saying".
import { SOURCE_NOUNS } from '../lexicons/anonymous-sources.js';
import {
  AS_PER_DOCUMENTS,
  COLON_CUES,
  ING_NOUNS,
  LIGHT_VERBS,
  REPORTING_VERBS,
  SPEECH_ACT_NOUNS,
  STANCE_NOUNS,
  type CueForm,
  type VerbInfo,
} from '../lexicons/reporting-verbs.js';
import { type Span, trim } from '../text/segment.js';
import { bareClause } from './bare-clause.js';

export type CueKind = 'verb' | 'participle' | 'according' | 'quoted';

export interface Cue extends Span {
  kind: CueKind;
  /** The cue as written: "said", "told", "according to", "was quoted by PTV as saying". */
  text: string;
  verb: VerbInfo | null;
  /** A participle with no comma before it, kept because the parse says it describes its doer ("a statement saying"). */
  attached?: boolean;
  /** The source named inside the cue: the one quoted in "state TV quoted X as saying". */
  named?: Span;
}

/** Does the parse read this participle as describing a noun, its doer ("a statement saying", "with X remarking")? */
export type DescribesDoer = (participle: Span) => boolean;

const verbAlternation = [...REPORTING_VERBS.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /g, '\\s+');
// "expressed (the government's) hope that": a verb of expressing, up to three words, a noun of stance, "that"
// ("issued a warning that", "took the position that": a light verb, a determiner, a noun of a speech act, "that")
const STANCE = `(?:express(?:ed|es|ing)?\\s+(?:[A-Za-z'’-]+\\s+){0,3}?(?:${STANCE_NOUNS.join('|')})|(?:${LIGHT_VERBS.join('|')})\\s+(?:a|an|the|his|her|its|their)\\s+(?:[A-Za-z'’-]+\\s+){0,2}?(?:${SPEECH_ACT_NOUNS.join('|')}))(?=\\s+that\\b)`;
// "state TV quoted the minister as saying": the active of "was quoted as saying"; its object is the source
const QUOTED_ACTIVE = `quot(?:ed|es|ing)\\s+(?!by\\b|as\\b)(?<object>[^.,;:"“”]{1,60}?)\\s+as\\s+saying\\b`;
// "the meeting was informed that ...", "they were told that ...": a passive of a verb that takes the hearer first;
// its subject is the one told, the teller unnamed
const PASSIVE = `(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+|further\\s+|later\\s+)?(?:told|informed|apprised|briefed|reminded|advised|assured)(?=\\s)`;
// "The court heard he had bought them online", "..., an inquest has heard": a hearing body that "heard" is told,
// as in the passive above; the teller unnamed
const HEARD = `(?<=\\b(?:[Cc]ourt|[Jj]ury|[Ii]nquest|[Tt]ribunal|[Hh]earing|[Ii]nquiry|[Mm]agistrates)\\s+(?:has\\s+|had\\s+|also\\s+|previously\\s+|earlier\\s+|later\\s+)?)heard(?=\\s|[,.]|$)`;
const HEARERS = /\p{L}+\s+(?:\p{Ll}+\s+)?$/u;
// "He expressed these views while addressing ...", "The minister made these remarks during a meeting": a light verb
// and a noun of speech with a determiner stand for what was said before, as "said this" does
const REMARKS = `(?:made|expressed)\\s+(?:these|those|the|his|her|their)\\s+(?:remarks|views|comments|observations|statement)(?=\\s*,?\\s+(?:while|whilst|when|during|at|in|on|after|before|here|ahead)\\b)`;
// "as per the rescue sources", "As per sources,": "as per" names a source only with a source noun as its head
// or a document's ("As per the press release,"); "as per the schedule", "as per the court's order" name a norm met
const AS_PER_SOURCE = `\\s+(?:the\\s+)?(?:[A-Za-z'’-]+\\s+){0,3}?(?:${[...SOURCE_NOUNS, ...AS_PER_DOCUMENTS].join('|')})(?=\\s*(?:[,.;:]|$))`;
const GOING_ON_WORDS = `(?:${COLON_CUES.join('|').replace(/ /g, '\\s+')})`;
const CUE = new RegExp(
  `\\b(?:(?<stance>${STANCE})|(?<active>${QUOTED_ACTIVE})|(?<quoted>(?:was|were|is|are|has been|had been|have been)\\s+(?:also\\s+|later\\s+)?quoted\\s+(?:by\\s+[^.,;:"“”]{1,60}?\\s+)?as\\s+(?:saying|telling\\s+[^.,;:"“”]{1,40}?))|(?<passive>${PASSIVE}|${HEARD})|(?<remarks>${REMARKS})|(?<according>[Aa]ccording\\s+to|[Aa]s\\s+per(?=${AS_PER_SOURCE}))|(?<colon>${GOING_ON_WORDS}(?=\\s*:\\s*[“"‘]))|(?<verb>${verbAlternation}))\\b`,
  'g',
);
const stance = (form: CueForm): VerbInfo => ({
  lemma: 'express',
  form,
  needThat: true,
  directOnly: false,
  thatReports: false,
  nounLike: false,
  takesRecipient: false,
});
const STANCE_VERB = { finite: stance('finite'), participle: stance('participle') };
// "went on:", "continued:": a cue of the quotation after the colon only
const GOING_ON: VerbInfo = { ...stance('finite'), lemma: 'go on', directOnly: true };
const SAYING = REPORTING_VERBS.get('saying') as VerbInfo;
/** The lemma of a "made these remarks" cue: it reports the sentence before, or a "that" clause after it. */
export const REMARKS_LEMMA = 'make remarks';
const REMARKS_VERB: VerbInfo = { ...stance('finite'), lemma: REMARKS_LEMMA };
// (content only after "that": "was told to leave", "were briefed on the plan" report nothing)
const TOLD: VerbInfo = { ...stance('finite'), lemma: 'be told' };
// "to say" is no saying ("refused to say"), except "hastened to add", "went on to say", "continued to say"; nor is
// "It is worth noting that", the writer's own aside ("It is pertinent to mention" is an infinitive)
const BEFORE_NOT_A_CUE =
  /\b(?:the|a|an|this|these|those|his|her|its|their|our|such|was|were|is|are|be|been|being|(?<!\b(?:hastened|went\s+on|continued|quick)\s+)to|so-called|worth)\s+$/i;
// the verb of saying is the infinitive; the cue, for the subject before it, opens at the main verb
const SAYING_TO = /\b(?:(?:was|were)\s+quick|hastened|went\s+on|continued)\s+to\s+$/i;
// (American style puts the comma inside a closing mark: 'the “Gang of Eight,” arguing that')
const AFTER_COMMA = /,[”"’]?\s*(?:while\s+|before\s+|after\s+|also\s+|further\s+|and\s+)?$/;
// "said whilst highlighting that": right after a cue, "while" heads the speaker's adverbial clause, comma or not
const WHILE_AFTER_CUE = /^\s+(?:while|whilst)\s+$/;
// "what he said was ...", "a bill protesters say will ...": a verb right after the cue means its content's subject
// moved out of it; unless a relative pronoun and a subject stand before the cue (below), it reports nothing here
const AUXILIARIES = 'will|would|is|are|was|were|has|have|had|can|could|may|might|should|must|shall';
export const EXTRACTED_SUBJECT = new RegExp(`^\\s+(?:${AUXILIARIES})\\b`);
// "The province, he said could achieve ...": after a comma and a pronoun, the cue is a parenthetical whose closing
// comma was left out, not a relative's (a pronoun is no relative clause's subject after a comma)
export const PARENTHETICAL_PRONOUN = /,\s*(?:he|she|they|we)\s+(?:also\s+|further\s+)?$/;
// "a boat which witnesses said had been carrying the victims", "a bill that unions say will raise prices": after a
// relative pronoun and a short subject of its own, the cue's content is the predicate whose subject moved out (the
// relative's antecedent); "what he said was" heads a free relative, the noun phrase of another clause
export const RELATIVE_SUBJECT =
  /\b(?:which|that|who|whom)\s+((?:(?!(?:and|or|but|that|which|who|is|are|was|were|has|have|had|will|would)\b)[\p{L}\p{N}'’.-]+\s+){1,6})$/u;
// The predicate after a relative's cue, an adverbial of time allowed before it ("something that X said in December
// could take months"); group 1 runs up to the predicate.
export const PREDICATE_AFTER = new RegExp(`^((?:\\s+(?:on|in|last|this)\\s+\\p{L}+)?\\s+)(?:${AUXILIARIES})\\b`, 'u');
// "has been saying that", "was also telling reporters": a progressive is a finite cue
const CLAIMED_LIVES =
  /^\s+(?:(?:the|more|over|at\s+least|nearly|some|about|another|a)\s+)?(?:[\d,]+\s+|\p{Ll}+\s+){0,2}?(?:lives|life)\b(?!\s+(?:were|was|are|is|had|have|has|could|would|will|can|may|might|must|should)\b)/u;
// "held that the fine was enough", "held that deterrence had to ...": a subject of up to four words (no time noun: "held
// that day was ..."; no preposition or conjunction: "held that seat since 2008 and is ...") and a finite auxiliary
const HELD_CLAUSE =
  /^\s+that\s+(?!(?:day|week|month|year|night|morning|afternoon|evening|time|weekend)\b)(?:(?!(?:since|until|in|on|at|for|and|but|or|from|with|by|to|after|before|during)\s)[\p{L}\d'’-]+\s+){1,4}?(?:is|are|was|were|has|have|had|will|would|could|should|must|may|might|can|did|does|do)\b/u;
const PROGRESSIVE = /\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?$/i;
// "did not say when", "has never said": a negated cue reports nothing said
const NEGATED = /\b(?:not|never|n['’]t)\s+$/i;
// "if the opposition gave an assurance that ...": an act of the subject of a condition is none that happened
const CONDITIONAL = /\b(?:if|unless)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;
const DETERMINED_NOUN = /\b(?:the|a|an|its|his|her|their|this)\s+(?:[\p{L}-]+\s+){1,3}$/iu;
// (not "of": "the head of the panel notes that" is a subject)
const PREPOSITION_OBJECT =
  /\b(?:in|at|during|on|from|after|before|with|through|via)\s+(?:the|a|an|its|his|her|their|this)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const OBJECT_AFTER = /^\s+(?:the|a|an|his|her|their|its|him|them|us|reporters|journalists)\b/i;
// "criticised him for saying that", "accused of saying that": a preposition's object, not the subject's act
const PREPOSITION_BEFORE = /\b(?:of|for|by|about|from|without|against|on|at|in|to|with)\s+$/i;
const BY_MEANS = /\bby\s+$/i;
// "should increase, as indicated in the statement", "as promised by the minister": a finite form right after "as"
// heads an adverbial clause with no subject of its own, no clause-final cue of what stands before it
const AS_BEFORE = /\bas\s+$/i;

// ", claims the minister." / ", the minister claims.": set off by a comma after what it reports, with its subject
// after it (inverted) or before it and then the sentence's end, an -s form that doubles as a plural noun is a verb: a
// plural noun takes no noun phrase after it, and a noun phrase of its own ends in its possessor's "'s" ("the
// minister's claims"). Not a past that reports only a "that" clause (", the team hoped.": a hope, no words).
const INVERTED_AFTER = /^\s+(?:the\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:[.!?]|$)/u;
const SUBJECT_BEFORE = /,\s+the\s+\p{Ll}+\s+$/u;
const closingCue = (text: string, start: number, s: number, e: number): boolean =>
  (/,\s+$/.test(text.slice(Math.max(start, s - 3), s)) && INVERTED_AFTER.test(text.slice(e, e + 60))) ||
  (SUBJECT_BEFORE.test(text.slice(Math.max(start, s - 40), s)) && /^\s*(?:[.!?]|$)/.test(text.slice(e, e + 3)));

const LIST_NEXT = /^\s+(?:and|or)\s/;

/** Cues in text[start, end) that are not inside any of the `masked` spans (quotations). */
export function findCues(text: string, start: number, end: number, masked: Span[], describesDoer: DescribesDoer): Cue[] {
  const out: Cue[] = [];
  const chunk = openingParticiple(text.slice(start, end));
  let q = 0;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(chunk); m; m = CUE.exec(chunk)) {
    const s = start + m.index;
    const e = s + m[0].length;
    while (q < masked.length && masked[q].end <= s) q++;
    if (q < masked.length && masked[q].start < e) continue;
    const g = m.groups as Record<string, string | undefined>;
    const before = text.slice(Math.max(start, s - 20), s);
    if (g.active) {
      const at = s + m[0].indexOf(g.object as string, 6);
      out.push({ start: s, end: e, kind: 'quoted', text: m[0], verb: SAYING, named: { start: at, end: at + (g.object as string).length } });
    } else if (g.quoted) {
      out.push({ start: s, end: e, kind: 'quoted', text: m[0], verb: SAYING });
    } else if (g.passive) {
      // ("The court heard": the hearers' phrase names the unnamed teller's setting, as "were told" does)
      const hearers = m[0] === 'heard' ? HEARERS.exec(text.slice(Math.max(start, s - 30), s)) : null;
      const from = hearers ? s - hearers[0].length : s;
      out.push({ start: s, end: e, kind: 'quoted', text: m[0], verb: TOLD, named: { start: from, end: e } });
    } else if (g.remarks) {
      out.push({ start: s, end: e, kind: 'verb', text: m[0], verb: REMARKS_VERB });
    } else if (g.colon) {
      out.push({ start: s, end: e, kind: 'verb', text: m[0], verb: GOING_ON });
    } else if (g.according) {
      out.push({ start: s, end: e, kind: 'according', text: m[0], verb: null });
    } else {
      // the alternation is built from the map's keys, so every verb match is in it
      const verb = g.stance
        ? STANCE_VERB[/^expressing/.test(m[0]) ? 'participle' : 'finite']
        : (REPORTING_VERBS.get(m[0].replace(/\s+/g, ' ')) as VerbInfo);
      const progressive = verb.form === 'participle' && PROGRESSIVE.test(before);
      const extracted =
        EXTRACTED_SUBJECT.test(text.slice(e, e + 8)) &&
        !PARENTHETICAL_PRONOUN.test(before) &&
        !RELATIVE_SUBJECT.test(text.slice(Math.max(start, s - 60), s));
      if ((!progressive && BEFORE_NOT_A_CUE.test(before)) || NEGATED.test(before) || extracted) continue;
      if (CONDITIONAL.test(text.slice(Math.max(start, s - 50), s))) continue;
      if (verb.form === 'finite' && AS_BEFORE.test(before)) continue;
      // "echoed with whistles, shouts and noise": an -s form between a list's comma and its "and" is a plural noun, an
      // item of the list, as no verb stands between a comma and a coordinator with nothing of its own after it
      if (m[0].endsWith('s') && /\p{L},\s+$/u.test(before) && LIST_NEXT.test(text.slice(e, e + 5))) continue;
      const closing = m[0].endsWith('s') && closingCue(text, start, s, e);
      if (verb.nounLike && !/^\s+that\b/.test(text.slice(e, e + 6)) && !closing) continue;
      // "adding to pressure on prices", "added to the list": "add to" is to increase, not to say more
      if (verb.lemma === 'add' && /^\s+to\b/.test(text.slice(e, e + 5))) continue;
      // "believes in free speech": "believe in" takes a noun, a stance held, not a proposition reported
      if (verb.lemma === 'believe' && /^\s+in\b/.test(text.slice(e, e + 5))) continue;
      // "told the AP that she had met him and believed a vote was near": a belief verb coordinated after "and" reports
      // no speech act of its own; the belief is known only from the telling it is joined to, so it is part of that
      if (verb.lemma === 'believe' && /\band\s+(?:also\s+|still\s+)?$/.test(before)) continue;
      // "floods claimed 192 lives", "claimed the life of a child": to claim a life is to take it, not to say anything
      if (verb.lemma === 'claim' && CLAIMED_LIVES.test(text.slice(e, e + 40))) continue;
      // "held that post", "the rally held that day was": to hold a thing or an event says nothing
      if (verb.lemma === 'hold' && !HELD_CLAUSE.test(text.slice(e, e + 80))) continue;
      // "at the daily press briefing that", "a landmark ruling that": an -ing form that is also a common noun, closing
      // a determined noun phrase with no object after it, is the noun ("a statement saying" is no noun; "the aides
      // briefing the press" still describe their act)
      const np = text.slice(Math.max(start, s - 40), s);
      if (ING_NOUNS.has(m[0]) && DETERMINED_NOUN.test(np) && !OBJECT_AFTER.test(text.slice(e, e + 8))) continue;
      // "said in a research note that": a noun-like cue heading a preposition's object is the noun, never a verb
      if (verb.nounLike && PREPOSITION_OBJECT.test(np)) continue;
      const absolute = verb.form === 'participle' ? absoluteSubject(text, start, s) : null;
      if (absolute) {
        out.push({ start: s, end: e, kind: 'participle', text: text.slice(s, e), verb, attached: false, named: absolute });
      } else if (verb.form === 'participle' && !progressive) {
        // "Stressing that ..., she said": a participle opening its sentence heads an adverbial clause, as after a comma;
        // so with a bare clause ("Stressing the polls were fair, she said"), also after a subordinator ("While
        // acknowledging it is an issue, he ...")
        const opening = (s === start || OPENING_SUBORDINATE.test(text.slice(start, s))) && reportsClause(text.slice(e, e + 60));
        const afterCue = out.length > 0 && WHILE_AFTER_CUE.test(text.slice(out[out.length - 1].end, s));
        let attached = !opening && !afterCue && !AFTER_COMMA.test(before);
        if (attached && !describesDoer({ start: s, end: e })) {
          // "told the court adding that ...", "refused while saying that ...", 'he said adding “...”': with its content
          // clause or quotation and no noun as its doer, the participle is the subject's next act, the comma left out
          // ("appreciated the arrangements by saying that ...": "by" makes the saying the subject's own means; 'went off
          // the air saying, “...”': a comma sets the quotation off as a colon does)
          const prepositionObject = PREPOSITION_BEFORE.test(before) && !BY_MEANS.test(before);
          if (!/^(?:\s+that\b|\s*[:,]?\s*[“"])/.test(text.slice(e, e + 6)) || prepositionObject) continue;
          attached = false;
        }
        out.push({ start: s, end: e, kind: 'participle', text: text.slice(s, e), verb, attached });
      } else {
        const to = SAYING_TO.exec(before);
        const from = to ? s - before.length + to.index : s;
        out.push({ start: from, end: e, kind: 'verb', text: text.slice(from, e), verb });
      }
    }
  }
  return out;
}

// "..., with Foreign Minister Ali Khan saying ...", "with analysts warning that ...": in an absolute clause the noun
// phrase after "with" is the participle's own subject; a name, or a source noun ("with positive measures saying" is
// no speaker)
const WITH_SUBJECT = new RegExp(
  `\\bwith\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,6}|(?:(?:the|some|many|most|several|other|two|three)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${[...SOURCE_NOUNS].join('|')})\\s+)$`,
  'u',
);
function absoluteSubject(text: string, start: number, at: number): Span | null {
  const before = text.slice(Math.max(start, at - 80), at);
  const m = WITH_SUBJECT.exec(before);
  return m ? trim(text, at - m[1].length, at) : null;
}

// ("Pointing out that ...": with the particle of a phrasal cue)
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing(?:\s+out)?/u;
/** A subordinator opening a sentence before a participle: "While acknowledging that ...". */
export const OPENING_SUBORDINATE = /^(?:While|Whilst|When|After|Before)\s+$/;
/** After a participle: "that", or a clause with no "that" ("the polls were fair"). */
const reportsClause = (after: string): boolean => /^\s+that\b/.test(after) || (/^\s/.test(after) && bareClause(after.trimStart()));
/**
 * The sentence with a capitalised reporting participle before "that" or a bare clause at its start in lower case
 * ("Stressing that"), else as it is.
 */
function openingParticiple(chunk: string): string {
  const m = OPENING_PARTICIPLE.exec(chunk);
  const lower = m && reportsClause(chunk.slice(m[0].length, m[0].length + 60)) && m[0].toLowerCase();
  return lower && REPORTING_VERBS.get(lower.replace(/\s+/g, ' '))?.form === 'participle' ? lower + chunk.slice(lower.length) : chunk;
}
