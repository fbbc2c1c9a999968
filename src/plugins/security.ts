import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import cors from '@fastify/cors';
import { problem } from './errors.js';

export interface SecurityOptions {
  /** Origins allowed to call the API from a browser; empty means CORS stays off (same-origin only). */
  corsOrigins: readonly string[];
}

/** Longest request target accepted (414 above): every legitimate query fits in a fraction of it. */
export const MAX_URL_LENGTH = 8192;

/**
 * The headers helmet sets with `options`, read once by running its middleware on a stand-in response. They go on
 * each reply with Fastify's own headers rather than on the raw response: one header set there sends every other
 * one through Node's setHeader too, where headers handed to writeHead alone are written in one pass
 * (measured in docs/benchmarks.md). The directives are constants, so every response gets the same values; helmet's
 * one removal, X-Powered-By, is a header Fastify never sets.
 */
export function helmetHeaders(options: HelmetOptions): [string, string][] {
  const headers: [string, string][] = [];
  const standIn = { setHeader: (name: string, value: string) => headers.push([name.toLowerCase(), value]), removeHeader: () => {} };
  helmet(options)({} as IncomingMessage, standIn as unknown as ServerResponse, () => {});
  return headers;
}

export default fp<SecurityOptions>(
  async (app, { corsOrigins }) => {
    app.addHook('onRequest', async (request) => {
      if (request.url.length > MAX_URL_LENGTH) {
        throw problem(414, `The URL is ${request.url.length} characters long; at most ${MAX_URL_LENGTH} are accepted.`);
      }
    });
    const headers = helmetHeaders({
      // The service is often reached over plain HTTP inside a network: upgrading the Swagger UI's
      // assets to https there would break /docs.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    });
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.header(name, value);
      done();
    });
    if (corsOrigins.length > 0) {
      await app.register(cors, {
        origin: [...corsOrigins],
        methods: ['GET', 'HEAD', 'POST', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
        exposedHeaders: ['X-Request-Id', 'Retry-After'],
      });
    }
  },
  { name: 'security', fastify: '5.x' },
);
