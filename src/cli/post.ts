// --url mode of the ingest CLI: posts the entries as NDJSON batches to a running server's
// POST /v1/articles/batch and maps each per-line result back to its file and line.
import type { Entry, Outcome, Problem } from '../bulk/ingest.js';
import { NDJSON } from '../bulk/ndjson.js';
import type { BatchResponse } from '../bulk/schemas.js';

export interface PostOptions {
  url: string;
  key?: string;
  batch: number;
  /** Waits before a retry (tests pass one that returns at once). */
  sleep: (ms: number) => Promise<void>;
  /** Told before each wait, so the user sees why the run pauses. */
  onRetry: (status: number, waitMs: number) => void;
}

/** Statuses that mean "not now" (the batch rate limit, load shedding): the same request is sent again later. */
const BUSY = new Set([429, 503]);
/** Tries of one batch before its articles fail with the server's reason: about 1.5 minutes of backoff. */
export const MAX_ATTEMPTS = 8;
const FIRST_WAIT_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** A Retry-After is honoured as given (a rate limit can ask for a whole minute), up to this bound. */
const MAX_RETRY_AFTER_MS = 300_000;

/** Retry-After in seconds when the server sent one, else exponential backoff from the number of tries so far. */
export function retryDelayMs(retryAfter: string | null, tries: number): number {
  const seconds = /^\s*(\d+)\s*$/.exec(retryAfter ?? '');
  if (seconds) return Math.min(Number(seconds[1]) * 1000, MAX_RETRY_AFTER_MS);
  return Math.min(FIRST_WAIT_MS * 2 ** (tries - 1), MAX_BACKOFF_MS);
}

async function post(body: string, options: PostOptions): Promise<Response> {
  const attempt = () =>
    fetch(new URL('/v1/articles/batch', options.url), {
      method: 'POST',
      headers: {
        'content-type': NDJSON,
        ...(options.key === undefined ? {} : { authorization: `Bearer ${options.key}` }),
      },
      body,
    });
  let response = await attempt();
  for (let tries = 1; BUSY.has(response.status) && tries < MAX_ATTEMPTS; tries++) {
    await response.arrayBuffer(); // frees the connection for the retry
    const wait = retryDelayMs(response.headers.get('retry-after'), tries);
    options.onRetry(response.status, wait);
    await options.sleep(wait);
    response = await attempt();
  }
  return response;
}

async function* send(entries: Entry<string>[], options: PostOptions): AsyncGenerator<{ ref: string } & Outcome> {
  const bodies = entries.flatMap((e) => ('body' in e ? [JSON.stringify(e.body)] : []));
  const response = await post(`${bodies.join('\n')}\n`, options);
  const json = (await response.json()) as BatchResponse | Problem;
  // A refused request (401, 413, 429 after every retry...) fails every article it carried, with the server's reason.
  const results = 'results' in json ? json.results : bodies.map(() => ({ status: 'failed' as const, problem: json as Problem }));
  let next = 0;
  for (const entry of entries) {
    if ('problem' in entry) {
      yield { ref: entry.ref, status: 'failed', problem: entry.problem };
      continue;
    }
    const result = results[next++];
    yield result.status === 'failed'
      ? { ref: entry.ref, status: 'failed', problem: result.problem as Problem }
      : { ref: entry.ref, status: result.status, id: result.id as number };
  }
}

export async function* postBatches(entries: AsyncIterable<Entry<string>>, options: PostOptions): AsyncGenerator<{ ref: string } & Outcome> {
  let pending: Entry<string>[] = [];
  for await (const entry of entries) {
    pending.push(entry);
    if (pending.length === options.batch) {
      yield* send(pending, options);
      pending = [];
    }
  }
  if (pending.length > 0) yield* send(pending, options);
}
