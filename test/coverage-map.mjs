// Which source files tap's coverage counts. PostgreSQL's own modules run only against a PostgreSQL server:
// on a machine with none (no TEST_DATABASE_URL, no initdb) their tests skip (test/support/postgres.ts), so
// there they are left out of the 100% check rather than failing it; .ci/run always starts a cluster, so CI
// measures them with everything else. Elsewhere: [] (every file the tests load, tap's default).
import { readdirSync } from 'node:fs';
import { postgresAvailable } from './support/postgres-available.mjs';

const POSTGRES_ONLY = /^src\/(store\/postgres\/|store\/copy\/|cli\/(copy-store|postgres-database)\.ts$|store-writer\/postgres\.ts$|plugins\/postgres-store\.ts$)/;

const withoutPostgres = postgresAvailable
  ? null
  : readdirSync('src', { recursive: true })
      .map((file) => `src/${file}`)
      .filter((file) => file.endsWith('.ts') && !POSTGRES_ONLY.test(file));

export default () => withoutPostgres ?? [];
