// A response sent before its request body was read whole (a 413 while the client still writes, a batch that
// stopped at its article cap or at a store error) must still reach the client. Closing at once reset the
// connection under a client still writing (half of them saw EPIPE instead of the 413); leaving the body
// unread stalled the client to its own timeout, and SIGTERM waited for it. So the rest of the body is read and
// dropped, up to a bound in bytes and time, and only then is the connection closed.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import fp from 'fastify-plugin';

export interface LingerLimits {
  /** Most bytes of an unread body dropped before the connection is closed. */
  maxBytes: number;
  /** Longest the rest of a body is waited for. */
  maxMs: number;
}

/** Reads and drops what is left of `request`'s body; a connection Node was closing is closed once it ends. */
export function linger(request: IncomingMessage, socket: Socket, { maxBytes, maxMs }: LingerLimits): void {
  let left = maxBytes;
  let closing = false;
  const close = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(close, maxMs);
  // Node closes a closing connection once the response is out; here only once the body has ended (a FIN sooner
  // makes many clients stop writing and fail).
  const destroySoon = socket.destroySoon.bind(socket);
  socket.destroySoon = () => void (closing = true);
  request.on('data', (chunk: Buffer) => {
    left -= chunk.length;
    if (left < 0) close();
  });
  request.once('end', () => {
    clearTimeout(timer);
    if (closing) destroySoon();
  });
  request.resume();
}

export default fp<LingerLimits>(
  async (app, limits) => {
    app.addHook('onRequest', async (request, reply) => {
      // 'prefinish': the response is written out, before Node decides what becomes of the connection.
      reply.raw.once('prefinish', () => {
        // `complete` is false on a real request whose body is not all in (an injected one has none).
        if (request.raw.complete === false) linger(request.raw, reply.raw.socket!, limits);
      });
    });
  },
  { name: 'unread-bodies', fastify: '5.x' },
);
