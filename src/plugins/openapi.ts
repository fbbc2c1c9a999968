// The OpenAPI document is generated from the route schemas (the single source) and served as
// /openapi.json and /docs; `npm run openapi` writes the same document to openapi.yaml.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { stringify } from 'yaml';
import { BEARER_SCHEME } from './auth.js';
import { conditionalGets } from './openapi-conditional.js';
import { namedComponents } from './openapi-components.js';

export function openapiYaml(app: FastifyInstance): string {
  return stringify(app.swagger(), { aliasDuplicateObjects: false });
}

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Newsroom Quotes API',
          version: '1.0.0',
          description: 'Turns raw English news articles into quotes, speakers, officials and datelines.',
        },
        components: {
          securitySchemes: {
            [BEARER_SCHEME]: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API key from API_KEYS; writes need a write key, reads one only with REQUIRE_KEY_FOR_READS.',
            },
          },
        },
        tags: [
          { name: 'articles', description: 'Post, list and delete articles with their quotes and officials' },
          { name: 'quotes', description: 'Quotes across all articles, above all by speaker' },
          { name: 'officials', description: 'Officials named across articles' },
          { name: 'service', description: 'Parsing without storing, health' },
          { name: 'admin', description: 'Maintenance of the stored records (a write key)' },
          { name: 'operations', description: 'Metrics for monitoring' },
        ],
      },
      // The document is OpenAPI 3 (not Swagger 2), so it comes as openapiObject.
      transformObject: (document) => namedComponents(conditionalGets((document as { openapiObject: object }).openapiObject)),
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
