# The kinds of session 19's second round (docs/REVIEW-english-news.md, "Session 19, second round"), counted by form
# over a claims.jsonl (lagebild claims --format jsonl), independent of the rules that mend them.
# usage: python3 kinds19b.py CLAIMS.jsonl
import json, re, sys
BEFORE = {'no', 'the', 'this', 'that', 'any', 'every', 'each', 'another', 'which'}
AFTER = {'of', 'who', 'else', 'another', 'that'}
REFL = {'himself', 'herself', 'themselves', 'itself', 'myself', 'yourself', 'ourselves'}
k = {'a figure "one" after a determiner ("no one", "the one", "any one")': 0,
     'a figure "one" before of/who/else/another/that ("one of the victims", "one who")': 0,
     'a counted word within three words of a reflexive pronoun ("one accidentally shoots himself")': 0}
for line in open(sys.argv[1]):
    d = json.loads(line)
    q = d.get('quantity') or {}
    qt = q.get('text') or ''
    t = d['text']
    if qt.lower() == 'one':
        for m in re.finditer(r'(\w+)?\W*\b[Oo]ne\b\W*(\w+)?', t):
            if (m.group(1) or '').lower() in BEFORE:
                k['a figure "one" after a determiner ("no one", "the one", "any one")'] += 1
                break
            if (m.group(2) or '').lower() in AFTER:
                k['a figure "one" before of/who/else/another/that ("one of the victims", "one who")'] += 1
                break
    u = q.get('unit') or ''
    if u and qt and re.search(re.escape(qt) + r'(?:\s+[\w-]+){0,3}?\s+(?:' + '|'.join(REFL) + r')\b', t) \
            and re.search(re.escape(qt) + r'(?:\s+[\w-]+){0,2}\s+' + re.escape(u) + r'\b', t + ' '):
        m = re.search(re.escape(qt) + r'((?:\s+[\w-]+){1,3})', t)
        if m and any(w.lower() in REFL for w in m.group(1).split()):
            k['a counted word within three words of a reflexive pronoun ("one accidentally shoots himself")'] += 1
for name, n in k.items():
    print(f'{n:5d}  {name}')
