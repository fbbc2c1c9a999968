// Runs inside a piscina worker thread: one article text in, its ParseResult out (structured-cloned back).
import { parseArticle } from '../extract/index.js';
import type { ParseResult } from '../extract/types.js';

export default function parseInWorker(text: string): ParseResult {
  return parseArticle(text);
}
