// A reader thread: its own read-only connection, running the searches that cost too much for the event loop
// (full-text queries). Errors come back as data: a class and its statusCode do not cross threads.
import { workerData } from 'node:worker_threads';
import { openReadOnlyStore } from '../store/index.js';
import type { SearchTask, SearchOutcome } from './reader.js';

const store = openReadOnlyStore((workerData as { databasePath: string }).databasePath);

/** Answers once the thread has loaded: its searches' budgets start after that. */
export function ping(): boolean {
  return true;
}

export default function search({ list, filter, page }: SearchTask): SearchOutcome {
  try {
    return { ok: true, page: list === 'quotes' ? store.listQuotes(filter, page) : store.listArticles(filter, page) };
  } catch (error) {
    return { ok: false, statusCode: (error as { statusCode?: number }).statusCode ?? 500, message: (error as Error).message };
  }
}
