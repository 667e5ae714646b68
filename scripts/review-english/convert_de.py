# The German review's input (docs/REVIEW-german-news.md): the 132 SemEval 2023 task 3 German articles and the
# first 300 rows of 10kGNAD test.csv, as JSON Lines, undated (neither set has publication dates).
# usage: python3 convert_de.py [DATA_DIR (default ../shared/data)] [OUT_DIR (default /tmp/derev)]
import csv, json, os, re, sys
D=sys.argv[1] if len(sys.argv)>1 else '../shared/data'
OUT=sys.argv[2] if len(sys.argv)>2 else '/tmp/derev'
os.makedirs(OUT, exist_ok=True)
tr=D+'/semeval2023t3-de-news/train'; n=0
with open(OUT+'/semeval.jsonl','w') as out:
    for f in sorted(os.listdir(tr)):
        if not f.endswith('.txt'): continue
        lines=open(tr+'/'+f,encoding='utf-8').read().split('\n')
        out.write(json.dumps({'id':'semeval-'+f[:-4],'title':lines[0].strip(),'text':'\n'.join(lines[1:]).strip(),
            'source':'semeval2023','language':'de'},ensure_ascii=False)+'\n'); n+=1
print('semeval',n)
m=0
with open(OUT+'/gnad.jsonl','w') as out:
    for row in csv.reader(open(D+'/10kgnad/test.csv',encoding='utf-8'),delimiter=';',quotechar="'"):
        if len(row)<2: continue
        text=row[1]
        # title = the first sentence, text = the rest
        mt=re.match(r'(.+?[.!?])\s+(?=[A-ZÄÖÜ„"])',text)
        title,body=(mt.group(1),text[mt.end():]) if mt else (text[:80],text)
        out.write(json.dumps({'id':'gnad-%d'%m,'title':title,'text':body,'source':'derstandard.at','language':'de'},ensure_ascii=False)+'\n')
        m+=1
        if m>=300: break
print('gnad',m)
