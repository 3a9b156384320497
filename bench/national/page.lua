-- One page (or a rotation of record pages of one kind) for wrk, signed in with a session cookie.
-- PATHS: space-separated paths, requested in turn; COOKIE: "PXSESSION=..." or empty (anonymous).
-- Prints one machine-readable line: requests/s, latency percentiles (ms), socket errors, non-2xx.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/ping", "%S+") do paths[#paths + 1] = p end
local cookie = os.getenv("COOKIE") or ""
if cookie ~= "" then wrk.headers["Cookie"] = cookie end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d non2xx=%d requests=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests))
end
