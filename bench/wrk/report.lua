-- Used by bench/run.sh: after a wrk run, print one machine-readable line with the rate and the
-- latency percentiles (wrk keeps them in microseconds). "errors" counts connect/read/write/timeout
-- failures and HTTP statuses of 400 and above; "non2xx" is the latter alone.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, e.status))
end
