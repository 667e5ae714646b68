# Claims of two runs compared by article, sentence, span, figure text, predicate and kind (session 18): gone, new,
# changed, and the counted words that changed. usage: python3 cmpclaims.py BEFORE.jsonl AFTER.jsonl
import json,sys
def load(p):
    m={}
    for l in open(p):
        d=json.loads(l)
        q=d.get('quantity') or {}
        key=(d['article'],d['sentence'],d['span'][0],q.get('text'),d.get('predicate'),d.get('kind'))
        m.setdefault(key,[]).append(d)
    return m
a=load(sys.argv[1]); b=load(sys.argv[2])
def sig(d):
    q=d.get('quantity') or {}
    return json.dumps({k:d.get(k) for k in ('predicate','verb','subject','object','location','time','attribution','modality')},sort_keys=True)+'|'+str(q.get('unit'))+'|'+str(q.get('unitLemma'))+'|'+str(q.get('value'))
ch=0;gone=0;new=0;units=[]
for k in a:
    if k not in b: gone+=len(a[k]); print('GONE',k,a[k][0]['text'][:120]); continue
    for x,y in zip(a[k],b[k]):
        if sig(x)!=sig(y):
            ch+=1
            qx=x.get('quantity') or {}; qy=y.get('quantity') or {}
            if qx.get('unit')!=qy.get('unit'): units.append((qx.get('text'),qx.get('unit'),qy.get('unit'),x['text'][:140]))
            else: print('CHG',k, x['text'][:120])
for k in b:
    if k not in a: new+=len(b[k]); print('NEW',k,b[k][0]['text'][:120])
print('changed',ch,'gone',gone,'new',new,'unit changes',len(units))
for u in units: print('  %s: %s -> %s | %s'%u)
