#!/usr/bin/env bash
# Sanitizer runs (README "Fuzzing and sanitizers"):
#   address  build-asan (ASan + UBSan, gcc): the whole doctest suite. The foi-index and foi-searchd it starts are
#            the sanitized builds too; every process writes its reports to build-asan/sanitizer-logs/, and any
#            report there fails the run, so a leak or an error in a daemon the tests stop is not lost.
#   thread   build-tsan (TSan, gcc): the concurrency test alone (foi-concurrency-tests: tests/concurrency_test.cc),
#            8 threads searching at once.
# Usage: sanitize.sh [address|thread|all]   (default all; FOI_JOBS=N parallel compile jobs, default nproc)
# Prints "sanitize address: N passed, N failed" and "sanitize thread: ..." and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
mode="${1:-all}"
jobs="${FOI_JOBS:-$(nproc)}"
status=0
results=()

# "[doctest] test cases: 5 | 5 passed | 0 failed | ..." -> "5 passed, 0 failed"
doctest_counts() {
  local line
  line=$(grep -E '^\[doctest\] test cases:' "$1" | tail -n 1)
  if [ -z "$line" ]; then echo "0 passed, 1 failed (no doctest summary)"; return; fi
  echo "$line" | sed -E 's/.*\| *([0-9]+) passed *\| *([0-9]+) failed.*/\1 passed, \2 failed/'
}

configure_and_build() {  # DIR SANITIZER TARGET
  cmake -S . -B "$1" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOI_SANITIZE="$2" >/dev/null
  cmake --build "$1" -j"$jobs" --target "$3"
}

run_address() {
  configure_and_build build-asan address foi-tests
  local logs=build-asan/sanitizer-logs log=build-asan/foi-tests.log
  rm -rf "$logs" && mkdir -p "$logs"
  # detect_leaks: LSan at every process's exit. Xapian, ICU, libxml2, GMime and poppler needed no suppressions.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:log_path=$PWD/$logs/asan:strict_string_checks=1:detect_stack_use_after_return=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$PWD/$logs/ubsan"
  local rc=0
  build-asan/bin/foi-tests --no-intro=true >"$log" 2>&1 || rc=$?
  # A failure names its test case and assertions here, so a CI log that keeps only the end still shows them.
  grep -E -B8 -A3 'ERROR:' "$log" | head -n 80 || true
  tail -n 4 "$log"
  local reports=()
  for f in "$logs"/*; do
    [ -e "$f" ] || continue
    reports+=("$f")
  done
  if [ ${#reports[@]} -gt 0 ]; then
    echo "sanitize address: ${#reports[@]} sanitizer report(s):"
    for f in "${reports[@]}"; do echo "== $f"; head -n 60 "$f"; done
    rc=1
  fi
  local counts
  counts=$(doctest_counts "$log")
  results+=("sanitize address: $counts, ${#reports[@]} sanitizer reports")
  [ "$rc" -eq 0 ] || status=1
}

run_thread() {
  configure_and_build build-tsan thread foi-concurrency-tests
  local log=build-tsan/foi-concurrency-tests.log
  # TSan maps its shadow at fixed addresses; on kernels that randomise mmap by more than 28 bits
  # (vm.mmap_rnd_bits=32 on some distributions' kernels) it fails with "unexpected memory mapping". setarch -R
  # turns address randomisation off for this one process, so the run does not depend on the machine's sysctl.
  local launcher=()
  if setarch "$(uname -m)" -R true 2>/dev/null; then launcher=(setarch "$(uname -m)" -R); fi
  # Xapian, ICU and libstdc++ are not instrumented, so TSan sees only our side of them: the concurrency test is
  # about what our threads share (a static Query copied on two threads is a race in inline Xapian code, which is
  # ours to see; scripts/tsan.supp leaves out ICU's singletons). halt_on_error: the first race fails the run.
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/scripts/tsan.supp"
  local rc=0
  "${launcher[@]}" build-tsan/bin/foi-concurrency-tests --no-intro=true >"$log" 2>&1 || rc=$?
  if grep -q 'WARNING: ThreadSanitizer' "$log"; then sed -n '/WARNING: ThreadSanitizer/,/^SUMMARY/p' "$log" | head -n 80; fi
  tail -n 4 "$log"
  results+=("sanitize thread: $(doctest_counts "$log")")
  [ "$rc" -eq 0 ] || status=1
}

case "$mode" in
  address) run_address ;;
  thread) run_thread ;;
  all) run_address; run_thread ;;
  *) echo "usage: sanitize.sh [address|thread|all]" >&2; exit 2 ;;
esac
printf '%s\n' "${results[@]}"
exit "$status"
