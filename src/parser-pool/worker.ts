// Runs inside a piscina worker thread: one article text in, its ParseResult out, either structured-cloned
// back (the default export) or as encoded bytes moved back without a copy (parseEncoded).
import { Piscina } from 'piscina';
import { parseArticle } from '../extract/index.js';
import type { ParseResult } from '../extract/types.js';
import { encodeParse, type EncodedParse } from './codec.js';

export default function parseInWorker(text: string): ParseResult {
  return parseArticle(text);
}

export function parseEncoded(text: string): EncodedParse {
  return Piscina.move(encodeParse(parseArticle(text))) as EncodedParse;
}
