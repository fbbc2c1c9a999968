// Runs inside a piscina worker thread: one article text in, its ParseResult out, either structured-cloned
// back (the default export) or as encoded bytes moved back without a copy (parseEncoded). Each task first
// says it has started, on its parser's broadcast channel, so its time budget counts parsing only.
import { createContext, Script } from 'node:vm';
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
  /** The time budget: a parse still running then is stopped and the task answers null. */
  timeoutMs: number;
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

// A script's timeout is the one way to interrupt JavaScript that runs on without ending its thread: a parse
// over budget stops here and the thread, its model and lexicons loaded, takes the next article. Ending the
// thread instead (as the pool does for a caller that goes away) costs a new one that loads them again.
const sandbox = createContext({ job: (): unknown => undefined });
const runJob = new Script('job()');

function parseWithin(task: ParseTask): ParseResult | null {
  announceStart(task);
  sandbox.job = () => parseArticle(task.text, { explain: task.explain });
  try {
    return runJob.runInContext(sandbox, { timeout: task.timeoutMs }) as ParseResult;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
    throw error;
  }
}

export default function parseInWorker(task: ParseTask): ParseResult | null {
  return parseWithin(task);
}

export function parseEncoded(task: ParseTask): EncodedParse | null {
  const result = parseWithin(task);
  return result && (Piscina.move(encodeParse(result)) as EncodedParse);
}
