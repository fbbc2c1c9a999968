// Process entry: configuration from the environment, then listen.
import { buildApp } from './app.js';
import { ConfigError } from './config.js';

try {
  const app = await buildApp();
  await app.listen({ port: app.config.port, host: app.config.host });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}
