// A lane of parse work: at most `threads` tasks run at once, at most `maxWaiting` wait, and each runs under a
// time budget that starts when its thread starts it (not while it waits, nor while a thread loads). A task
// whose caller gives up (its signal aborts) leaves the queue, or is stopped where it runs.
import { createTurnstile } from '../concurrency/turnstile.js';

/** The lane is full: the caller should come back later (503 with Retry-After). */
export class ParseQueueFull extends Error {
  readonly statusCode = 503;
  readonly retryAfter = 1;
  constructor(maxWaiting: number) {
    super(`The parser is busy: ${maxWaiting} articles are already waiting; retry shortly.`);
  }
}

/** An article took longer than the budget to parse: it was stopped (422, the same text always will be). */
export class ParseTimeout extends Error {
  readonly statusCode = 422;
  constructor(timeoutMs: number) {
    super(`The article took longer than ${timeoutMs} ms to parse and was stopped; send it in smaller parts.`);
  }
}

export interface LaneOptions {
  threads: number;
  maxWaiting: number;
  timeoutMs: number;
}

export function createLane({ threads, maxWaiting, timeoutMs }: LaneOptions) {
  const gate = createTurnstile(threads, { maxWaiting, full: () => new ParseQueueFull(maxWaiting) });

  return {
    /** Tasks running or waiting in this lane. */
    get pending() {
      return gate.pending;
    },
    /** `work` calls `started` once its thread begins: the budget runs from then. */
    async run<T>(work: (signal: AbortSignal, started: () => void) => Promise<T>, signal?: AbortSignal): Promise<T> {
      signal?.throwIfAborted();
      await gate.enter(signal);
      // A timer of our own rather than AbortSignal.timeout(): that one does not keep the process alive.
      const budget = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      // Word of the start may come after the result (it travels on another channel): then it is too late.
      const started = () => {
        if (!settled) timer ??= setTimeout(() => budget.abort(), timeoutMs);
      };
      return work(signal ? AbortSignal.any([budget.signal, signal]) : budget.signal, started)
        .catch((error: unknown) => {
          if (budget.signal.aborted) throw new ParseTimeout(timeoutMs);
          // The pool reports its own AbortError; the caller's reason says why.
          throw signal?.aborted ? signal.reason : error;
        })
        .finally(() => {
          settled = true;
          clearTimeout(timer);
          gate.leave();
        });
    },
  };
}
