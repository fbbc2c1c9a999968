// The parser's entry point: beam search when the model was trained for it, greedy otherwise.
import { parseBeam } from './beam.js';
import { type Parse, type ParserInput, type ParserModel, parseGreedy } from './parser.js';

export function parse(model: ParserModel, input: ParserInput): Parse {
  return model.beam > 1 ? parseBeam(model, input) : parseGreedy(model, input);
}
