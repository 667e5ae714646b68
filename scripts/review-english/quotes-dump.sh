#!/bin/sh
# The English review's claims and quotes only (docs/REVIEW-english-news.md, "Session 9: quotes without a speaker,
# Title-Case headlines"): ingests IN/gva.jsonl and IN/ecb.jsonl (made by convert.py) with the jar JAR into
# OUT/data, then writes OUT/claims.jsonl and OUT/quotes.jsonl, which speakers.py and titlecase.py count.
# usage: sh quotes-dump.sh JAR IN OUT
set -e
J=$1; IN=$2; OUT=$3
rm -rf "$OUT/data"; mkdir -p "$OUT"
L="java -Xmx768m -XX:+UseParallelGC -jar $J"
$L ingest "$IN/gva.jsonl" "$IN/ecb.jsonl" --data-dir "$OUT/data" --today 2026-11-24 > "$OUT/ingest.log" 2>&1 || true  # five articles have no text: ingest reports them and exits non-zero
$L claims --data-dir "$OUT/data" --format jsonl > "$OUT/claims.jsonl"
$L quotes --data-dir "$OUT/data" --format jsonl > "$OUT/quotes.jsonl"
