// The store's writer thread: its own connection, every write of the service, in arrival order. Requests
// that arrive while a transaction runs queue up and are committed together next (see writes.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type Durability } from '../store/index.js';
import { runWrites, type WriteRequest } from './writes.js';

export interface WriterData {
  databasePath: string;
  maxArticlesPerTransaction: number;
  durability: Durability;
}

export type WriterMessage = { seq: number; request: WriteRequest } | { close: true };

const { databasePath, maxArticlesPerTransaction, durability } = workerData as WriterData;
const store = openStore(databasePath, { durability });
const port = parentPort!;
let queue: { seq: number; request: WriteRequest }[] = [];

function drain(): void {
  const batch = queue;
  queue = [];
  const outcomes = runWrites(store, batch.map((m) => m.request), maxArticlesPerTransaction);
  batch.forEach(({ seq }, i) => port.postMessage({ seq, ...outcomes[i] }));
}

port.on('message', (message: WriterMessage) => {
  if ('close' in message) {
    drain();
    store.close();
    port.close();
    return;
  }
  // Messages already waiting are delivered before setImmediate fires, so they join this drain.
  if (queue.push(message) === 1) setImmediate(drain);
});
