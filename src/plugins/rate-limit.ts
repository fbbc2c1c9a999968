import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { callerOf } from './auth.js';
import { notFound, problem } from './errors.js';
import { problems } from '../schemas/common.js';

export interface RateLimitOptions {
  /** Requests per minute per API key, or per client address for callers without a valid key. */
  perMinute: number;
}

// Probes must keep answering while a client is being throttled, or an orchestrator would restart a
// healthy service; they are cheap and hold no data.
const UNLIMITED_ROUTES = new Set<string | undefined>(['/health', '/ready']);

export default fp<RateLimitOptions>(
  async (app, { perMinute }) => {
    app.addHook('onRoute', (route) => {
      if (!UNLIMITED_ROUTES.has(route.url) && route.schema?.response) Object.assign(route.schema.response, problems(429));
    });
    await app.register(rateLimit, {
      global: true,
      max: perMinute,
      timeWindow: 60_000,
      // Runs after the auth plugin's onRequest hook (route-level hooks follow app-level ones), so a
      // valid key is known; an invalid key counts against its sender's address, not a fresh bucket.
      keyGenerator: callerOf,
      allowList: (request) => UNLIMITED_ROUTES.has(request.routeOptions.url),
      errorResponseBuilder: (_request, context) =>
        problem(context.statusCode, `Rate limit of ${context.max} requests a minute exceeded; retry in ${context.after}.`),
    });
    // Unknown paths have no route for the limiter's hook, so probing them would be free: the 404 handler
    // takes the same limiter (same store and key, so the caller's one budget) as @fastify/rate-limit documents.
    app.setNotFoundHandler({ preHandler: app.rateLimit() }, notFound);
  },
  { name: 'rate-limit', fastify: '5.x', dependencies: ['auth'] },
);
