// Work done for a request (a parse) can stop when its client goes away before the answer is sent.
import type { FastifyReply } from 'fastify';

/** The client closed the connection before its answer: nothing can be sent, nothing is logged as a failure. */
export class ClientGone extends Error {
  readonly statusCode = 499;
  constructor() {
    super('The client closed the connection before the answer was sent.');
  }
}

/** Aborts once the connection closes with the answer unsent. */
export function whileClientWaits(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new ClientGone());
  });
  return controller.signal;
}
