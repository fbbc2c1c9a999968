import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fp from 'fastify-plugin';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's id ends up in every log line of its request: keep it short and free of anything that
// could forge log structure or smuggle markup.
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id when it is well formed, else a fresh UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const offered = request.headers[REQUEST_ID_HEADER];
  return typeof offered === 'string' && VALID_REQUEST_ID.test(offered) ? offered : randomUUID();
}

/** Fastify constructor options for request ids (logged as reqId): spread them into `Fastify({...})`. */
export const requestIdOptions = {
  requestIdHeader: false as const,
  genReqId: requestIdFor,
};

/** pino `redact` option: credentials never reach a log line, even if a serializer adds headers. */
export const logRedaction = {
  paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
  censor: '[redacted]',
};

/** Echoes the request id back, so a caller can quote it when reporting a problem. */
export default fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id);
    });
  },
  { name: 'request-id', fastify: '5.x' },
);
