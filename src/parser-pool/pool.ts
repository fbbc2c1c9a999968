// The parser behind app.parser: a piscina pool of worker threads, so parsing a backfill never blocks the
// event loop that answers queries. workers = 0 parses inline (tests, tiny deployments, debugging).
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { parseArticle } from '../extract/index.js';
import type { ParseResult } from '../extract/types.js';
import { encodeParse, type EncodedParse } from './codec.js';

export interface Parser {
  parse(text: string): Promise<ParseResult>;
  /** The same result as bytes, for passing on to the writer (see codec.ts). */
  parseEncoded(text: string): Promise<EncodedParse>;
  /** Threads parsing in parallel; 0 when parsing inline. */
  readonly workers: number;
  /** Articles parsed by worker threads so far (0 inline): shows the pool is really in use. */
  readonly completed: number;
  close(): Promise<void>;
}


// The worker file sits beside this module with the same extension: worker.ts when the tests run the sources
// through tap's TypeScript loader (workers inherit process.execArgv, hence the loader), worker.js in dist.
const workerFile = fileURLToPath(new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

export function createParser(workers: number): Parser {
  if (workers === 0) {
    return {
      workers: 0,
      completed: 0,
      parse: async (text) => parseArticle(text),
      parseEncoded: async (text) => encodeParse(parseArticle(text)),
      close: async () => {},
    };
  }
  const pool = new Piscina<string, ParseResult | EncodedParse>({
    filename: workerFile,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    // A parse allocates little that lives: a small young generation keeps each thread's memory down.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  return {
    workers,
    get completed() {
      return pool.completed;
    },
    parse: (text) => pool.run(text) as Promise<ParseResult>,
    parseEncoded: (text) => pool.run(text, { name: 'parseEncoded' }) as Promise<EncodedParse>,
    close: () => pool.destroy(),
  };
}
