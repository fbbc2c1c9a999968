import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';

/** GET /metrics: Prometheus text format, for a scraper. A read: open unless reads need a key. */
export default async function metricsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/metrics',
    {
      config: { access: 'read' },
      schema: {
        operationId: 'getMetrics',
        summary: 'Prometheus metrics: requests, latency, parse time, stored records, database size',
        tags: ['operations'],
        response: { 200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: Type.String() } } } },
      },
    },
    async (_request, reply) => {
      reply.type(app.metrics.registry.contentType);
      return app.metrics.scrape();
    },
  );
}
