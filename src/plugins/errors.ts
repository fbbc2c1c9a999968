// Every error leaves as application/problem+json (RFC 9457). Client mistakes keep their 4xx and say what
// was wrong; anything unexpected is a 500 that is logged in full but tells the client nothing internal.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** An error the handler turns into a problem response with this status and detail. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    detail: string,
  ) {
    super(detail);
  }
}

export const problem = (status: number, detail: string) => new HttpProblem(status, detail);

export function problemBody(status: number, detail: string) {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
}

/**
 * Fastify's `frameworkErrors` option: errors the router raises before any route or hook runs (a path
 * parameter over maxParamLength is a 414, a malformed URL a 400) get the same problem+json body.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode as number; // the router's errors always carry one
  reply.code(status).type('application/problem+json').send(problemBody(status, error.message));
}

/** An unknown route: a problem naming the method and path (without the query string). */
export function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .type('application/problem+json')
    .send(problemBody(404, `No route ${request.method} ${request.url.split('?')[0]}`));
}

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const known = error.validation ? 400 : error.statusCode;
      const status = known !== undefined && known >= 400 && known < 600 ? known : 500;
      if (status === 500) request.log.error({ err: error }, 'request failed');
      const detail = status === 500 ? 'The server could not handle this request.' : error.message;
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      if (retryAfter !== undefined) reply.header('retry-after', retryAfter);
      return reply.code(status).type('application/problem+json').send(problemBody(status, detail));
    });

    // The 404 handler (notFound above) is set by the rate-limit plugin, behind the limiter: Fastify takes
    // one per prefix, and it needs the limiter that plugin registers.
  },
  { name: 'errors' },
);
