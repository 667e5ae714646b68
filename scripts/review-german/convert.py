# The German review's input (docs/REVIEW-german-news.md): the 132 German SemEval 2023 task 3 articles and the
# first 300 rows of 10kGNAD test.csv as JSON Lines, undated. Rebuilt in session 8 from that description.
# usage: python3 convert.py [DATA_DIR (default ../shared/data)] [OUT_DIR (default /tmp/derev)]
import json, glob, os, csv, re, sys
D=sys.argv[1] if len(sys.argv)>1 else '../shared/data'; OUT=sys.argv[2] if len(sys.argv)>2 else '/tmp/derev'; os.makedirs(OUT, exist_ok=True)
with open(OUT+'/semeval.jsonl','w') as o:
    n=0
    for f in sorted(glob.glob(D+'/semeval2023t3-de-news/train/*.txt')):
        lines=open(f,encoding='utf-8').read().split('\n')
        title=lines[0].strip(); text='\n'.join(lines[1:]).strip()
        o.write(json.dumps({'id':'semeval-'+os.path.basename(f)[:-4],'title':title,'text':text,'source':'semeval2023','language':'de'},ensure_ascii=False)+'\n'); n+=1
print('semeval',n)
with open(OUT+'/gnad.jsonl','w') as o:
    rows=list(csv.reader(open(D+'/10kgnad/test.csv',encoding='utf-8'),delimiter=';',quotechar="'"))[:300]
    for i,r in enumerate(rows):
        t=r[1]; m=re.search(r'(?<=[.!?])\s',t)
        title,text=(t[:m.start()],t[m.end():]) if m else (t,'')
        o.write(json.dumps({'id':'gnad-%d'%i,'title':title,'text':text,'source':'derstandard.at','language':'de'},ensure_ascii=False)+'\n')
print('gnad',len(rows))
