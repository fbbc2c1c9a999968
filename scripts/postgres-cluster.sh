#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and CI: initdb in a temporary folder, a free port on 127.0.0.1
# (the unix socket in that folder too), one database. Everything is stopped and removed on exit.
#
#   scripts/postgres-cluster.sh              prints the postgres:// URL, then runs until Ctrl-C, SIGTERM
#                                            or the end of its stdin (a parent that dies closes the pipe)
#   scripts/postgres-cluster.sh -- CMD ...   runs CMD with TEST_DATABASE_URL set, stops, exits with CMD's code
#
# Installs Debian's postgresql when no initdb is found, unless POSTGRES_NO_INSTALL=1 (the test helper
# sets it: tests skip rather than install). PostgreSQL refuses to run as root, so as root the server runs
# as the `postgres` user when there is one, else `nobody`.
set -euo pipefail

find_bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n $initdb ]] || initdb=$(command -v initdb || true)
  [[ -n $initdb ]] && dirname "$(readlink -f "$initdb")"
}

bin_dir=$(find_bin_dir || true)
if [[ -z $bin_dir ]]; then
  if [[ ${POSTGRES_NO_INSTALL:-0} == 1 ]]; then
    echo "postgres-cluster: no initdb found (install Debian's postgresql)" >&2
    exit 3
  fi
  echo "postgres-cluster: installing postgresql" >&2
  # Only the binaries: no system cluster of Debian's own on port 5432.
  mkdir -p /etc/postgresql-common
  echo 'create_main_cluster = false' >>/etc/postgresql-common/createcluster.conf
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y postgresql || (apt-get update && apt-get install -y postgresql)) >&2
  bin_dir=$(find_bin_dir)
fi

if [[ $(id -u) == 0 ]]; then
  if id postgres >/dev/null 2>&1; then user=postgres; else user=nobody; fi
  as_user() { runuser -u "$user" -- "$@"; }
else
  user=$(id -un)
  as_user() { "$@"; }
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/postgres-cluster.XXXXXX")
chmod 700 "$dir"
[[ $(id -u) == 0 ]] && chown "$user" "$dir"
started=0
cleanup() {
  if [[ $started == 1 ]]; then as_user "$bin_dir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_user "$bin_dir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }

# The port is asked of the kernel, then given to the server; another process may take it between the two,
# so a start that fails is tried again on another port.
free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }
# No durability (a throwaway), room for several replicas' pools and parallel test files.
settings="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB"
for attempt in 1 2 3; do
  port=$(free_port)
  if as_user "$bin_dir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port $settings" -w -t 120 start >/dev/null; then
    started=1
    break
  fi
  [[ $attempt == 3 ]] && { cat "$dir/server.log" >&2; exit 1; }
done

as_user "$bin_dir/createdb" -h "$dir" -p "$port" -U postgres quotes
url="postgres://postgres@127.0.0.1:$port/quotes"

if [[ ${1:-} == -- ]]; then
  shift
  status=0
  TEST_DATABASE_URL=$url "$@" || status=$?
  exit "$status"
fi
echo "$url"
# `read` returns at the end of stdin; a signal runs its trap first.
while IFS= read -r _; do :; done
