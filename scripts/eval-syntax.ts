// npm run eval:syntax [-- --part dev] [-- --data DIR]: the committed syntax model's accuracy on
// Universal Dependencies English EWT (default ../shared/data/ud-english-ewt, test part), on the
// treebank's own tokenisation with predicted tags. Prints one line: UPOS, UAS, LAS (CoNLL 2018 style).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConllu } from '../src/syntax/conllu.js';
import { evaluate, formatScores } from '../src/syntax/evaluate.js';
import { loadModel } from '../src/syntax/model.js';

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'test' },
    data: { type: 'string', default: join('..', 'shared', 'data', 'ud-english-ewt') },
  },
});
const sentences = readConllu(readFileSync(join(values.data, `en_ewt-ud-${values.part}.conllu`), 'utf8'));
console.log(formatScores(evaluate(loadModel(), sentences)));
