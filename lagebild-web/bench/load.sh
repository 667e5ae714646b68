#!/usr/bin/env bash
# Load benchmark for the web API: drives a running `lagebild serve` with wrk on loopback against
# the search and article endpoints (30 s, 64 connections each by default) and prints p99 and errors.
#
#   lagebild serve --data DIR --port 7070 &      # a store of e.g. 100,000 articles
#   lagebild-web/bench/load.sh http://127.0.0.1:7070 [seconds] [connections]
#
# Needs wrk (Debian package "wrk") and curl. Bounded: every wrk run has a fixed duration and timeout.
set -euo pipefail
BASE=${1:-http://127.0.0.1:7070}
SECS=${2:-30}
CONNS=${3:-64}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl not found: apt-get install curl" >&2; exit 2; }
curl -fsS --max-time 10 "$BASE/api/stats" >/dev/null || { echo "no server answering at $BASE" >&2; exit 2; }

ID=$(curl -fsS --max-time 10 "$BASE/api/articles?limit=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
[ -n "$ID" ] || { echo "the store has no articles" >&2; exit 2; }

LUA=$(mktemp)
trap 'rm -f "$LUA"' EXIT
cat >"$LUA" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests=%d rps=%.0f p50=%.1fms p99=%.1fms max=%.1fms errors=%d (non-2xx/3xx=%d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
LUA

run() {
  local name=$1 url=$2
  printf '%-10s ' "$name"
  wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --timeout 5s -s "$LUA" "$url" | tail -n 1
}

rss() { ps -o rss= -p "$1" 2>/dev/null | awk '{printf "%.0f MiB", $1/1024}'; }
PID=${SERVER_PID:-}
[ -n "$PID" ] && echo "server RSS before: $(rss "$PID")"
run search  "$BASE/api/search?q=Soldaten&limit=20"
run search2 "$BASE/api/search?q=Putin%20AND%20Kim&lang=de&facets=false"
run article "$BASE/api/articles/$ID"
run list    "$BASE/api/articles?limit=50&offset=100"
[ -n "$PID" ] && echo "server RSS after: $(rss "$PID")"
exit 0
