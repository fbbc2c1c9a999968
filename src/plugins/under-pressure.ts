import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
import type { FastifyRequest } from 'fastify';
import { problem } from './errors.js';
import { problems } from '../schemas/common.js';

export interface PressureOptions {
  /** Mean event-loop delay (ms) over a sample above which requests get 503; 0 disables the check. */
  maxEventLoopDelayMs: number;
  /** Heap in use (bytes) above which requests get 503; 0 disables the check. */
  maxHeapUsedBytes: number;
  /** How often the process is sampled (ms). */
  sampleIntervalMs?: number;
}

/** Seconds a client is told to wait (Retry-After) when the service sheds load. */
export const PRESSURE_RETRY_AFTER_SECONDS = 10;

const DEFAULT_SAMPLE_INTERVAL_MS = 1000;

// Probes answer whatever the load: a 503 there would have an orchestrator restart a process that serves.
const PROBES = new Set<string | undefined>(['/health', '/ready']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Saturation seen when the request arrived: it is refused once the rate limiter has counted it. */
    overloaded: boolean;
  }
}

export default fp<PressureOptions>(
  async (app, { maxEventLoopDelayMs, maxHeapUsedBytes, sampleIntervalMs = DEFAULT_SAMPLE_INTERVAL_MS }) => {
    // Every route but the probes can answer 503.
    app.addHook('onRoute', (route) => {
      if (route.schema?.response && !PROBES.has(route.url)) Object.assign(route.schema.response, problems(503));
    });
    app.decorateRequest('overloaded', false);
    // The samples taken while the app loads (modules, migrations, lexicons) measure start-up, not load: load is
    // judged from the second full sample after the app is ready.
    let started = false;
    app.addHook('onReady', async () => {
      setTimeout(() => (started = true), 2 * sampleIntervalMs).unref();
    });
    // Shedding load early with 503 + Retry-After keeps the process alive and answering, where queueing every
    // request would let latency and memory grow until it falls over. The check marks the request; the refusal
    // comes after the rate limiter has counted it (preParsing), so a shed request spends its caller's budget.
    await app.register(underPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      maxHeapUsedBytes: maxHeapUsedBytes || undefined,
      sampleInterval: sampleIntervalMs,
      pressureHandler: (request: FastifyRequest) => {
        request.overloaded = started && !PROBES.has(request.routeOptions.url);
      },
    });
    app.addHook('preParsing', async (request, reply) => {
      if (!request.overloaded) return;
      reply.header('retry-after', PRESSURE_RETRY_AFTER_SECONDS);
      throw problem(503, 'The service is overloaded; retry after the delay in Retry-After.');
    });
  },
  { name: 'under-pressure', fastify: '5.x' },
);
