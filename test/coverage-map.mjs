// Which source files tap's coverage counts. PostgreSQL's own modules run only against a PostgreSQL server:
// on a machine with none (no TEST_DATABASE_URL, no initdb) their tests skip (test/support/postgres.ts), so
// there they are left out of the 100% check rather than failing it; .ci/run always starts a cluster, so CI
// measures them with everything else. Elsewhere: [] (every file the tests load, tap's default).
import { existsSync, readdirSync } from 'node:fs';

const POSTGRES_ONLY = /^src\/(store\/postgres\/|store\/copy\/|cli\/copy-store\.ts$|store-writer\/postgres\.ts$|plugins\/postgres-store\.ts$)/;

const installed = () => {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [];
  const dirs = [...versions.map((v) => `/usr/lib/postgresql/${v}/bin`), ...(process.env.PATH ?? '').split(':')];
  return dirs.some((dir) => existsSync(`${dir}/initdb`));
};

const withoutPostgres = process.env.TEST_DATABASE_URL || installed() ? null : readdirSync('src', { recursive: true })
  .map((file) => `src/${file}`)
  .filter((file) => file.endsWith('.ts') && !POSTGRES_ONLY.test(file));

export default () => withoutPostgres ?? [];
