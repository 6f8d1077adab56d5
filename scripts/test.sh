#!/usr/bin/env bash
# The newcomer's "test" command: installs what is missing, builds, runs every test (doctest, then the page in
# real Chromium). Prints "N passed, N failed" over both at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
bash scripts/build.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
build/bin/foi-tests --no-intro=true 2>&1 | tee "$log" || status=$?
summary=$(grep -E '^\[doctest\] test cases:' "$log" | tail -n 1)
passed=$(echo "$summary" | sed -E 's/.*\| *([0-9]+) passed.*/\1/')
failed=$(echo "$summary" | sed -E 's/.*\| *([0-9]+) failed.*/\1/')
[ -n "$summary" ] || { passed=0; failed=1; }

(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
node --test --test-concurrency=1 tests/browser/*.test.mjs 2>&1 | tee "$log" || status=$?
bpassed=$(grep -E '^# pass ' "$log" | tail -n 1 | awk '{print $3}')
bfailed=$(grep -E '^# fail ' "$log" | tail -n 1 | awk '{print $3}')
[ -n "$bpassed" ] || { bpassed=0; bfailed=1; }
echo "screenshots of the page: build/screenshots/"

echo "$((passed + bpassed)) passed, $((failed + bfailed)) failed"
if [ $((passed + bpassed)) -eq 0 ] || [ $((failed + bfailed)) -ne 0 ]; then status=1; fi
exit "$status"
