#!/bin/sh
# The facts of every story of a store made by dump.sh, for facts_errors.py (docs/REVIEW-german-news.md, "Session 15"):
# writes OUT/stories.json, OUT/ids.txt and OUT/facts/ID.json (`lagebild facts ID --format json`, one JVM per story).
# usage: sh facts.sh JAR OUT   (OUT/data is the store)
J="java -Xmx512m -XX:TieredStopAtLevel=1 -jar $1"; O=$2; mkdir -p "$O/facts"
$J stories --data-dir "$O/data" --limit 1000 --format json > "$O/stories.json"
python3 -c "
import json;d=json.load(open('$O/stories.json'))
print('\n'.join(x['id'] for x in d))" > "$O/ids.txt"
for s in $(cat "$O/ids.txt"); do $J facts "$s" --data-dir "$O/data" --format json > "$O/facts/$s.json" 2>/dev/null; done
