#!/bin/sh
# The two type checks (Node code, and the browser's script against the DOM) side by side, each incremental:
# tsc keeps what it learned in node_modules/.cache/tsc and checks again only what a change can affect.
# Exits non-zero when either finds an error.
set -u
cache=node_modules/.cache/tsc
tsc --noEmit --incremental --tsBuildInfoFile "$cache/main.tsbuildinfo" &
main=$!
status=0
tsc --noEmit -p tsconfig.browser.json --incremental --tsBuildInfoFile "$cache/browser.tsbuildinfo" || status=1
wait "$main" || status=1
exit "$status"
