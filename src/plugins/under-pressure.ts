import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
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

export default fp<PressureOptions>(
  async (app, { maxEventLoopDelayMs, maxHeapUsedBytes, sampleIntervalMs }) => {
    // Its check runs before every route, health probes included, so every route declares the 503.
    app.addHook('onRoute', (route) => {
      if (route.schema?.response) Object.assign(route.schema.response, problems(503));
    });
    // Shedding load early with 503 + Retry-After keeps the process alive and answering, where
    // queueing every request would let latency and memory grow until it falls over.
    await app.register(underPressure, {
      maxEventLoopDelay: maxEventLoopDelayMs,
      maxHeapUsedBytes: maxHeapUsedBytes || undefined,
      sampleInterval: sampleIntervalMs,
      retryAfter: PRESSURE_RETRY_AFTER_SECONDS,
      message: 'The service is overloaded; retry after the delay in Retry-After.',
    });
  },
  { name: 'under-pressure', fastify: '5.x' },
);
