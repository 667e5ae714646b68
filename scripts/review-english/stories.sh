#!/bin/sh
# Story titles and main actors of a store, as a user reads them (docs/REVIEW-english-news.md, session 8):
# titles that fail the headline test, stories with a news agency, outlet or platform among their actors.
# The yardstick is the same for every store: Headlines and Media of the jar CHECK_JAR (default: JAR).
# usage: stories.sh JAR DATA OUT [CHECK_JAR]
set -e
J=$1; D=$2; O=$3; C=${4:-$1}; here=$(cd "$(dirname "$0")" && pwd)
mkdir -p $O/classes
java -Xmx512m -jar $J stories --data-dir $D --limit 5000 --format json > $O/stories.json
python3 -c "
import json;d=json.load(open('$O/stories.json'));s=d if isinstance(d,list) else d['stories']
open('$O/titles.tsv','w').write(''.join(x['id']+'\t'+x['title'].replace('\n',' ').replace('\t',' ')+'\n' for x in s))
open('$O/actors.tsv','w').write(''.join(sorted(set((e.get('id') or '')+'\t'+e['name']+'\t'+(e.get('type') or '')+'\n' for x in s for e in x['actors']))))"
javac -cp $C -d $O/classes $here/CheckStories.java
java -cp $C:$O/classes CheckStories titles < $O/titles.tsv > $O/headline.tsv
java -cp $C:$O/classes CheckStories actors < $O/actors.tsv > $O/actor-kinds.tsv
python3 $here/count-stories.py $O
