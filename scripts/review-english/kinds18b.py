# The kinds of session 18's second round (junk figures), counted over a claims.jsonl (lagebild claims --format jsonl)
# by form, independent of the rules that mend them.
# usage: python3 kinds18b.py CLAIMS.jsonl
import json, re, sys
MONTHS = set('jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august '
             'september october november december'.split())
WEB = re.compile(r'(?i)https?://|www\.|\b[\w-]+\.(?:com|org|net|gov|edu)\b|website|webpage|\bpages?\b|\bapp\b|visit us|sponsor')
FIXED = {'double', 'triple', 'quadruple', 'murder-suicide', 'murder', 'suicide', 'homicide'}
k = {'counted word in -ing ("211 involving", "6 suffering")': 0,
     'counted word a preposition ("1 during")': 0,
     'counted word of a fixed count ("3 triple", "2 murder-suicide")': 0,
     'a month as the counted word ("2 Feb")': 0,
     'visit of a web page, address or domain': 0, 'visit, other': 0}
for line in open(sys.argv[1]):
    d = json.loads(line)
    q = d.get('quantity') or {}
    u = (q.get('unit') or '').lower()
    if d.get('predicate') == 'visit':
        k['visit of a web page, address or domain' if WEB.search(d['text']) else 'visit, other'] += 1
    if u.endswith('ing') and u not in ('during',):
        k['counted word in -ing ("211 involving", "6 suffering")'] += 1
    if u in ('during', 'through', 'until', 'into', 'onto', 'among'):
        k['counted word a preposition ("1 during")'] += 1
    if u in FIXED:
        k['counted word of a fixed count ("3 triple", "2 murder-suicide")'] += 1
    if u.rstrip('.') in MONTHS:
        k['a month as the counted word ("2 Feb")'] += 1
for name, n in k.items():
    print(f'{n:5d}  {name}')
