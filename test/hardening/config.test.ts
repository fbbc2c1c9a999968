import t from 'tap';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config.js';

const WRITE = 'writer-key-0123456789';
const READ = 'reader-key-0123456789';

t.test('security defaults: no keys, loopback, 600 a minute, no CORS', async (t) => {
  const config = loadConfig({});
  t.same(config.apiKeys, []);
  t.equal(config.requireKeyForReads, false);
  t.equal(config.openParse, false);
  t.equal(config.failedAuthPerMinute, 20);
  t.equal(loadConfig({ OPEN_PARSE: 'true' }).openParse, true);
  t.equal(config.durability, 'normal');
  t.equal(loadConfig({ DURABILITY: 'full' }).durability, 'full');
  t.throws(() => loadConfig({ DURABILITY: 'paranoid' }), /DURABILITY must be one of normal, full/);
  t.equal(config.rateLimitPerMinute, 600);
  t.equal(config.batchRateLimitPerMinute, 120);
  t.same(config.corsOrigins, []);
  t.equal(config.shutdownTimeoutMs, 10_000);
  t.equal(config.maxEventLoopDelayMs, 1000);
  t.equal(config.maxHeapUsedBytes, 0);
});

t.test('keys from API_KEYS or from API_KEYS_FILE, never both', async (t) => {
  const inline = loadConfig({ API_KEYS: `${WRITE}:write,${READ}:read`, REQUIRE_KEY_FOR_READS: 'true' });
  t.same(
    inline.apiKeys.map((key) => key.scope),
    ['write', 'read'],
  );
  t.equal(inline.requireKeyForReads, true);

  const file = join(t.testdir(), 'keys');
  writeFileSync(file, `# ops keys\n${WRITE}:write\n`);
  t.same(
    loadConfig({ API_KEYS_FILE: file }).apiKeys.map((key) => key.scope),
    ['write'],
  );

  t.throws(() => loadConfig({ API_KEYS: `${WRITE}:write`, API_KEYS_FILE: file }), /not both/);
  t.throws(() => loadConfig({ API_KEYS_FILE: join(t.testdirName, 'missing') }), /API_KEYS_FILE: cannot read .*missing \(ENOENT\)/);
  const bad = t.throws(() => loadConfig({ API_KEYS: `${WRITE}:admin` })) as Error;
  t.type(bad, ConfigError);
  t.match(bad.message, /API_KEYS entry 1/);
  t.throws(() => loadConfig({ REQUIRE_KEY_FOR_READS: 'yes' }), /REQUIRE_KEY_FOR_READS must be one of true, false/);
});

t.test('a keys file that lists no key, or that anyone may write, stops the start', async (t) => {
  const empty = join(t.testdir(), 'empty');
  writeFileSync(empty, '# keys go here\n\n');
  t.throws(() => loadConfig({ API_KEYS_FILE: empty }), /API_KEYS_FILE: .*empty lists no keys/);
  const open = join(t.testdirName, 'open');
  writeFileSync(open, `${WRITE}:write\n`);
  chmodSync(open, 0o666);
  t.throws(() => loadConfig({ API_KEYS_FILE: open }), /open is writable by every user; chmod o-w it/);
  chmodSync(open, 0o640);
  t.equal(loadConfig({ API_KEYS_FILE: open }).apiKeys.length, 1);
});

t.test('refuses to bind beyond loopback without keys', async (t) => {
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) {
    t.equal(loadConfig({ HOST: host }).host, host, `${host} is loopback`);
  }
  for (const host of ['0.0.0.0', '::', '192.168.1.10', 'api.example.com']) {
    const error = t.throws(() => loadConfig({ HOST: host })) as Error;
    t.type(error, ConfigError);
    t.match(error.message, `HOST=${host} would accept requests from other machines, but no API keys are configured`);
  }
  t.equal(loadConfig({ HOST: '0.0.0.0', API_KEYS: `${WRITE}:write` }).host, '0.0.0.0', 'fine with keys');
});

t.test('CORS origins and limits are validated', async (t) => {
  t.same(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:8080' }).corsOrigins, [
    'https://a.example',
    'http://localhost:8080',
  ]);
  t.throws(() => loadConfig({ CORS_ORIGINS: '*' }), /CORS_ORIGINS lists origins like/);
  t.throws(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' }), /got "https:\/\/a.example\/path"/);
  t.throws(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }), /RATE_LIMIT_PER_MINUTE must be an integer from 1/);
  t.equal(loadConfig({ RATE_LIMIT_PER_MINUTE: '20', SHUTDOWN_TIMEOUT_MS: '500' }).shutdownTimeoutMs, 500);
});

t.test('DATABASE_URL selects PostgreSQL; its pool size, write concurrency and statement timeout are checked', async (t) => {
  const config = loadConfig({});
  t.equal(config.databaseUrl, null, 'SQLite unless a URL is given');
  t.equal(config.databasePoolSize, 10);
  t.equal(config.databaseWriteConcurrency, 2, 'two write transactions at once a replica');
  t.equal(config.statementTimeoutMs, 5000);
  const url = 'postgres://quotes:secret@db.internal:5432/quotes';
  t.equal(loadConfig({ DATABASE_URL: ` ${url} ` }).databaseUrl, url);
  t.equal(loadConfig({ DATABASE_URL: 'postgresql://db/quotes' }).databaseUrl, 'postgresql://db/quotes');
  const wrong = t.throws(() => loadConfig({ DATABASE_URL: 'mysql://quotes:secret@db/quotes' })) as Error;
  t.match(wrong.message, /DATABASE_URL must be a URL like postgres:\/\//);
  t.notMatch(wrong.message, /secret/, 'the password is not printed');
  t.throws(() => loadConfig({ DATABASE_URL: 'not a url' }), /DATABASE_URL must be a URL/);
  t.throws(() => loadConfig({ DATABASE_POOL_SIZE: '0' }), /DATABASE_POOL_SIZE must be an integer from 1 to 1000/);
  t.equal(loadConfig({ DATABASE_WRITE_CONCURRENCY: '8' }).databaseWriteConcurrency, 8);
  t.throws(() => loadConfig({ DATABASE_WRITE_CONCURRENCY: '0' }), /DATABASE_WRITE_CONCURRENCY must be an integer from 1 to 1000/);
  t.throws(() => loadConfig({ STATEMENT_TIMEOUT_MS: '-1' }), /STATEMENT_TIMEOUT_MS must be an integer from 0/);
});
