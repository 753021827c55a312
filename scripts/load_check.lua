-- wrk script for POST /api/v1/check: one fixed post, a bearer token from the environment.
-- Usage: BIJAK_TOKEN=bjk_... wrk -t2 -c32 -d30s -s scripts/load_check.lua http://127.0.0.1:8080/api/v1/check
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BIJAK_TOKEN") or "")
wrk.body = '{"text": "Ayo coblos nomor 2, pemimpin yang peduli ASN! #Pilih02", "action": "post", "context": {"live": false}}'

local statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.2f ms  p90: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
