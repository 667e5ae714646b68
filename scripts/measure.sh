#!/bin/sh
# Runs every quality and speed measurement that docs/QUALITY.md and docs/PERFORMANCE.md record.
# Usage: scripts/measure.sh [DATA]   (DATA defaults to ../shared/data). Prints each command and
# the JSON object of figures it ends with. Takes about 40 minutes on 2 cores (the story benchmark
# alone about 10; the web load benchmark is scripts/load-bench.sh).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$here/../shared/data}
lb="$here/lagebild"
cd "$here"
run() {
    echo "\$ lagebild $*"
    "$lb" "$@" 2>/dev/null | tail -n 1
    echo
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
run eval extraction --trafilatura "$data/trafilatura-eval"
run eval extraction --scrapinghub "$data/scrapinghub-article-extraction"
run eval extraction --trafilatura "$data/trafilatura-eval" --split test
run eval extraction --scrapinghub "$data/scrapinghub-article-extraction" --split test
run eval extraction --smartdata "$data/smartdata-de-ner-events"
run eval extraction --trafilatura "$data/trafilatura-eval" --threads 2 --passes 30
run eval time --wikiwars "$data/wikiwarsde-timex"
run eval quantities --data "$data" --samples samples
run eval quantities --data "$data" --samples samples --gold held-out
run eval quantities --data "$data" --samples samples --gold held-out-2
run eval quantities --data "$data" --samples samples --gold held-out-3
run eval quantities --data "$data" --samples samples --gold held-out-4
run eval dates --data "$data" --samples samples
run eval linking --samples samples
run eval claims --samples samples --data "$data"
run eval quotes --spkatt "$data/spkatt2023-de-news-quotes"
run eval duplicates --same-story --semeval "$data/semeval2022t8-news-similarity-sample"
run eval stories --gva "$data/gva-incidents-casualty-counts-en" --ecbplus "$data/ecbplus-event-clusters-en"
run eval killed --gva "$data/gva-incidents-casualty-counts-en"
for dates in inferred none; do
    echo "\$ java -Xmx3g -jar lagebild-app/target/lagebild.jar eval stories --gva … --ecbplus … --dates $dates"
    java -Xmx3g -jar "$here/lagebild-app/target/lagebild.jar" eval stories --gva "$data/gva-incidents-casualty-counts-en" \
        --ecbplus "$data/ecbplus-event-clusters-en" --dates "$dates" 2>/dev/null | tail -n 1
    echo
done
run bench ingest --corpus "$data/10kgnad/test.csv" --articles 20000 --stages extract
run bench ingest --corpus "$data/10kgnad/test.csv" --articles 2000 --stages full
run bench search --corpus "$data/10kgnad/test.csv" --articles 100000
run bench time --corpus "$data/10kgnad/test.csv"
run bench pipeline --corpus "$data/10kgnad/test.csv" --threads 2
echo "\$ java -Xmx2g -jar lagebild-app/target/lagebild.jar bench stories --gva … --articles 1000000"
java -Xmx2g -jar "$here/lagebild-app/target/lagebild.jar" bench stories --gva "$data/gva-incidents-casualty-counts-en" 2>/dev/null | tail -n 1
echo
echo "\$ time lagebild demo"
tmp=$(mktemp -d)
start=$(date +%s.%N)
(cd "$tmp" && "$lb" demo --data-dir "$tmp/data" >/dev/null)
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "{\"benchmark\":\"demo\",\"seconds\":%.2f}\n", e - s }'
rm -rf "$tmp"
