# The kinds of session 18's task 3, counted over a claims.jsonl (lagebild claims --format jsonl) by form.
# usage: python3 kinds18.py CLAIMS.jsonl
import json, re, sys
MONTHS = set('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august '
             'september october november december'.split())
WEB = re.compile(r'(?i)https?://|www\.|website|webpage|\bpages?\b|\bapp\b|visit us|sponsor')
k = {'visit, web page': 0, 'visit, other': 0, 'coordinated victims, one noun of two': 0, 'month as counted word': 0,
     'Martin Luther as argument': 0}
for line in open(sys.argv[1]):
    d = json.loads(line)
    q = d.get('quantity') or {}
    if d.get('predicate') == 'visit':
        k['visit, web page' if WEB.search(d['text']) else 'visit, other'] += 1
    t, u = q.get('text') or '', q.get('unit') or ''
    parts = [p.split()[-1].lower() for p in re.split(r' and |, ', t) if p.split()]
    heads = {re.sub(r'men$', 'man', h).rstrip('s') for h in parts if not re.fullmatch(r'[\d.,]+', h)}
    if len(parts) > 1 and len(heads) > 1 and d.get('predicate') in ('kill', 'die') and u not in ('people', 'person'):
        k['coordinated victims, one noun of two'] += 1
    if u.lower().rstrip('.') in MONTHS:
        k['month as counted word'] += 1
    if 'Martin Luther' in json.dumps([d.get('subject'), d.get('object'), d.get('location')]):
        k['Martin Luther as argument'] += 1
for name, n in k.items():
    print(f'{n:5d}  {name}')
