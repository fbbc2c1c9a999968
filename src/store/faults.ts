// Storage faults the service must report instead of failing silently or with a bare 500: the database file
// deleted or replaced under a running process (writes would go on into an unlinked file and be lost at the
// next restart), a read-only file or folder, a lock held by another process past busy_timeout, and a damaged
// file. Each has words an operator can act on; `transient` ones clear by themselves once the cause is gone.
import { statSync } from 'node:fs';

/**
 * `unreachable`: a database server (PostgreSQL) that does not answer; `timeout`: one that answers, but cancelled
 * a statement that ran past its statement timeout (an overloaded or blocked database, not a lost one).
 */
export type FaultKind = 'deleted' | 'read-only' | 'locked' | 'corrupt' | 'unreachable' | 'timeout';

export interface StoreFault {
  kind: FaultKind;
  detail: string;
  /** The service recovers by itself once the cause is fixed (a client should retry later). */
  transient: boolean;
}

/** What an operator does about a damaged database (logged, and in README under "Failures and recovery"). */
export const CORRUPTION_RECOVERY =
  'Stop the service and keep a copy of the file; then restore the last backup, or rebuild it with ' +
  '`sqlite3 damaged.db .recover | sqlite3 recovered.db` and set DATABASE_PATH to the rebuilt file.';

/**
 * The file cannot be opened as a database at all: not a SQLite file, or its header or schema damaged. Nothing
 * could be read or written, so the service does not start (see README, "Failures and recovery").
 */
export class DatabaseUnusable extends Error {
  override name = 'DatabaseUnusable';
}

/** DatabaseUnusable for an error met while opening or migrating `path`, or the error itself for any other. */
export function unusableOrSame(path: string, error: unknown): unknown {
  const { code, message } = error as { code?: string; message: string };
  if (faultOfCode(code, message)?.kind !== 'corrupt') return error;
  return new DatabaseUnusable(
    `the database file ${path} cannot be opened (${message}). If DATABASE_PATH names the wrong file, point it at ` +
      `the right one; otherwise the file is damaged. ${CORRUPTION_RECOVERY}`,
  );
}

export function corruptFault(what: string): StoreFault {
  return {
    kind: 'corrupt',
    transient: false,
    detail: `the database file is damaged (${what}); writes are refused. ${CORRUPTION_RECOVERY}`,
  };
}

/** The fault a SQLite error code stands for, or null for an error of the request itself (a constraint...). */
export function faultOfCode(code: string | undefined, message: string): StoreFault | null {
  if (code === undefined) return null;
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      kind: 'read-only',
      transient: true,
      detail: `the database file or its folder is read-only (${message}); writes resume once it is writable`,
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { kind: 'locked', transient: true, detail: `another process holds the database's write lock (${message})` };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return corruptFault(message);
  return null;
}

/** Which file a path names: its device and inode (null when there is none, as for an in-memory database). */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export function fileIdentity(path: string): FileIdentity | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

/** A fault when `path` no longer names the file that was opened (deleted, or another file moved there). */
export function identityFault(path: string, opened: FileIdentity): StoreFault | null {
  const now = fileIdentity(path);
  if (now?.dev === opened.dev && now.ino === opened.ino) return null;
  return {
    kind: 'deleted',
    transient: false,
    detail:
      `the database file ${path} was ${now ? 'replaced' : 'deleted'} while the service ran; writes are refused, as they ` +
      `would be lost. Restore the file from a backup and restart the service (a restart alone starts an empty database)`,
  };
}
