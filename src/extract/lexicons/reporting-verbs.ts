// Reporting verbs and phrases that introduce a quotation, every inflected form written out so the
// matcher is one precompiled alternation. A verb's -ing form counts only as a participle after a
// comma ("..., saying the door was open") or in "quoted as saying".

/** Verbs whose object is reported speech: base, past, third person, -ing (_ joins a phrasal verb). */
const VERBS = [
  'say said says saying', 'tell told tells telling', 'add added adds adding', 'note noted notes noting',
  'stress stressed stresses stressing', 'contend contended contends contending', 'warn warned warns warning',
  'claim claimed claims claiming', 'deny denied denies denying', 'maintain maintained maintains maintaining',
  'assert asserted asserts asserting', 'observe observed observes observing', 'announce announced announces announcing',
  'argue argued argues arguing', 'insist insisted insists insisting', 'explain explained explains explaining',
  'emphasise emphasised emphasises emphasising', 'emphasize emphasized emphasizes emphasizing',
  'underline underlined underlines underlining', 'underscore underscored underscores underscoring', 'urge urged urges urging', 'confirm confirmed confirms confirming',
  'state stated states stating', 'remark remarked remarks remarking', 'mention mentioned mentions mentioning',
  'reiterate reiterated reiterates reiterating', 'acknowledge acknowledged acknowledges acknowledging',
  'admit admitted admits admitting', 'allege alleged alleges alleging', 'write wrote writes writing',
  'reveal revealed reveals revealing', 'disclose disclosed discloses disclosing', 'suggest suggested suggests suggesting',
  'predict predicted predicts predicting', 'recall recalled recalls recalling', 'demand demanded demands demanding',
  'declare declared declares declaring', 'complain complained complains complaining', 'concede conceded concedes conceding',
  'caution cautioned cautions cautioning', 'assure assured assures assuring', 'inform informed informs informing',
  'reply replied replies replying', 'vow vowed vows vowing', 'pledge pledged pledges pledging',
  'promise promised promises promising', 'highlight highlighted highlights highlighting', 'clarify clarified clarifies clarifying',
  'believe believed believes believing', 'estimate estimated estimates estimating', 'report reported reports reporting',
  'tweet tweeted tweets tweeting', 'post posted posts posting', 'hint hinted hints hinting', 'indicate indicated indicates indicating',
  'ask asked asks asking', 'agree agreed agrees agreeing', 'conclude concluded concludes concluding', 'opine opined opines opining',
  'accuse accused accuses accusing', 'signal signalled signals signalling', 'signal signaled signals signaling',
  'affirm affirmed affirms affirming', 'reaffirm reaffirmed reaffirms reaffirming', 'confess confessed confesses confessing', 'testify testified testifies testifying', 'forecast forecast forecasts forecasting',
  'counter countered counters countering', 'brief briefed briefs briefing', 'retort retorted retorts retorting', 'lament lamented laments lamenting',
  // with "that" only, like "lament": "regretted that some individuals targeted the agencies"
  'regret regretted regrets regretting', 'deplore deplored deplores deploring', 'bemoan bemoaned bemoans bemoaning', 'point_out pointed_out points_out pointing_out',
  // the manner of saying: '"..., " laughed Usman Tariq', 'she joked that ...'
  'laugh laughed laughs laughing', 'joke joked jokes joking', 'quip quipped quips quipping', 'exclaim exclaimed exclaims exclaiming',
  'shout shouted shouts shouting', 'sigh sighed sighs sighing', 'jibe jibed jibes jibing',
  // a court or election body "ruled that ..."
  'rule ruled rules ruling',
  // answers and pleas in court and at press talks: '"...," the lawyer answered', "the counsel submitted that ..."
  'respond responded responds responding', 'answer answered answers answering', 'comment commented comments commenting',
  'plead pleaded pleads pleading', 'submit submitted submits submitting', 'interject interjected interjects interjecting',
  'question questioned questions questioning',
  // with the hearer before the content: "apprised the court that ...", "reassured traders that ..."
  'apprise apprised apprises apprising', 'reassure reassured reassures reassuring', 'remind reminded reminds reminding',
  'advise advised advises advising',
  // an opinion given, in South Asian English: "the minister viewed that ...", "..., he viewed."
  'view viewed views viewing',
  // a light verb with "clear", a paraphrase of "clarify": "the chairman made it clear that ..."
  'make_it_clear made_it_clear makes_it_clear making_it_clear',
  // directives with a content clause, often a mandative subjunctive: "ordered that the plans be developed"
  'direct directed directs directing', 'instruct instructed instructs instructing', 'order ordered orders ordering',
  'request requested requests requesting',
  // a wish voiced: "hoped that the talks would resume", ", hoping that ..."
  'hope hoped hopes hoping',
  // news shared, in South Asian English: "he also shared that rivers are carrying more water", "sharing that he had"
  'share shared shares sharing',
  // a question put, as "asked" is: 'the judge inquired, “...”'
  'inquire inquired inquires inquiring', 'enquire enquired enquires enquiring',
  // an account given in detail, with "that" only: "he detailed that the council had ..."
  'detail detailed details detailing',
  // a proposal voiced, as "suggested that" is: "the minister proposed that such events be held in every province"
  'propose proposed proposes proposing',
  // an account given at length, as "explained that" is: "he elaborated that relief would come first"
  'elaborate elaborated elaborates elaborating',
  // a message passed on, in diplomatic copy: "the envoy conveyed that Beijing would roll over the deposits"
  'convey conveyed conveys conveying',
  // a court's or a thinker's view stated, with a clause after "that" only: "the judge held that the fine was enough"
  // ("held that post until 2010", "the rally held that day": no clause, see the quote pass)
  'hold held holds holding',
];

/**
 * Forms that are far more often nouns before a "that" of their own ("in order that", "the requests that were
 * made", "raised hopes that", "the details that emerged"): never cues.
 */
const NOT_CUES = new Set(['order', 'orders', 'request', 'requests', 'hope', 'hopes', 'share', 'shares', 'detail', 'details']);

/**
 * Verbs that report only the "that" clause right after them: with any other object they tell of an act, not of
 * words ("directed officials to act", "requested anonymity", "hoped the rain would stop" inside another's clause).
 */
const THAT_ONLY = new Set(['direct', 'instruct', 'order', 'request', 'hope', 'share', 'detail', 'propose', 'elaborate', 'convey', 'hold']);

/** Nouns that double as third-person verbs; as cues they need "that" right after. */
const NOUN_LIKE = new Set(['answers', 'comments', 'questions', 'claims', 'notes', 'states', 'remarks', 'reports', 'demands', 'promises', 'pledges', 'estimates', 'posts', 'tweets', 'hints', 'vows', 'warns', 'stresses', 'views',
  'counters', 'signals', 'briefs', 'laments', 'jibes']);

/** Cues whose object is a noun phrase unless "that" follows (urged the diaspora, denied the charge). */
const NEED_THAT = new Set(['urge', 'deny', 'announce', 'demand', 'reveal', 'disclose', 'suggest', 'predict', 'recall', 'declare',
  'complain', 'concede', 'caution', 'assure', 'inform', 'reply', 'vow', 'pledge', 'promise', 'highlight', 'clarify', 'believe',
  'estimate', 'report', 'tweet', 'brief', 'post', 'hint', 'indicate', 'ask', 'agree', 'conclude', 'accuse', 'mention', 'acknowledge',
  'admit', 'reiterate', 'underline', 'underscore', 'state', 'write', 'confirm', 'allege', 'remark', 'emphasise', 'emphasize', 'stress', 'warn', 'explain',
  'joke', 'quip', 'jibe', 'exclaim', 'shout', 'rule', 'respond', 'answer', 'comment', 'plead', 'submit', 'interject', 'apprise', 'reassure',
  'regret', 'deplore', 'bemoan', 'observe', 'reaffirm', 'confess', 'remind', 'advise', 'view', 'make it clear', 'direct',
  'instruct', 'order', 'request', 'hope', 'share', 'detail', 'propose', 'elaborate', 'convey', 'hold']);

/**
 * Base forms that are verbs only ("critics say", "officials argue"); any other base form doubles as a
 * noun ("a note", "the state", "his claim") and is a cue only with "that" right after.
 */
const VERB_ONLY_BASE = new Set(['say', 'tell', 'add', 'argue', 'insist', 'explain', 'contend', 'assert', 'maintain', 'observe',
  'acknowledge', 'allege', 'admit', 'deny', 'warn', 'believe', 'predict', 'suggest', 'concede', 'confirm', 'emphasise',
  'emphasize', 'reiterate', 'declare', 'disclose', 'reveal', 'clarify', 'conclude', 'indicate', 'complain', 'opine', 'affirm']);

/** Cues that attribute a quotation in marks but never introduce reported speech without them. */
const DIRECT_ONLY = new Set(['ask', 'agree', 'post', 'tweet', 'laugh', 'sigh', 'question', 'inquire', 'enquire']);

/**
 * Of those, verbs that report a "that" clause right after them as "said" does ("agreed that", "tweeted that");
 * "agreed to", "posting a surplus" report nothing.
 */
const WITH_THAT = new Set(['agree', 'post', 'tweet']);

/**
 * Verbs that tell of a communication event of their own inside reported speech ("said a witness had told her
 * the man ...", "says its members have reported that ..."): the inner source's words are a quote as well as the
 * outer clause; so do the other verbs of saying ("said the chief also mentioned that ..."). Stance and forecast verbs ("said he believed", "said the department had forecast") are not.
 */
export const TOLD_BY_ANOTHER: ReadonlySet<string> = new Set(['tell', 'claim', 'report', 'allege', 'inform', 'say', 'mention', 'state', 'announce', 'declare', 'write', 'add']);

/** Acts a speaker performs beside speaking; "and hailed ..." after reported speech starts a new predicate. */
export const SPEAKER_ACTS = ['hailed', 'lauded', 'praised', 'thanked', 'welcomed', 'condemned', 'criticised', 'criticized',
  'rejected', 'appealed', 'expressed', 'directed', 'ordered', 'regretted', 'paid tribute', 'announced', 'urged', 'called on',
  'called for', 'demanded', 'vowed', 'pledged', 'assured', 'sought', 'asked', 'requested', 'invited', 'offered', 'extended',
  'reaffirmed', 'reiterated', 'appreciated', 'acknowledged', 'emphasised', 'emphasized', 'stressed', 'underlined', 'added',
  'noted', 'warned', 'said', 'told', 'claimed', 'denied', 'ruled out', 'dismissed', 'declined', 'admitted', 'conceded',
  'boasted', 'apologised', 'apologized',
  // naming and daring are speech acts of the speaker too: "said the case would be probed and termed the remarks ...",
  // "regretted that ... and challenged the lawmakers to ..."
  'termed', 'described', 'branded', 'labelled', 'labeled', 'dubbed', 'challenged'];

/**
 * Nouns of a stance that "expressed" turns into a reporting phrase before "that": "expressed the hope that"
 * reports the clause as "hoped that" would, "expressed his confidence that" as "was confident that".
 */
export const STANCE_NOUNS = ['hope', 'hopes', 'confidence', 'belief', 'optimism', 'fear', 'fears', 'concern', 'concerns',
  'apprehension', 'apprehensions', 'view', 'conviction'];

/**
 * Light verbs and the nouns of a speech act they take before "that": "issued a warning that" reports the clause as
 * "warned that" would, "took the position that" as "maintained that", "gave an assurance that" as "assured".
 */
export const LIGHT_VERBS = ['issued', 'issues', 'gave', 'gives', 'took', 'takes', 'made', 'makes', 'sounded', 'adopted'];
export const SPEECH_ACT_NOUNS = ['warning', 'warnings', 'assurance', 'assurances', 'position', 'stance', 'point', 'plea'];

/**
 * Documents whose words "as per" reports, as "according to a statement" does ("As per the press release, the raid
 * was ..."); a norm's document ("as per the court's order", "as per the schedule") is no report, so orders stay out.
 */
export const AS_PER_DOCUMENTS = ['statement', 'release', 'handout', 'communique', 'communiqué', 'readout', 'report'];

/**
 * Heads after "according to" that name a norm met, not a source ("available according to the safety standards",
 * "according to the law"), or the formula "According to details," that opens South Asian copy with the paper's own
 * account: what stands with them is no report.
 */
export const NOT_ACCORDING_SOURCES: ReadonlySet<string> = new Set(['standards', 'standard', 'law', 'laws', 'rules',
  'regulations', 'policy', 'protocol', 'protocols', 'procedure', 'sops', 'guidelines', 'constitution', 'criteria',
  'requirements', 'schedule', 'quality', 'details']);

/** -ing forms of cues that are also common nouns: "at the weekly briefing", "a landmark ruling", "a stern warning". */
export const ING_NOUNS: ReadonlySet<string> = new Set(['briefing', 'ruling', 'warning']);

/** Verbs of going on that attribute a quotation only right before a colon and its mark: 'She went on: "..."'. */
export const COLON_CUES = ['went on', 'goes on', 'continued', 'continues'];

/** Cues that take the hearer before the content: told reporters that, informed the court that. */
const RECIPIENT_FIRST = new Set(['tell', 'inform', 'assure', 'brief', 'apprise', 'reassure', 'remind', 'advise']);

export type CueForm = 'finite' | 'participle';

export interface VerbInfo {
  lemma: string;
  form: CueForm;
  needThat: boolean;
  directOnly: boolean;
  /** A direct-only cue that reports a "that" clause right after it, in a form that is no noun ("tweeted that"). */
  thatReports: boolean;
  /** Also a plural noun ("the same promises"): a cue only with "that" right after. */
  nounLike: boolean;
  /** Takes a recipient before the content: told reporters that, informed the court that. */
  takesRecipient: boolean;
}

export const REPORTING_VERBS: ReadonlyMap<string, VerbInfo> = (() => {
  const map = new Map<string, VerbInfo>();
  for (const entry of VERBS) {
    const forms = entry.split(' ').map((f) => f.replace(/_/g, ' '));
    const lemma = forms[0];
    const info = (form: CueForm, nounLike: boolean): VerbInfo => ({
      lemma, form, needThat: NEED_THAT.has(lemma) || nounLike, nounLike, directOnly: DIRECT_ONLY.has(lemma),
      thatReports: WITH_THAT.has(lemma) && !nounLike,
      takesRecipient: RECIPIENT_FIRST.has(lemma),
    });
    if (!NOT_CUES.has(lemma)) map.set(lemma, info('finite', !VERB_ONLY_BASE.has(lemma)));
    const thatOnly = (f: string) => NOUN_LIKE.has(f) || THAT_ONLY.has(lemma);
    forms.slice(1).forEach((f, i) => NOT_CUES.has(f) || map.set(f, info(i === 2 ? 'participle' : 'finite', thatOnly(f))));
  }
  return map;
})();
