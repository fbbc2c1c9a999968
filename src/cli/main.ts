// Entry of the command-line tools: `node dist/src/cli/main.js ingest|reparse ...` (npm run ingest / reparse).
import { setTimeout as sleep } from 'node:timers/promises';
import { runIngest, type CliIo } from './ingest.js';
import { runReparse } from './reparse.js';

const io: CliIo = {
  out: process.stdout,
  err: process.stderr,
  progress: { stream: process.stderr, isTTY: process.stderr.isTTY === true },
  sleep,
};
const [command, ...args] = process.argv.slice(2);
const commands: Record<string, (argv: string[], io: CliIo) => Promise<number>> = { ingest: runIngest, reparse: runReparse };
if (command === undefined || !(command in commands)) {
  io.err.write('usage: main.js ingest|reparse [options]\n');
  process.exitCode = 2;
} else {
  process.exitCode = await commands[command](args, io);
}
