// app.parser: the one way routes reach the engine, async so that parsing runs off the event loop in a
// pool of worker threads (PARSE_WORKERS, default one a core; 0 parses inline).
import fp from 'fastify-plugin';
import { createParser, type Parser, type ParserLimits } from '../parser-pool/pool.js';

export type { Parser };

declare module 'fastify' {
  interface FastifyInstance {
    parser: Parser;
  }
}

export default fp<{ workers: number } & ParserLimits>(
  async (app, { workers, ...limits }) => {
    const parser = createParser(workers, limits);
    app.decorate<Parser>('parser', parser);
    app.addHook('onClose', () => parser.close());
  },
  { name: 'parser' },
);
