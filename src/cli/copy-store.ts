// npm run copy-store -- --from SOURCE --to TARGET [--batch N]
// Copies a store into another, a SQLite file into PostgreSQL or back, keeping ids; safe to stop and run again.
import { existsSync } from 'node:fs';
import { type CopyEnd, type CopyReport, CountMismatchError, copyStore, countRows, openCopyEnd } from '../store/copy/index.js';
import { parseCommandLine } from './args.js';
import { shown } from './database.js';
import type { CliIo } from './ingest.js';
import { createProgress } from './progress.js';

const USAGE = `usage: npm run copy-store -- --from SOURCE --to TARGET [--batch N]

Copies every article, quote and official, keeping their ids, from SOURCE into TARGET: each a SQLite file
path or a postgres:// URL. Both are migrated to this version's schema first. Stop the servers writing to
either side. Safe to stop and run again: each table continues after the last row TARGET has.
  --from SOURCE  the store to copy (it must exist)
  --to TARGET    the store to fill: empty, or one a stopped copy-store of the same SOURCE left
  --batch N      rows a transaction (default 1000)
  -h, --help     this help`;

async function open(location: string, role: 'source' | 'target', io: CliIo): Promise<CopyEnd | undefined> {
  try {
    return await openCopyEnd(location, { create: role === 'target' });
  } catch (error) {
    io.err.write(`copy-store: cannot open the ${role} ${shown(location)}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** The copy, with a bar that starts at the rows a stopped run already copied. */
async function copyWithProgress(from: CopyEnd, to: CopyEnd, batchSize: number, io: CliIo): Promise<CopyReport> {
  const { total, alreadyCopied } = await countRows(from, to);
  const progress = createProgress(io.progress, total, 'copy-store');
  if (alreadyCopied > 0) progress.note(`copy-store: continuing, ${alreadyCopied} rows already in the target`);
  let done = alreadyCopied;
  progress.update(done);
  try {
    return await copyStore(from, to, batchSize, (rows) => progress.update((done += rows)));
  } finally {
    progress.stop();
  }
}

export async function runCopyStore(argv: string[], io: CliIo): Promise<number> {
  const options = parseCommandLine(
    argv,
    { from: { type: 'string' }, to: { type: 'string' }, batch: { type: 'string', default: '1000' } },
    USAGE,
    io,
  );
  if (typeof options === 'number') return options;
  const { values, positionals } = options;
  const batchSize = Number(values.batch);
  if (positionals.length > 0 || values.from === undefined || values.to === undefined || !Number.isInteger(batchSize) || batchSize < 1) {
    io.err.write(`${USAGE}\n`);
    return 2;
  }
  if (!values.from.includes('://') && !existsSync(values.from)) {
    io.err.write(`copy-store: no database at ${values.from}\n`);
    return 2;
  }
  const from = await open(values.from, 'source', io);
  if (!from) return 1;
  const to = await open(values.to, 'target', io);
  if (!to) {
    await from.close();
    return 1;
  }
  let code: number;
  try {
    const report = await copyWithProgress(from, to, batchSize, io);
    const copied = Object.values(report.copied).reduce((a, b) => a + b, 0);
    const counts = Object.entries(report.counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ');
    io.out.write(`copied ${copied} rows from ${shown(values.from)} to ${shown(values.to)}; counts agree: ${counts}\n`);
    code = 0;
  } catch (error) {
    const stopped = error instanceof CountMismatchError ? '' : ' (run it again to continue)';
    io.err.write(`copy-store: ${(error as Error).message}${stopped}\n`);
    code = 1;
  }
  await from.close();
  await to.close();
  return code;
}
