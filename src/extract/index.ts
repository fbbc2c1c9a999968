// parseArticle: the engine's single entry point. Pure: text in, records out (or WorkBudgetExceeded).
import { attribute } from './attribution/index.js';
import { describesDoer, treeSource } from './attribution/tree-source.js';
import { treeSubjects } from './attribution/tree-subject.js';
import { workMeter } from './budget.js';
import { buildDocument, type ArticleDocument } from './document/index.js';
import { findEntities, verbsOf } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import type { ParseResult, Quote } from './types.js';
import { PARSER_VERSION } from './version.js';

export interface ParseOptions {
  /** Add to each quote and official the passes and rules that decided it (`provenance`). */
  explain?: boolean;
  /**
   * Most work units the parse may take (see budget.ts); past them it throws WorkBudgetExceeded. Unlimited
   * when left out.
   */
  budget?: number;
}

export function parseArticle(text: string, options: ParseOptions = {}): ParseResult {
  const doc = buildDocument(text);
  const entities = findEntities(doc.text, doc.bodyStart, { country: doc.dateline.country, agency: doc.agency }, doc.tokens, verbsOf(doc));
  const { candidates, subjects } = findQuotes(
    doc.text,
    doc.paragraphs,
    (participle) => describesDoer(doc, participle),
    doc.tagsIn,
    doc.words,
    workMeter(options.budget),
  );
  const quotes = attribute(doc.text, doc.sentences, candidates, treeSubjects(doc, candidates, subjects), entities, (cue) =>
    treeSource(doc, cue),
  );
  return {
    parserVersion: PARSER_VERSION,
    dateline: doc.dateline,
    quotes: quotes.map((q) => inPostedText(doc, q, options.explain === true)),
    officials: entities.people
      .filter((p) => p.official)
      .map(({ name, title, organization, country, aliases, officialBy }) => {
        const official = { name, title, organization, country, aliases };
        return options.explain ? { ...official, provenance: { official: `entities:${officialBy}` } } : official;
      }),
  };
}

/** The passes read the repaired text; a result's offsets and text refer to the article as posted. */
function inPostedText(doc: ArticleDocument, quote: Quote, explain: boolean): Quote {
  const at = (offset: number | null | undefined) => (offset == null ? null : doc.toOriginal(offset));
  const { provenance, ...found } = quote;
  const start = doc.toOriginal(quote.start);
  const end = doc.toOriginal(quote.end);
  const speaker = quote.speaker && {
    ...quote.speaker,
    mentionStart: at(quote.speaker.mentionStart),
    mentionEnd: at(quote.speaker.mentionEnd),
  };
  if (speaker?.mentionStart != null) speaker.mention = doc.original.slice(speaker.mentionStart, speaker.mentionEnd!);
  const posted = {
    ...found,
    start,
    end,
    text: doc.original.slice(start, end),
    cueStart: at(quote.cueStart),
    cueEnd: at(quote.cueEnd),
    speaker,
  };
  return explain ? { ...posted, provenance } : posted;
}
