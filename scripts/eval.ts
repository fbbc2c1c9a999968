// npm run eval [-- --gold FILE.jsonl ...] [--verbose] [--json]
// Parses every gold article with the engine, writes the predictions to a temporary file and runs the
// vendored scorer (test/corpus/score.mjs) on them. Default gold: every test/corpus/*.jsonl, and
// ../shared/eval/real-dev.jsonl when it is there. With --verbose, each wrong speaker and false quote the
// scorer lists is followed by the provenance of the predicted quote: the pass and sieves that decided it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../src/extract/index.js';
import type { Quote } from '../src/extract/types.js';

// npm runs scripts from the package root; the corpus and the scorer live there.
const corpus = join(process.cwd(), 'test', 'corpus');
const REAL_DEV = join(process.cwd(), '..', 'shared', 'eval', 'real-dev.jsonl');

const args = process.argv.slice(2);
const golds: string[] = [];
const passThrough: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--gold') golds.push(args[++i]);
  else passThrough.push(args[i]);
}
if (golds.length === 0) {
  for (const f of readdirSync(corpus).sort()) if (f.endsWith('.jsonl')) golds.push(join(corpus, f));
  // real news annotated for the project, beside the repository where the team keeps it
  if (existsSync(REAL_DEV)) golds.push(REAL_DEV);
  else console.log(`(${REAL_DEV} not found: real-news corpus skipped)`);
}

const dir = mkdtempSync(join(tmpdir(), 'quotes-eval-'));
let failed = false;
try {
  for (const gold of golds) {
    const articles = readFileSync(gold, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const pred = join(dir, 'pred.jsonl');
    const explain = passThrough.includes('--verbose');
    const results = articles.map((a) => ({ id: a.id, ...parseArticle(a.text, { explain }) }));
    writeFileSync(pred, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.log(`== ${gold}`);
    const run = spawnSync(process.execPath, [join(corpus, 'score.mjs'), '--gold', gold, '--pred', pred, ...passThrough], {
      stdio: ['inherit', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    const quotes = new Map(results.map((r) => [r.id, r.quotes]));
    for (const line of run.stdout.split('\n').slice(0, -1)) console.log(line + provenanceOf(line, quotes));
    if (run.status !== 0) failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

/** '  [indirect:verb:that; text > pronoun]' for a scorer line about a predicted quote, else ''. */
function provenanceOf(line: string, quotes: Map<string, Quote[]>): string {
  const m = /^(\S+): (?:wrong speaker for|false quote \S*) "(.*?)(?:\.\.\.)?"/.exec(line);
  const q = m && quotes.get(m[1])?.find((x) => x.text.startsWith(m[2]) && x.provenance);
  return q ? `  [${q.provenance!.quote}; ${q.provenance!.speaker ?? 'no speaker'}]` : '';
}
