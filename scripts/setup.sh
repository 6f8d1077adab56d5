#!/usr/bin/env bash
# Installs the Debian packages foisearch needs, only those missing. Idempotent; uses sudo when not root.
#   setup.sh          what building and running need
#   setup.sh --test   also what the tests need: Chromium for the page tests, Node.js and npm to drive it, and
#                     clang with its runtime libraries for the fuzzers (scripts/fuzz.sh; the sanitizers use gcc's)
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools
  libicu-dev
  libcpp-httplib-dev
  nlohmann-json3-dev
  doctest-dev
  libpoppler-cpp-dev libxml2-dev libgmime-3.0-dev libzip-dev libtesseract-dev tesseract-ocr-eng
)
if [ "${1:-}" = "--test" ]; then
  PACKAGES+=(chromium fonts-dejavu-core clang-14 libclang-rt-14-dev)
  # Node.js may come from elsewhere with npm inside it; install Debian's only when there is no node at all.
  command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs npm)
  command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
