// npm run openapi: writes openapi.yaml from the route schemas (run from dist, at the package root).
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.js';
import { openapiYaml } from '../src/plugins/openapi.js';

const app = await buildApp({ databasePath: ':memory:', logger: false });
await app.ready();
writeFileSync('openapi.yaml', openapiYaml(app));
await app.close();
console.log('openapi.yaml written');
