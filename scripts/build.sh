#!/usr/bin/env bash
# Configures and builds foisearch into build/ (programs in build/bin). Called by run.sh (the two programs only:
# `build.sh foi-index foi-searchd`) and test.sh (everything). Arguments name targets; none builds all.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${FOI_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build -j"$(nproc)" "${targets[@]}"
