# The English review's input (docs/REVIEW-english-news.md): 150 GVA articles and 50 ECB+ documents as JSON Lines.
# usage: python3 convert.py [DATA_DIR (default ../shared/data)] [OUT_DIR (default /tmp/enrev)]
import gzip, json, os, re, sys, collections, xml.etree.ElementTree as ET
D=sys.argv[1] if len(sys.argv)>1 else '../shared/data'
OUT=sys.argv[2] if len(sys.argv)>2 else '/tmp/enrev'
os.makedirs(OUT, exist_ok=True)
# GVA: incidents in ascending numeric id order, those with >=3 articles, until 150 articles
docs=collections.defaultdict(list)
for line in gzip.open(D+'/gva-incidents-casualty-counts-en/documents.jsonl.gz','rt'):
    d=json.loads(line); docs[d['incident_id']].append(d)
out=open(OUT+'/gva.jsonl','w'); n=0; inc=0
for iid in sorted(docs, key=lambda s:int(s)):
    ds=docs[iid]
    if len(ds)<3: continue
    for d in sorted(ds,key=lambda d:d['doc_id']):
        out.write(json.dumps({'id':'gva-'+iid+'-'+d['doc_id'][:8],'url':d['uri'],'title':d['title'],'text':d['content'],
            'published':d['dct'],'source':re.sub(r'^https?://(web\.archive\.org/web/\d+/)?(https?://)?(www\.)?','',d['uri']).split('/')[0].split(':')[0],'language':'en'})+'\n'); n+=1
    inc+=1
    if n>=150: break
print('gva',n,'articles',inc,'incidents')
# ECB+: the ecbplus documents of topics in doc_to_cluster order, first 5 of each topic, until 50
rows=[l.rstrip('\n').split('\t') for l in open(D+'/ecbplus-event-clusters-en/doc_to_cluster.tsv')][1:]
per=collections.Counter(); out=open(OUT+'/ecb.jsonl','w'); m=0
def detok(toks):
    s=''
    for t in toks:
        if not s: s=t
        elif re.match(r"^([.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d)$",t) or s.endswith(('(','[','$','``')): s+=t
        else: s+=' '+t
    s=re.sub(r'(\w) - (\w)',r'\1-\2',s)
    return s.replace('``','"').replace("''",'"')
for doc,topic,sub in rows:
    if 'ecbplus' not in doc or per[topic]>=5: continue
    root=ET.fromstring(gzip.open(D+'/ecbplus-event-clusters-en/ECB+/'+doc+'.gz').read())
    sents=collections.OrderedDict()
    for t in root.iter('token'): sents.setdefault(int(t.get('sentence')),[]).append(t.text or '')
    ss=[detok(v) for k,v in sorted(sents.items())]
    url=ss[0].replace(' ','') if ss[0].startswith('http') else None
    body=ss[1:] if url else ss
    title=body[0]; text='\n\n'.join(body[1:])
    out.write(json.dumps({'id':'ecb-'+doc.split('/')[1].replace('.xml',''),'url':url,'title':title,'text':text,'source':(url or 'ecbplus').split('/')[2] if url and url.count('/')>=2 else 'ecbplus','language':'en'})+'\n')
    per[topic]+=1; m+=1
    if m>=50: break
print('ecb',m)
