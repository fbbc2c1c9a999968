// --url mode of the ingest CLI: posts the entries as NDJSON batches to a running server's
// POST /v1/articles/batch and maps each per-line result back to its file and line.
import type { Entry, Outcome, Problem } from '../bulk/ingest.js';
import { NDJSON } from '../bulk/ndjson.js';
import type { BatchResponse } from '../bulk/schemas.js';

export interface PostOptions {
  url: string;
  key?: string;
  batch: number;
}

async function* send(entries: Entry<string>[], options: PostOptions): AsyncGenerator<{ ref: string } & Outcome> {
  const bodies = entries.flatMap((e) => ('body' in e ? [JSON.stringify(e.body)] : []));
  const response = await fetch(new URL('/v1/articles/batch', options.url), {
    method: 'POST',
    headers: {
      'content-type': NDJSON,
      ...(options.key === undefined ? {} : { authorization: `Bearer ${options.key}` }),
    },
    body: `${bodies.join('\n')}\n`,
  });
  const json = (await response.json()) as BatchResponse | Problem;
  // A refused request (401, 413, 429...) fails every article it carried, with the server's reason.
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
