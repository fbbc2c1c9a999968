// Conditional requests (RFC 9110, section 13): If-None-Match on GETs, and If-Match on an article's PUT and
// DELETE (routes/articles.ts), so that two clients editing one article cannot overwrite each other's change
// unseen.
import { hash } from 'node:crypto';
import fp from 'fastify-plugin';

/** The entity-tags an If-Match or If-None-Match value lists, or '*'. A value that is neither lists none. */
export function entityTags(value: string): '*' | string[] {
  if (value.trim() === '*') return '*';
  // An opaque tag may hold a comma, so the list is read tag by tag rather than split on commas.
  return value.match(/(?:W\/)?"[^"]*"/g) ?? [];
}

const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/**
 * Whether an If-Match or If-None-Match value names the current representation, whose ETag is `etag`: '*', or
 * a tag listed with the same opaque tag. The comparison is weak (RFC 9110, 8.8.3.2) for If-Match too, where the
 * RFC asks a strong one: every ETag here is weak (the same body goes plain, gzip or br), and no weak tag passes a
 * strong comparison, so If-Match could never succeed.
 */
export function names(value: string, etag: string): boolean {
  const tags = entityTags(value);
  return tags === '*' || tags.some((tag) => opaque(tag) === opaque(etag));
}

/**
 * The ETag of an article as GET /v1/articles/{id} sends it: the digest of the stored record, so that a PUT or
 * DELETE can compare an If-Match with the article as it is now without serialising a response.
 */
export function articleETag(article: object): string {
  return `W/"${bodyDigest(JSON.stringify(article))}"`;
}

/**
 * The digest in every ETag (the opaque part): SHA-1 in base64 of the body's UTF-8 bytes, by the one-shot
 * `crypto.hash` (no Hash object a request), of the body as it is sent (text or bytes).
 */
export const bodyDigest = (body: string | Buffer): string => hash('sha1', body, 'base64');

/**
 * Runs the changes to one key one after another (a change starts when the previous one on that key has
 * settled), so that an If-Match checked at the start of a change still holds when its write lands.
 */
export function oneAtATime<K>() {
  const tails = new Map<K, Promise<void>>();
  return async <T>(key: K, change: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(change);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

/**
 * 304 Not Modified for a GET or HEAD whose If-None-Match names the ETag its answer carries: a list of tags or
 * '*'; only when the answer would have been a 2xx (RFC 9110, 13.1.2 and 13.2.1).
 */
export const conditionalGets = fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      const value = request.headers['if-none-match'];
      const etag = reply.getHeader('etag');
      const safe = request.method === 'GET' || request.method === 'HEAD';
      if (!safe || reply.statusCode >= 300 || value === undefined || typeof etag !== 'string' || !names(value, etag)) return payload;
      reply.code(304);
      return '';
    });
  },
  { name: 'conditional-gets' },
);
