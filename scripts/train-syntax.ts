// npm run train [-- DATA_DIR] [-- --tagger-only]: trains the syntax layer's model on Universal
// Dependencies English EWT (default ../shared/data/ud-english-ewt) and writes
// src/syntax/model/en-ewt.syntax.gz. Reproducible: a fixed seed and a fixed order, so the same data
// gives the same file. The tagger also reads en-lexicon's word list (a development dependency: its
// entries are copied into the model file). --tagger-only retrains the tagger and keeps the committed
// model's parser and lemma table: the parser's training tags never come from the final tagger, so the
// file is the one the whole recipe writes, in a minute instead of many.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lexicon } from 'en-lexicon';
import { readConllu } from '../src/syntax/conllu.js';
import { evaluate, formatScores } from '../src/syntax/evaluate.js';
import { externalLexicon } from '../src/syntax/external.js';
import { encodeModel, loadModel, type SyntaxModel } from '../src/syntax/model.js';
import { trainSyntaxModel, type SyntaxTraining } from '../src/syntax/train/index.js';
import { trainTagger } from '../src/syntax/train/tagger.js';

const RECIPE: SyntaxTraining = {
  tagger: { epochs: 10, rowBits: 19, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.99 },
  parser: { epochs: 8, actionRowBits: 21, labelRowBits: 19, seed: 1, exploration: 0.9, beam: 8 },
  jackknifeFolds: 4,
  external: externalLexicon(Object.entries(lexicon)),
};

const { values, positionals } = parseArgs({ options: { 'tagger-only': { type: 'boolean', default: false } }, allowPositionals: true });
const dataDir = positionals[0] ?? join('..', 'shared', 'data', 'ud-english-ewt');
const read = (part: string) => readConllu(readFileSync(join(dataDir, `en_ewt-ud-${part}.conllu`), 'utf8'));
const started = Date.now();
// CPU time beside the wall clock: on a shared machine the wall clock says more about the load than the work
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s (${cpuSeconds().toFixed(0)} s of CPU)`;
const log = (message: string) => console.log(`${elapsed()}: ${message}`);

function retrainTagger(): SyntaxModel {
  const committed = loadModel();
  const tagger = trainTagger(read('train'), RECIPE.tagger, RECIPE.external);
  log('tagger trained');
  return { ...committed, tagger };
}

const model = values['tagger-only'] ? retrainTagger() : trainSyntaxModel(read('train'), RECIPE, log);
const file = encodeModel(model);
const output = join('src', 'syntax', 'model', 'en-ewt.syntax.gz');
writeFileSync(output, file);
log(`wrote ${output} (${(file.length / 1e6).toFixed(1)} MB)`);
console.log(`dev: ${formatScores(evaluate(model, read('dev')))}`);
