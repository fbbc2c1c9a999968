// Every error leaves as application/problem+json (RFC 9457). Client mistakes keep their 4xx and say what
// was wrong; anything unexpected is a 500 that is logged in full but tells the client nothing internal.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { faultOfCode, type StoreFault } from '../store/faults.js';

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

/** A problem's body; `kind`: a problem type of its own (its URI and title) instead of the status's. */
export function problemBody(status: number, detail: string, kind?: { type: string; title: string }) {
  return { type: kind?.type ?? 'about:blank', title: kind?.title ?? STATUS_CODES[status] ?? 'Error', status, detail };
}

/**
 * Fastify's `frameworkErrors` option: errors the router raises before any route or hook runs (a path
 * parameter over maxParamLength is a 414, a malformed URL a 400) get the same problem+json body.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode as number; // the router's errors always carry one
  reply.code(status).type('application/problem+json').send(problemBody(status, error.message));
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The methods some route answers at this path (none: the path is unknown). */
    allowedMethods(path: string): string[];
  }
}

/**
 * An unknown route: a problem naming the method and path (without the query string). A path that other
 * methods answer is a 405 with `Allow` listing them, so PUT on a read-only resource is not a "no such thing".
 */
export function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0];
  const allowed = request.server.allowedMethods(path);
  if (allowed.length > 0) {
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .type('application/problem+json')
      .send(problemBody(405, `${request.method} is not allowed on ${path}; it answers ${allowed.join(', ')}.`));
  }
  return reply
    .code(404)
    .type('application/problem+json')
    .send(problemBody(404, `No route ${request.method} ${path}`));
}

/** A 415's detail: the type sent, and the ones the route takes (its schema's `consumes`). */
function unsupportedType(request: FastifyRequest): string {
  const accepted = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes ?? ['application/json'];
  return `Content-Type ${request.headers['content-type']} is not accepted here: send ${accepted.join(' or ')}.`;
}

/** SQLite refused a read for the storage's sake (locked, damaged): the service's fault, said as a 503. */
function storageProblem(fault: StoreFault, reply: FastifyReply): FastifyReply {
  if (fault.transient) reply.header('retry-after', 1);
  return reply
    .code(503)
    .type('application/problem+json')
    .send(problemBody(503, `The database cannot be read: ${fault.detail}.`));
}

/** A route's URL pattern as a regular expression over paths: each `:param` is one path segment. */
const pathPattern = (url: string) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}/?$`);

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const storage = faultOfCode(error.code, error.message);
      if (storage) return storageProblem(storage, reply);
      const known = error.validation ? 400 : error.statusCode;
      const status = known !== undefined && known >= 400 && known < 600 ? known : 500;
      if (status === 500) request.log.error({ err: error }, 'request failed');
      let detail = status === 500 ? 'The server could not handle this request.' : error.message;
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') detail = unsupportedType(request);
      const { retryAfter, problemType } = error as { retryAfter?: number; problemType?: { type: string; title: string } };
      if (retryAfter !== undefined) reply.header('retry-after', retryAfter);
      return reply
        .code(status)
        .type('application/problem+json')
        .send(problemBody(status, detail, problemType));
    });

    const routes: { pattern: RegExp; method: string }[] = [];
    app.addHook('onRoute', ({ url, method }) => {
      for (const one of [method].flat()) routes.push({ pattern: pathPattern(url), method: one });
    });
    app.decorate('allowedMethods', (path: string) => [
      ...new Set(routes.filter((route) => route.pattern.test(path)).map((route) => route.method)),
    ]);

    // The 404 handler (notFound above) is set by the rate-limit plugin, behind the limiter: Fastify takes
    // one per prefix, and it needs the limiter that plugin registers.
  },
  { name: 'errors' },
);
