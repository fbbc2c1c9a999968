// The bulk pipeline shared by POST /v1/articles/batch and `npm run ingest -- --db`: entries in, one outcome
// per entry out, in input order. Each chunk's articles are handed to the parser at once (the worker pool
// parses them in parallel) while the next chunk is read, then stored in one transaction; a bad entry gets
// its own problem and never spoils the rest.
import { problemBody } from '../plugins/errors.js';

export type Problem = ReturnType<typeof problemBody>;

export type Outcome = { status: 'created' | 'existing'; id: number } | { status: 'failed'; problem: Problem };

/** An input entry: a decoded body to check, or a problem found before decoding (bad JSON, too long...). */
export type Entry<R> = { ref: R; body: unknown } | { ref: R; problem: Problem };

/** A: the checked article; P: what parsing gives (the records, or their encoding). */
export interface IngestSteps<A, P> {
  /** Validates a body into an article, or says what is wrong with it. */
  check(body: unknown): { article: A } | { problem: Problem };
  parse(article: A): Promise<P>;
  /** Stores many parsed articles in one transaction; one result per item, in order. */
  save(items: { article: A; result: P }[]): Promise<{ id: number; created: boolean; conflict: boolean }[]>;
}

const conflictDetail = (id: number) =>
  `Its externalId is article ${id}, stored with another text. To change article ${id}, PUT /v1/articles/${id} with the new text.`;

/** A parse that failed: the parser's own status and words when it gives them (a time budget...), else 422. */
function parseProblem(error: unknown): Problem {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') return problemBody(status, (error as Error).message);
  return problemBody(422, `The parser failed on this article: ${String(error)}`);
}

type Parsed<P> = { result: P } | { problem: Problem };
type Pending<R, A, P> = { ref: R; problem: Problem } | { ref: R; article: A; parsed: Promise<Parsed<P>> };

export async function* ingest<R, A, P>(
  entries: AsyncIterable<Entry<R>>,
  steps: IngestSteps<A, P>,
  chunkSize: number,
): AsyncGenerator<{ ref: R } & Outcome> {
  const iterator = entries[Symbol.asyncIterator]();

  function start(entry: Entry<R>): Pending<R, A, P> {
    if ('problem' in entry) return entry;
    const checked = steps.check(entry.body);
    if ('problem' in checked) return { ref: entry.ref, problem: checked.problem };
    const parsed = steps.parse(checked.article).then(
      (result): Parsed<P> => ({ result }),
      (error: unknown): Parsed<P> => ({ problem: parseProblem(error) }),
    );
    return { ref: entry.ref, article: checked.article, parsed };
  }

  async function take(): Promise<Pending<R, A, P>[]> {
    const chunk: Pending<R, A, P>[] = [];
    while (chunk.length < chunkSize) {
      const next = await iterator.next();
      if (next.done) break;
      chunk.push(start(next.value));
    }
    return chunk;
  }

  let chunk = await take();
  while (chunk.length > 0) {
    const following = take();
    // Keeps a read error from being reported as unhandled while this chunk is stored; awaited below.
    following.catch(() => {});
    const settled = await Promise.all(
      chunk.map(async (p) => ('parsed' in p ? { ref: p.ref, article: p.article, ...(await p.parsed) } : p)),
    );
    const toSave: { article: A; result: P }[] = [];
    for (const s of settled) if ('result' in s) toSave.push({ article: s.article, result: s.result });
    const saved = toSave.length > 0 ? await steps.save(toSave) : [];
    let next = 0;
    for (const s of settled) {
      if ('problem' in s) yield { ref: s.ref, status: 'failed', problem: s.problem };
      else {
        const { id, created, conflict } = saved[next++];
        if (conflict) yield { ref: s.ref, status: 'failed', problem: problemBody(409, conflictDetail(id)) };
        else yield { ref: s.ref, status: created ? 'created' : 'existing', id };
      }
    }
    chunk = await following;
  }
}
