// npm run train [-- DATA_DIR]: trains the syntax layer's model on Universal Dependencies English EWT
// (default ../shared/data/ud-english-ewt) and writes src/syntax/model/en-ewt.syntax.gz. Reproducible:
// a fixed seed and a fixed order, so the same data gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../src/syntax/conllu.js';
import { evaluate, formatScores } from '../src/syntax/evaluate.js';
import { encodeModel } from '../src/syntax/model.js';
import { trainSyntaxModel, type SyntaxTraining } from '../src/syntax/train/index.js';

const RECIPE: SyntaxTraining = {
  tagger: { epochs: 10, rowBits: 19, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.99 },
  parser: { epochs: 10, actionRowBits: 21, labelRowBits: 19, seed: 1, exploration: 0.9, beam: 8 },
  jackknifeFolds: 4,
};

const dataDir = process.argv[2] ?? join('..', 'shared', 'data', 'ud-english-ewt');
const read = (part: string) => readConllu(readFileSync(join(dataDir, `en_ewt-ud-${part}.conllu`), 'utf8'));
const started = Date.now();
// CPU time beside the wall clock: on a shared machine the wall clock says more about the load than the work
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s (${cpuSeconds().toFixed(0)} s of CPU)`;
const model = trainSyntaxModel(read('train'), RECIPE, (message) => console.log(`${elapsed()}: ${message}`));
const file = encodeModel(model);
const output = join('src', 'syntax', 'model', 'en-ewt.syntax.gz');
writeFileSync(output, file);
console.log(`${elapsed()}: wrote ${output} (${(file.length / 1e6).toFixed(1)} MB)`);
console.log(`dev: ${formatScores(evaluate(model, read('dev')))}`);
