// Process entry: configuration from the environment, then listen; SIGINT/SIGTERM close the app (and
// with it the database) so the process ends on its own.
import { buildApp } from './app.js';
import { ConfigError } from './config.js';

try {
  const app = await buildApp();
  await app.listen({ port: app.config.port, host: app.config.host });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exitCode = 1;
}
