// Command-line options of the CLI commands: parsed, or a usage message and undefined.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export function parseCommandLine<O extends Options>(
  argv: string[],
  options: O,
  usage: string,
  err: NodeJS.WritableStream,
): Parsed<O> | undefined {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    err.write(`${(error as Error).message}\n${usage}\n`);
    return undefined;
  }
}
