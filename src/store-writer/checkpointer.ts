// Copies the WAL into the database file from a thread of its own, so the writer thread seldom has to. A
// checkpoint run by the committing connection (SQLite's autocheckpoint) stalled every write behind it: on
// the 100k-article database, 16% of the writer's time, with p99 latency of 250 ms for single POSTs. This
// thread checkpoints PASSIVE every `intervalMs`, which never waits for or blocks the writer or readers.
// The writer keeps its autocheckpoint as before: past the limit it copies only what is left, and being
// the writer, it is the one that can then start the WAL over (a passive checkpoint racing new commits
// never finishes the log).
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

export interface CheckpointerData {
  databasePath: string;
  intervalMs: number;
}

const { databasePath, intervalMs } = workerData as CheckpointerData;
const db = new Database(databasePath);
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => checkpoint.run(), intervalMs);
const port = parentPort!;
port.once('message', () => {
  clearInterval(timer);
  db.close();
  port.close();
});
