// Slow or hoarding clients: a request (headers and body) must arrive within REQUEST_TIMEOUT_MS, and one
// address may hold at most MAX_CONNECTIONS_PER_ADDRESS connections, so trickled bodies cannot pin the
// server's sockets and memory (300 such connections had stayed open for 30 s and more).
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import fp from 'fastify-plugin';
import { problemBody } from './errors.js';

export interface ConnectionLimits {
  requestTimeoutMs: number;
  /** 0: no cap (behind a proxy every connection comes from the proxy's address). */
  maxConnectionsPerAddress: number;
}

/** Headers are small: they get a tenth of the request's time, at most 10 s. */
const headersTimeout = (requestTimeoutMs: number) => Math.min(10_000, Math.ceil(requestTimeoutMs / 10));

// What Node's HTTP parser refuses before any route runs, in the words a client can act on.
const CLIENT_ERRORS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive within REQUEST_TIMEOUT_MS; send it faster or in smaller parts.'],
  HPE_HEADER_OVERFLOW: [431, 'The request headers are over 16 KiB.'],
};

/**
 * Fastify's `clientErrorHandler`: errors Node's HTTP parser raises (a timeout, headers too large, bad framing)
 * are answered with a problem+json body like every other error, and the connection is closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, detail] = CLIENT_ERRORS[String(error.code)] ?? [400, `The request is not valid HTTP (${error.code}).`];
  const body = JSON.stringify(problemBody(status, detail));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Fastify constructor options: spread them into `Fastify({...})`. */
export function connectionOptions({ requestTimeoutMs }: ConnectionLimits) {
  return {
    clientErrorHandler,
    requestTimeout: requestTimeoutMs,
    // Node checks for overdue requests every 30 s by default: too coarse for a timeout of a few seconds.
    http: { headersTimeout: headersTimeout(requestTimeoutMs), connectionsCheckingInterval: Math.min(1000, requestTimeoutMs) },
  };
}

export default fp<ConnectionLimits>(
  async (app, { maxConnectionsPerAddress }) => {
    if (maxConnectionsPerAddress === 0) return;
    const open = new Map<string, number>();
    app.server.on('connection', (socket) => {
      const address = String(socket.remoteAddress);
      const count = (open.get(address) ?? 0) + 1;
      if (count > maxConnectionsPerAddress) {
        socket.destroy();
        return;
      }
      open.set(address, count);
      socket.once('close', () => {
        const left = open.get(address)! - 1;
        if (left === 0) open.delete(address);
        else open.set(address, left);
      });
    });
  },
  { name: 'connections', fastify: '5.x' },
);
