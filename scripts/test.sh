#!/bin/sh
# npm test: the type checks (scripts/typecheck.sh) run beside tap instead of before it, at a lower priority,
# so that they take what the test files leave of the cores (while files wait on servers, browsers and
# PostgreSQL, and in the last files' tail) rather than holding tap back. Their output is kept and printed
# after tap's; either failing fails the run. Arguments go to tap (`npm test -- test/routes`).
set -u
log=$(mktemp)
trap 'rm -f "$log"' EXIT
nice -n 10 scripts/typecheck.sh >"$log" 2>&1 &
checks=$!
status=0
node test/loader/prepare.mjs && tap --jobs="$(node -p 'os.availableParallelism() + 1')" "$@" || status=1
if ! wait "$checks"; then
  cat "$log"
  echo 'npm test: the type check failed (above)' >&2
  status=1
fi
exit "$status"
