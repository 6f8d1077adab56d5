# The phases of bench/run, sourced by it: each reads the run's settings (SIZE, RUNS, OMINDEX_RUNS, REPS,
# LOAD_SECONDS, SMOKE) and paths (ROOT, BENCH, BIN, TMP, OUT) and leaves raw figures under $OUT for report.py.
# Nothing here judges a figure; a step that fails stops the run (set -e in bench/run).

CORPUS="$TMP/corpus"
QUERIES="$TMP/queries"
DB="$TMP/db"

generate_corpus() {
  local wdtk="$ROOT/../shared/corpora/wdtk-sheffield" args=()
  [ -d "$wdtk" ] && args=(--wdtk "$wdtk")
  say "generating $SIZE documents"
  mkdir -p "$CORPUS" "$QUERIES"
  local start=$SECONDS
  python3 "$BENCH/gen_corpus" "$SIZE" "$CORPUS" "${args[@]}"
  echo "{\"seconds\": $((SECONDS - start))}" >"$OUT/generate.json"
  cp "$CORPUS/stats.json" "$OUT/corpus_stats.json"
  python3 "$BENCH/lib/make_queries.py" "$CORPUS" "$QUERIES"
  python3 "$BENCH/lib/make_query_log.py" "$CORPUS" "$QUERIES"
  cp "$QUERIES/queries.jsonl" "$QUERIES/query_terms.json" "$QUERIES/querylog_summary.json" "$OUT/"
}

# Does foisearch's extractor see the facet values gen_corpus planted? (The facet spread is the point.)
check_extraction() {
  local sample=200
  [ "$SMOKE" = 1 ] && sample=40
  say "checking extraction on $sample documents"
  python3 "$BENCH/lib/check_extraction.py" --index-bin "$BIN/foi-index" --corpus "$CORPUS" --sample "$sample" \
    >"$OUT/extraction.json"
}

# Runs a command under /usr/bin/time: wall and CPU seconds and peak RSS into $OUT/index/NAME.RUN.time.
timed() {
  local name="$1" run="$2"
  shift 2
  /usr/bin/time -f '{"wall": %e, "user": %U, "sys": %S, "rss_kb": %M}' -o "$OUT/index/$name.$run.time" \
    "$@" >"$OUT/index/$name.$run.log" 2>&1 || { cat "$OUT/index/$name.$run.log" >&2; return 1; }
}

index_size() { du -sb "$1" | cut -f1 >"$OUT/index/$2.$3.size"; }

index_phase() {
  local run
  for run in $(seq 1 "$RUNS"); do
    # Engines take turns within a run, so a burst of load on the shared machine does not fall on one engine.
    rm -rf "$DB" && mkdir -p "$DB"
    say "indexing run $run of $RUNS: foisearch"
    timed foisearch "$run" "$BIN/foi-index" --db "$DB/foi" "$CORPUS/docs"
    grep -q "^indexed $SIZE, unchanged 0, removed 0, rejected 0 " "$OUT/index/foisearch.$run.log" ||
      { echo "foi-index did not index every document:" >&2; cat "$OUT/index/foisearch.$run.log" >&2; return 1; }
    index_size "$DB/foi" foisearch "$run"
    say "indexing run $run of $RUNS: fts5"
    timed fts5 "$run" "$BIN/foi-bench-fts5-index" --db "$DB/fts5.sqlite" --corpus "$CORPUS"
    index_size "$DB/fts5.sqlite" fts5 "$run"
    if [ "$run" -le "$OMINDEX_RUNS" ]; then
      say "indexing run $run of $RUNS: omindex"
      timed omindex "$run" omindex --db "$DB/omindex" --url / "$CORPUS/docs"
      index_size "$DB/omindex" omindex "$run"
    fi
    say "indexing run $run of $RUNS: bound"
    timed bound "$run" "$BIN/foi-bench-bound" --corpus "$CORPUS/docs"
  done
  # What the same index takes once compacted (not part of any timing): the room left by batch commits.
  xapian-compact "$DB/foi" "$TMP/foi-compact" >/dev/null
  du -sb "$TMP/foi-compact" | cut -f1 >"$OUT/index/foisearch_compacted.size"
  rm -rf "$TMP/foi-compact"
}

# Where the last foisearch index's bytes go (untimed): each glass table as built and compacted, and documents
# against passages (each kind copied into a database of its own, with and without values, and compacted).
breakdown_phase() {
  say "where the index's bytes go (foi-bench-index-breakdown)"
  "$BIN/foi-bench-index-breakdown" --db "$DB/foi" >"$OUT/breakdown.json"
}

query_phase() {
  local run
  for run in $(seq 1 "$RUNS"); do
    say "queries run $run of $RUNS: foisearch in-process, then fts5"
    "$BIN/foi-bench-query" --db "$DB/foi" --queries "$QUERIES/queries.jsonl" --reps "$REPS" \
      >"$OUT/query/foisearch.$run.json"
    "$BIN/foi-bench-fts5-query" --db "$DB/fts5.sqlite" --queries "$QUERIES/queries.jsonl" --reps "$REPS" \
      >"$OUT/query/fts5.$run.json"
  done
}

# The answer cache is off (--answer-cache-mb 0): every figure is a computed answer, the cold figure (the query log
# repeats queries, and a warm cache would answer most of them from memory; results/query-floor.md has both).
start_searchd() {
  "$BIN/foi-searchd" --db "$DB/foi" --listen 127.0.0.1:0 --quiet --answer-cache-mb 0 >"$TMP/searchd.out" 2>"$TMP/searchd.err" &
  SEARCHD_PID=$!
  local i
  for i in $(seq 1 100); do
    PORT="$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$TMP/searchd.out")"
    [ -n "$PORT" ] && return 0
    kill -0 "$SEARCHD_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "foi-searchd did not start:" >&2
  cat "$TMP/searchd.err" >&2
  return 1
}

stop_searchd() {
  kill "$SEARCHD_PID"
  wait "$SEARCHD_PID" 2>/dev/null || true
  SEARCHD_PID=""
}

http_phase() {
  start_searchd
  local run
  for run in $(seq 1 "$RUNS"); do
    say "queries run $run of $RUNS: foisearch over HTTP (port $PORT)"
    "$BIN/foi-bench-http" --port "$PORT" --queries "$QUERIES/queries.jsonl" --reps "$REPS" >"$OUT/query/http.$run.json"
  done
}

# CPU seconds foi-searchd has used so far (user + system, all threads).
searchd_cpu_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / tck }' "/proc/$SEARCHD_PID/stat"
}

# foi-searchd (started by http_phase) under wrk, replaying the query log (make_query_log.py: 1,000+ distinct
# queries in Zipf-weighted order). Beside each wrk summary, the CPU seconds searchd used: on a shared machine, how
# many cores it actually got.
load_phase() {
  local conns run threads before
  for conns in 1 8 64; do
    threads=$((conns < 2 ? 1 : 2))
    for run in $(seq 1 "$RUNS"); do
      say "load run $run of $RUNS: $conns connections for ${LOAD_SECONDS}s"
      before="$(searchd_cpu_seconds)"
      wrk -t "$threads" -c "$conns" -d "${LOAD_SECONDS}s" --timeout 10s -s "$BENCH/lib/load.lua" \
        "http://127.0.0.1:$PORT" -- "$QUERIES/log_paths.txt" >"$TMP/wrk.out" 2>&1 ||
        { cat "$TMP/wrk.out" >&2; return 1; }
      grep '^{"requests"' "$TMP/wrk.out" >"$OUT/load/c$conns.$run.json"
      awk -v a="$(searchd_cpu_seconds)" -v b="$before" 'BEGIN { print a - b }' >"$OUT/load/c$conns.$run.cpu"
    done
  done
  stop_searchd
}

# The prototype of the proposed facet-counting and snippet changes, once, on the last foisearch index.
probe_phase() {
  say "prototype of the proposed library changes (foi-bench-facet-probe)"
  "$BIN/foi-bench-facet-probe" --db "$DB/foi" --queries "$QUERIES/queries.jsonl" --reps "$REPS" >"$OUT/probe.json"
}
