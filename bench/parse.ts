// npm run bench:parse [-- --seconds 10]
// Throughput of the engine alone on one core: MB of article text (UTF-8) per second through parseArticle,
// looping over the project's corpus (test/corpus/*.jsonl), per second of wall clock and per second of this
// process's CPU time, which a loaded shared machine distorts less. Targets: >= 3 MB/s (issue 3), >= 1 MB/s
// with the syntax layer (issue 10).
import { parseArgs } from 'node:util';
import { corpusTexts } from './corpus.js';
import { parseArticle } from '../src/extract/index.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const seconds = Number(values.seconds);

const texts = corpusTexts();
const corpusBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

// One untimed pass lets the JIT settle before measuring.
for (const text of texts) parseArticle(text);

let passes = 0;
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
let elapsed = 0;
while (elapsed < seconds) {
  for (const text of texts) parseArticle(text);
  passes++;
  elapsed = Number(process.hrtime.bigint() - started) / 1e9;
}
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = (corpusBytes * passes) / 1e6;
console.log(`corpus: ${texts.length} articles, ${(corpusBytes / 1e3).toFixed(1)} kB`);
console.log(`parsed ${passes} passes (${mb.toFixed(1)} MB) in ${elapsed.toFixed(2)} s on one core`);
console.log(
  `throughput: ${(mb / elapsed).toFixed(2)} MB/s (target >= 1 MB/s with the syntax layer, issue 10; 3 MB/s before it, issue 3), ${((texts.length * passes) / elapsed).toFixed(0)} articles/s`,
);
console.log(`per CPU second: ${(mb / cpuSeconds).toFixed(2)} MB (${cpuSeconds.toFixed(2)} s of CPU)`);
