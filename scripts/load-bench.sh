#!/usr/bin/env bash
# Load benchmark of the web API (issue #7): a store of 100,000 articles, `lagebild serve` on
# loopback, and wrk for 30 s with 64 connections against search (as the search page asks, with
# facets; as an API client might, without; with filters) and story endpoints (list, one story, its
# timeline). Searches rotate over the WORDS most frequent capitalised words of the stored titles
# (nouns and names), the story endpoints over the STORIES most recent stories, so that neither one
# query nor one story stays hot. Prints, per endpoint, requests/s, p50/p99/max latency and errors,
# and the server's RSS before and after (and, with jcmd, the heap still in use after a full
# collection: RSS shows how far the heap grew, this what the server keeps); the last line is one JSON object with all of it
# (docs/PERFORMANCE.md records it).
#
#   scripts/load-bench.sh                  # builds the store once (kept in $STORE), then measures
#   CACHE_MB=0 scripts/load-bench.sh       # the same with the server's response cache off
#
# Settings (environment): STORE (default /tmp/lagebild-load-100k), ARTICLES (100000), SECS (30),
# CONNS (64), THREADS (2, wrk threads), PORT (7071), DATA (../shared/data), LAGEBILD (the command
# that runs lagebild; default ./lagebild), LAGEBILD_JAVA_OPTS (server JVM options; default -Xmx1g),
# CACHE_MB (the server's response cache, system property lagebild.web.cacheMb; default 64; 0 = off:
# every response computed afresh), WORDS (500), STORIES (1000).
#
# The store: `lagebild bench ingest --stages extract` writes real 10kGNAD articles replicated with
# changed ids, dates and last line (fast: no annotation), then `lagebild restory` clusters them into
# near-duplicate groups and stories (ingest clusters only with the full stage set). A store whose
# build did not finish is refused (delete it and run again). Needs wrk (Debian package "wrk") and curl.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
STORE=${STORE:-/tmp/lagebild-load-100k}
ARTICLES=${ARTICLES:-100000}
SECS=${SECS:-30}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-7071}
DATA=${DATA:-$here/../shared/data}
LAGEBILD=${LAGEBILD:-$here/lagebild}
CACHE_MB=${CACHE_MB:-64}
WORDS=${WORDS:-500}
STORIES=${STORIES:-1000}
export LAGEBILD_JAVA_OPTS="${LAGEBILD_JAVA_OPTS:--Xmx1g} -Dlagebild.web.cacheMb=$CACHE_MB"
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl not found: apt-get install curl" >&2; exit 2; }
if curl -fsS --max-time 2 "$BASE/api/stats" >/dev/null 2>&1; then
    echo "something already answers on port $PORT; set PORT" >&2
    exit 2
fi

# ---------------------------------------------------------------- the store
marker="$STORE/.load-bench-complete"
if [ ! -e "$marker" ]; then
    if [ -e "$STORE" ] && [ -n "$(ls -A "$STORE" 2>/dev/null)" ]; then
        echo "$STORE exists but its build did not finish; delete it and run again" >&2
        exit 2
    fi
    corpus="$DATA/10kgnad/test.csv"
    [ -f "$corpus" ] || { echo "corpus not found: $corpus (set DATA)" >&2; exit 2; }
    echo "building a store of $ARTICLES articles in $STORE (once) ..."
    start=$(date +%s)
    # shellcheck disable=SC2086
    $LAGEBILD bench ingest --corpus "$corpus" --articles "$ARTICLES" --stages extract --data-dir "$STORE" | tail -n 1
    # shellcheck disable=SC2086
    $LAGEBILD restory --data-dir "$STORE" | tail -n 3
    echo "store built in $(( $(date +%s) - start )) s"
    touch "$marker"
fi

# ---------------------------------------------------------------- the server
log=$(mktemp)
lua=$(mktemp)
# shellcheck disable=SC2086
$LAGEBILD serve --data-dir "$STORE" --port "$PORT" >"$log" 2>&1 &
launcher=$!
cleanup() {
    kill "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
    rm -f "$log" "$lua"
}
trap cleanup EXIT
for _ in $(seq 1 180); do
    curl -fsS --max-time 2 "$BASE/api/stats" >/dev/null 2>&1 && break
    kill -0 "$launcher" 2>/dev/null || { echo "the server did not start:" >&2; cat "$log" >&2; exit 2; }
    sleep 1
done
curl -fsS --max-time 5 "$BASE/api/stats" >/dev/null || { echo "no answer from $BASE" >&2; cat "$log" >&2; exit 2; }
# the launcher execs java, so its pid is the server's; fall back to whoever listens on the port
pid=$launcher
if ! ps -o comm= -p "$pid" | grep -q java; then
    pid=$(ps -o pid= --ppid "$launcher" | head -n 1 | tr -d ' ')
fi

articles=$(curl -fsS "$BASE/api/stats" | sed -n 's/^{"articles":\([0-9]*\).*/\1/p')
# the story endpoints rotate over the most recent stories (pages of 500, the API's largest)
ids=""
for (( off = 0; off < STORIES; off += 500 )); do
    n=$(( STORIES - off < 500 ? STORIES - off : 500 ))
    ids="$ids $(curl -fsS "$BASE/api/stories?limit=$n&offset=$off" | grep -o '"id":"s-[^"]*"' | cut -d'"' -f4)"
done
# (awk reads to the end where head would stop early: with pipefail, a writer cut off by SIGPIPE ends the script)
story=$(printf '%s\n' $ids | awk 'NR == 1')
[ -n "$story" ] || { echo "the store has no stories" >&2; exit 2; }
nstories=$(printf '%s\n' $ids | wc -l)
sizes=$(curl -fsS "$BASE/api/stories?limit=500" | grep -o '"articles":[0-9]*' | cut -d: -f2 | sort -n)
story_articles_median=$(printf '%s\n' "$sizes" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
story_articles_max=$(printf '%s\n' "$sizes" | tail -n 1)
# the searches rotate over the most frequent capitalised words (nouns, names) of 2,000 stored titles
words=$(for (( off = 0; off < 2000; off += 500 )); do
        curl -fsS "$BASE/api/articles?limit=500&offset=$off" | grep -o '"title":"[^"]*"' | cut -d'"' -f4
    done | grep -oE '[[:upper:]][[:lower:]]{3,}' | sort | uniq -c | sort -k1,1nr -k2 | awk -v n="$WORDS" 'NR <= n {print $2}')
word=$(printf '%s\n' $words | awk 'NR == 1')
[ -n "$word" ] || { echo "no words for the searches in the stored titles" >&2; exit 2; }
nwords=$(printf '%s\n' $words | wc -l)
echo "server pid $pid, $articles articles; story endpoints rotate over $nstories stories of $story_articles_median articles (median of the 500 most recent), up to $story_articles_max; searches over $nwords words; response cache $CACHE_MB MiB; wrk ${SECS}s, $CONNS connections, $THREADS threads"

{
    printf 'ids = {'
    printf '"%s",' $ids
    printf '}\nwords = {'
    printf '"%s",' $words
    printf '}\n'
    cat <<'LUA'
counter = 0
-- each wrk thread starts elsewhere in the lists, so that two threads do not ask the same in step
setup = function(thread)
  thread:set("counter", math.random(0, 1000000))
end
local function encode(s)
  return (string.gsub(s, "[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
-- a path with STORY or WORD in it visits the stories or words in turn; any other path is sent as it is
request = function()
  counter = counter + 1
  local story = ids[(counter % #ids) + 1]
  local word = encode(words[(counter % #words) + 1])
  -- replacement functions, since a replacement string would read the encoding's % as a capture
  local path = string.gsub(wrk.path, "STORY", function() return story end)
  path = string.gsub(path, "WORD", function() return word end)
  return wrk.format(nil, path)
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests":%d,"rps":%.0f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
LUA
} >"$lua"

rss() { ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}'; }
# the heap that stays in use after a full collection (caches and indexes, not garbage): with jcmd only
live() {
    if command -v jcmd >/dev/null && jcmd "$pid" GC.run >/dev/null 2>&1; then
        jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K.*/, "", v); printf "%.0f", v / 1024; exit}}'
    fi
}
declare -a names=(search search_api search_filtered stories story timeline)
declare -A urls=(
    [search]="$BASE/api/search?q=WORD&limit=20"
    [search_api]="$BASE/api/search?q=WORD&limit=20&facets=false"
    [search_filtered]="$BASE/api/search?q=WORD&lang=de&from=2021-01-01&to=2023-12-31&facets=false"
    [stories]="$BASE/api/stories?limit=50"
    [story]="$BASE/api/stories/STORY"
    [timeline]="$BASE/api/stories/STORY/timeline"
)
for n in "${names[@]}"; do
    first=${urls[$n]//STORY/$story}
    curl -fsS --max-time 30 -o /dev/null "${first//WORD/$word}" || { echo "$n: ${urls[$n]} fails" >&2; exit 2; }
    wrk -t"$THREADS" -c"$CONNS" -d5s --timeout 10s -s "$lua" "${urls[$n]}" >/dev/null   # warm-up, not reported
done
before=$(rss)
live_before=$(live)
echo "server RSS before: $before MiB; heap in use after a full collection: ${live_before:-?} MiB"
json=""
for n in "${names[@]}"; do
    line=$(wrk -t"$THREADS" -c"$CONNS" -d"${SECS}s" --timeout 10s -s "$lua" "${urls[$n]}" | tail -n 1)
    printf '%-16s %s\n' "$n" "$line"
    json="$json${json:+,}\"$n\":$line"
done
after=$(rss)
live_after=$(live)
echo "server RSS after: $after MiB; heap in use after a full collection: ${live_after:-?} MiB"
printf '{"benchmark":"web-load","articles":%s,"stories_rotated":%s,"story_articles_median":%s,"story_articles_max":%s,"search_words":%s,"cache_mib":%s,"seconds":%s,"connections":%s,"rss_before_mib":%s,"rss_after_mib":%s,"live_heap_before_mib":%s,"live_heap_after_mib":%s,%s}\n' \
    "${articles:-0}" "$nstories" "$story_articles_median" "$story_articles_max" "$nwords" "$CACHE_MB" "$SECS" "$CONNS" "$before" "$after" "${live_before:-null}" "${live_after:-null}" "$json"
