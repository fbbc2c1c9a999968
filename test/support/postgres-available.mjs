// Whether the PostgreSQL tests run here: a cluster is given (TEST_DATABASE_URL, as .ci/run gives one) or
// initdb is installed to start one. Plain JavaScript: tap loads the coverage map, which asks too, without
// the tests' TypeScript loader.
import { existsSync, readdirSync } from 'node:fs';

function initdbInstalled() {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [];
  const dirs = [...versions.map((v) => `/usr/lib/postgresql/${v}/bin`), ...(process.env.PATH ?? '').split(':')];
  return dirs.some((dir) => existsSync(`${dir}/initdb`));
}

export const postgresAvailable = Boolean(process.env.TEST_DATABASE_URL) || initdbInstalled();
