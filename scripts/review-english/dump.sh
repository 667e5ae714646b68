#!/bin/sh
# usage: dump.sh JAR DATA OUT
J="java -Xmx512m -jar $1"; D=$2; O=$3; mkdir -p $O/facts
$J stories --data-dir $D --limit 500 --format json > $O/stories.json 2>/dev/null || $J stories --data-dir $D --format json > $O/stories.json
python3 -c "
import json;d=json.load(open('$O/stories.json'));s=d if isinstance(d,list) else d.get('stories',d)
print('\n'.join(x['id'] for x in s))" > $O/ids.txt
for s in $(cat $O/ids.txt); do $J facts $s --data-dir $D --format json > $O/facts/$s.json 2>/dev/null; done
$J claims --data-dir $D --format jsonl > $O/claims.jsonl 2>/dev/null
$J quotes --data-dir $D --format jsonl > $O/quotes.jsonl 2>/dev/null
$J entities --data-dir $D --format json --top 5000 > $O/entities.json 2>/dev/null || $J entities --data-dir $D --format json > $O/entities.json
