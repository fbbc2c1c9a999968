// Request bodies must be valid UTF-8. Node would otherwise replace bad bytes with U+FFFD without a word,
// and a corrupted article would be parsed and stored as if it were what the client sent.
import fp from 'fastify-plugin';
import { problem } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw problem(400, 'The body is not valid UTF-8.');
  }
}

export default fp(
  async (app) => {
    // Fastify's own JSON parser does the parsing after the check: it keeps the prototype-poisoning guard.
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      let text: string;
      try {
        text = decode(body as Buffer);
      } catch (error) {
        return done(error as Error);
      }
      parseJson(request, text, done);
    });
    app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (_request, body, done) => {
      try {
        done(null, decode(body as Buffer));
      } catch (error) {
        done(error as Error);
      }
    });
  },
  { name: 'utf8-bodies', fastify: '5.x' },
);
