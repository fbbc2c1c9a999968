// npm run reparse -- [--db PATH|URL] [--batch N] [--workers N]
// Re-runs the current parser over the stored articles an older parser version produced, in batches; safe to
// stop and run again (done articles carry the new version, so the next run continues with the rest).
import { claimsOf, reparse } from '../bulk/reparse.js';
import { PARSER_VERSION } from '../extract/version.js';
import { defaultWorkerCount } from '../config.js';
import { createParser } from '../parser-pool/pool.js';
import { parseCommandLine } from './args.js';
import { databaseLocation, missingFile, openOrSay } from './database.js';
import type { CliIo } from './ingest.js';

const USAGE = `usage: npm run reparse -- [--db PATH|URL] [--batch N] [--workers N]

Re-parses the stored articles an older parser version produced; safe to stop and run again. On PostgreSQL,
runs on several machines at once share the work: each article is parsed by one of them.
  --db PATH|URL  the database file or postgres:// URL (default: DATABASE_URL, else DATABASE_PATH, else
                 ./data/quotes.db, as the server)
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
  const location = databaseLocation(values.db);
  // Opening would create an empty database, and re-parse nothing without a word.
  if (missingFile(location)) {
    io.err.write(`no database at ${location}: give --db PATH or set DATABASE_PATH\n`);
    return 2;
  }
  const database = await openOrSay(location, batchSize, 'reparse', io.err);
  if (!database) return 1;
  const parser = createParser(workers);
  const startedAt = Date.now();
  try {
    const report = await reparse(
      {
        currentVersion: PARSER_VERSION,
        // On PostgreSQL, runs on several machines at once share the work (see store/postgres/reparse.ts).
        claimStale: claimsOf(database.writer, database.staleArticles),
        staleArticles: database.staleArticles,
        parse: parser.parse,
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
    await database.close();
  }
}
