#!/usr/bin/env bash
# The newcomer's "run" command: installs what is missing, builds, indexes corpus/ and serves on 127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh foi-index foi-searchd  # the two programs only: the tests and benchmarks wait for test.sh
DB="${FOI_DB:-build/index}"
# corpus/.sources.csv gives each real document its source link (hidden, so it is not indexed itself).
build/bin/foi-index --db "$DB" --sidecar corpus/.sources.csv corpus
echo "Ctrl-C stops the server; it prints the address it listens on below."
exec build/bin/foi-searchd --db "$DB" --listen "${FOI_LISTEN:-127.0.0.1:8080}" --web web
