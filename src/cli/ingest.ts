// npm run ingest -- [--db PATH|URL | --url URL [--key KEY]] <files or folders>
// Loads .txt (one article each) and .jsonl (one article object a line) files: straight into a database
// file or a PostgreSQL database through the same pipeline as the batch route (--db), or by posting batches to a running server (--url).
import { storeSteps } from '../bulk/articles.js';
import { ingest, type Outcome } from '../bulk/ingest.js';
import { defaultWorkerCount, loadConfig } from '../config.js';
import { createParser } from '../parser-pool/pool.js';
import { parseCommandLine } from './args.js';
import { openOrSay } from './database.js';
import { postBatches } from './post.js';
import { createProgress, type ProgressOutput } from './progress.js';
import { countArticles, listFiles, readArticles } from './sources.js';

export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  progress: ProgressOutput;
  /** Waits before a retry of a busy server (tests pass one that returns at once). */
  sleep: (ms: number) => Promise<void>;
}

const USAGE = `usage: npm run ingest -- (--db PATH|URL | --url URL [--key KEY]) [--batch N] [--workers N] <files or folders>

Loads .txt files (one article each) and .jsonl files (one article object a line), folders searched recursively.
  --db PATH|URL  store straight into this database file (stop the server first, or use another file) or
                 postgres:// database (servers may keep running on it)
  --url URL      post batches to a running server instead, e.g. http://127.0.0.1:3000
  --key KEY      the server's write key, when it has keys
  --batch N      articles a transaction or a request (default 500)
  --workers N    parser threads with --db (default: cores - 1; 0 parses on the main thread)
  -h, --help     this help`;

export async function runIngest(argv: string[], io: CliIo): Promise<number> {
  const options = parseCommandLine(
    argv,
    {
      db: { type: 'string' },
      url: { type: 'string' },
      key: { type: 'string' },
      batch: { type: 'string', default: '500' },
      workers: { type: 'string', default: String(defaultWorkerCount()) },
    },
    USAGE,
    io,
  );
  if (typeof options === 'number') return options;
  const { values, positionals } = options;
  const batch = Number(values.batch);
  const workers = Number(values.workers);
  if (positionals.length === 0 || (values.db === undefined) === (values.url === undefined) || !(batch >= 1) || !(workers >= 0)) {
    io.err.write(`${USAGE}\n`);
    return 2;
  }

  // The server's own article limit (with room for JSON escapes); only that variable matters here.
  const { maxArticleBytes } = loadConfig({ MAX_ARTICLE_BYTES: process.env.MAX_ARTICLE_BYTES });
  const maxLineBytes = maxArticleBytes * 2;
  let files: string[];
  try {
    files = await listFiles(positionals);
  } catch (error) {
    io.err.write(`${(error as Error).message}\n`);
    return 2;
  }
  const total = await countArticles(files, maxLineBytes);
  const progress = createProgress(io.progress, total, 'ingest');
  const startedAt = Date.now();
  const counts = { created: 0, existing: 0, failed: 0 };
  const failures: string[] = [];
  const record = (outcome: { ref: string } & Outcome) => {
    counts[outcome.status]++;
    if (outcome.status === 'failed') failures.push(`${outcome.ref}: ${outcome.problem.status} ${outcome.problem.detail}`);
    progress.update(counts.created + counts.existing + counts.failed);
  };

  const entries = readArticles(files, maxLineBytes);
  if (values.db !== undefined) {
    const database = await openOrSay(values.db, batch, 'ingest', io.err);
    if (!database) {
      progress.stop();
      return 1;
    }
    const parser = createParser(workers);
    try {
      for await (const outcome of ingest(entries, storeSteps(database.writer, parser, maxArticleBytes), batch)) record(outcome);
    } finally {
      await parser.close();
      await database.close();
    }
  } else {
    try {
      // A busy server (batch rate limit, load shedding) is waited for, so a long backfill gets through.
      const onRetry = (status: number, waitMs: number) =>
        progress.note(`server busy (${status}), retrying in ${Math.ceil(waitMs / 1000)} s`);
      for await (const outcome of postBatches(entries, { url: values.url as string, key: values.key, batch, sleep: io.sleep, onRetry }))
        record(outcome);
    } catch (error) {
      progress.stop();
      io.err.write(`ingest stopped: ${(error as Error).message}\n`);
      return 1;
    }
  }
  progress.stop();

  const seconds = (Date.now() - startedAt) / 1000;
  const done = counts.created + counts.existing + counts.failed;
  for (const failure of failures) io.err.write(`failed ${failure}\n`);
  io.out.write(
    `${done} articles from ${files.length} files in ${seconds.toFixed(1)} s (${(done / Math.max(seconds, 0.001)).toFixed(0)}/s): ` +
      `${counts.created} created, ${counts.existing} existing, ${counts.failed} failed\n`,
  );
  return counts.failed > 0 ? 1 : 0;
}
