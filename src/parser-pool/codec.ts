// Parse results cross threads as UTF-8 JSON bytes, moved rather than copied: in a backfill the event loop
// hands each one from a parser thread to the writer thread without ever building the records. Built there,
// records waiting to be stored outlived the young generation and swelled the old one between collections.
import type { ParseResult } from '../extract/types.js';

export type EncodedParse = Uint8Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const encodeParse = (result: ParseResult): EncodedParse => encoder.encode(JSON.stringify(result));

export const decodeParse = (bytes: EncodedParse): ParseResult => JSON.parse(decoder.decode(bytes)) as ParseResult;
