# SpkAtt 2023 German Wikinews news texts (train/task2/*.json, one JSON per document with Sentences[].Tokens) as JSON Lines
# {"id","title","text","language":"de"}: tokens joined with spaces, one line per sentence, one article per document.
# usage: python3 spkatt_articles.py /work/shared/data/spkatt2023-de-news-quotes OUT.jsonl   (session 18, second round)
import json, glob, os, re, sys
src, out = sys.argv[1], sys.argv[2]
with open(out, 'w') as o:
    for f in sorted(glob.glob(os.path.join(src, 'train', '**', '*.json'), recursive=True)):
        d = json.load(open(f))
        name = d.get('DocumentName') or os.path.basename(f)[:-5]
        m = re.match(r'(\d+) - (.*?)(?: \((\d{4}-\d{2}-\d{2})\))?$', os.path.basename(f)[:-5])
        did, title = (m.group(1), m.group(2)) if m else (name, name)
        text = '\n'.join(' '.join(s['Tokens']) for s in d['Sentences'])
        rec = {'id': 'spkatt-' + did, 'title': title, 'text': text, 'language': 'de'}
        o.write(json.dumps(rec, ensure_ascii=False) + '\n')
