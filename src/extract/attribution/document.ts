// Sieve: a document speaks for whoever issued it: "a statement issued by the SIFC", "the IMF
// statement", "a State Department readout"; "the statement" alone is the body last heard from.
import { ARTICLES } from '../lexicons/articles.js';
import { BODY_ROLES, COURT_DOCUMENTS, DOCUMENTS } from '../lexicons/role-nouns.js';
import { lastNamedBefore, type Recalled } from './context.js';
import { lowerWords, type Sieve } from './sieve.js';

const ISSUED_BY = /\b(?:issued|released|posted|written|sent|signed|published|shared)\s+(?:later\s+)?by\s+(.+)$/i;
// "estimates by the electoral commission", "a statement from the ministry": the author right after the document
const AUTHORED_BY = new RegExp(`\\b(?:${[...DOCUMENTS].join('|')})\\s+(?:by|from)\\s+(.+)$`, 'i');
const DOCUMENT_HEAD = new RegExp(`^(?:the|a|an|its|their|his|her|in)?\\s*(.*?)\\s*\\b(?:${[...DOCUMENTS].join('|')})\\b`, 'i');

/** "In a three-page order authored by Justice X, the court noted": the sentence's opening names the order's author. */
const AUTHORED_FRONT = new RegExp(
  `\\b(?:${[...COURT_DOCUMENTS].join('|')})\\b[^,]*?\\b(?:authored|written|penned)\\s+by\\s+([^,]+),\\s*$`,
  'i',
);
const POSSESSOR = /^(.*?)['’]s(?:\s|$)/;
const COURT = /^the\s+(?:court|bench)$/i;

/**
 * Does a document word head a noun of the phrase? One right before a name or a body's noun modifies it: "The
 * ruling Awami League", "the ruling party" speak as the party; one capitalised after a capitalised word ends a
 * body's name: "the US Geological Survey", "The Washington Post".
 */
function documentIn(mention: string): boolean {
  const words = mention.split(/\s+/);
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  return words.some((w, i) => {
    const next = words[i + 1];
    const modifies = capital(next) || (next !== undefined && BODY_ROLES.has(next.toLowerCase()));
    const named = capital(w) && capital(words[i - 1]) && !ARTICLES.has(words[i - 1].toLowerCase());
    return DOCUMENTS.has(w.toLowerCase().replace(/[,.]$/, '')) && !modifies && !named;
  });
}

/**
 * "X said in a statement that ...": "the statement" after it is the one that source was said to speak in, a
 * person's as well as a body's. Is the document named right after the source's mention?
 */
function issued(text: string, r: Recalled, spokeIn: RegExp): boolean {
  return !!r.mentionAt && spokeIn.test(text.slice(r.mentionAt.end, r.mentionAt.end + ISSUED_REACH));
}
/** "in a statement", "through its spokesman's statement": a source speaking in the document the noun names. */
const spokenIn = (noun: string): RegExp =>
  new RegExp(`^[^.]*?\\b(?:in|through|via)\\s+(?:a|an|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+)?${noun}\\b`, 'u');
const ISSUED_REACH = 60;

export const document: Sieve = (np, ctx, resolve) => {
  const mention = ctx.slice(np);
  const ws = lowerWords(mention);
  // a court speaking in an order the opening says a judge wrote: the judge is the author (GUIDELINES)
  const author = COURT.test(mention) ? AUTHORED_FRONT.exec(ctx.text.slice(ctx.sentenceStart(np.start), np.start)) : null;
  if (author) {
    const start = np.start - author[0].length + author[0].lastIndexOf(author[1]);
    return resolve({ start, end: start + author[1].trimEnd().length });
  }
  if (!documentIn(mention)) return null;
  const by = ISSUED_BY.exec(mention) ?? AUTHORED_BY.exec(mention);
  if (by) {
    const start = np.start + by.index + by[0].length - by[1].length;
    return resolve({ start, end: np.end });
  }
  // the phrase holds a document word, so this always matches
  const head = (DOCUMENT_HEAD.exec(mention) as RegExpExecArray)[1];
  // a possessive names the owner, and the words after it describe the document: "the NDMA's latest report"
  const issuer = (POSSESSOR.exec(head)?.[1] ?? head).trim();
  if (issuer && /^\p{Lu}/u.test(issuer) && !/^(?:monetary|press|joint|official|written)/i.test(issuer)) {
    const start = np.start + mention.indexOf(issuer);
    return resolve({ start, end: start + issuer.length });
  }
  // "the order said": the judge named last before it wrote it ("an order authored by Justice Bhatti")
  const judge = ws.some((w) => COURT_DOCUMENTS.has(w))
    ? lastNamedBefore(
        ctx.people.filter((p) => /\b(?:justice|judge)\b/i.test(p.title ?? '')),
        np.start,
      )
    : undefined;
  if (judge) return { speaker: { kind: 'person', name: judge.name, mention }, confidence: 0.65, person: judge };
  // "said a press release": an indefinite document no one is said to have issued is new, as "a spokesperson" is a
  // new source; only "the statement" points back to the body heard from
  const unnamedIssuer = !/\s\p{Lu}/u.test(mention);
  if (unnamedIssuer && ARTICLES.has(ws[0]) && ws[0] !== 'the')
    return { speaker: { kind: 'anonymous', name: null, mention }, confidence: 0.5 };
  const spokeIn = ws[0] === 'the' ? spokenIn(ws.at(-1)!) : null;
  const recalled =
    (spokeIn ? ctx.recall(np.start, (r) => r.spoke && issued(ctx.text, r, spokeIn)) : null) ??
    ctx.recall(np.start, (r) => r.speaker.kind === 'organization') ??
    ctx.recall(np.start, () => true);
  if (!recalled) return null;
  return { speaker: { ...recalled.speaker, mention }, confidence: 0.65, plural: recalled.plural, person: recalled.person };
};
