import { CloneType, Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problems } from '../schemas/common.js';
import { problem } from '../plugins/errors.js';
import { StoreUnavailable } from '../store-writer/writer.js';

const Ok = Type.Object({ status: Type.Literal('ok') });

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
        operationId: 'getHealth',
        summary: 'The process is up',
        response: { 200: CloneType(Ok, { description: 'Up' }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['service'],
        operationId: 'getReadiness',
        summary: 'The database answers and can be written to',
        description:
          '503 when it cannot be written to: the file was deleted or replaced, is read-only, is locked by another ' +
          'process, or is damaged; `detail` says which and what to do, and `Retry-After` is set when it will pass.',
        response: { 200: CloneType(Ok, { description: 'The database answers and can be written to' }), ...problems(503) },
      },
    },
    async () => {
      try {
        await app.store.ping();
      } catch (error) {
        app.log.error({ err: error }, 'database does not answer');
        throw problem(503, 'The database does not answer.');
      }
      if (app.writer.stopped) throw problem(503, `The database cannot be written to: ${app.writer.stopped}.`);
      const fault = await app.writer.probe();
      if (fault) throw new StoreUnavailable(fault);
      return { status: 'ok' as const };
    },
  );
};

export default healthRoutes;
