# The phases of bench/shards, sourced by it after phases.sh (whose generate_corpus, timed and index_size it
# reuses): each reads the run's settings (SIZE, RUNS, REPS, OPEN, SHARD_COUNTS) and paths (BIN, TMP, OUT,
# CORPUS, QUERIES, DB) and leaves raw figures under $OUT for shards_report.py. Configurations are named `single`
# (one database), `shards-N` (N local shards) and `remote-N` (the same N shards through xapian-tcpsrv).

# Indexes the corpus into $DB/NAME with foi-index (extra flags after NAME and RUN), timed; checks every file went in.
index_config() {
  local name="$1" run="$2"
  shift 2
  timed "$name" "$run" "$BIN/foi-index" --db "$DB/$name" "$@" "$CORPUS/docs"
  grep -q "^indexed $SIZE, unchanged 0, removed 0, rejected 0 " "$OUT/index/$name.$run.log" ||
    { echo "foi-index did not index every document into $name:" >&2; cat "$OUT/index/$name.$run.log" >&2; return 1; }
  index_size "$DB/$name" "$name" "$run"
}

shards_index_phase() {
  local run n
  for run in $(seq 1 "$RUNS"); do
    # Every layout from empty within each run, in turn, so a burst of load on the shared machine falls on one
    # run of each rather than on every run of one. The last run's indexes are the ones queried.
    rm -rf "$DB" && mkdir -p "$DB"
    say "indexing run $run of $RUNS: one database"
    index_config single "$run"
    for n in "${SHARD_COUNTS[@]}"; do
      say "indexing run $run of $RUNS: $n shard(s)"
      index_config "shards-$n" "$run" --shards "$n"
      [ "$(grep -c '^auto shard-' "$DB/shards-$n/XAPIANDB")" = "$n" ] ||
        { echo "$DB/shards-$n/XAPIANDB does not list $n shards" >&2; return 1; }
    done
  done
}

# A loopback port nobody listens on now (the kernel's choice; xapian-tcpsrv cannot be given port 0).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

accepts() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts xapian-tcpsrv on database $1 on a free port; sets PORT and adds the pid to TCPSRV_PIDS
# (bench/shards kills them on exit, failure included). Tries a few ports in case another process takes one first.
start_tcpsrv() {
  local db="$1" pid
  for _ in 1 2 3 4 5; do
    PORT="$(free_port)"
    # In a session of its own: on SIGTERM xapian-tcpsrv signals its whole process group (its connection
    # children), which would otherwise be this script and whoever started it.
    setsid xapian-tcpsrv --port "$PORT" --interface 127.0.0.1 --quiet "$db" >>"$TMP/tcpsrv.log" 2>&1 &
    pid=$!
    TCPSRV_PIDS+=("$pid")
    for _ in $(seq 1 100); do
      accepts "$PORT" && return 0
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  echo "xapian-tcpsrv did not start on $db:" >&2
  cat "$TMP/tcpsrv.log" >&2
  return 1
}

# One xapian-tcpsrv per shard of every sharded index, and a stub file $TMP/remote-N.stub listing them.
start_remote_shards() {
  local n k stub
  for n in "${SHARD_COUNTS[@]}"; do
    stub="$TMP/remote-$n.stub"
    : >"$stub"
    for k in $(seq 0 $((n - 1))); do
      start_tcpsrv "$DB/shards-$n/shard-$k"
      echo "remote 127.0.0.1:$PORT" >>"$stub"
    done
    say "$n shard(s) served by xapian-tcpsrv on $(sed 's/^remote //' "$stub" | paste -sd' ')"
  done
}

stop_remote_shards() {
  local pid
  for pid in "${TCPSRV_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${TCPSRV_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  TCPSRV_PIDS=()
}

# CPU seconds the whole machine has been busy (every core, every process) since boot. xapian-tcpsrv ignores
# SIGCHLD, so its connection children's CPU time is accounted to no one: the machine's busy time around a query run
# is the only way to see what the servers cost (meaningful when nothing else runs).
machine_busy_seconds() {
  awk -v tck="$(getconf CLK_TCK)" '/^cpu / { printf "%.2f\n", ($2 + $3 + $4 + $7 + $8 + $9) / tck }' /proc/stat
}

# foi-bench-query against configuration NAME (a database or stub DB) for run RUN: its latencies, its own CPU time
# under /usr/bin/time, the machine's busy seconds over the same span, and each query's page (--pages).
query_config() {
  local name="$1" db="$2" run="$3" before
  before="$(machine_busy_seconds)"
  /usr/bin/time -f '{"wall": %e, "user": %U, "sys": %S}' -o "$OUT/query/$name.$run.time" \
    "$BIN/foi-bench-query" --db "$db" --queries "$QUERIES/queries.jsonl" --reps "$REPS" --open "$OPEN" \
    --pages "$OUT/pages/$name.$run.jsonl" >"$OUT/query/$name.$run.json"
  awk -v a="$(machine_busy_seconds)" -v b="$before" 'BEGIN { printf "%.2f\n", a - b }' \
    >"$OUT/query/$name.$run.machine_cpu"
}

shards_query_phase() {
  local run n
  for run in $(seq 1 "$RUNS"); do
    say "queries run $run of $RUNS: one database, then local and remote shards (${SHARD_COUNTS[*]})"
    query_config single "$DB/single" "$run"
    for n in "${SHARD_COUNTS[@]}"; do
      query_config "shards-$n" "$DB/shards-$n" "$run"
      query_config "remote-$n" "$TMP/remote-$n.stub" "$run"
    done
  done
}
