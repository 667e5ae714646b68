# Claims read from English Title-Case headlines and sentences in two dumps of quotes-dump.sh, and the ones that changed
# (docs/REVIEW-english-news.md, "Session 9: quotes without a speaker, Title-Case headlines"). A sentence is Title
# Case as lagebild-claims TitleCase reads it, without the entity stage's names: every word that starts with a letter
# is capitalised or a small word of title-case.tsv, and three words after the first are capitalised.
# usage: python3 titlecase.py BEFORE AFTER [-v]
import json, re, sys, collections
TSV = 'lagebild-claims/src/main/resources/org/lagebild/claims/title-case.tsv'
small = {l.split('\t')[0].lower() for l in open(TSV) if not l.startswith('#') and '\tsmall\t' in l}
def title(s):
    ws = re.findall(r"[^\W\d_][\w'’\-]*|\d\w*", s)
    cap = 0
    for i, w in enumerate(ws):
        if not w[0].isalpha(): continue
        if not w[0].isupper():
            if w.lower() not in small: return False
            continue
        if i > 0: cap += 1
    return cap >= 3
def load(d): return [json.loads(l) for l in open(d + '/claims.jsonl')]
def show(c):
    q = c['quantity'] or {}
    return '%s: %s %s' % (c['predicate'] or 'count', q.get('text'), q.get('unit') or '')
B, A = load(sys.argv[1]), load(sys.argv[2])
for name, cl in (('before', B), ('after', A)):
    t = [c for c in cl if title(c['text'])]
    print('%s: claims %d, in Title-Case sentences %d (sentences %d), with a capitalised unit %d, count: (no predicate) %d' % (
        name, len(cl), len(t), len({(c['article'], c['sentence']) for c in t}),
        sum(1 for c in t if c['quantity'] and (c['quantity'].get('unit') or ' ')[0].isupper()),
        sum(1 for c in t if c['quantity'] and not c['predicate'])))
key = lambda c: (c['article'], c['sentence'], tuple(c['span']), (c['quantity'] or {}).get('text'))
bm = collections.defaultdict(list); am = collections.defaultdict(list)
for c in B: bm[(c['article'], c['sentence'])].append(show(c))
for c in A: am[(c['article'], c['sentence'])].append(show(c))
text = {(c['article'], c['sentence']): c['text'] for c in B + A}
ch = [k for k in sorted(set(bm) | set(am)) if sorted(bm[k]) != sorted(am[k])]
print('sentences whose claims changed: %d (Title Case: %d)' % (len(ch), sum(1 for k in ch if title(text[k]))))
if '-v' in sys.argv:
    for k in ch:
        print('----', k[0], k[1], 'TITLE' if title(text[k]) else '', text[k][:120])
        print('   before', sorted(bm[k])); print('   after ', sorted(am[k]))
