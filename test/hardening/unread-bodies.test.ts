// A body answered before it was read (413 while the client still writes) over a real socket: the client reads
// its answer and finishes writing without EPIPE; past the drop limits the connection is closed after all.
import { connect } from 'node:net';
import Fastify from 'fastify';
import t from 'tap';
import unreadBodies from '../../src/plugins/unread-bodies.js';
import { testApp } from '../bulk/helpers.js';

interface Sent {
  response: string;
  written: number;
  writeError?: string;
}

/** Sends headers for `declared` bytes, then writes `send` bytes as fast as the socket takes them (or `stall`s). */
function rawPost(port: number, path: string, declared: number, send = declared) {
  return new Promise<Sent>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const sent: Sent = { response: '', written: 0 };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (sent.response += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (sent.writeError = error.code));
    socket.on('close', () => resolve(sent));
    socket.write(`POST ${path} HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\nContent-Length: ${declared}\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, 'said ');
    const pump = () => {
      while (sent.written < send) {
        const piece = chunk.subarray(0, Math.min(chunk.length, send - sent.written));
        sent.written += piece.length;
        if (!socket.write(piece)) return void socket.once('drain', pump);
      }
    };
    pump();
  });
}

t.test('a 4 MB POST over the limit: the 413 arrives and the client writes its whole body without EPIPE', async (t) => {
  const app = await testApp(t, { writerThread: false, searchThreads: 0 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const sent = await rawPost(port, '/v1/parse', 4 * 1024 * 1024);
  t.match(sent.response, /^HTTP\/1\.1 413 /);
  t.match(sent.response, /"status":413/);
  t.equal(sent.writeError, undefined);
  t.equal(sent.written, 4 * 1024 * 1024);
});

t.test('past the drop limits (bytes, then time) the connection is closed, after the answer', async (t) => {
  const app = Fastify({ bodyLimit: 1024 });
  await app.register(unreadBodies, { maxBytes: 256 * 1024, maxMs: 300 });
  app.post('/', async () => 'never');
  await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const { port } = app.server.address() as { port: number };
  const flood = await rawPost(port, '/', 8 * 1024 * 1024);
  t.match(flood.response, /^HTTP\/1\.1 413 /);
  t.ok(flood.written < 8 * 1024 * 1024, 'closed before the client wrote it all');
  const started = Date.now();
  const stalled = await rawPost(port, '/', 64 * 1024, 2048);
  t.match(stalled.response, /^HTTP\/1\.1 413 /);
  t.ok(Date.now() - started >= 250, 'a client that stops sending is closed at the time limit');
});
