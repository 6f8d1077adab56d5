#!/usr/bin/env bash
# The newcomer's "run" command: installs what is missing, builds, indexes corpus/ and serves on 127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
DB="${FOI_DB:-build/index}"
build/bin/foi-index --db "$DB" corpus
echo "serving http://127.0.0.1:8080 (Ctrl-C stops)"
exec build/bin/foi-searchd --db "$DB" --listen "${FOI_LISTEN:-127.0.0.1:8080}" --web web
