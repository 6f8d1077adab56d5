#!/usr/bin/env bash
# The newcomer's "test" command: installs what is missing, builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
build/bin/foi-tests --no-intro=true 2>&1 | tee "$log" || status=$?
# A plain closing line for CI: "N passed, N failed".
summary=$(grep -E '^\[doctest\] test cases:' "$log" | tail -n 1)
passed=$(echo "$summary" | sed -E 's/.*\| *([0-9]+) passed.*/\1/')
failed=$(echo "$summary" | sed -E 's/.*\| *([0-9]+) failed.*/\1/')
echo "${passed:-0} passed, ${failed:-0} failed"
if [ -z "$summary" ] || [ "${passed:-0}" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
