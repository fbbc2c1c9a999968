// app.writer: every write goes through one writer, off the event loop, so queries keep being answered while
// a backfill is stored and concurrent writes share transactions. `threaded: false` runs the same writes
// inline on the app's own connection (tests; an in-memory database, which a second thread cannot open).
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../extract/types.js';
import type { Durability, Store, UpdateOutcome } from '../store/index.js';
import type { CheckpointerData } from './checkpointer.js';
import type { WriterData, WriterMessage } from './worker.js';
import { runWrites, type SaveResult, type WireArticle, type WriteOutcome, type WriteRequest } from './writes.js';

export type { SaveResult, WireArticle };

export interface Writer {
  saveArticles(items: WireArticle[], options?: { withArticles?: boolean }): Promise<SaveResult[]>;
  replaceParses(items: { id: number; parsed: ParseResult }[]): Promise<void>;
  /** Replaces an article's text, metadata and records (see Store.updateArticle). */
  updateArticle(id: number, item: WireArticle): Promise<UpdateOutcome>;
  deleteArticle(id: number): Promise<boolean>;
  /** Writes already asked for are finished first. */
  close(): Promise<void>;
  readonly threaded: boolean;
  /** Why writes can no longer be made (the thread is gone), or null: GET /ready reports it. */
  readonly stopped: string | null;
}

export interface WriterOptions {
  threaded: boolean;
  maxArticlesPerTransaction: number;
  /** The writer thread's connection's (the app's own connection is opened with the same). */
  durability?: Durability;
  /** How often a thread of its own copies the WAL into the database file (see checkpointer.ts); 0 or unset: never. */
  checkpointIntervalMs?: number;
  /** The worker scripts; tests substitute them. */
  workerFile?: string;
  checkpointerFile?: string;
}

// worker.ts under tap's TypeScript loader (threads inherit process.execArgv), worker.js in dist.
const script = (name: string) => fileURLToPath(new URL(`./${name}${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
const WORKER_FILE = script('worker');
const CHECKPOINTER_FILE = script('checkpointer');
// Each thread allocates little that lives: a small young generation keeps its memory down.
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Encoded records are moved to the thread, not copied: this one has no further use for them. Only bytes
 * that own their whole buffer go (a view into a shared buffer would take its neighbours along).
 */
function movable(request: WriteRequest): ArrayBuffer[] {
  if (request.kind !== 'save') return [];
  return request.items.flatMap(({ parsed }) =>
    parsed instanceof Uint8Array && parsed.byteOffset === 0 && parsed.byteLength === parsed.buffer.byteLength ? [parsed.buffer as ArrayBuffer] : [],
  );
}

function writerOver(
  send: (request: WriteRequest) => Promise<WriteOutcome>,
  close: () => Promise<void>,
  threaded: boolean,
  stopped: () => string | null,
): Writer {
  const run = async (request: WriteRequest) => {
    const outcome = await send(request);
    if (!outcome.ok) throw new Error(`The store could not write: ${outcome.error}`);
    return outcome.value;
  };
  return {
    threaded,
    get stopped() {
      return stopped();
    },
    saveArticles: async (items, options) =>
      (await run({ kind: 'save', items, withArticles: options?.withArticles ?? false })) as SaveResult[],
    replaceParses: async (items) => void (await run({ kind: 'replace', items })),
    updateArticle: async (id, item) => (await run({ kind: 'update', id, item })) as UpdateOutcome,
    deleteArticle: async (id) => (await run({ kind: 'delete', id })) as boolean,
    close,
  };
}

function backgroundCheckpoints(databasePath: string, intervalMs: number, file = CHECKPOINTER_FILE) {
  if (intervalMs === 0) return null;
  const data: CheckpointerData = { databasePath, intervalMs };
  const thread = new Worker(file, { workerData: data, resourceLimits: THREAD_LIMITS });
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  // Should the thread fail, nothing is lost: the writer's own autocheckpoint copies the WAL as it always could.
  thread.on('error', () => {});
  return {
    stop: async () => {
      thread.postMessage('stop');
      await exited;
    },
  };
}

export function createWriter(store: Store, databasePath: string, options: WriterOptions): Writer {
  if (!options.threaded) {
    return writerOver(async (request) => runWrites(store, [request], options.maxArticlesPerTransaction)[0], async () => {}, false, () => null);
  }
  const data: WriterData = {
    databasePath,
    maxArticlesPerTransaction: options.maxArticlesPerTransaction,
    durability: options.durability ?? 'normal',
  };
  const worker = new Worker(options.workerFile ?? WORKER_FILE, { workerData: data, resourceLimits: THREAD_LIMITS });
  const checkpointer = backgroundCheckpoints(databasePath, options.checkpointIntervalMs ?? 0, options.checkpointerFile);
  const pending = new Map<number, (outcome: WriteOutcome) => void>();
  let seq = 0;
  let stopped: string | null = null;
  worker.on('message', ({ seq: id, ...outcome }: { seq: number } & WriteOutcome) => {
    pending.get(id)?.(outcome);
    pending.delete(id);
  });
  const stop = (reason: string) => {
    stopped ??= reason;
    for (const settle of pending.values()) settle({ ok: false, error: stopped });
    pending.clear();
  };
  worker.on('error', (error) => stop(`the writer thread failed: ${error.message}`));
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      stop(`the writer thread exited (code ${code})`);
      resolve();
    }),
  );
  const answered = new Set<Promise<WriteOutcome>>();
  const send = (request: WriteRequest) => {
    const answer = new Promise<WriteOutcome>((resolve) => {
      if (stopped) return resolve({ ok: false, error: stopped });
      pending.set(++seq, resolve);
      worker.postMessage({ seq, request } satisfies WriterMessage, movable(request));
    });
    answered.add(answer);
    void answer.then(() => answered.delete(answer));
    return answer;
  };
  const close = async () => {
    // Every answer is in before the thread is told to go, so none can be lost with it.
    await Promise.all(answered);
    if (!stopped) worker.postMessage({ close: true } satisfies WriterMessage);
    await exited;
    await checkpointer?.stop();
  };
  return writerOver(send, close, true, () => stopped);
}
