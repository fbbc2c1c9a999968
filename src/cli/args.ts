// Command-line options of the CLI commands: parsed; or, for --help, the help on stdout and exit code 0; or,
// for a mistake, the message and the help on stderr and exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export interface CommandIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

/** Parsed options, or the exit code when the command ends here. */
export function parseCommandLine<O extends Options>(argv: string[], options: O, help: string, io: CommandIo): Parsed<O> | number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out.write(`${help}\n`);
    return 0;
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err.write(`${(error as Error).message}\n${help}\n`);
    return 2;
  }
}
