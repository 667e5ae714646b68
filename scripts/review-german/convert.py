# The German review's input (docs/REVIEW-german-news.md): the 132 German SemEval 2023 task 3 articles and the
# first 300 rows of 10kGNAD test.csv as JSON Lines, undated. Rebuilt in session 8 from that description.
# usage: python3 convert.py [DATA_DIR (default ../shared/data)] [OUT_DIR (default /tmp/derev)] [FROM TO [--no-semeval]]
#   FROM TO: the 10kGNAD test.csv rows [FROM, TO) (default 0 300; session 15 read 300 1028 --no-semeval, rows no
#   review had read); --no-semeval writes an empty semeval.jsonl (dump.sh skips it).
import json, glob, os, csv, re, sys
args=[a for a in sys.argv[1:] if a!='--no-semeval']; semeval='--no-semeval' not in sys.argv[1:]
D=args[0] if len(args)>0 else '../shared/data'; OUT=args[1] if len(args)>1 else '/tmp/derev'; os.makedirs(OUT, exist_ok=True)
FROM=int(args[2]) if len(args)>2 else 0; TO=int(args[3]) if len(args)>3 else 300
with open(OUT+'/semeval.jsonl','w') as o:
    n=0
    for f in sorted(glob.glob(D+'/semeval2023t3-de-news/train/*.txt')) if semeval else []:
        lines=open(f,encoding='utf-8').read().split('\n')
        title=lines[0].strip(); text='\n'.join(lines[1:]).strip()
        o.write(json.dumps({'id':'semeval-'+os.path.basename(f)[:-4],'title':title,'text':text,'source':'semeval2023','language':'de'},ensure_ascii=False)+'\n'); n+=1
print('semeval',n)
with open(OUT+'/gnad.jsonl','w') as o:
    rows=list(csv.reader(open(D+'/10kgnad/test.csv',encoding='utf-8'),delimiter=';',quotechar="'"))
    for i in range(FROM,min(TO,len(rows))):
        t=rows[i][1]; m=re.search(r'(?<=[.!?])\s',t)
        title,text=(t[:m.start()],t[m.end():]) if m else (t,'')
        if not text.strip(): text=title   # one sentence: it is title and text (empty text fails ingest)
        o.write(json.dumps({'id':'gnad-%d'%i,'title':title,'text':text,'source':'derstandard.at','language':'de'},ensure_ascii=False)+'\n')
print('gnad',max(0,min(TO,len(rows))-FROM))
