#!/usr/bin/env bash
# Installs what the benchmarks need beyond scripts/setup.sh, only what is missing. Idempotent; sudo when not root.
#   libsqlite3-dev sqlite3  the FTS5 baseline        xapian-omega  omindex, the second baseline
#   wrk                     the load generator       time          /usr/bin/time, for peak RSS
#   python3                 gen_corpus and the report
set -euo pipefail

PACKAGES=(sqlite3 libsqlite3-dev xapian-omega wrk time python3)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "bench setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
