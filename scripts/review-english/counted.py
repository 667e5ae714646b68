# The counted word of English claims' quantities (docs/REVIEW-english-news.md, "Session 9: the counted word"):
# counts claims whose quantity unit is a state word of lagebild-time's counted-states.tsv ("injured", "shot") or
# another word ending in -ed, in two dumps of quotes-dump.sh, and prints the sentences whose claims changed (-v: with their claims before and after).
# usage: python3 counted.py BEFORE AFTER [-v]
import json, sys
TSV = 'lagebild-time/src/main/resources/org/lagebild/time/quantity/counted-states.tsv'
rows = [l.rstrip('\n').split('\t') for l in open(TSV) if not l.startswith('#')]
states = {r[0] for r in rows[1:] if r[1] == 'en'}
def load(d): return [json.loads(l) for l in open(d + '/claims.jsonl')]
def unit(c): return ((c['quantity'] or {}).get('unit') or '')
def show(c):
    q = c['quantity'] or {}
    return '%s: %s | unit=%s | counts=%s' % (c['predicate'] or 'count', q.get('text'), q.get('unit'), q.get('counts'))
B, A = load(sys.argv[1]), load(sys.argv[2])
for name, cl in (('before', B), ('after', A)):
    q = [c for c in cl if c['quantity']]
    listed = [c for c in q if unit(c).lower() in states]
    ed = [c for c in q if unit(c).lower().endswith('ed') and unit(c).lower() not in states]
    print('%s: claims %d, with a quantity %d, unit a listed state word %d, unit another word in -ed %d' % (
        name, len(cl), len(q), len(listed), len(ed)))
def by_sentence(cl):
    m = {}
    for c in cl:
        m.setdefault((c['article'], c['sentence']), []).append(c)
    return m
bm, am = by_sentence(B), by_sentence(A)
diff = [k for k in sorted(set(bm) | set(am)) if [show(c) for c in bm.get(k, [])] != [show(c) for c in am.get(k, [])]]
import collections
gone = sum((collections.Counter(map(show, bm.get(k, []))) - collections.Counter(map(show, am.get(k, [])))).total() for k in diff)
new = sum((collections.Counter(map(show, am.get(k, []))) - collections.Counter(map(show, bm.get(k, [])))).total() for k in diff)
print('sentences whose claims changed %d: claims before only %d, after only %d' % (len(diff), gone, new))
if '-v' in sys.argv:
    for k in diff:
        c = (am.get(k) or bm.get(k))[0]
        print('~ %s' % c['text'][:220].replace('\n', ' '))
        for x in bm.get(k, []):
            print('    - ' + show(x))
        for x in am.get(k, []):
            print('    + ' + show(x))
