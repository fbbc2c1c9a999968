// npm run bench:syntax [-- --seconds 5]: speed of the syntax layer on one core, over the project's news
// corpus (test/corpus/*.jsonl): tokens per second for tagging alone and for parsing alone (tokens and
// tags prepared beforehand), and MB per second for the whole of analyze() on article text.
import { parseArgs } from 'node:util';
import { corpusTexts } from './corpus.js';
import { analyze, loadModel, sentences, tokenize } from '../src/syntax/index.js';
import { parse } from '../src/syntax/decode.js';
import { tagWords } from '../src/syntax/tagger.js';
import { hashWords } from '../src/syntax/words.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } });
const seconds = Number(values.seconds);

const texts = corpusTexts();
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

const loadStarted = process.hrtime.bigint();
const model = loadModel();
const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;

const sentenceWords = texts.flatMap((text) => {
  const tokens = tokenize(text);
  return sentences(text, tokens).map((r) => tokens.slice(r.start, r.end).map((t) => t.text));
});
const tokenCount = sentenceWords.reduce((sum, words) => sum + words.length, 0);
const tagged = sentenceWords.map((words) => ({ words: hashWords(words), tags: tagWords(model.tagger, words) }));

/**
 * Repeats one pass over the corpus for the given time (after an untimed pass): passes per second of
 * wall clock, and per second of this process's CPU time, which a loaded shared machine distorts less.
 */
function rate(pass: () => void): { wall: number; cpu: number } {
  pass();
  let passes = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < seconds) {
    pass();
    passes++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { wall: passes / elapsed, cpu: passes / ((cpu.user + cpu.system) / 1e6) };
}

const tagging = rate(() => sentenceWords.forEach((words) => tagWords(model.tagger, words)));
const parsing = rate(() => tagged.forEach((input) => parse(model.parser, input)));
const whole = rate(() => texts.forEach((text) => analyze(text, model)));
const kilo = (n: number) => `${(n / 1e3).toFixed(0)}k`;
const tokens = (r: { wall: number; cpu: number }) => `${kilo(r.wall * tokenCount)} tokens/s (${kilo(r.cpu * tokenCount)} per CPU second)`;
console.log(
  `corpus: ${texts.length} articles, ${(bytes / 1e3).toFixed(1)} kB, ${tokenCount} tokens; model loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(`tagging: ${tokens(tagging)}`);
console.log(`parsing: ${tokens(parsing)}`);
console.log(`analyze (tokenise, split, tag, lemmatise, parse): ${((whole.wall * bytes) / 1e6).toFixed(2)} MB/s, ${tokens(whole)}`);
