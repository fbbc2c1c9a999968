import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';

export interface SecurityOptions {
  /** Origins allowed to call the API from a browser; empty means CORS stays off (same-origin only). */
  corsOrigins: readonly string[];
}

export default fp<SecurityOptions>(
  async (app, { corsOrigins }) => {
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
