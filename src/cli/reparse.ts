// npm run reparse -- [--db PATH] [--batch N] [--workers N]
// Re-runs the current parser over the stored articles an older parser version produced, in batches; safe to
// stop and run again (done articles carry the new version, so the next run continues with the rest).
import { existsSync } from 'node:fs';
import { reparse } from '../bulk/reparse.js';
import { PARSER_VERSION } from '../extract/version.js';
import { defaultWorkerCount, loadConfig } from '../config.js';
import { createParser } from '../parser-pool/pool.js';
import { asyncSqliteStore } from '../store/async-store.js';
import { openStore } from '../store/index.js';
import { parseCommandLine } from './args.js';
import type { CliIo } from './ingest.js';

const USAGE = `usage: npm run reparse -- [--db PATH] [--batch N] [--workers N]

Re-parses the stored articles an older parser version produced; safe to stop and run again.
  --db PATH      the database file (default: DATABASE_PATH, else ./data/quotes.db, as the server)
  --batch N      articles a transaction (default 500)
  --workers N    parser threads (default: cores - 1; 0 parses on the main thread)
  -h, --help     this help`;

export async function runReparse(argv: string[], io: CliIo): Promise<number> {
  const options = parseCommandLine(
    argv,
    {
      db: { type: 'string' },
      batch: { type: 'string', default: '500' },
      workers: { type: 'string', default: String(defaultWorkerCount()) },
    },
    USAGE,
    io,
  );
  if (typeof options === 'number') return options;
  const { values, positionals } = options;
  const batchSize = Number(values.batch);
  const workers = Number(values.workers);
  if (positionals.length > 0 || !(batchSize >= 1) || !(workers >= 0)) {
    io.err.write(`${USAGE}\n`);
    return 2;
  }
  const path = values.db ?? loadConfig({ DATABASE_PATH: process.env.DATABASE_PATH }).databasePath;
  // Opening would create an empty database, and re-parse nothing without a word.
  if (!existsSync(path)) {
    io.err.write(`no database at ${path}: give --db PATH or set DATABASE_PATH\n`);
    return 2;
  }
  const store = openStore(path);
  const parser = createParser(workers);
  const startedAt = Date.now();
  try {
    const report = await reparse(
      {
        currentVersion: PARSER_VERSION,
        staleArticles: asyncSqliteStore(store).staleArticles,
        parse: parser.parse,
        replaceParses: async (items) => store.replaceParses(items),
      },
      { batchSize, onBatch: (r) => io.progress.stream.write(`reparse: ${r.reparsed} articles re-parsed\n`) },
    );
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    // Articles the parser threw on stay as they were: listed, and the exit code is 1.
    const failed = report.failedIds.map((id) => ` ${id}`).join('');
    io.out.write(
      `re-parsed ${report.reparsed} articles to parser ${PARSER_VERSION} in ${seconds} s, ${report.failedIds.length} failed${failed}\n`,
    );
    return Math.min(report.failedIds.length, 1);
  } finally {
    await parser.close();
    store.close();
  }
}
