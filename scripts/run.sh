#!/usr/bin/env bash
# The newcomer's "run" command: installs what is missing, builds, indexes corpus/ and serves on 127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
DB="${FOI_DB:-build/index}"
build/bin/foi-index --db "$DB" corpus
# foi-searchd (issue 4) will serve the page and API here; until it does, the run stops after indexing.
if build/bin/foi-searchd --help >/dev/null 2>&1; then
  exec build/bin/foi-searchd --db "$DB" --listen 127.0.0.1:8080 --web web
fi
echo "indexed corpus/ into $DB (foi-searchd, the page and the API arrive with issue 4)"
