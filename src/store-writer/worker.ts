// The store's writer thread: its own connection, every write of the service, in arrival order. Requests
// that arrive while a transaction runs queue up and are committed together next (see writes.ts); the
// storage is checked around them (see guard.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { StoreFault } from '../store/faults.js';
import { openStore, type Durability } from '../store/index.js';
import { guardWrites } from './guard.js';
import type { WriteRequest } from './writes.js';

export interface WriterData {
  databasePath: string;
  maxArticlesPerTransaction: number;
  durability: Durability;
  busyTimeoutMs: number;
  startupCheckMs: number;
  fullTextDelayMs: number;
}

export type WriterMessage =
  | { seq: number; request: WriteRequest }
  | { seq: number; probe: true }
  | { report: StoreFault }
  | { close: true };

const { databasePath, maxArticlesPerTransaction, durability, busyTimeoutMs, startupCheckMs, fullTextDelayMs } = workerData as WriterData;
const open = () => openStore(databasePath, { durability, busyTimeoutMs, deferFullText: fullTextDelayMs > 0 });
const writes = guardWrites(open(), {
  path: databasePath,
  maxArticlesPerTransaction,
  startupCheckMs,
  reopen: open,
  release: (store) => store.close(),
});
const port = parentPort!;
let queue: { seq: number; request: WriteRequest }[] = [];
// Text written since the last indexing waits at most fullTextDelayMs (see store/fts.ts).
let indexing: NodeJS.Timeout | undefined;

function drain(): void {
  const batch = queue;
  queue = [];
  const outcomes = writes.run(batch.map((m) => m.request));
  batch.forEach(({ seq }, i) => port.postMessage({ seq, ...outcomes[i] }));
  if (fullTextDelayMs > 0) indexing ??= setTimeout(indexText, fullTextDelayMs);
}

function indexText(): void {
  indexing = undefined;
  writes.indexText();
}

port.on('message', (message: WriterMessage) => {
  if ('close' in message) {
    clearTimeout(indexing);
    drain();
    indexText();
    writes.close();
    port.close();
  } else if ('report' in message) {
    writes.report(message.report);
  } else if ('probe' in message) {
    port.postMessage({ seq: message.seq, ok: true, value: writes.probe() });
  } else if (queue.push(message) === 1) {
    // Messages already waiting are delivered before setImmediate fires, so they join this drain.
    setImmediate(drain);
  }
});
