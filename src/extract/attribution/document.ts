// Sieve: a document speaks for whoever issued it: "a statement issued by the SIFC", "the IMF
// statement", "a State Department readout"; "the statement" alone is the body last heard from.
import { COURT_DOCUMENTS, DOCUMENTS } from '../lexicons/role-nouns.js';
import type { KnownPerson } from './context.js';
import { lowerWords, type Sieve } from './sieve.js';

const ISSUED_BY = /\b(?:issued|released|posted|written|sent|signed|published|shared)\s+(?:later\s+)?by\s+(.+)$/i;
// "estimates by the electoral commission", "a statement from the ministry": the author right after the document
const AUTHORED_BY = new RegExp(`\\b(?:${[...DOCUMENTS].join('|')})\\s+(?:by|from)\\s+(.+)$`, 'i');
const DOCUMENT_HEAD = new RegExp(`^(?:the|a|an|its|their|his|her|in)?\\s*(.*?)\\s*\\b(?:${[...DOCUMENTS].join('|')})\\b`, 'i');

export const document: Sieve = (np, ctx, resolve) => {
  const mention = ctx.slice(np);
  const ws = lowerWords(mention);
  if (!ws.some((w) => DOCUMENTS.has(w))) return null;
  const by = ISSUED_BY.exec(mention) ?? AUTHORED_BY.exec(mention);
  if (by) {
    const start = np.start + by.index + by[0].length - by[1].length;
    return resolve({ start, end: np.end });
  }
  // the phrase holds a document word, so this always matches
  const issuer = (DOCUMENT_HEAD.exec(mention) as RegExpExecArray)[1].replace(/['’]s$/, '').trim();
  if (issuer && /^\p{Lu}/u.test(issuer) && !/^(?:monetary|press|joint|official|written)/i.test(issuer)) {
    const start = np.start + mention.indexOf(issuer);
    return resolve({ start, end: start + issuer.length });
  }
  // "the order said": the judge named last before it wrote it ("an order authored by Justice Bhatti")
  const lastBefore = (p: KnownPerson) => Math.max(-1, ...p.mentions.filter((m) => m.start < np.start).map((m) => m.start));
  const judge = ws.some((w) => COURT_DOCUMENTS.has(w))
    ? ctx.people
        .filter((p) => /\b(?:justice|judge)\b/i.test(p.title ?? '') && lastBefore(p) >= 0)
        .sort((a, b) => lastBefore(a) - lastBefore(b))
        .pop()
    : undefined;
  if (judge) return { speaker: { kind: 'person', name: judge.name, mention }, confidence: 0.65, person: judge };
  const recalled = ctx.recall(np.start, (r) => r.speaker.kind === 'organization') ?? ctx.recall(np.start, () => true);
  if (!recalled) return null;
  return { speaker: { ...recalled.speaker, mention }, confidence: 0.65, plural: recalled.plural, person: recalled.person };
};
