// Entry of the command-line tools: `node dist/src/cli/main.js ingest|reparse|copy-store ...` (npm run ingest...).
import { setTimeout as sleep } from 'node:timers/promises';
import { runCommand } from './commands.js';

process.exitCode = await runCommand(process.argv.slice(2), {
  out: process.stdout,
  err: process.stderr,
  progress: { stream: process.stderr, isTTY: process.stderr.isTTY === true },
  sleep,
});
