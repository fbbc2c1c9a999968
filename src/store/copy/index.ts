// Copies every row of one store into another (SQLite file to PostgreSQL or back), ids kept, in batches of
// one transaction each. Resumable: each table continues after the last key the target already has. At the
// end the id sequences continue where the source's did and the row counts of both sides must agree.
import { isPostgresUrl } from '../postgres/connection.js';
import { openPostgresEnd } from './postgres-end.js';
import { openSqliteEnd } from './sqlite-end.js';
import { COPIED_TABLES, type CopiedTable, type CopyEnd } from './tables.js';

export type { CopyEnd } from './tables.js';

/** A postgres:// URL, or else a SQLite file path. */
export function openCopyEnd(location: string, { create }: { create: boolean }): Promise<CopyEnd> {
  return isPostgresUrl(location) ? openPostgresEnd(location) : Promise.resolve(openSqliteEnd(location, { create }));
}

export interface CopyReport {
  /** Rows copied by this run, per table. */
  copied: Record<string, number>;
  /** Rows in each table of both sides at the end. */
  counts: Record<string, number>;
}

export class CountMismatchError extends Error {}

async function copyTable(from: CopyEnd, to: CopyEnd, table: CopiedTable, batchSize: number, onRows: (n: number) => void) {
  const columns = await from.columns(table);
  let after = await to.lastKey(table);
  let copied = 0;
  for (;;) {
    const rows = await from.read(table, columns, after, batchSize);
    if (rows.length === 0) return copied;
    await to.write(table, columns, rows);
    copied += rows.length;
    onRows(rows.length);
    after = table.key.map((column) => rows[rows.length - 1][column]);
  }
}

async function checkCounts(from: CopyEnd, to: CopyEnd): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const wrong: string[] = [];
  for (const table of COPIED_TABLES) {
    const [source, target] = await Promise.all([from.count(table), to.count(table)]);
    counts[table.name] = target;
    if (source !== target) wrong.push(`${table.name}: ${source} in the source, ${target} in the target`);
  }
  if (wrong.length > 0) {
    throw new CountMismatchError(
      `row counts differ (was the target not empty, or the source written during the copy?): ${wrong.join('; ')}`,
    );
  }
  return counts;
}

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** Rows in the source, and rows the target holds already (a stopped run's), for the progress bar. */
export async function countRows(from: CopyEnd, to: CopyEnd): Promise<{ total: number; alreadyCopied: number }> {
  const total = sum(await Promise.all(COPIED_TABLES.map((table) => from.count(table))));
  return { total, alreadyCopied: sum(await Promise.all(COPIED_TABLES.map((table) => to.count(table)))) };
}

/** Copies the rows the target lacks; `onRows` hears of each batch written. */
export async function copyStore(from: CopyEnd, to: CopyEnd, batchSize: number, onRows: (rows: number) => void): Promise<CopyReport> {
  const copied: Record<string, number> = {};
  for (const table of COPIED_TABLES) copied[table.name] = await copyTable(from, to, table, batchSize, onRows);
  const highWaters = new Map<CopiedTable, number>();
  for (const table of COPIED_TABLES.filter((t) => t.identity)) {
    highWaters.set(table, Math.max(await from.idHighWater(table), await to.idHighWater(table)));
  }
  await to.finish(highWaters);
  return { copied, counts: await checkCounts(from, to) };
}
