import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
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
    await app.register(helmet, {
      // The service is often reached over plain HTTP inside a network: upgrading the Swagger UI's
      // assets to https there would break /docs.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
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
