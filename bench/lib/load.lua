-- wrk script for the mixed load: each wrk thread walks a file of URLs (one a line) in order from a fixed starting
-- point, so every connection count sends the same mix. bench/run gives it the query log's replay (log_paths.txt from
-- make_query_log.py: 1,000+ distinct queries, each repeated by its Zipf weight, shuffled), so walking the file in
-- order replays the weighted log. Prints one JSON line when wrk is done.
-- Usage: wrk -t T -c C -d 10s -s load.lua http://127.0.0.1:PORT -- log_paths.txt

local paths = {}
local next_index = 1
local threads = 0

-- Runs in wrk's main Lua state once per thread: number the threads so each starts at a fixed place.
function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("load.lua: no paths in " .. tostring(args[1])) end
  -- Threads start at different, far-apart places in the list (init runs in each thread's own Lua state).
  next_index = ((thread_number or 0) * 7919) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
