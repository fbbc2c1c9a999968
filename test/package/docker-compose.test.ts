// docker-compose.yml: no Docker engine here, so its structure is checked: PostgreSQL with a volume and a
// healthcheck, two API replicas on it with healthchecks, secrets from the environment only.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { postgres, ...others } = compose.services;
const replicas = Object.values(others);
const fromEnvironment = (name: string) => new RegExp(`^\\$\\{${name}(:\\?[^}]*)?\\}$`);

t.test('PostgreSQL 15 keeps its data in a named volume and reports when it is ready', async (t) => {
  t.equal(postgres.image, 'postgres:15');
  const [volume, path] = (postgres.volumes ?? [])[0].split(':');
  t.equal(path, '/var/lib/postgresql/data');
  t.ok(Object.hasOwn(compose.volumes, volume), 'a named volume, declared');
  t.match(postgres.healthcheck?.test.join(' '), /pg_isready -U quotes -d quotes/);
  t.match(postgres.environment?.POSTGRES_PASSWORD, fromEnvironment('POSTGRES_PASSWORD'));
});

t.test('two API replicas of this image on that database, each with a readiness healthcheck', async (t) => {
  t.equal(replicas.length, 2);
  const hostPorts = new Set<string>();
  for (const api of replicas) {
    t.equal(api.build, '.', 'built from the Dockerfile');
    t.same(api.depends_on, { postgres: { condition: 'service_healthy' } });
    const env = api.environment ?? {};
    const url = new URL(env.DATABASE_URL.replace(/\$\{POSTGRES_PASSWORD[^}]*\}/, 'secret'));
    t.same(
      [url.protocol, url.hostname, url.port, url.username, url.password, url.pathname],
      ['postgres:', 'postgres', '5432', 'quotes', 'secret', '/quotes'],
    );
    t.match(env.DATABASE_URL, /\$\{POSTGRES_PASSWORD/, 'the password from the environment');
    t.match(env.API_KEYS, fromEnvironment('API_KEYS'), 'the keys from the environment');
    const [command, ...args] = api.healthcheck?.test ?? [];
    t.same([command, args[0], args[1]], ['CMD', 'node', '-e']);
    t.match(args[2], /http:\/\/127\.0\.0\.1:3000\/ready/);
    t.doesNotThrow(() => new Function(args[2]), 'the check is valid JavaScript');
    const [host, hostPort, containerPort] = (api.ports ?? [])[0].split(':');
    t.same([host, containerPort], ['127.0.0.1', '3000']);
    hostPorts.add(hostPort);
  }
  t.equal(hostPorts.size, 2, 'each replica on its own host port');
});

t.test('every setting the replicas are given is documented in README', async (t) => {
  const readme = readFileSync('README.md', 'utf8');
  for (const name of Object.keys(replicas[0].environment ?? {})) t.ok(readme.includes(`\`${name}\``), name);
});
