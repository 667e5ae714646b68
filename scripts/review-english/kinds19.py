# The kinds of session 19 (docs/REVIEW-english-news.md, "Session 19"), counted by form over a claims.jsonl
# (lagebild claims --format jsonl), independent of the rules that mend them; and, given the output of summaries.sh,
# the summaries that name one predicate's figure twice for one counted group in the singular and the plural.
# usage: python3 kinds19.py CLAIMS.jsonl [SUMMARIES.txt]
import json, re, sys
MODALS = {'may', 'can', 'cannot', 'shall', 'do', 'does', 'did', 'could', 'would', 'should', 'might', 'must', 'will',
          'be', 'not'}
k = {'a modal or auxiliary as the counted word ("300 may")': 0,
     'a counted phrase of three words ending before a fourth word of it ("3 adult male shooting victims": "shooting")': 0,
     'an argument "Martin Luther" (of a street or park named after Martin Luther King)': 0,
     'a counted word "people" (unit lemma "people")': 0,
     'a counted word "person"/"people" (unit lemma "person")': 0}
for line in open(sys.argv[1]):
    d = json.loads(line)
    q = d.get('quantity') or {}
    u = (q.get('unit') or '')
    if u in MODALS:
        k['a modal or auxiliary as the counted word ("300 may")'] += 1
    t = d['text']
    if u and q.get('text'):
        m = re.search(re.escape(q['text']) + r'\s+((?:[\w-]+\s+){2}' + re.escape(u) + r')\s+([a-z]+)\b', t)
        if m and m.group(2).endswith('s') and not m.group(2).endswith('ss') and m.group(2) not in (
                'is', 'was', 'has', 'as', 'this', 'his', 'its', 'says', 'thus', 'us'):
            k['a counted phrase of three words ending before a fourth word of it ("3 adult male shooting victims": "shooting")'] += 1
    for a in ('subject', 'object', 'location'):
        v = d.get(a) or {}
        if 'Martin Luther' in (v.get('text') or '') and not re.search(r'Martin Luther King', v.get('text') or ''):
            k['an argument "Martin Luther" (of a street or park named after Martin Luther King)'] += 1
    if (q.get('unitLemma') or '') == 'people':
        k['a counted word "people" (unit lemma "people")'] += 1
    if (q.get('unitLemma') or '') == 'person':
        k['a counted word "person"/"people" (unit lemma "person")'] += 1
for name, n in k.items():
    print(f'{n:5d}  {name}')
if len(sys.argv) > 2:
    SING = lambda w: 'person' if w == 'people' else re.sub(r'(men)$', 'man', w) if w.endswith('men') else w[:-1] if w.endswith('s') and not w.endswith('ss') else w
    n = 0
    for line in open(sys.argv[2]):
        figs = [f.strip() for f in line.split(' ', 1)[-1].split(';')]
        seen = {}
        for f in figs:
            m = re.match(r'(?:at least |more than |about |up to )?[\d,.]+ (\w+) (\w+)', f)
            if m:
                key = (SING(m.group(1)), m.group(2))
                if key in seen and seen[key] != m.group(1):
                    n += 1
                    break
                seen[key] = m.group(1)
    print(f'{n:5d}  summaries naming one predicate twice for one counted group in singular and plural ("1 person killed; 2 people killed")')
