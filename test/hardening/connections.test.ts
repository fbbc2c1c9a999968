// Slow bodies time out and one address cannot hoard connections, while other clients are served.
import t from 'tap';
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { testApp } from '../routes/helpers.js';

const SLOW = '127.0.0.2';
const OTHER = '127.0.0.3';

async function listening(t: Parameters<typeof testApp>[0], options: Parameters<typeof testApp>[1]) {
  const app = await testApp(t, options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as { port: number }).port };
}

/** A connection that sends a request's headers and the start of its body, then stalls. */
async function slowBody(port: number, localAddress = SLOW): Promise<Socket> {
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  socket.on('error', () => {});
  await once(socket, 'connect');
  socket.write('POST /v1/parse HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nGENEVA - ');
  return socket;
}

const received = (socket: Socket) => {
  let text = '';
  socket.on('data', (chunk) => (text += chunk));
  return () => text;
};

async function get(port: number, path: string, localAddress = OTHER): Promise<number> {
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  const answer = received(socket);
  socket.end(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  await once(socket, 'close');
  return Number(/^HTTP\/1\.1 (\d+)/.exec(answer())?.[1]);
}

t.test('a body that stalls is cut off at the request timeout', async (t) => {
  const { port } = await listening(t, { requestTimeoutMs: 500 });
  const socket = await slowBody(port);
  const answer = received(socket);
  const started = Date.now();
  await once(socket, 'close');
  t.match(answer(), /^HTTP\/1\.1 408 Request Timeout\r\nContent-Type: application\/problem\+json/);
  t.match(answer(), /"status":408,"detail":"The request did not arrive within REQUEST_TIMEOUT_MS/);
  t.ok(Date.now() - started < 10_000, 'well within a generous bound');
  t.equal(await get(port, '/health'), 200, 'others are served');
});

t.test('one address holds at most its share of connections; others are served meanwhile', async (t) => {
  const { port } = await listening(t, { maxConnectionsPerAddress: 3, requestTimeoutMs: 60_000 });
  const hoard = await Promise.all([1, 2, 3].map(() => slowBody(port)));
  await sleep(50);
  const fourth = connect({ port, host: '127.0.0.1', localAddress: SLOW });
  fourth.on('error', () => {});
  await once(fourth, 'close');
  t.ok(
    hoard.every((socket) => !socket.destroyed),
    'the first three stay open',
  );
  t.equal(await get(port, '/health'), 200, 'another address is served');
  t.equal(await get(port, '/v1/quotes'), 200);
  hoard[0].destroy();
  await sleep(100);
  t.equal(await get(port, '/health', SLOW), 200, 'a slot freed is a slot to use');
  for (const socket of hoard) socket.destroy();
});

t.test('0 lifts the cap', async (t) => {
  const { port } = await listening(t, { maxConnectionsPerAddress: 0 });
  const many = await Promise.all([1, 2, 3, 4].map(() => slowBody(port)));
  t.equal(await get(port, '/health', SLOW), 200);
  for (const socket of many) socket.destroy();
});

t.test("errors of Node's HTTP parser are problem+json too", async (t) => {
  const { port } = await listening(t, {});
  const send = async (request: string) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.on('error', () => {});
    const answer = received(socket);
    socket.write(request);
    await once(socket, 'close');
    return answer();
  };
  const huge = await send(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  t.match(huge, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\nContent-Type: application\/problem\+json/);
  t.match(huge, /"detail":"The request headers are over 16 KiB."/);
  const framing = await send('POST /v1/parse HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello');
  t.match(framing, /^HTTP\/1\.1 400 Bad Request\r\nContent-Type: application\/problem\+json/);
  t.match(framing, /not valid HTTP \(HPE_/);
});

t.test('a connection reset or closed before the answer gets nothing written', async (t) => {
  const { clientErrorHandler } = await import('../../src/plugins/connections.js');
  const written: string[] = [];
  const socket = {
    writable: true,
    destroyed: false,
    end: (text: string) => written.push(text),
    destroy() {
      this.destroyed = true;
    },
  };
  clientErrorHandler(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), socket as never);
  t.ok(socket.destroyed);
  const closed = { ...socket, writable: false, destroyed: false };
  clientErrorHandler(Object.assign(new Error('late'), { code: 'HPE_INVALID_METHOD' }), closed as never);
  t.ok(closed.destroyed);
  t.same(written, []);
});
