// app.writer: every write goes through one writer, off the event loop, so queries keep being answered while
// a backfill is stored and concurrent writes share transactions. `threaded: false` runs the same writes
// inline on the app's own connection (tests; an in-memory database, which a second thread cannot open).
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../extract/types.js';
import type { StoreFault } from '../store/faults.js';
import type { ClaimedBatch } from '../store/reparse.js';
import { openStore, type Durability, type Store, type UpdateOutcome } from '../store/index.js';
import type { CheckpointerData } from './checkpointer.js';
import { guardWrites } from './guard.js';
import type { WriterData, WriterMessage } from './worker.js';
import type { SaveResult, WireArticle, WriteOutcome, WriteRequest } from './writes.js';

export type { SaveResult, WireArticle };

/** The problem type of a statement the database cancelled past its timeout: overloaded, not out of reach. */
export const STATEMENT_TIMEOUT_PROBLEM = { type: 'tag:newsroom-quotes-api,2026:statement-timeout', title: 'Database statement timed out' };

/** A write refused for the storage's sake (see store/faults.ts): a 503, with Retry-After when it will pass. */
export class StoreUnavailable extends Error {
  readonly statusCode = 503;
  readonly retryAfter?: number;
  readonly problemType?: typeof STATEMENT_TIMEOUT_PROBLEM;
  constructor(readonly fault: StoreFault) {
    super(
      fault.kind === 'timeout'
        ? `The database did not finish in time and the request was stopped: ${fault.detail}. Retry later, or with fewer articles a request.`
        : `The database cannot be written to: ${fault.detail}.`,
    );
    if (fault.kind === 'timeout') this.problemType = STATEMENT_TIMEOUT_PROBLEM;
    if (fault.transient) this.retryAfter = fault.kind === 'locked' ? 1 : 5;
  }
}

export interface Writer {
  saveArticles(items: WireArticle[], options?: { withArticles?: boolean }): Promise<SaveResult[]>;
  replaceParses(items: { id: number; parsed: ParseResult }[]): Promise<void>;
  /** Claims stale articles for a re-parse run, where several processes write (PostgreSQL; see bulk/reparse.ts). */
  claimStale?(current: string, afterId: number, limit: number): Promise<ClaimedBatch>;
  /** Replaces an article's text, metadata and records (see Store.updateArticle). */
  updateArticle(id: number, item: WireArticle): Promise<UpdateOutcome>;
  deleteArticle(id: number): Promise<boolean>;
  /** Writes already asked for are finished first. */
  close(): Promise<void>;
  readonly threaded: boolean;
  /** Why writes can no longer be made (the thread is gone), or null: GET /ready reports it. */
  readonly stopped: string | null;
  /** What stops writes now (file gone, read-only, locked, damaged), checked with a write that changes nothing. */
  probe(): Promise<StoreFault | null>;
  /** A read found the file damaged: writes stop too. */
  report(fault: StoreFault): void;
}

export interface WriterOptions {
  threaded: boolean;
  maxArticlesPerTransaction: number;
  /** The writer thread's connection's (the app's own connection is opened with the same). */
  durability?: Durability;
  /** How often a thread of its own copies the WAL into the database file (see checkpointer.ts); 0 or unset: never. */
  checkpointIntervalMs?: number;
  /**
   * The writer thread adds new text to the full-text indexes this long after a write, many transactions' at
   * once, and before it stops; 0 or unset: each transaction indexes its own (as inline writes always do).
   */
  fullTextDelayMs?: number;
  /** How long a write waits for another process's lock (SQLite's busy_timeout); default 5000. */
  busyTimeoutMs?: number;
  /** The time budget of the check of the database file before the first write (see store/integrity.ts); default 2000. */
  startupCheckMs?: number;
  /** Told what each write or probe found: a fault, or null when it could write (for the log). */
  onStatus?: (fault: StoreFault | null) => void;
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
const DEFAULT_STARTUP_CHECK_MS = 2000;

/**
 * Encoded records are moved to the thread, not copied: this one has no further use for them. Only bytes
 * that own their whole buffer go (a view into a shared buffer would take its neighbours along).
 */
function movable(request: WriteRequest): ArrayBuffer[] {
  if (request.kind !== 'save') return [];
  return request.items.flatMap(({ parsed }) =>
    parsed instanceof Uint8Array && parsed.byteOffset === 0 && parsed.byteLength === parsed.buffer.byteLength
      ? [parsed.buffer as ArrayBuffer]
      : [],
  );
}

interface Channel {
  send(request: WriteRequest): Promise<WriteOutcome>;
  probe(): Promise<StoreFault | null>;
  report(fault: StoreFault): void;
  close(): Promise<void>;
  threaded: boolean;
  stopped(): string | null;
}

function writerOver({ send, probe, report, close, threaded, stopped }: Channel, onStatus: (fault: StoreFault | null) => void): Writer {
  const run = async (request: WriteRequest) => {
    const outcome = await send(request);
    if (outcome.ok) {
      onStatus(null);
      return outcome.value;
    }
    if (outcome.fault) {
      onStatus(outcome.fault);
      throw new StoreUnavailable(outcome.fault);
    }
    throw new Error(`The store could not write: ${outcome.error}`);
  };
  return {
    threaded,
    get stopped() {
      return stopped();
    },
    probe: async () => {
      const fault = await probe();
      onStatus(fault);
      return fault;
    },
    report: (fault) => {
      onStatus(fault);
      report(fault);
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

/** Inline: the app's own connection writes; one reopened after a read-only spell is the writer's alone. */
function inlineChannel(store: Store, databasePath: string, options: WriterOptions): Channel {
  const open = () => openStore(databasePath, { durability: options.durability, busyTimeoutMs: options.busyTimeoutMs });
  const writes = guardWrites(store, {
    path: databasePath,
    maxArticlesPerTransaction: options.maxArticlesPerTransaction,
    startupCheckMs: options.startupCheckMs ?? DEFAULT_STARTUP_CHECK_MS,
    reopen: open,
    release: (released) => released !== store && released.close(),
  });
  return {
    send: async (request) => writes.run([request])[0],
    probe: async () => writes.probe(),
    report: (fault) => writes.report(fault),
    close: async () => writes.close(),
    threaded: false,
    stopped: () => null,
  };
}

export function createWriter(store: Store, databasePath: string, options: WriterOptions): Writer {
  const onStatus = options.onStatus ?? (() => {});
  if (!options.threaded) return writerOver(inlineChannel(store, databasePath, options), onStatus);
  const data: WriterData = {
    databasePath,
    maxArticlesPerTransaction: options.maxArticlesPerTransaction,
    durability: options.durability ?? 'normal',
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    startupCheckMs: options.startupCheckMs ?? DEFAULT_STARTUP_CHECK_MS,
    fullTextDelayMs: options.fullTextDelayMs ?? 0,
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
  const ask = (message: (seq: number) => WriterMessage, transfer: ArrayBuffer[] = []) => {
    const answer = new Promise<WriteOutcome>((resolve) => {
      if (stopped) return resolve({ ok: false, error: stopped });
      pending.set(++seq, resolve);
      worker.postMessage(message(seq), transfer);
    });
    answered.add(answer);
    void answer.then(() => answered.delete(answer));
    return answer;
  };
  const send = (request: WriteRequest) => ask((id) => ({ seq: id, request }), movable(request));
  // A thread that is gone is no storage fault: `stopped` says why instead.
  const probe = async () => {
    const answer = await ask((id) => ({ seq: id, probe: true }));
    return answer.ok ? (answer.value as unknown as StoreFault | null) : null;
  };
  const close = async () => {
    // Every answer is in before the thread is told to go, so none can be lost with it.
    await Promise.all(answered);
    if (!stopped) worker.postMessage({ close: true } satisfies WriterMessage);
    await exited;
    await checkpointer?.stop();
  };
  const report = (fault: StoreFault) => void (stopped || worker.postMessage({ report: fault } satisfies WriterMessage));
  return writerOver({ send, probe, report, close, threaded: true, stopped: () => stopped }, onStatus);
}
