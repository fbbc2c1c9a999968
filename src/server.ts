// Process entry: configuration from the environment, then listen. SIGINT/SIGTERM (or a crash) close the app
// gracefully: stop accepting connections, let requests in flight finish, close the parser pool and the
// database (their onClose hooks); after SHUTDOWN_TIMEOUT_MS the process exits anyway, with code 1.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError } from './config.js';

try {
  const app = await buildApp();
  closeWithGrace({ delay: app.config.shutdownTimeoutMs, logger: app.log }, async ({ signal, err }) => {
    app.log.warn({ signal, err }, 'shutting down: finishing requests in flight');
    await app.close();
  });
  await app.listen({ port: app.config.port, host: app.config.host });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exitCode = 1;
}
