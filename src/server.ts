// Process entry: configuration from the environment, then listen. SIGINT/SIGTERM (or a crash) close the app
// gracefully: stop accepting connections, let requests in flight finish, close the parser pool and the
// database (their onClose hooks); after SHUTDOWN_TIMEOUT_MS the process exits anyway, with code 1.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError } from './config.js';
import { DatabaseUnusable } from './store/faults.js';

try {
  const app = await buildApp();
  await app.listen({ port: app.config.port, host: app.config.host }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    // Said plainly, not as a shutdown: nothing was serving yet.
    await app.close();
    throw new ConfigError(`port in use: ${app.config.host}:${app.config.port} is taken by another process; set PORT to a free one`);
  });
  // Only once listening: before, there is nothing in flight to finish, and a failed start is no shutdown.
  closeWithGrace({ delay: app.config.shutdownTimeoutMs, logger: app.log }, async ({ signal, err }) => {
    app.log.warn({ signal, err }, 'shutting down: finishing requests in flight');
    await app.close();
  });
} catch (error) {
  // One line saying what to do, not a stack trace: a damaged file, like a bad setting, will not pass by restarting.
  if (error instanceof DatabaseUnusable) console.error(`Cannot start: ${error.message}`);
  else if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
