#!/bin/sh
# Checks that two jars give byte-identical output (session 17, speed work without output changes): the German
# review store (132 SemEval + 1,028 10kGNAD articles) and the English GVA store (646 articles) with claims, quotes,
# entities and stories; the evals' printed figures (claims, quotes, ner, time, quantities, linking; speed figures
# removed); and the seeds' demo. Prints one line per check: "same NAME" or "DIFFERENT NAME".
# usage: sh scripts/perf/same-output.sh BASEJAR JAR OUT   (run from the checkout root; OUT is a scratch directory)
#   DATA (default ../shared/data) and GVA (default /tmp/gvau/gva.jsonl) may be set in the environment.
set -u
B=$1; J=$2; OUT=$3
DATA=${DATA:-../shared/data}; GVA=${GVA:-/tmp/gvau/gva.jsonl}
mkdir -p "$OUT/in"
python3 scripts/review-german/convert.py "$DATA" "$OUT/in" 0 1028 > /dev/null
# Speed figures (tokens/s, seconds, ...) differ from run to run; they are dropped before comparing.
nospeed() { sed -E 's/"[a-z_]*(per_s|per_second|seconds|_ms|millis|nanos)[a-z_]*" *: *[0-9.eE+-]+,? *//g; s/[0-9.]+ *(tokens|articles|sentences)\/s//g'; }
run() {  # run TAG JAR
    T=$1; X=$2; D="$OUT/$T"; rm -rf "$D"; mkdir -p "$D"
    L="java -Xmx1g -jar $X"
    $L ingest "$OUT/in/semeval.jsonl" "$OUT/in/gnad.jsonl" --data-dir "$D/de" --today 2026-11-24 > "$D/de-ingest.txt" 2>&1
    $L ingest "$GVA" --data-dir "$D/en" --today 2026-11-24 > "$D/en-ingest.txt" 2>&1
    for l in de en; do
        $L claims --data-dir "$D/$l" --format jsonl > "$D/$l-claims.jsonl" 2>/dev/null
        $L quotes --data-dir "$D/$l" --format jsonl > "$D/$l-quotes.jsonl" 2>/dev/null
        $L entities --data-dir "$D/$l" --top 5000 --format jsonl > "$D/$l-entities.jsonl" 2>/dev/null
        $L stories --data-dir "$D/$l" --limit 1000 --format json > "$D/$l-stories.json" 2>/dev/null
    done
    $L eval claims --samples samples --data "$DATA" 2>/dev/null | nospeed > "$D/eval-claims.txt"
    $L eval quotes --spkatt "$DATA/spkatt2023-de-news-quotes" 2>/dev/null | nospeed > "$D/eval-quotes.txt"
    $L eval ner --germeval "$DATA/germeval2014-ner/NER-de-dev.tsv" 2>/dev/null | nospeed > "$D/eval-ner.txt"
    $L eval time --wikiwars "$DATA/wikiwarsde-timex" 2>/dev/null | nospeed > "$D/eval-time.txt"
    $L eval quantities --data "$DATA" --samples samples 2>/dev/null | nospeed > "$D/eval-quantities.txt"
    $L eval linking --samples samples 2>/dev/null | nospeed > "$D/eval-linking.txt"
    (cd "$D" && mkdir -p demo && cd demo && java -Xmx1g -jar "$X" demo --data-dir "$D/demo/data" --report-dir "$D/demo" \
        --today 2026-11-25 2>/dev/null | sed -E 's/s-[0-9a-f]{16}/s-X/g' | sed "s#$D#OUT#g" > "$D/demo.txt")
}
case $B in /*) ;; *) B=$(pwd)/$B;; esac
case $J in /*) ;; *) J=$(pwd)/$J;; esac
case $OUT in /*) ;; *) OUT=$(pwd)/$OUT;; esac
run base "$B"
run new "$J"
for f in de-claims.jsonl de-quotes.jsonl de-entities.jsonl de-stories.json en-claims.jsonl en-quotes.jsonl \
         en-entities.jsonl en-stories.json eval-claims.txt eval-quotes.txt eval-ner.txt eval-time.txt \
         eval-quantities.txt eval-linking.txt demo.txt; do
    if [ -s "$OUT/base/$f" ] && cmp -s "$OUT/base/$f" "$OUT/new/$f"; then echo "same $f"
    elif [ ! -s "$OUT/base/$f" ]; then echo "DIFFERENT $f (empty output: see $OUT/base)"
    else echo "DIFFERENT $f"; fi
done
