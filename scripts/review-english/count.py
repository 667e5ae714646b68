# Counts of the English review (docs/REVIEW-english-news.md) over the output dump.sh wrote.
# usage: python3 count.py OUT   (a file dump.sh writes that is missing counts as empty: an OUT with only
# entities.json gives the entity rows, e.g. the German genitive names)
import json,collections,re,glob,sys,os
O=sys.argv[1]
def lines(f): return [json.loads(l) for l in open(O+'/'+f)] if os.path.exists(O+'/'+f) else []
cl=lines('claims.jsonl')
fs=[]
for f in sorted(glob.glob(O+'/facts/*.json')):
    try: fs+=json.load(open(f))['facts']
    except Exception: pass
qs=lines('quotes.jsonl')
ents=json.load(open(O+'/entities.json')); ents=ents if isinstance(ents,list) else ents['entities']
R=collections.OrderedDict()
def qctx(c):
    q=c['quantity']; s=c['text']; a=c['span'][0]
    # quantity span is not in the jsonl claim; locate the quantity text in the sentence
    i=s.find(q['text']); return s,i,i+len(q['text'])
pq=[c for c in cl if c['kind']=='quantity' and c['predicate'] is None]
R['claims']=len(cl); R['quantity claims without predicate (shown as count:)']=len(pq)
cat=collections.Counter(); ex=collections.defaultdict(list)
for c in pq:
    s,i,j=qctx(c)
    if i<0: continue
    after=s[j:j+14]; before=s[max(0,i-12):i]
    k=None
    if re.match(r'\s*(a\.\s?m\.|p\.\s?m\.|am\b|pm\b|o.clock)',after,re.I) or re.match(r'\d{1,2}:\d\d',c['quantity']['text']): k='time of day'
    elif re.match(r'\s*block\b',after,re.I): k='street number (block)'
    elif re.search(r'\(\d{3}\)\s*$|\d{3}-$',before) or re.match(r'-\d{4}\b',after) or re.match(r'\d{3}-\d{4}',c['quantity']['text']): k='phone number'
    elif re.match(r'\s+([NSEW]\.?\s+)?([A-Z][a-z]+\s+){0,2}(St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Lane|Ln|Blvd|Boulevard|Way|Court|Ct|Place|Pl|Pike|Highway|Circle)\b',after+s[j+14:j+40]): k='street address'
    elif re.search(r'\b(ages?|aged)\s+(\d+\s*(,|and)\s*)*$',before,re.I) or re.match(r'-year-old|\s*years? old|-month-old',after) or re.search(r'[A-Z][a-z]+,\s*$',before) and re.match(r'\s*[,)]|\s+(and|of)\b',after): k='age'
    elif re.search(r'\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s*$',before): k='day of month'
    elif re.match(r'(18|19|20)\d\d$',c['quantity']['text']): k='year'
    if k: cat[k]+=1; ex[k].append(s[max(0,i-30):j+20])
for k,v in cat.most_common(): R['  of which '+k]=v
# facts
R['facts (%d stories)'%len(glob.glob(O+'/facts/*.json'))]=len(fs)
R['count: facts']=sum(1 for f in fs if f['predicate'] in (None,'count'))
def ev(f): return [e['sentence'] for e in f['evidence']]
pron=re.compile(r'^(he|she|they|it|him|her|his)$',re.I)
R['fact source names that are a bare pronoun']=sum(1 for f in fs for s in f['sourceNames'] if pron.match(s))
R['fact source names naming the police, sheriff or authorities']=sum(1 for f in fs for s in f['sourceNames'] if re.search(r'police|sheriff|authorit|investigator|deput|prosecutor',s,re.I))
R['fact source names "County"/"City"/"State" alone']=sum(1 for f in fs for s in f['sourceNames'] if s in('County','City','State','Department'))
R['killed facts with an agent (subject)']=sum(1 for f in fs if f['predicate']=='killed' and f['subject'])

R['facts whose agent is a news agency (Associated Press, Reuters)']=sum(1 for f in fs if f['subject'] in ('Associated Press','Reuters','AP'))
R['killed/injured facts whose counted word is the place a victim is from ("…, 23, of Cleveland died")']=sum(1 for f in fs if f['predicate'] in('killed','injure') and f['unit'] and any(re.search(r', \d{1,3}, of ([A-Z][a-z]+ )*'+re.escape(f['unit'][:1].upper()+f['unit'][1:])+r'\b',e['sentence']) for e in f['evidence']))
R['killed/injured facts whose counted word is a lower-cased name or month ("1 barfield", "1 feb")']=sum(1 for f in fs if f['predicate'] in('killed','injure') and f['unit'] and f['unit'][0].islower() and any(re.search(r'\b'+re.escape(f['unit'].capitalize())+r'\b',e['sentence']) for e in f['evidence']) and not any(re.search(r'\b'+re.escape(f['unit'])+r'\b',e['sentence']) for e in f['evidence']))
R['facts with Lee Jae-myung']=sum(1 for f in fs if 'Lee Jae-myung' in f['label'])
bad_kill=[f for f in fs if f['predicate'] in('kill','die','injure') and f.get('unit') and re.match(r'^[A-Z]',f['unit'] or '')]
# units of kill facts
ku=collections.Counter()
for c in cl:
    if c['predicate'] in ('kill','die','injure') and c['quantity']:
        u=c['quantity']['text']
        if re.match(r"^[A-Z][a-z]+( [A-Z][a-z]+)*$",u) : ku['victim phrase is a capitalised name/place']+=1
R['kill/die/injure claims whose victim phrase is a bare capitalised word (place or name)']=ku['victim phrase is a capitalised name/place']
R['kill/die/injure claims whose victim is a pronoun (he/she)']=sum(1 for c in cl if c['predicate'] in('kill','die','injure') and c['quantity'] and c['quantity']['text'].lower() in('he','she','him','her','they'))
# sources
src=collections.Counter()
for c in cl:
    a=c['attribution']
    if len(a)>1: src[(a[-1]['role'] or '')]+=1
R['claims with a source: roles']=dict(src)
R['claims whose innermost source is an unresolved pronoun']=sum(1 for c in cl if len(c['attribution'])>1 and c['attribution'][-1]['role']=='unresolved')
R['quotes']=len(qs)
R['quotes whose speaker is a pronoun (resolved / not)']=(sum(1 for q in qs if q['speaker'] and pron.match(q['speaker']['text'] or '') and q['speaker']['entity']),sum(1 for q in qs if q['speaker'] and pron.match(q['speaker']['text'] or '') and not q['speaker']['entity']))
R['quotes without speaker']=sum(1 for q in qs if not q['speaker'])
R['entities linked to KB people with mentions']={e['name']:e['mentions'] for e in ents if e['entity'].startswith('lb:per:')}
R['Georgia (country) mentions']=sum(e['mentions'] for e in ents if e['entity']=='lb:gpe:ge')
# session 8 (entities, victims): the US state, names that are a place, pronoun victims, German genitive names
R['Georgia (US state) mentions']=sum(e['mentions'] for e in ents if e['entity']=='lb:loc:us-georgia')
R['Jordan (country) mentions']=sum(e['mentions'] for e in ents if e['entity']=='lb:gpe:jo')
PRON=('he','she','him','her','they','them','er','sie','ihn','ihm','ihr')
R['kill/die claims whose counted word (unit) is a pronoun ("1 he")']=sum(1 for c in cl if c['predicate'] in('kill','die','injure') and c['quantity'] and (c['quantity']['unit'] or '').lower() in PRON)
pv=[c for c in cl if c['predicate'] in('kill','die') and c['quantity'] and c['quantity']['text'].lower() in PRON]
R['kill/die claims whose victim is read from a pronoun: shown as the name or noun it refers to / as "person" / as the pronoun']=(sum(1 for c in pv if (c['quantity']['unit'] or '').lower() not in PRON+('person',)),sum(1 for c in pv if c['quantity']['unit']=='person'),sum(1 for c in pv if (c['quantity']['unit'] or '').lower() in PRON))
R['killed/injured facts whose counted word is a pronoun ("killed: 1 he")']=sum(1 for f in fs if f['predicate'] in('killed','injured','injure','died') and (f['unit'] or '').lower() in PRON)
def genitive_pairs(ents):
    """Unknown names with an id of their own that are another listed name plus a genitive -s ("Elon Musks" beside
    "Elon Musk"; "Grahams" beside "Thomas Graham"); store-wide, so a pair may come from two articles."""
    names={}
    last={}
    for e in ents:
        names.setdefault(e['name'],e)
        w=e['name'].split()
        if len(w)>1 and e['type']=='PER': last.setdefault(w[-1],[]).append(e)
    out=[]
    for e in ents:
        n=e['name']; w=n.split()
        if not e['entity'].startswith('lb:auto:') or not n.endswith('s') or len(w[-1])<4 or n.endswith('ss'): continue
        if n[:-1] in names and names[n[:-1]]['type']==e['type']: out.append((n,n[:-1],e['mentions']))
        elif len(w)==1 and len(last.get(n[:-1],[]))==1: out.append((n,last[n[:-1]][0]['name'],e['mentions']))
    return out
gp=genitive_pairs(ents)
R['unknown names whose genitive has an id of its own (names / mentions)']=(len(gp),sum(x[2] for x in gp))
for k,v in R.items():
    if k!='entities linked to KB people with mentions' or len(sys.argv)>2: print(f'{k}: {v}')
if len(sys.argv)>2:
    for k in ex: print('##',k, ex[k][:8])
    print('## genitive pairs', gp)
print('--- hedges and reporting verbs (non-quote claims whose sentence has the cue: claims / with a named source / modality)')
for cue in ['police said','police say','authorities said','according to','allegedly','reportedly','told reporters']:
    xs=[c for c in cl if c['kind']!='quote' and cue in c['text'].lower()]
    m=collections.Counter(c['modality'] for c in xs)
    print(f'  {cue!r}: {len(xs)} / {sum(1 for c in xs if len(c["attribution"])>1)} / {dict(m)}')
