// The database a command works on directly, either engine: a SQLite file path or a postgres:// URL, with
// the app's own writer over it, so the CLI stores and re-parses exactly as the server does.
import { existsSync } from 'node:fs';
import { ensureDatabaseFolder, loadConfig } from '../config.js';
import type { ReparseSteps } from '../bulk/reparse.js';
import { asyncSqliteStore } from '../store/async-store.js';
import { openStore } from '../store/index.js';
import { isPostgresUrl } from '../store/postgres/connection.js';
import { createWriter, type Writer } from '../store-writer/writer.js';
import { openPostgresDatabase } from './postgres-database.js';

export interface CliDatabase {
  writer: Writer;
  staleArticles: ReparseSteps['staleArticles'];
  close(): Promise<void>;
}

/** `--db`, else DATABASE_URL, else DATABASE_PATH (else ./data/quotes.db): the server's choice. */
export function databaseLocation(given: string | undefined): string {
  if (given !== undefined) return given;
  const { databaseUrl, databasePath } = loadConfig({ DATABASE_URL: process.env.DATABASE_URL, DATABASE_PATH: process.env.DATABASE_PATH });
  return databaseUrl ?? databasePath;
}

/** A SQLite file that is not there: opening it would create an empty database. */
export const missingFile = (location: string): boolean => !isPostgresUrl(location) && !existsSync(location);

/** A URL's password is not printed. */
export const shown = (location: string) => location.replace(/(\/\/[^:/@]+:)[^@/]*@/, '$1***@');

/** The database opened, or undefined once `command: cannot open ...` is written to `err`. */
export async function openOrSay(
  location: string,
  batch: number,
  command: string,
  err: NodeJS.WritableStream,
): Promise<CliDatabase | undefined> {
  try {
    return await openCliDatabase(location, batch);
  } catch (error) {
    err.write(`${command}: cannot open ${shown(location)}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** Opens (and migrates) the database; `batch` articles a transaction. */
async function openCliDatabase(location: string, batch: number): Promise<CliDatabase> {
  if (isPostgresUrl(location)) return openPostgresDatabase(location, batch);
  ensureDatabaseFolder(location);
  const store = openStore(location);
  // The app's writer inline: one transaction a batch, on this process's own connection.
  const writer = createWriter(store, location, { threaded: false, maxArticlesPerTransaction: batch });
  const { staleArticles } = asyncSqliteStore(store);
  return {
    writer,
    staleArticles,
    close: async () => {
      await writer.close();
      store.close();
    },
  };
}
