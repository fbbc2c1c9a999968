// Conditional GETs and compression of response bodies. The ETag is computed first, on the body as the
// handler produced it, then the body may be compressed: so the same page has the same ETag whatever the
// encoding, which is why it is weak (W/"..."): a strong ETag promises the same bytes, and a gzip and a br
// copy of a page differ (RFC 9110, 8.8.1). If-None-Match compares weakly anyway, so 304s work the same.
import compress from '@fastify/compress';
import etag from '@fastify/etag';
import fp from 'fastify-plugin';
import { bodyDigest, conditionalGets } from './preconditions.js';

/** Bodies below this are sent as they are: compressing a few hundred bytes saves no packet and costs CPU. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

export default fp(
  async (app) => {
    // @fastify/etag answers 304 only to an If-None-Match of exactly one tag, and to any method: the 304s
    // are conditionalGets' (it must come after the ETag and before compression).
    await app.register(etag, { weak: true, replyWith304: false, hashFn: bodyDigest });
    await app.register(conditionalGets);
    // NDJSON exports and batch results are not of a compressible type, so they stream line by line as
    // written, not in the compressor's 16 KiB blocks. Request bodies are never decompressed (a compressed
    // upload could expand far past MAX_ARTICLE_BYTES before the limit saw it).
    await app.register(compress, {
      threshold: COMPRESSION_THRESHOLD_BYTES,
      encodings: ['br', 'gzip'],
      globalDecompression: false,
    });
  },
  { name: 'response-encoding' },
);
