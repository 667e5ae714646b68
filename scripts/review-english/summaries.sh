#!/bin/sh
# The summary line of each story: its id and the summary's key figures (session 18).
# usage: sh summaries.sh JAR DATA IDS   (IDS: a file of story ids, one per line)
for s in $(cat $3); do
  java -Xmx512m -jar $1 facts $s --data-dir $2 --format json 2>/dev/null \
    | python3 -c "import json,sys;print('$s', json.load(sys.stdin)['summary'].split('Key figures: ')[-1])"
done
