// NDJSON bytes to ingest entries: each line decoded as JSON, or a problem naming what is wrong with it.
import { problemBody } from '../plugins/errors.js';
import type { Entry } from './ingest.js';
import { splitLines } from './lines.js';

export const NDJSON = 'application/x-ndjson';

export async function* ndjsonEntries(input: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Entry<number>> {
  for await (const l of splitLines(input, maxLineBytes)) {
    if ('error' in l) {
      yield l.error === 'too-long'
        ? { ref: l.line, problem: problemBody(413, `Line ${l.line} is over ${maxLineBytes} bytes.`) }
        : { ref: l.line, problem: problemBody(400, `Line ${l.line} is not valid UTF-8.`) };
      continue;
    }
    try {
      yield { ref: l.line, body: JSON.parse(l.text) as unknown };
    } catch (error) {
      yield { ref: l.line, problem: problemBody(400, `Line ${l.line}: ${(error as Error).message}`) };
    }
  }
}
