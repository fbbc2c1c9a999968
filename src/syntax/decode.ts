// The parser's entry point: beam search when the model was trained for it, greedy otherwise.
import { parseBeam } from './beam.js';
import { type Parse, type ParserInput, type ParserModel, parseGreedy } from './parser.js';

/**
 * Hypotheses kept a step when decoding a beam-trained model, at most its training width: past a few, a
 * wider beam buys no accuracy on EWT dev or test and costs time in proportion (figures in README).
 */
export const DECODE_BEAM = 5;

export function parse(model: ParserModel, input: ParserInput): Parse {
  return model.beam > 1 ? parseBeam(model, input, Math.min(model.beam, DECODE_BEAM)) : parseGreedy(model, input);
}
