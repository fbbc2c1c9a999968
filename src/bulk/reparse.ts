// Re-runs the current parser over stored articles parsed by an older version: a batch at a time, parsed
// in the pool in parallel, each batch replaced in one transaction. Articles done carry the new version, so
// running it again skips them (idempotent) and a stopped run resumes where it left off.
import type { ParseResult } from '../extract/types.js';
import type { ClaimedBatch, ParsedArticle, StaleArticle } from '../store/reparse.js';

export interface ReparseSteps {
  currentVersion: string;
  /** Up to `limit` stale articles with id > afterId, in id order, that no other run holds. */
  claimStale(current: string, afterId: number, limit: number): Promise<ClaimedBatch>;
  staleArticles(current: string, afterId: number, limit: number): Promise<StaleArticle[]>;
  parse(text: string): Promise<ParseResult>;
}

/**
 * Claims for a store with one writer (SQLite): a batch is read, and written by that writer. PostgreSQL's
 * writer claims with row locks instead (src/store/postgres/reparse.ts), so replicas never parse one article twice.
 */
export function unclaimedBatches(
  staleArticles: ReparseSteps['staleArticles'],
  replaceParses: (items: ParsedArticle[]) => Promise<void>,
): ReparseSteps['claimStale'] {
  return async (current, afterId, limit) => ({ articles: await staleArticles(current, afterId, limit), replace: replaceParses });
}

/** How a writer's re-parse runs claim their work: its own claims where it has them, else unclaimed batches. */
export function claimsOf(
  writer: { claimStale?: ReparseSteps['claimStale']; replaceParses: (items: ParsedArticle[]) => Promise<void> },
  staleArticles: ReparseSteps['staleArticles'],
): ReparseSteps['claimStale'] {
  return writer.claimStale ?? unclaimedBatches(staleArticles, writer.replaceParses);
}

export interface ReparseReport {
  reparsed: number;
  /** Articles the parser threw on: left as they were, reported by id. */
  failedIds: number[];
  /** True when articles may remain past `limit`. */
  more: boolean;
}

export async function reparse(
  steps: ReparseSteps,
  options: { batchSize: number; limit?: number; onBatch?: (report: ReparseReport) => void },
): Promise<ReparseReport> {
  const report: ReparseReport = { reparsed: 0, failedIds: [], more: false };
  const limit = options.limit ?? Infinity;
  let afterId = 0;
  while (report.reparsed + report.failedIds.length < limit) {
    const size = Math.min(options.batchSize, limit - report.reparsed - report.failedIds.length);
    const batch = await steps.claimStale(steps.currentVersion, afterId, size);
    const parsed = await Promise.all(
      batch.articles.map(({ id, text }) =>
        steps.parse(text).then(
          (result) => ({ id, parsed: result }),
          () => ({ id, parsed: null }),
        ),
      ),
    );
    const done = parsed.filter((p): p is ParsedArticle => p.parsed !== null);
    // Called for an empty batch too: it gives the claim up.
    await batch.replace(done);
    if (batch.articles.length === 0) return report;
    report.reparsed += done.length;
    for (const p of parsed) if (p.parsed === null) report.failedIds.push(p.id);
    afterId = batch.articles[batch.articles.length - 1].id;
    options.onBatch?.(report);
  }
  report.more = (await steps.staleArticles(steps.currentVersion, afterId, 1)).length > 0;
  return report;
}
