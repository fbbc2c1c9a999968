// The patterns the indirect-quotation pass reads around a cue: what may stand between a cue and its content,
// what opens or ends a clause, what sets a source off.
import { SPEAKER_ACTS } from '../../lexicons/reporting-verbs.js';
import { PHRASE_OF_CLAUSE } from '../direct.js';

// Between a cue and its content: "on Friday", "in a statement", "at a news conference", "later", a recipient after "told".
export const ADVERBIAL =
  /^(?:\s*,?\s*(?:on\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|phone|telephone|condition\s+of\s+anonymity)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|later|earlier|also|again|further|separately|privately|publicly|repeatedly|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|tweet|post|letter|report|message|speech|interview|reply|response|address|broadcast|briefing|note|column|podcast|appearance|hearing|op-ed|article|editorial)(?:\s+(?:issued|released|posted|published|sent|carried|aired)(?:\s+(?:on|by|later|after|in|at)\s+[^,.;:"“”]*?|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|here))?)?|at\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|rally|ceremony|meeting|event|summit|session|forum|seminar|gathering)|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning)|by\s+(?:telephone|phone)))+(?=\s|,|$)/i;
export const ONLY_ADVERBIAL = new RegExp(`${ADVERBIAL.source}\\s*$`, 'i');
// (whole words: "told media" is not "told me" before "dia"; a gathering may have a possessive before it: "told
// Thursday evening's meeting", "told the council's cabinet meeting", or its body after it: "told a packed meeting of
// the city council")
export const RECIPIENT =
  /^\s+(?:him|her|them|us|me|(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:meeting|session|sitting|hearing|conference|briefing|rally|gathering|audience|convention)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}|\p{Ll}+\s+(?:council|committee|board|assembly|parliament|senate|cabinet|party|union|association|chamber)|\p{Ll}+)|(?:the\s+)?(?:reporters|journalists|media(?:\s+(?:men|persons|representatives))?|mediamen|mediapersons|newsmen|the\s+media|(?:state\s+|national\s+|local\s+)?(?:television|radio|tv|media)|court|bench|house|assembly|senate|parliament|committee|meeting|participants|gathering|audience|conference|session|jury|tribunal|judge|minister|council|cabinet|crowd|students)|(?:a\s+)?(?:news\s+conference|press\s+conference|press\s+briefing|briefing|seminar|rally)|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s\s+(?:\p{Ll}+\s+)?(?:meeting|session|hearing|conference|briefing|rally|gathering|audience)|(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?![\p{L}\p{N}])(?:\s+(?:at|in|on|by|outside|after)\s+(?:[^,.;:"“”\s]+\s+){0,5}?(?=that\b))?/u;
// ("remarked, while hearing the petition, that ...": an adverbial clause set off by commas is no argument either; nor
// is a participle's phrase on the document: "said in a report, seen by Reuters, that ...")
export const ASIDE =
  /^\s*,\s*(?:however|though|too|moreover|meanwhile|nonetheless|nevertheless|in turn|for (?:his|her|their|its) part|on the other hand|(?:while|whilst|when|after|before|during|in|at|on)\s[^,;:"“”]{3,80}?|\p{Ll}+(?:ed|en)\s+(?:by|to|in|at|on)\s[^,;:"“”]{2,60}?)\s*,(?=\s*that\b)/iu;
/** '"inclusive growth" was the policy': a phrase in marks opening the clause, which goes on after it. */
export const QUOTED_PHRASE_FIRST = new RegExp(`^\\s*[“"‘][^“”"‘’]{1,80}[”"’]${PHRASE_OF_CLAUSE.source.slice(1)}`, 'u');
export const THAT_SOON = /^((?:\s+[^\s,.;:"“”]+){0,14}?)\s+that\s+/;
// ("said that, too" keeps "that" as the verb's object: a clause of three words or more must follow)
export const THAT_COMMA = /^\s+that,\s+(?=(?:[^\s.;:]+[\s,]+){3})(?!(?:too|again|either|as well|and|but|or|then|\p{Ll}+ed)\b)/u;
export const SUBORDINATOR = /\b(?:when|whenever|as|after|before|while|if|once|since|because|although|though|until)\s+$/i;
export const COORDINATED = /(?:,\s*|\s)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/;
// "said X and hailed Y": a second act of the speaker ends the reported clause.
// "... and urged", "... but called on": the speaker's next act, no longer what was reported
export const SECOND_ACT = new RegExp(`(?:,\\s*|\\s)(?:and|but)\\s+(?:also\\s+)?(?:${SPEAKER_ACTS.join('|')})\\b`, 'g');
/** Right after a cue, the subject of a nested one: "said (that) the committee had noted", not "said and ...". */
export const NESTED_OPENING = /^\s+(that\s+)?(?!(?:and|but|while|whilst|although|though|whereas|as|because|since|so)\b)/i;
/** The connector before a speaker's next act at the end of a stretch: ", and", "and also", ",". */
export const NEXT_ACT = /(?:\s*,)?\s*(?:(?:and|but)\s+(?:also\s+|further\s+|then\s+)?)?$/;
// (a measure of time before "after" or "before" is its modifier: "a day after", "two weeks before", "hours after")
export const SUBORDINATE_NEXT =
  /^\s*(?:even\s+|(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|several|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?=after|before))?(?:as|while|when|whereas|where|after|before|since|because|although|though|amid)\b/i;
// ", but he emphasised that": a coordinated clause with a subject of its own, another act than the cue's
export const COORDINATED_NEXT = /,\s*(?:but|and|yet|while|whereas)\s+(?!(?:also|further|then|later)\b)/i;
// "said while addressing a rally", "told media after attending ...": a subordinator and a participle head an
// adverbial clause with no subject of its own, never a content clause
export const ADVERBIAL_PARTICIPLE = /^\s*(?:while|whilst|when|after|before|during|since)\s+\p{Ll}+ing\b(?:(?!\bthat\b)[^,;:“”"])*/u;
// "said at a news conference", "told media men during his visit to ...", "said in a statement that condemned
// the attack": a place, a time or an occasion (and a relative on its noun) up to the comma or the end; no auxiliary,
// so no clause of reported speech ("said in Lahore the talks were over" is read as content first)
export const ADJUNCT =
  /^\s+(?:at|in|during|after|before|outside|from|while|upon|following|amid|near|ahead\s+of|(?:that|which)(?=\s+\p{Ll}{3,}ed\s))\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)\b)[^\s,;:"“”]+(?:\s+|(?![^\s,;:"“”])))+?(?=,|$)/iu;
export const DANGLING = /\b(?:issued|released|posted|published|sent)\s+(?:on|by|after|in|at)(?:\s+\S+)?$/i;
export const CONNECTOR_BEFORE = /(?:[\s,;]+(?:and|but|while|although|though|whereas|as|even as|because|since|so))*[\s,;]*$/i;

export const DOCUMENT_THAT = /\b(?:tweet|post|statement|message|letter|speech|address|interview)\s+that\s*$/;
export const CONJUNCTION_BEFORE = /,?\s*\b(?:but|and|yet)\s*$/;

// ", who said", ", who also told reporters": the cue of a relative clause set off by a comma
export const RELATIVE_CUE = /,\s*who\s+(?:\p{Ll}+ly\s+|also\s+|had\s+|has\s+|have\s+)*$/u;

export const IN_DOCUMENT =
  /\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|tweet|post|letter|message|interview|speech|address|briefing)\b/i;
export const IN_DOCUMENT_NEXT = new RegExp(`^${IN_DOCUMENT.source}`, 'i');
export const OPENING_SUBORDINATOR = /^(?:while|whilst|although|though|if|when|because|since|once|unless|whereas)$/i;
export const CONTRACTED_SUBJECT = /^(?:it|he|she|they|we|you|I|there|that)['’](?:s|re|ll|d|ve|m)\b/;

// A real sentence holds a few cues; the bound keeps one made of thousands ("x said y, x said y, ...") linear.
export const TAGGED_PER_SENTENCE = 4;

// Words that open no subject after a comma: a conjunction, a relative, a subordinator, a preposition.
export const NOT_A_SUBJECT =
  /^(?:and|but|or|nor|so|yet|which|who|whom|whose|where|when|while|whilst|as|if|because|although|though|since|after|before|until|unless|whereas|that|in|on|at|by|for|with|from|of|to|during|under|over|amid|despite|including|according|adding|saying|not|also)$/i;

// A wh-word opens a clause that is a complement inside the clause before it, not a clause of its own.
export const WH_COMPLEMENT = /\b(?:why|how)\s+$/i;

// "according to him the train ...": an object pronoun is a whole noun phrase, no comma needed after it
export const PRONOUN_SOURCE = /^\s+(?:him|her|them|us|me)\b(?!\s*,)/i;

export const RELATIVE_VERB = /^\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their|this|these|those)\s/u;

/**
 * A comma, then a clause opening in lower case or with a number ("He said, no one should ...", "..., adding, he had
 * ...", "adding, 100 percent attendance must be ensured"): the comma is a slip of punctuation before the content,
 * not an aside or a subordinate clause.
 */
export const COMMA_CONTENT =
  /^\s*,\s+(?!(?:and|but|or|nor|so|yet|while|when|whereas|as|after|before|if|unless|since|because|although|though|until|once|in|on|at|by|for|with|from|to|of|during|despite|under|over|adding|saying|noting|according|however|which|who|whom|whose|where|what|how|why|that|this|these|those|not|also|then|thus|therefore|meanwhile|moreover|besides|instead)\b)(?=\p{Ll}|\p{N}+\s+\p{Ll})/u;
// "..., a claim the navy has since denied": a noun with a clause right after it (no "that" or "which") is the
// object of that clause's verb, a contact relative, so the verb attributes nothing to a speaker
export const CONTACT_RELATIVE = /^(?:a|an|the)\s+\p{Ll}+\s+(?:the|a|an|his|her|its|their)\s/u;
