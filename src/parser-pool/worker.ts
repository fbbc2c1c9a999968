// Runs inside a piscina worker thread: one article text in, its ParseResult out, either structured-cloned
// back (the default export) or as encoded bytes moved back without a copy (parseEncoded). Each task first
// says it has started, on its parser's broadcast channel, so its time budget counts parsing only.
import { BroadcastChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { parseArticle } from '../extract/index.js';
import { loadModel } from '../syntax/index.js';
import type { ParseResult } from '../extract/types.js';
import { encodeParse, type EncodedParse } from './codec.js';

export interface ParseTask {
  text: string;
  /** The parser's channel name and this task's number on it. */
  channel: string;
  id: number;
  explain?: boolean;
  /** The article's work budget (see extract/budget.ts). */
  budget?: number;
}

// The engine builds its lexicons and gazetteer on first use (about half a second), and the syntax model is read
// on first use (about two seconds): both done as the thread loads, so that no article's time budget pays for them.
parseArticle('GENEVA - "Ready," said the spokeswoman.');
loadModel();

const channels = new Map<string, BroadcastChannel>();

function announceStart({ channel, id }: ParseTask): void {
  let open = channels.get(channel);
  if (!open) {
    open = new BroadcastChannel(channel);
    open.unref();
    channels.set(channel, open);
  }
  open.postMessage(id);
}

export default function parseInWorker(task: ParseTask): ParseResult {
  announceStart(task);
  return parseArticle(task.text, { explain: task.explain, budget: task.budget });
}

export function parseEncoded(task: ParseTask): EncodedParse {
  announceStart(task);
  return Piscina.move(encodeParse(parseArticle(task.text, { explain: task.explain, budget: task.budget }))) as EncodedParse;
}
