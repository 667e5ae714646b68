#!/bin/sh
# The German review's store and the files pronoun_sources.py reads (docs/REVIEW-german-news.md, "Session 9"):
# ingests IN/semeval.jsonl and IN/gnad.jsonl (made by convert.py) with the jar JAR into OUT/data, then writes
# OUT/claims.jsonl, OUT/quotes.jsonl and OUT/entities.jsonl (facts_errors.py).
# usage: sh dump.sh JAR IN OUT
set -e
J=$1; IN=$2; OUT=$3
rm -rf "$OUT/data"; mkdir -p "$OUT"
L="java -Xmx768m -XX:+UseParallelGC -jar $J"
FILES=""; for f in "$IN/semeval.jsonl" "$IN/gnad.jsonl"; do [ -s "$f" ] && FILES="$FILES $f"; done   # convert.py --no-semeval: empty
$L ingest $FILES --data-dir "$OUT/data" --today 2026-11-24 > "$OUT/ingest.log" 2>&1
$L claims --data-dir "$OUT/data" --format jsonl > "$OUT/claims.jsonl"
$L quotes --data-dir "$OUT/data" --format jsonl > "$OUT/quotes.jsonl"
$L entities --data-dir "$OUT/data" --top 5000 --format jsonl > "$OUT/entities.jsonl"
