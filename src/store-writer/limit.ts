// At most `limit` tasks at once, the others started in the order they came as running ones settle. The
// PostgreSQL writer runs its transactions through one: many batches written at once cost the database server
// more CPU an article than two (they contend for the same index pages; docs/postgres.md), so a replica's writes
// queue here rather than inside the database, and its other pooled connections stay free for reads.
import { createTurnstile } from '../concurrency/turnstile.js';

/** Runs each task given to it when fewer than `limit` are running. */
export function concurrencyLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  const gate = createTurnstile(limit);
  return async (task) => {
    // a free place starts the task at once, within this call
    if (!gate.tryEnter()) await gate.enter();
    try {
      return await task();
    } finally {
      gate.leave();
    }
  };
}
