// The parser behind app.parser: piscina pools of worker threads, so parsing never blocks the event loop that
// answers queries. Two lanes: the main one (writes, and parses by callers with a key) and the open one
// (parses by callers without a key), with a thread and a bounded queue of its own, so anonymous work never
// delays a write. Every article has a work budget, which the engine counts and stops at (the thread goes on
// with the next article), and a time budget, the last resort for what the work budget misses (the thread is
// ended, and a new one loads the engine again); a caller that goes away stops its parse. workers = 0 parses
// inline (tests, tiny deployments, debugging): no lanes and no time budget, the event loop cannot be
// interrupted; the work budget holds.
import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { WorkBudgetExceeded } from '../extract/budget.js';
import { parseArticle } from '../extract/index.js';
import type { ParseResult } from '../extract/types.js';
import { encodeParse, type EncodedParse } from './codec.js';
import { createLane } from './lane.js';
import type { ParseTask } from './worker.js';

export { ParseQueueFull, ParseTimeout } from './lane.js';

export type Lane = 'main' | 'open';

export interface ParseOptions {
  /** Default 'main'. */
  lane?: Lane;
  /** Aborts when the caller has gone: the parse is dropped from the queue or stopped where it runs. */
  signal?: AbortSignal;
  /**
   * Add provenance to each quote and official (see parseArticle). Default true: results are parsed to be
   * stored, and the store keeps each quote's provenance for GET ?explain=true; POST /v1/parse asks for it
   * only when its caller does.
   */
  explain?: boolean;
}

/** Whether a parse explains itself: unless told not to (see ParseOptions.explain). */
const explains = (options?: ParseOptions): boolean => options?.explain ?? true;

export interface Parser {
  parse(text: string, options?: ParseOptions): Promise<ParseResult>;
  /** The same result as bytes, for passing on to the writer (see codec.ts). */
  parseEncoded(text: string, options?: ParseOptions): Promise<EncodedParse>;
  /** Threads parsing in parallel in the main lane; 0 when parsing inline. */
  readonly workers: number;
  /** Articles parsed by worker threads so far (0 inline): shows the pool is really in use. */
  readonly completed: number;
  /** Articles being parsed or waiting, in each lane. */
  readonly pending: Record<Lane, number>;
  /** Worker threads started so far, replacements of ended ones included (0 inline). */
  readonly threadsStarted: number;
  close(): Promise<void>;
}

export interface ParserLimits {
  /** Longest an article may take to parse, once started. */
  timeoutMs: number;
  /** Most work units one article may take (see extract/budget.ts); unlimited when left out. */
  workBudget?: number;
  /** Parses by callers without a key that may wait for the open lane's thread; more get 503. */
  openQueueMax: number;
}

// The worker file sits beside this module with the same extension: worker.ts when the tests run the sources
// through tap's TypeScript loader (workers inherit process.execArgv, hence the loader), worker.js in dist.
const workerFile = fileURLToPath(new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

// A parse allocates little that lives: a small young generation keeps each thread's memory down.
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };

function inlineParser(budget: number | undefined): Parser {
  const parse = (text: string, options?: ParseOptions) => (
    options?.signal?.throwIfAborted(), parseArticle(text, { explain: explains(options), budget })
  );
  return {
    workers: 0,
    completed: 0,
    pending: { main: 0, open: 0 },
    threadsStarted: 0,
    parse: async (text, options) => parse(text, options),
    parseEncoded: async (text, options) => encodeParse(parse(text, options)),
    close: async () => {},
  };
}

/**
 * Errors cross from a thread as plain Errors (a structured clone keeps only the message and stack): the engine's
 * words for this budget say which was over it, and its class gives back its 422.
 */
function fromThread(error: Error, budget: number | undefined): Error {
  return budget !== undefined && error.message === new WorkBudgetExceeded(budget).message ? new WorkBudgetExceeded(budget) : error;
}

export function createParser(workers: number, limits: ParserLimits = { timeoutMs: 3000, openQueueMax: 16 }): Parser {
  if (workers === 0) return inlineParser(limits.workBudget);
  const main = new Piscina<ParseTask, ParseResult | EncodedParse>({
    filename: workerFile,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    resourceLimits: THREAD_LIMITS,
  });
  // The open lane's thread starts with its first parse and ends after a minute without one.
  const open = new Piscina<ParseTask, ParseResult | EncodedParse>({
    filename: workerFile,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: THREAD_LIMITS,
  });
  let threadsStarted = 0;
  for (const pool of [main, open]) pool.on('workerCreate', () => threadsStarted++);
  const lanes = {
    main: { pool: main, gate: createLane({ threads: workers, maxWaiting: Infinity, timeoutMs: limits.timeoutMs }) },
    open: { pool: open, gate: createLane({ threads: 1, maxWaiting: limits.openQueueMax, timeoutMs: limits.timeoutMs }) },
  };
  // Threads say on this channel when they start a task (see worker.ts).
  const channel = new BroadcastChannel(`parser-${randomUUID()}`);
  channel.unref();
  const starting = new Map<number, () => void>();
  channel.onmessage = (event) => starting.get((event as { data: number }).data)?.();
  let lastId = 0;
  const run = async (text: string, name: string, options: ParseOptions = {}) => {
    const { pool, gate } = lanes[options.lane ?? 'main'];
    const id = ++lastId;
    try {
      return await gate
        .run((signal, started) => {
          starting.set(id, started);
          const task: ParseTask = { text, channel: channel.name as string, id, explain: explains(options), budget: limits.workBudget };
          return pool.run(task, { name, signal });
        }, options.signal)
        .catch((error: unknown) => {
          throw fromThread(error as Error, limits.workBudget);
        });
    } finally {
      starting.delete(id);
    }
  };
  return {
    workers,
    get completed() {
      return main.completed + open.completed;
    },
    get threadsStarted() {
      return threadsStarted;
    },
    get pending() {
      return { main: lanes.main.gate.pending, open: lanes.open.gate.pending };
    },
    parse: (text, options) => run(text, 'default', options) as Promise<ParseResult>,
    parseEncoded: (text, options) => run(text, 'parseEncoded', options) as Promise<EncodedParse>,
    close: async () => {
      await Promise.all([main.destroy(), open.destroy()]);
      channel.close();
    },
  };
}
