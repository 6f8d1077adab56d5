#!/usr/bin/env bash
# Builds the libFuzzer harnesses (build-fuzz: clang, ASan + UBSan; README "Fuzzing and sanitizers"), replays each
# harness's regression inputs (fuzz/regressions/<harness>/, every file once), then fuzzes each for SECONDS
# starting from its seeds (fuzz/corpus/<harness>/) and what earlier runs here found (build-fuzz/corpus/<harness>/).
# A crash, leak, timeout or UB is written to build-fuzz/findings/<harness>/ and fails the run.
# Usage: fuzz.sh [SECONDS] [HARNESS...]   (default 30 s each, every harness; FOI_JOBS=N harnesses at once, default
# nproc). Prints one line per harness and exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
seconds="${1:-30}"
shift || true
all=(fuzz_query fuzz_extract fuzz_text fuzz_html fuzz_pdf fuzz_mail fuzz_office fuzz_wdtk)
[ $# -gt 0 ] && harnesses=("$@") || harnesses=("${all[@]}")
jobs="${FOI_JOBS:-$(nproc)}"

CXX=clang++-14 CC=clang-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOI_FUZZ=ON \
  -DFOI_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$jobs" --target "${harnesses[@]}"

# Leaks are findings too (no suppressions were needed for the libraries).
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# -timeout: one input taking longer is a hang; -rss_limit_mb: the sandbox gives a reader 2 GB.
# -seed: the same inputs in the same order on every run of the same build (FOI_FUZZ_SEED=0 for a random seed), so a
# short run that passed here passes in CI, and a finding is reproduced by running again.
common=(-timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -seed="${FOI_FUZZ_SEED:-1}")
mkdir -p build-fuzz/logs

# One harness: its regressions once each, then SECONDS of fuzzing. Writes build-fuzz/logs/<harness>.log and a
# one-line verdict in build-fuzz/logs/<harness>.result.
fuzz_one() {
  local h=$1 bin=build-fuzz/bin/$1 log=build-fuzz/logs/$1.log
  local findings=build-fuzz/findings/$h work=build-fuzz/corpus/$h dict=() regressions=()
  mkdir -p "$findings" "$work"
  [ -f "fuzz/dict/$h.dict" ] && dict=(-dict="fuzz/dict/$h.dict")
  : >"$log"
  if [ -d "fuzz/regressions/$h" ]; then
    mapfile -t regressions < <(find "fuzz/regressions/$h" -type f ! -name '*.md' | sort)
  fi
  if [ ${#regressions[@]} -gt 0 ]; then
    if ! "$bin" "${common[@]}" "${regressions[@]}" >>"$log" 2>&1; then
      echo "$h: FAILED a regression input (fuzz/regressions/$h/; $log)" >"build-fuzz/logs/$h.result"
      return 1
    fi
  fi
  local rc=0
  "$bin" "${common[@]}" "${dict[@]}" -max_total_time="$seconds" -artifact_prefix="$findings/" \
    "$work" "fuzz/corpus/$h" >>"$log" 2>&1 || rc=$?
  local runs corpus
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | tail -n 1 | awk '{print $2}')
  corpus=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -n 1)
  if [ "$rc" -eq 0 ]; then
    echo "$h: ok, ${#regressions[@]} regressions, ${runs:-?} runs in ${seconds} s, ${corpus:-corp: ?}" \
      >"build-fuzz/logs/$h.result"
  else
    echo "$h: FOUND $(grep -oE 'SUMMARY: [A-Za-z]+Sanitizer: [^ ]+|ERROR: libFuzzer: [a-z-]+' "$log" | head -n 1)" \
      "-> $(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/Test unit written to //') ($log)" \
      >"build-fuzz/logs/$h.result"
  fi
  return "$rc"
}

status=0
running=0
for h in "${harnesses[@]}"; do
  rm -f "build-fuzz/logs/$h.result"
  fuzz_one "$h" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
for h in "${harnesses[@]}"; do cat "build-fuzz/logs/$h.result" 2>/dev/null || { echo "$h: no result"; status=1; }; done
exit "$status"
