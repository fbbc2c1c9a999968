// npm run bench:read [-- --db data/bench.db --pages 3000 --rounds 5 --officials 20000]
// Where a page of one speaker's quotes spends its CPU before the API's layers (issue 15, target 1), in-process on
// the benchmark database: each stage of reading it as objects, cumulatively, from the index walk alone to the
// body and its ETag, then the same body as the API reads it now (JSON written by SQLite, see
// src/store/quote-json.ts). Reported as CPU µs a page (process.cpuUsage), the least of the rounds, which
// interleave the stages over the same speakers (uniform or Zipf), so a passing load weighs on all of them; and
// the bytes read from the OS a page (/proc/self/io rchar: index pages that were not in SQLite's cache).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serializationOptions } from '../src/plugins/serialization.js';
import { QuotePage } from '../src/schemas/quotes.js';
import { openStore } from '../src/store/index.js';
import { nameKey } from '../src/store/names.js';
import { quoteListQuery, toQuote, type QuoteRow } from '../src/store/quotes.js';
import { officials } from './data/generate.js';
import { zipfIndex } from './zipf.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/bench.db' },
    pages: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '5' },
    officials: { type: 'string', default: '20000' },
  },
});
const pages = Number(values.pages);
const names = officials(Number(values.officials)).map((p) => p.name);
const store = openStore(values.db as string);

// The statement the store runs for ?speaker=<full name>&limit=20, and the same walk returning one column.
const query = quoteListQuery({ speakerKeys: [nameKey(names[0])] }, { limit: 20 });
if (!query) throw new Error('no query for a speaker');
const rows = store.db.prepare(query.sql).raw();
const walk = store.db.prepare(query.sql.replace(/^SELECT .*? FROM /s, 'SELECT q.id FROM ')).raw();
const { buildSerializer } = serializationOptions.schemaController.compilersFactory;
const serialise = buildSerializer(undefined, {})({ schema: QuotePage, method: 'GET', url: '/v1/quotes', httpStatus: '200' });
const etag = (body: string) => `W/"${createHash('sha1').update(body).digest('base64')}"`;
const params = (name: string) => ({ ...query.params, speaker0: nameKey(name) });
const page = (name: string) => store.listQuotes({ speaker: name }, { limit: 20 });
const json = (name: string) => store.quotePageJson({ speaker: name }, { limit: 20 });

/** Each stage does what the one before did and one step more; the last two take the API's other way. */
const STAGES: [string, (name: string) => unknown][] = [
  ['the index walk alone (q.id of 21 rows)', (name) => walk.all(params(name))],
  ['+ the 24 columns of 21 rows as JS values', (name) => rows.all(params(name))],
  ['+ 20 quote objects (toQuote)', (name) => (rows.all(params(name)) as QuoteRow[]).slice(0, 20).map(toQuote)],
  ['listQuotes (name key, cursor)', page],
  ['+ JSON.stringify (the bare route before quotePageJson)', (name) => JSON.stringify(page(name))],
  ["+ the API's serialiser instead", (name) => serialise(page(name))],
  ["+ the API's serialiser and ETag", (name) => etag(serialise(page(name)) as string)],
  ['the same body written by SQLite (quotePageJson)', json],
  ['+ ETag', (name) => etag(json(name) as string)],
];

function bytesRead(): number {
  try {
    return Number(/^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The least CPU µs a page over the rounds, and the bytes read a page in that round, for each stage. */
function measure(pick: () => number): { cpu: number; read: number }[] {
  const picks = Array.from({ length: pages }, () => names[pick()]);
  const best = STAGES.map(() => ({ cpu: Infinity, read: 0 }));
  for (let round = 0; round < Number(values.rounds); round++) {
    STAGES.forEach(([, stage], i) => {
      for (const name of picks.slice(0, pages / 10)) stage(name);
      const read = bytesRead();
      const before = process.cpuUsage();
      for (const name of picks) stage(name);
      const used = process.cpuUsage(before);
      const cpu = (used.user + used.system) / pages;
      if (cpu < best[i].cpu) best[i] = { cpu, read: (bytesRead() - read) / pages };
    });
  }
  return best;
}

const uniform = measure(() => Math.floor(Math.random() * names.length));
const zipf = measure(zipfIndex(names.length));
store.close();
console.log(`\n| stage | CPU µs a page, uniform / Zipf speakers | kB read from the OS a page, uniform / Zipf |\n|---|---|---|`);
STAGES.forEach(([label], i) => {
  console.log(
    `| ${label} | ${uniform[i].cpu.toFixed(1)} / ${zipf[i].cpu.toFixed(1)} | ${(uniform[i].read / 1024).toFixed(1)} / ${(zipf[i].read / 1024).toFixed(1)} |`,
  );
});
console.log(
  `\n${pages} pages a stage, least of ${values.rounds} rounds; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
