#!/bin/sh
# The regression guards of the session 9 English review (docs/REVIEW-english-news.md, "Session 9: quotes without a
# speaker, Title-Case headlines"), each run with the jar JAR; the last line of each eval is its JSON figures.
# usage: sh guards.sh JAR OUT   (run from the checkout, with ../shared/data beside it)
J=$1; OUT=$2; mkdir -p "$OUT"
L="java -Xmx768m -jar $J"
$L eval quotes --spkatt ../shared/data/spkatt2023-de-news-quotes > "$OUT/spkatt.txt" 2>&1
$L eval claims > "$OUT/claims.txt" 2>&1
$L eval claims --split test > "$OUT/claims-test.txt" 2>&1
$L eval linking > "$OUT/linking.txt" 2>&1
$L eval quantities > "$OUT/quantities.txt" 2>&1
$L eval killed --gva ../shared/data/gva-incidents-casualty-counts-en > "$OUT/killed.txt" 2>&1
rm -rf "$OUT/demo"; mkdir -p "$OUT/demo"
$L demo --data-dir "$OUT/demo" --report-dir "$OUT/demo" 2>/dev/null | sed "s|$OUT/demo|D|g" > "$OUT/demo.txt"
