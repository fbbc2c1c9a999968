// The CLI's commands by name, and the help of the whole tool.
import { runCopyStore } from './copy-store.js';
import { runIngest, type CliIo } from './ingest.js';
import { runReparse } from './reparse.js';

const commands: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  ingest: runIngest,
  reparse: runReparse,
  'copy-store': runCopyStore,
};

const HELP = `usage: node dist/src/cli/main.js <command> [options]   (or npm run <command> -- [options])

Commands:
  ingest      load article files into a database file or a running server
  reparse     re-parse stored articles after a parser upgrade
  copy-store  copy a store into another (SQLite file, PostgreSQL), ids kept

npm run <command> -- --help shows a command's options.`;

/** Runs the named command; resolves with the process's exit code. */
export async function runCommand(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command !== undefined && Object.hasOwn(commands, command)) return commands[command](args, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out.write(`${HELP}\n`);
    return 0;
  }
  io.err.write(`${command === undefined ? '' : `unknown command: ${command}\n`}${HELP}\n`);
  return 2;
}
