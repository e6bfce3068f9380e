-- wrk script of deploy/bench/run.sh: one endpoint, its requests built once per thread, rotated.
--
-- Environment:
--   BENCH_KIND    get (no auth) | get-auth (Bearer, rotating over the users' tokens)
--                 | get-auth-etag (as get-auth, with If-None-Match: each user's ETag from the seed)
--                 | login (rotating over the users' credentials) | post (JSON text post, rotating tokens)
--   BENCH_PATH    the request path, e.g. /api/post
--   BENCH_DATA    Lua file written by `bench.mjs seed`: return { tokens = {...}, logins = {...}, etags = {...} }
--   BENCH_EXPECT  the status every answer should have (e.g. 200, 201); others are counted
--   BENCH_LABEL   the row's name, copied into the result
--
-- At the end one line `BENCH {json}` with requests, duration, latency percentiles (µs), socket
-- errors and every status seen, for bench.mjs to tabulate.

local kind = os.getenv("BENCH_KIND") or "get"
local path = os.getenv("BENCH_PATH") or "/"
local expect = tonumber(os.getenv("BENCH_EXPECT") or "200")
local label = os.getenv("BENCH_LABEL") or path
local data = { tokens = {}, logins = {}, etags = {} }
if os.getenv("BENCH_DATA") and os.getenv("BENCH_DATA") ~= "" then
  data = dofile(os.getenv("BENCH_DATA"))
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
  table.insert(threads, thread)
end

local requests = {}
local next_index = 0
statuses = {}

function init(args)
  if kind == "get" then
    requests[1] = wrk.format("GET", path)
  elseif kind == "get-auth" then
    for _, token in ipairs(data.tokens) do
      requests[#requests + 1] = wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
    end
  elseif kind == "get-auth-etag" then
    for i, token in ipairs(data.tokens) do
      requests[#requests + 1] = wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["If-None-Match"] = data.etags[i] })
    end
  elseif kind == "login" then
    for _, body in ipairs(data.logins) do
      requests[#requests + 1] = wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
    end
  elseif kind == "post" then
    for i, token in ipairs(data.tokens) do
      local body = string.format('{"text":"Benchmark post from wrk thread %d, user %d. Short, like most posts."}', thread_id, i)
      requests[#requests + 1] = wrk.format("POST", path,
        { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
    end
  else
    error("BENCH_KIND must be get, get-auth, get-auth-etag, login or post, not " .. kind)
  end
  if #requests == 0 then error("no requests for " .. kind .. ": BENCH_DATA has no users") end
  -- threads start at different users
  next_index = (thread_id or 1) % #requests
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s or {}) do merged[code] = (merged[code] or 0) + n end
  end
  local parts, unexpected = {}, 0
  for code, n in pairs(merged) do
    parts[#parts + 1] = string.format('"%d":%d', code, n)
    if code ~= expect then unexpected = unexpected + n end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"label":"%s","path":"%s","kind":"%s","expect":%d,"requests":%d,"duration_us":%d,' ..
    '"rps":%.2f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
    '"unexpected":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"statuses":{%s}}\n',
    label, path, kind, expect, summary.requests, summary.duration,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    unexpected, e.connect, e.read, e.write, e.timeout, table.concat(parts, ",")))
end
