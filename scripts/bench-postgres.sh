#!/usr/bin/env bash
# The PostgreSQL benchmarks end to end, one command (issue 14's "How fast"): a throwaway cluster, the
# 100k-article benchmark database copied into it with copy-store (timed), then bench:query, the store's CPU a
# read and an article (bench/postgres-store.ts) and bench:ingest with DATABASE_URL (SQLite's rows beside
# PostgreSQL's, one replica and two). Run it on an idle machine:
#
#   scripts/bench-postgres.sh [DB]     DB: the SQLite benchmark file (default data/bench.db; built by
#                                      bench:data when missing, about 5 minutes idle)
#
# Extra arguments for the benchmarks go in QUERY_ARGS and INGEST_ARGS (e.g. QUERY_ARGS='--seconds 30').
# Everything it prints goes to stdout; the cluster is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-data/bench.db}

npm run build >/dev/null
[[ -f $db ]] || node dist/bench/data.js --db "$db"

# Runs inside the cluster script, with its URL in TEST_DATABASE_URL.
run() {
  local db=$1 url=$TEST_DATABASE_URL
  echo "== copy-store $db -> PostgreSQL (load $(cut -d' ' -f1-3 /proc/loadavg))"
  local started=$SECONDS
  node dist/src/cli/main.js copy-store --from "$db" --to "$url"
  echo "copy-store took $((SECONDS - started)) s (load $(cut -d' ' -f1-3 /proc/loadavg))"
  # Planner statistics for the copied rows, as ANALYZE in bench:data gives SQLite's.
  node -e "const pg = require('pg'); const c = new pg.Client({ connectionString: process.argv[1] });
    c.connect().then(() => c.query('ANALYZE')).then(() => c.end())" "$url"
  echo "== bench:query (load $(cut -d' ' -f1-3 /proc/loadavg))"
  # shellcheck disable=SC2086
  DATABASE_URL=$url node dist/bench/query.js --db "$db" ${QUERY_ARGS:-}
  echo "== the store's CPU a read and an article, in-process (load $(cut -d' ' -f1-3 /proc/loadavg))"
  node dist/bench/postgres-store.js --url "$url"
  echo "== bench:ingest (load $(cut -d' ' -f1-3 /proc/loadavg))"
  # shellcheck disable=SC2086
  DATABASE_URL=$url node dist/bench/ingest.js --db "$db" ${INGEST_ARGS:-}
  echo "== done (load $(cut -d' ' -f1-3 /proc/loadavg))"
}
export -f run
scripts/postgres-cluster.sh -- bash -c 'run "$1"' _ "$db"
