// Writes with the storage checked around them. Before each run of writes the database path must still name
// the file that was opened (a deleted file took 400 acknowledged articles with it at the next restart); a
// write that fails for the storage's sake (read-only, locked, damaged) carries that fault to the caller; a
// read-only connection is reopened, at most once a second, until writes succeed again; a damaged file (found
// by the check at start, see store/integrity.ts, or by SQLITE_CORRUPT since) refuses writes until a restart.
import { corruptFault, faultOfCode, fileIdentity, identityFault, type StoreFault } from '../store/faults.js';
import type { Store } from '../store/index.js';
import { runWrites, type WriteOutcome, type WriteRequest } from './writes.js';

export interface GuardOptions {
  path: string;
  maxArticlesPerTransaction: number;
  /** The time budget of the check of the file before the first write. */
  startupCheckMs: number;
  /** Opens a fresh write connection (to recover from a read-only one). */
  reopen: () => Store;
  /** Called with a connection the guard no longer uses. */
  release: (store: Store) => void;
  now?: () => number;
}

const REOPEN_INTERVAL_MS = 1000;

export type GuardedWrites = ReturnType<typeof guardWrites>;

export function guardWrites(
  initial: Store,
  { path, maxArticlesPerTransaction, startupCheckMs, reopen, release, now = Date.now }: GuardOptions,
) {
  let store = initial;
  const opened = fileIdentity(path);
  const { damage } = store.checkFile(startupCheckMs);
  let fault: StoreFault | null = damage === null ? null : corruptFault(damage);
  let lastReopen = now();

  function tryReopen(): void {
    if (now() - lastReopen < REOPEN_INTERVAL_MS) return;
    lastReopen = now();
    let fresh: Store | undefined;
    try {
      fresh = reopen();
      fresh.probeWrite();
    } catch {
      if (fresh) release(fresh);
      return;
    }
    release(store);
    store = fresh;
    fault = null;
  }

  /** The fault that stands now, after checking the file and retrying a read-only connection. */
  function current(): StoreFault | null {
    if (fault && !fault.transient) return fault;
    fault = (opened && identityFault(path, opened)) ?? fault;
    if (fault?.kind === 'read-only') tryReopen();
    return fault;
  }

  /** The fault a failed write stands for; kept when it outlasts the request (read-only, damaged; not a lock). */
  function classify(code: string | undefined, message: string): StoreFault | null {
    const found = faultOfCode(code, message);
    if (found && found.kind !== 'locked') fault = found;
    return found;
  }

  function noted(outcome: WriteOutcome): WriteOutcome {
    if (outcome.ok) return outcome;
    const found = classify(outcome.code, outcome.error);
    return found ? { ...outcome, fault: found } : outcome;
  }

  return {
    run(requests: WriteRequest[]): WriteOutcome[] {
      const standing = current();
      if (standing) return requests.map(() => ({ ok: false, error: standing.detail, fault: standing }));
      return runWrites(store, requests, maxArticlesPerTransaction).map(noted);
    },
    /**
     * Adds text left unindexed to the full-text indexes (deferred writes, or a crash before they were indexed);
     * while a fault stands, or when it fails, the text waits for the next call.
     */
    indexText(): void {
      if (current()) return;
      try {
        store.indexPendingText();
      } catch (error) {
        classify((error as { code?: string }).code, (error as Error).message);
      }
    },
    /** What stops writes now, checked with a write that changes nothing (GET /ready). */
    probe(): StoreFault | null {
      const standing = current();
      if (standing) return standing;
      try {
        store.probeWrite();
        return null;
      } catch (error) {
        return classify((error as { code?: string }).code, (error as Error).message);
      }
    },
    /** A damaged page found by a read: writes stop too. */
    report(found: StoreFault): void {
      if (fault?.transient !== false) fault = found;
    },
    close(): void {
      release(store);
    },
  };
}
