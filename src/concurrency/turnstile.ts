// At most `limit` holders at once; the others wait their turn in the order they came (a bounded line refuses
// more), and one whose caller gives up (its signal aborts) leaves the line.
// The parser pool's lanes and the PostgreSQL writer's limit on transactions both queue through one.

export interface Turnstile {
  /** Takes a place if one is free now: true if it did (then call `leave()` once done with it). */
  tryEnter(): boolean;
  /** Resolves when the caller holds a place; call `leave()` once done with it. */
  enter(signal?: AbortSignal): Promise<void>;
  /** Gives the place to the first caller waiting, or back. */
  leave(): void;
  /** Holders and waiting callers. */
  readonly pending: number;
}

/** `queue` bounds the line: past `maxWaiting` callers, `full()` is the refusal. Without it the line is unbounded. */
export function createTurnstile(limit: number, queue?: { maxWaiting: number; full: () => Error }): Turnstile {
  let running = 0;
  const waiting: (() => void)[] = [];
  const tryEnter = (): boolean => {
    if (running >= limit) return false;
    running++;
    return true;
  };
  return {
    tryEnter,
    enter(signal) {
      if (tryEnter()) return Promise.resolve();
      if (queue && waiting.length >= queue.maxWaiting) return Promise.reject(queue.full());
      return new Promise((resolve, reject) => {
        const go = () => {
          signal?.removeEventListener('abort', gone);
          running++;
          resolve();
        };
        const gone = () => {
          waiting.splice(waiting.indexOf(go), 1);
          reject(signal!.reason as Error);
        };
        waiting.push(go);
        signal?.addEventListener('abort', gone, { once: true });
      });
    },
    leave() {
      running--;
      waiting.shift()?.();
    },
    get pending() {
      return running + waiting.length;
    },
  };
}
