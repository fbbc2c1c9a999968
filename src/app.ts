// buildApp: the whole service as a Fastify instance, used by the server and by tests (app.inject).
// Options override the environment's configuration; tests pass a temporary database path.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { loadConfig, type Config } from './config.js';
import errors from './plugins/errors.js';
import openapi from './plugins/openapi.js';
import parser from './plugins/parser.js';
import store from './plugins/store.js';
import validation from './plugins/validation.js';
import adminRoutes from './routes/admin.js';
import articleRoutes from './routes/articles.js';
import batchRoutes from './routes/batch.js';
import healthRoutes from './routes/health.js';
import officialRoutes from './routes/officials.js';
import parseRoutes from './routes/parse.js';
import quoteRoutes from './routes/quotes.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface AppOptions extends Partial<Config> {
  /** Fastify's logger option; default: pino at config.logLevel. Tests pass false. */
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(options: AppOptions = {}) {
  const { logger, ...overrides } = options;
  const config: Config = { ...loadConfig(), ...overrides };
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: config.maxArticleBytes,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('config', config);

  // Infrastructure, before any route: errors, validation, data, engine, then the OpenAPI collector
  // (it must see every route registered after it).
  await app.register(errors);
  await app.register(validation);
  await app.register(store, { databasePath: config.databasePath });
  await app.register(parser, { workers: config.parseWorkers });
  await app.register(openapi);

  // Routes.
  await app.register(healthRoutes);
  await app.register(parseRoutes, { prefix: '/v1' });
  await app.register(articleRoutes, { prefix: '/v1' });
  await app.register(batchRoutes, { prefix: '/v1' });
  await app.register(adminRoutes, { prefix: '/v1' });
  await app.register(quoteRoutes, { prefix: '/v1' });
  await app.register(officialRoutes, { prefix: '/v1' });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
