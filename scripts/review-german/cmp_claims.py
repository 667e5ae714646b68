# Claims of two stores compared one by one: key (article, span start, predicate, figure, event word); prints the
# counts, then every claim gone, new or changed (agent, object, modality, cues, sources) with its sentence.
# usage: python3 cmp_claims.py BEFORE/claims.jsonl AFTER/claims.jsonl   (session 18; was /tmp/g18/cmp.py)
import json,sys
def load(f):
    d={}
    for l in open(f):
        c=json.loads(l)
        q=(c.get('quantity') or {}).get('text')
        k=(c['article'],c['span'][0] if isinstance(c.get('span'),list) else json.dumps(c.get('span')),c.get('predicate'),q, c.get('verb'))
        d.setdefault(k,[]).append(c)
    return d
a=load(sys.argv[1]); b=load(sys.argv[2])
def show(c):
    return '%s %s verb=%s S=%s O=%s M=%s %s src=%s' % (c['article'],c.get('predicate'),c.get('verb'),(c.get('subject') or {}).get('text'),(c.get('object') or {}).get('text'),c.get('modality'),c.get('cues'),[s.get('text') for s in c.get('attribution') or []])
gone=[k for k in a if k not in b]; new=[k for k in b if k not in a]
norm=lambda v: json.dumps([{x:y for x,y in c.items() if x not in ("id","input")} for c in v],sort_keys=True)
changed=[k for k in a if k in b and norm(a[k])!=norm(b[k])]
print('before',sum(len(v) for v in a.values()),'after',sum(len(v) for v in b.values()),'gone',len(gone),'new',len(new),'changed',len(changed))
for k in gone:
    for c in a[k]: print('GONE ',show(c),'|',' '.join(c['text'].split())[:200])
for k in new:
    for c in b[k]: print('NEW  ',show(c),'|',' '.join(c['text'].split())[:200])
for k in changed:
    for x,y in zip(a[k],b[k]):
        if norm([x])!=norm([y]):
            print('WAS  ',show(x)); print('NOW  ',show(y),'|',' '.join(y['text'].split())[:200])
