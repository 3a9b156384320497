-- Rotates through realistic searches of the outputs API (full text, facets, sorting, paging) and
-- prints one machine-readable line: requests/s and latency percentiles (ms).
local queries = {
  "/api/resources?q=dyslexia",
  "/api/resources?q=maths+anxiety",
  "/api/resources?q=screening&theme=SEND",
  "/api/resources?type=DELIVERY_GUIDE&licence=CC_BY_4_0",
  "/api/resources?q=digital+framework&sort=newest",
  "/api/resources?theme=ESOL&year=2019&page=3",
  "/api/resources?q=apprentices+functional&type=ACTIVITY_SET",
  "/api/resources?q=behaviour+tutors&region=WEST_MIDLANDS",
  "/api/resources?sort=title&page=10",
  "/api/resources?q=retention+learners&theme=English&sort=year",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d non2xx=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
