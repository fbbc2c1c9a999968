import fp from 'fastify-plugin';
import helmet from 'helmet';
import cors from '@fastify/cors';
import { problem } from './errors.js';

export interface SecurityOptions {
  /** Origins allowed to call the API from a browser; empty means CORS stays off (same-origin only). */
  corsOrigins: readonly string[];
}

/** Longest request target accepted (414 above): every legitimate query fits in a fraction of it. */
export const MAX_URL_LENGTH = 8192;

export default fp<SecurityOptions>(
  async (app, { corsOrigins }) => {
    app.addHook('onRequest', async (request) => {
      if (request.url.length > MAX_URL_LENGTH) {
        throw problem(414, `The URL is ${request.url.length} characters long; at most ${MAX_URL_LENGTH} are accepted.`);
      }
    });
    // helmet's middleware is built once, here: @fastify/helmet built it anew on every request (parsing every
    // option and CSP directive), which was about a quarter of what all our plugins add to a request.
    const setSecurityHeaders = helmet({
      // The service is often reached over plain HTTP inside a network: upgrading the Swagger UI's
      // assets to https there would break /docs.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    });
    app.addHook('onRequest', (request, reply, done) => setSecurityHeaders(request.raw, reply.raw, () => done()));
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
