#!/usr/bin/env bash
# Load test of POST /api/v1/check with wrk on loopback (docs/PERFORMANCE.md).
# Starts a release `bijak serve` on a fresh SQLite file, creates an API token with a limit high enough not to
# interfere, runs wrk, and reports requests/s, latency percentiles and the server's peak resident memory.
# The access log is at LOG_LEVEL (default info: one line per request); the figures in docs/PERFORMANCE.md say which.
# Usage: scripts/load_check.sh [duration=30s] [connections=32] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30s}
connections=${2:-32}
threads=${3:-2}
port=${BIJAK_LOAD_PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
swift build -c release --product bijak >/dev/null
work=$(mktemp -d)
stop_server() { kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap 'stop_server; rm -rf "$work"' EXIT

export BIJAK_SQLITE_PATH="$work/bijak.sqlite" BIJAK_ADMIN_PASSWORD="load-test-admin-password"
.build/release/bijak serve --port "$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

# A token, created the way an admin does it (sign in, post the form); the limit is set above the load.
jar="$work/cookies"
curl -fs -c "$jar" "http://127.0.0.1:$port/masuk" >/dev/null
csrf=$(awk '$6 == "bijak_csrf" {print $7}' "$jar")
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "nip=admin" \
     --data-urlencode "password=$BIJAK_ADMIN_PASSWORD" "http://127.0.0.1:$port/masuk"
unit=$(curl -fs -b "$jar" "http://127.0.0.1:$port/admin/token" | grep -o 'option value="[0-9A-F-]*"' | head -1 | cut -d'"' -f2)
token=$(curl -fs -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "name=load" --data-urlencode "unit=$unit" \
        --data-urlencode "rate=1000000" "http://127.0.0.1:$port/admin/token" | grep -o 'bjk_[A-Za-z0-9_-]*' | head -1)
[ -n "$token" ] || { echo "could not create a token" >&2; exit 1; }

# Warm-up, then the measured run.
BIJAK_TOKEN="$token" wrk -t"$threads" -c"$connections" -d5s -s scripts/load_check.lua "http://127.0.0.1:$port/api/v1/check" >/dev/null
echo "wrk -t$threads -c$connections -d$duration --latency -s scripts/load_check.lua http://127.0.0.1:$port/api/v1/check"
BIJAK_TOKEN="$token" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s scripts/load_check.lua \
    "http://127.0.0.1:$port/api/v1/check"
echo "server peak memory: $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$server/status") MB (VmHWM)"
stop_server
