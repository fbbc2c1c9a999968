// Request bodies must be valid UTF-8. Node would otherwise replace bad bytes with U+FFFD without a word,
// and a corrupted article would be parsed and stored as if it were what the client sent. Plain text may
// declare ISO-8859-1 (Latin-1), which every byte string is, and is decoded from it; JSON is UTF-8 (RFC 8259).
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { problem } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('iso-8859-1');
const LATIN1_LABELS = new Set(['iso-8859-1', 'latin1', 'latin-1', 'iso_8859-1']);

function decode(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw problem(400, 'The body is not valid UTF-8.');
  }
}

/** The charset the Content-Type declares, lower case; utf-8 when it declares none. */
function charsetOf(request: FastifyRequest): string {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] as string)?.[1].toLowerCase() ?? 'utf-8';
}

function decodeAs(charset: string, body: Buffer, latin1Allowed: boolean): string {
  if (charset === 'utf-8' || charset === 'utf8') return decode(body);
  if (latin1Allowed && LATIN1_LABELS.has(charset)) return latin1.decode(body);
  const accepted = latin1Allowed ? 'UTF-8 or ISO-8859-1' : 'UTF-8';
  throw problem(415, `charset=${charset} is not accepted: send the body as ${accepted}.`);
}

export default fp(
  async (app) => {
    // Fastify's own JSON parser does the parsing after the check: it keeps the prototype-poisoning guard.
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      let text: string;
      try {
        text = decodeAs(charsetOf(request), body as Buffer, false);
      } catch (error) {
        return done(error as Error);
      }
      parseJson(request, text, done);
    });
    app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (request, body, done) => {
      try {
        done(null, decodeAs(charsetOf(request), body as Buffer, true));
      } catch (error) {
        done(error as Error);
      }
    });
  },
  { name: 'utf8-bodies', fastify: '5.x' },
);
