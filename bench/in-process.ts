// What bench:layers and bench:profile share: the API built in this process as the benchmark servers run it, and
// requests sent to it through Fastify's inject with a random official in each.
import type { FastifyInstance } from 'fastify';

/** buildApp's options as the benchmark servers run (bench/servers.ts): limits lifted, no threads besides the event loop's. */
export const benchAppOptions = (databasePath: string) => ({
  databasePath,
  logger: false as const,
  parseWorkers: 0,
  writerThread: false,
  rateLimitPerMinute: 1_000_000,
  maxEventLoopDelayMs: 0,
  searchThreads: 0,
});

/** Sends one GET of `path` to `app`, NAME replaced by one of `names` picked at random; anything but a 200 throws. */
export function randomSpeakerRequests(app: FastifyInstance, path: string, names: readonly string[]): () => Promise<void> {
  return async () => {
    const name = encodeURIComponent(names[Math.floor(Math.random() * names.length)]);
    const response = await app.inject({ method: 'GET', url: path.replace('NAME', name) });
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
  };
}
