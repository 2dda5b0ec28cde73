-- wrk script for bench/run.ts: each request takes the next path from a file (one path per
-- line, given after `--` on the wrk command line), so a target can rotate over several
-- articles; done() prints the result as one JSON line for the runner to parse.

local paths = {}
local position = 0
local threads = 0

-- Runs in the main state once per thread, before init(); `id` becomes a global of that thread.
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  local file = args[1]
  if file then
    for line in io.lines(file) do
      if #line > 0 then paths[#paths + 1] = line end
    end
  end
  -- Threads start at different places in the list, so they do not ask for the same page in lockstep.
  if #paths > 0 then position = (id * 7) % #paths end
end

function request()
  if #paths == 0 then return wrk.format() end
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"mean":%.1f,"max":%d,"p50":%d,"p90":%d,"p95":%d,"p99":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.max,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99)))
end
