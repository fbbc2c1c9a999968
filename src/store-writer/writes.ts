// The writes the service makes, as messages a single writer runs in order. Consecutive saves share one
// transaction (group commit): on a large database most of a save's cost is writing the index pages it
// touched at commit, and articles committed together share pages (1.28 -> 1.02 ms an article at 1,600 a
// transaction against 50, on the 100k-article benchmark database).
import type { ParseResult } from '../extract/types.js';
import { decodeParse, type EncodedParse } from '../parser-pool/codec.js';
import type { Article } from '../schemas/articles.js';
import type { StoreFault } from '../store/faults.js';
import type { NewArticle, Store, UpdateOutcome } from '../store/index.js';

/** An article to store whose records may still be encoded, as they come from the parser threads. */
export type WireArticle = Omit<NewArticle, 'parsed'> & { parsed: ParseResult | EncodedParse };

export type WriteRequest =
  /** `withArticles`: answer with each stored article too (a single POST returns it). */
  | { kind: 'save'; items: WireArticle[]; withArticles: boolean }
  | { kind: 'replace'; items: { id: number; parsed: ParseResult }[] }
  | { kind: 'update'; id: number; item: WireArticle }
  | { kind: 'delete'; id: number };

export interface SaveResult {
  id: number;
  created: boolean;
  /** The externalId is stored with another text (see SavedArticle). */
  conflict: boolean;
  article?: Article;
}

type WriteValue = SaveResult[] | UpdateOutcome | boolean | null;

/** `code`: SQLite's error code, when SQLite raised it; `fault`: the storage fault it stands for (see guard.ts). */
export type WriteOutcome = { ok: true; value: WriteValue } | { ok: false; error: string; code?: string; fault?: StoreFault };

type WriteStore = Pick<Store, 'saveArticles' | 'replaceParses' | 'updateArticle' | 'deleteArticle'>;

type SaveRequest = Extract<WriteRequest, { kind: 'save' }>;

const decoded = (items: WireArticle[]): NewArticle[] =>
  items.map((item) => (item.parsed instanceof Uint8Array ? { ...item, parsed: decodeParse(item.parsed) } : (item as NewArticle)));

// `article` is read from the database when asked for: only a request that wants it pays for it.
function saveResults(request: SaveRequest, saved: ReturnType<Store['saveArticles']>): SaveResult[] {
  return saved.map((s) => {
    const result = { id: s.id, created: s.created, conflict: s.conflict };
    return request.withArticles ? { ...result, article: s.article } : result;
  });
}

function attempt(run: () => WriteValue): WriteOutcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, error: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' && { code }) };
  }
}

function runOne(store: WriteStore, request: WriteRequest): WriteOutcome {
  switch (request.kind) {
    case 'save':
      return attempt(() => saveResults(request, store.saveArticles(decoded(request.items))));
    case 'replace':
      return attempt(() => (store.replaceParses(request.items), null));
    case 'update':
      return attempt(() => store.updateArticle(request.id, decoded([request.item])[0]));
    case 'delete':
      return attempt(() => store.deleteArticle(request.id));
  }
}

/**
 * Runs requests in order; runs of consecutive saves go in one transaction of up to `maxArticles` articles.
 * Should a shared transaction fail, its requests are retried one by one, so a failure stays with its own.
 */
export function runWrites(store: WriteStore, requests: WriteRequest[], maxArticles: number): WriteOutcome[] {
  const outcomes: WriteOutcome[] = [];
  for (let i = 0; i < requests.length; ) {
    const group: SaveRequest[] = [];
    let articles = 0;
    for (
      let r = requests[i];
      r?.kind === 'save' && (group.length === 0 || articles + r.items.length <= maxArticles);
      r = requests[i + group.length]
    ) {
      group.push(r);
      articles += r.items.length;
    }
    if (group.length < 2) {
      outcomes.push(runOne(store, requests[i++]));
      continue;
    }
    try {
      const saved = store.saveArticles(decoded(group.flatMap((r) => r.items)));
      let from = 0;
      for (const request of group) {
        outcomes.push({ ok: true, value: saveResults(request, saved.slice(from, (from += request.items.length))) });
      }
    } catch {
      for (const request of group) outcomes.push(runOne(store, request));
    }
    i += group.length;
  }
  return outcomes;
}
