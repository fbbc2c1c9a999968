// buildApp: the whole service as a Fastify instance, used by the server and by tests (app.inject).
// Options override the environment's configuration; tests pass a temporary database path.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { loadConfig, type Config } from './config.js';
import auth from './plugins/auth.js';
import connections, { connectionOptions } from './plugins/connections.js';
import errors, { frameworkErrors } from './plugins/errors.js';
import metrics from './plugins/metrics.js';
import openapi from './plugins/openapi.js';
import parser from './plugins/parser.js';
import rateLimit from './plugins/rate-limit.js';
import requestId, { logRedaction, requestIdOptions } from './plugins/request-id.js';
import responseEncoding from './plugins/response-encoding.js';
import security from './plugins/security.js';
import { serializationOptions } from './plugins/serialization.js';
import store from './plugins/store.js';
import underPressure from './plugins/under-pressure.js';
import unreadBodies from './plugins/unread-bodies.js';
import utf8Bodies from './plugins/utf8-bodies.js';
import validation from './plugins/validation.js';
import adminRoutes from './routes/admin.js';
import articleRoutes from './routes/articles.js';
import batchRoutes from './routes/batch.js';
import healthRoutes from './routes/health.js';
import metricsRoutes from './routes/metrics.js';
import officialRoutes from './routes/officials.js';
import pageRoutes from './pages/routes.js';
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

/** What is left of a body answered before it was read (a 413...) is read and dropped up to these bounds. */
const LINGER_BYTES = 16 * 1024 * 1024;
const LINGER_MS = 10_000;

export async function buildApp(options: AppOptions = {}) {
  const { logger, ...overrides } = options;
  const config: Config = { ...loadConfig(), ...overrides };
  const app = Fastify({
    logger: logger ?? { level: config.logLevel, redact: logRedaction },
    ...requestIdOptions,
    ...serializationOptions,
    frameworkErrors,
    bodyLimit: config.maxArticleBytes,
    ...connectionOptions(config),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('config', config);

  // Infrastructure, before any route: errors, validation, data, engine, then the OpenAPI collector
  // (it must see every route registered after it).
  await app.register(errors);
  await app.register(validation);
  await app.register(store, {
    databasePath: config.databasePath,
    databaseUrl: config.databaseUrl,
    databasePoolSize: config.databasePoolSize,
    databaseWriteConcurrency: config.databaseWriteConcurrency,
    statementTimeoutMs: config.statementTimeoutMs,
    writerThread: config.writerThread,
    maxArticlesPerTransaction: config.maxArticlesPerTransaction,
    checkpointIntervalMs: config.checkpointIntervalMs,
    fullTextDelayMs: config.fullTextDelayMs,
    durability: config.durability,
    busyTimeoutMs: config.busyTimeoutMs,
    startupCheckMs: config.startupCheckMs,
    searchThreads: config.searchThreads,
    searchTimeoutMs: config.searchTimeoutMs,
  });
  await app.register(parser, {
    workers: config.parseWorkers,
    timeoutMs: config.parseTimeoutMs,
    workBudget: config.parseWorkBudget || undefined,
    openQueueMax: config.openParseQueueMax,
  });
  // ETags and compression before any route: compression hooks into each route as it is declared.
  await app.register(responseEncoding);
  await app.register(openapi);
  // Hardening, before any route: ids, headers, load shedding, then who is calling (auth) before how
  // often (rate limit, keyed on the caller), and metrics.
  await app.register(connections, { requestTimeoutMs: config.requestTimeoutMs, maxConnectionsPerAddress: config.maxConnectionsPerAddress });
  await app.register(unreadBodies, { maxBytes: LINGER_BYTES, maxMs: Math.min(config.requestTimeoutMs, LINGER_MS) });
  await app.register(requestId);
  await app.register(security, { corsOrigins: config.corsOrigins });
  await app.register(utf8Bodies);
  await app.register(underPressure, {
    maxEventLoopDelayMs: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedBytes,
  });
  await app.register(auth, {
    apiKeys: config.apiKeys,
    requireKeyForReads: config.requireKeyForReads,
    failedAuthPerMinute: config.failedAuthPerMinute,
  });
  await app.register(rateLimit, { perMinute: config.rateLimitPerMinute });
  await app.register(metrics, {
    storeStats: () => app.store.stats(),
    queueDepths: () => ({ parse: app.parser.pending, search: app.reader.pending }),
    parser: app.parser,
  });

  // Routes.
  await app.register(healthRoutes);
  await app.register(metricsRoutes);
  await app.register(parseRoutes, { prefix: '/v1' });
  await app.register(articleRoutes, { prefix: '/v1' });
  await app.register(batchRoutes, { prefix: '/v1' });
  await app.register(adminRoutes, { prefix: '/v1' });
  await app.register(quoteRoutes, { prefix: '/v1' });
  await app.register(officialRoutes, { prefix: '/v1' });
  // The pages people look at, outside /v1 and the OpenAPI document.
  await app.register(pageRoutes);

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
