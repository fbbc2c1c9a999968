import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { findApiKey, type ApiKey, type ApiKeyIdentity } from './api-keys.js';
import { problem } from './errors.js';
import { FailureBudget } from './failure-budget.js';
import { problems } from '../schemas/common.js';

/**
 * What a route needs: declared as `config: { access }` in its options, or defaulted (see below). `key`: any
 * valid key whenever keys are configured (work that costs the server but changes nothing, like parsing).
 */
export type Access = 'open' | 'key' | 'read' | 'write';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The caller's key when it sent a valid one, else null. */
    apiKey: ApiKeyIdentity | null;
  }
}

export interface AuthOptions {
  apiKeys: readonly ApiKey[];
  requireKeyForReads: boolean;
  /** Refused requests (401/403) a minute per key or address, after which its requests to guarded routes get 429. */
  failedAuthPerMinute: number;
}

const OPEN_READ =
  'Open to callers without a key, unless the service runs with REQUIRE_KEY_FOR_READS=true: then a read or write key (401 without one).';

// Routes that say nothing are safe by default: anything under the API that is not a read is a write.
// Service routes outside /v1/ (health, docs, openapi.json, metrics) are open unless they say otherwise.
function defaultAccess(method: string, url: string): Access {
  if (!url.startsWith('/v1/')) return 'open';
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

const BEARER = /^Bearer +(\S+) *$/i;

/** Whose budget a request spends: its key's when it sent a valid one, else its address's. */
export const callerOf = (request: FastifyRequest): string => (request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`);

/** The name of the security scheme in the OpenAPI document (components.securitySchemes). */
export const BEARER_SCHEME = 'apiKey';

export default fp<AuthOptions>(
  async (app, { apiKeys, requireKeyForReads, failedAuthPerMinute }) => {
    app.decorateRequest('apiKey', null);

    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      // A route serving several methods takes the strictest default among them.
      const access = methods.map((method) => defaultAccess(method, route.url));
      route.config = {
        ...route.config,
        access: route.config?.access ?? (access.includes('write') ? 'write' : access[0]),
      };
      // The OpenAPI document (built from these same options) then tells clients which routes take a key:
      // reads only when REQUIRE_KEY_FOR_READS says so, so generated clients and /docs show no lock on them.
      if (route.config.access !== 'open' && route.schema?.response) {
        if (route.config.access === 'read' && !requireKeyForReads) {
          // A GET route's schema object is shared with the HEAD route Fastify adds: say it once.
          const said = route.schema.description ?? '';
          if (!said.includes(OPEN_READ)) route.schema.description = said ? `${said}\n\n${OPEN_READ}` : OPEN_READ;
        } else {
          route.schema.security = [{ [BEARER_SCHEME]: [] }];
        }
        Object.assign(route.schema.response, route.config.access === 'write' ? problems(401, 403) : problems(401));
      }
    });

    const required = (request: FastifyRequest): Access => {
      const access = request.routeOptions.config.access ?? 'open';
      if (apiKeys.length === 0) return 'open';
      return access === 'read' && !requireKeyForReads ? 'open' : access;
    };
    const failures = new FailureBudget(failedAuthPerMinute);

    // Who is calling is known from the first hook on (the rate limiter keys on it); whether the caller may
    // is decided once the limiter has counted the request, so refusals spend the caller's budget too.
    app.addHook('onRequest', async (request) => {
      const header = request.headers.authorization;
      const presented = header === undefined ? undefined : BEARER.exec(header)?.[1];
      request.apiKey = (presented !== undefined && findApiKey(apiKeys, presented)) || null;
    });

    app.addHook('preParsing', async (request, reply) => {
      const header = request.headers.authorization;
      const access = required(request);
      if (access === 'open') return;
      const caller = callerOf(request);
      const wait = failures.exhausted(caller);
      if (wait !== null) {
        reply.header('retry-after', wait);
        throw problem(429, `Too many refused requests (401/403) from this caller; retry in ${wait} seconds.`);
      }
      if (request.apiKey === null) {
        failures.record(caller);
        reply.header('www-authenticate', 'Bearer realm="newsroom-quotes"');
        throw problem(
          401,
          header === undefined
            ? 'This route needs an API key: send Authorization: Bearer <key>.'
            : 'The API key is not valid: send Authorization: Bearer <key> with a configured key.',
        );
      }
      if (access === 'write' && request.apiKey.scope !== 'write') {
        failures.record(caller);
        throw problem(403, 'This route changes data and needs a key with write scope; this key is read-only.');
      }
    });
  },
  { name: 'auth', fastify: '5.x' },
);
