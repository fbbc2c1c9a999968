// At most `limit` tasks at once, the others started in the order they came as running ones settle. The
// PostgreSQL writer runs its transactions through one: many batches written at once cost the database server
// more CPU an article than two (they contend for the same index pages; docs/postgres.md), so a replica's writes
// queue here rather than inside the database, and its other pooled connections stay free for reads.

/** Runs each task given to it when fewer than `limit` are running. */
export function concurrencyLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // A settled task hands its place to the next in line, or gives it back.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
