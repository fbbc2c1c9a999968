// Export: a list route asked for `Accept: application/x-ndjson` streams every matching row, one JSON object
// a line, instead of one page. It walks the route's own keyset pages one at a time, as the client reads
// (the stream pulls the next page only when the socket drains), so memory stays flat whatever the total.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_LIMIT } from '../schemas/pagination.js';
import type { Page, PageRequest } from '../store/index.js';
import { NDJSON } from './ndjson.js';

export function wantsNdjson(request: FastifyRequest): boolean {
  return request.headers.accept?.includes(NDJSON) === true;
}

/** One page of a list: read from the store, or (a search) in a reader thread. */
export type Lister<T> = (page: PageRequest) => Promise<Page<T>>;

async function* pages<T>(list: Lister<T>, first: Page<T>): AsyncGenerator<string> {
  let page = first;
  for (;;) {
    if (page.items.length > 0) yield `${page.items.map((item) => JSON.stringify(item)).join('\n')}\n`;
    if (page.nextCursor === null) return;
    page = await list({ limit: MAX_LIMIT, cursor: page.nextCursor });
  }
}

/** The first page an export reads: read before answering, so a bad cursor is still a 400, not a broken stream. */
export const firstExportPage = (cursor?: string): PageRequest => ({ limit: MAX_LIMIT, cursor });

/** Sends `first` and every row after it as NDJSON. */
export function sendPages<T>(reply: FastifyReply, list: Lister<T>, first: Page<T>): FastifyReply {
  return reply.type(NDJSON).send(Readable.from(pages(list, first), { objectMode: false, highWaterMark: 64 * 1024 }));
}

/** Sends all rows from `cursor` on (the start when absent) as NDJSON. */
export async function sendAll<T>(reply: FastifyReply, list: Lister<T>, cursor?: string): Promise<FastifyReply> {
  return sendPages(reply, list, await list(firstExportPage(cursor)));
}
