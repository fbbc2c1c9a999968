// npm run bench:probes -- [--articles 20000] [--seconds 20] [--db data/probes.db]
// Issue 12's denial-of-service probes, re-run against the real server (from dist, with its default limits,
// OPEN_PARSE=true so keyless parsing is reachable at all): keyless `q=the` searches, 1 MB "said " parse
// floods, slow bodies, wrong-key floods and oversized batches, each from loopback addresses of its own, while a
// keyed client posts and reads from 127.0.0.1 and the probes poll. Prints what the keyed client and the probes
// saw, and what the attackers got.
import { execFileSync } from 'node:child_process';
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGenerator } from './data/generate.js';
import { apiServer } from './servers.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '20' },
    db: { type: 'string', default: 'data/probes.db' },
  },
});
const WRITE_KEY = 'probe-writer-key-0123456789';
const ATTACK_KEY = 'probe-attacker-key-0123456789';
const PORT = 3591;

execFileSync(process.execPath, [fileURLToPath(new URL('./data.js', import.meta.url)), '--articles', values.articles, '--db', values.db], {
  stdio: 'ignore',
});
const server = await apiServer(PORT, {
  DATABASE_PATH: values.db,
  API_KEYS: `${WRITE_KEY}:write,${ATTACK_KEY}:write`,
  OPEN_PARSE: 'true',
  // The service's defaults, which the other benchmarks lift.
  RATE_LIMIT_PER_MINUTE: '600',
  BATCH_RATE_LIMIT_PER_MINUTE: '120',
  MAX_EVENT_LOOP_DELAY_MS: '1000',
});

interface Answer {
  status: number;
  ms: number;
  body: string;
}

const agents = new Map<string, Agent>();
/** One request from `from` (a loopback address), answered with its status (0: the connection failed) and time. */
function send(from: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Answer> {
  if (!agents.has(from)) agents.set(from, new Agent({ keepAlive: true, localAddress: from }));
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port: PORT, method, path, headers, agent: agents.get(from) }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, ms: performance.now() - started, body }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, body: '' }));
    req.end(body);
  });
}

// The machine may be shared: the load before and after says how much of it the server had.
const loadBefore = loadavg()[0];
const until = Date.now() + Number(values.seconds) * 1000;
const tally = new Map<string, Answer[]>();
const note = (name: string, answer: Answer) => tally.set(name, [...(tally.get(name) ?? []), answer]);

/** `connections` loops of `once` until the run ends. */
const loops = (connections: number, once: (i: number) => Promise<unknown>) =>
  Promise.all(
    Array.from({ length: connections }, async (_, i) => {
      while (Date.now() < until) await once(i);
    }),
  );

const generate = createGenerator({ seed: 7, officials: 2000 });
const said = 'said '.repeat(200_000);
const json = { 'content-type': 'application/json' };
let posted = 0;

function slowBody(from: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: PORT, localAddress: from });
    socket.on('error', () => {});
    socket.write(`POST /v1/parse HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n`);
    const drip = setInterval(() => socket.write('said '), 1000);
    socket.on('data', (chunk) =>
      note('attack: slow body', { status: Number(/^HTTP\/1\.1 (\d+)/.exec(String(chunk))?.[1] ?? 0), ms: 0, body: '' }),
    );
    socket.on('close', () => (clearInterval(drip), resolve()));
    setTimeout(() => socket.destroy(), Math.max(0, until - Date.now()));
  });
}

await Promise.all([
  loops(1, async () => {
    const article = generate(1_000_000 + posted++);
    note(
      'keyed: POST /v1/articles',
      await send(
        '127.0.0.1',
        'POST',
        '/v1/articles',
        { ...json, authorization: `Bearer ${WRITE_KEY}` },
        JSON.stringify({ text: article.text }),
      ),
    );
  }),
  loops(1, async () =>
    note(
      'keyed: GET /v1/quotes?speaker',
      await send('127.0.0.1', 'GET', '/v1/quotes?speaker=minister&limit=20', { authorization: `Bearer ${WRITE_KEY}` }),
    ),
  ),
  loops(1, async () => {
    note('probe: /health', await send('127.0.0.1', 'GET', '/health'));
    note('probe: /ready', await send('127.0.0.1', 'GET', '/ready'));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }),
  loops(10, async (i) => note('attack: keyless q=the', await send(`127.0.0.${10 + i}`, 'GET', '/v1/quotes?q=the&limit=500'))),
  loops(20, async (i) =>
    note('attack: keyless 1 MB parse', await send(`127.0.0.${30 + (i % 5)}`, 'POST', '/v1/parse', { 'content-type': 'text/plain' }, said)),
  ),
  loops(4, async (i) =>
    note(
      'attack: wrong key',
      await send(
        `127.0.0.${40 + i}`,
        'POST',
        '/v1/articles',
        { ...json, authorization: 'Bearer wrong-key-0123456789abcdef' },
        '{"text": "x"}',
      ),
    ),
  ),
  loops(2, async (i) => {
    const batch = `${JSON.stringify({ text: `GENEVA - ${'said '.repeat(1_100_000)}` })}\n`;
    note(
      'attack: 5 MB article in a batch',
      await send(
        `127.0.0.${50 + i}`,
        'POST',
        '/v1/articles/batch',
        { 'content-type': 'application/x-ndjson', authorization: `Bearer ${ATTACK_KEY}` },
        batch,
      ),
    );
  }),
  Promise.all(Array.from({ length: 100 }, (_, i) => slowBody(`127.0.0.${60 + (i % 4)}`))),
]);

const rssMb = server.peakRssMb();
await server.stop();
for (const agent of agents.values()) agent.destroy();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
console.log(
  `${values.articles} generated articles, ${values.seconds} s, peak RSS ${rssMb.toFixed(0)} MB, ` +
    `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after\n`,
);
console.log('| who | requests | statuses | ok share | p50 ms | p99 ms |\n|---|---|---|---|---|---|');
// A batch is answered 200 with a result per line: what counts is whether the oversized article was stored.
const oversizedStored = (tally.get('attack: 5 MB article in a batch') ?? [])
  .filter((a) => a.status === 200)
  .reduce((sum, a) => sum + (JSON.parse(a.body) as { created: number }).created, 0);
for (const [name, answers] of tally) {
  const statuses = new Map<number, number>();
  for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
  const ok = answers.filter((a) => a.status >= 200 && a.status < 300).length;
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  const shown = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  console.log(
    `| ${name} | ${answers.length} | ${shown} | ${((100 * ok) / answers.length).toFixed(1)}% | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} |`,
  );
}
console.log(`\nOversized batch articles stored: ${oversizedStored}`);
