# Quotes without a speaker in the English review, grouped by the pattern around them, and the quotes whose speaker
# changed between two dumps (docs/REVIEW-english-news.md, "Session 9: quotes without a speaker, Title-Case headlines").
# usage: python3 speakers.py IN BEFORE [AFTER]   (IN: convert.py's output; BEFORE/AFTER: quotes-dump.sh's output)
# The groups read the article text around each quote (title + text as convert.py wrote them); a quote falls in the
# first group that matches.
import json, re, sys, collections
IN, B = sys.argv[1], sys.argv[2]; A = sys.argv[3] if len(sys.argv) > 3 else None
arts = {}
for f in ('gva.jsonl', 'ecb.jsonl'):
    for l in open(IN + '/' + f):
        a = json.loads(l); arts[a['id']] = ((a.get('title') or ''), (a.get('title') or '') + '\n\n' + (a.get('text') or ''))
def load(d): return [json.loads(l) for l in open(d + '/quotes.jsonl')]
VERB = r"(said|says|say|told|tells|added|adds|wrote|writes|explained|asked|recalled|continued|stated|sobbed|tweeted|shouted|yelled|replied)"
def group(q, qs):
    title, t = arts.get(q['article'], ('', ''))
    i = t.find(q['text'])
    if i < 0: return 'text not found'
    before, after = t[max(0, i - 300):i], t[i + len(q['text']):i + len(q['text']) + 90]
    if i < len(title): return 'headline quote'
    if any(o is not q and o['article'] == q['article'] and o['speaker'] and o['text'] != q['text']
           and (q['text'].strip(' ,.') in o['text'] or o['text'].strip(' ,.') in q['text']) for o in qs):
        return 'pull quote repeated in the body with a speaker'
    if re.match(r'^[,.!?]?\s*[\u201d"\u2019\']?\s*(\S+\s+){0,6}?' + VERB + r'\b', after): return 'attribution after the quote (verb within 7 words)'
    line = before.split('\n')[-1]
    paras = [x for x in before.split('\n')[:-1] if x.strip()]
    if not re.search(r'\w', line) and paras and re.search(r'\b' + VERB + r'\b', paras[-1]):
        return 'paragraph of its own after one with a reporting verb'
    if re.search(r'\b' + VERB + r'\b', before.rsplit('\n', 1)[-1]): return 'reporting verb earlier in the sentence'
    if re.search(r'\w[,]?\s*[\u201c"]$', before): return 'quote inside a clause (term, title, fragment)'
    return 'other'
bq = load(B)
nb = [q for q in bq if not q['speaker']]
print('quotes', len(bq), 'without a speaker', len(nb))
for k, v in collections.Counter(group(q, bq) for q in nb).most_common(): print('  %-55s %d' % (k, v))
if A:
    aq = load(A)
    print('after: quotes', len(aq), 'without a speaker', sum(1 for q in aq if not q['speaker']))
    for name, qs in (('before', bq), ('after', aq)):
        print('  %s, quotes by rule (without a speaker): %s' % (name, ', '.join('%s %d (%d)' % (r, n, sum(1 for q in qs if q['rule'] == r and not q['speaker']))
              for r, n in sorted(collections.Counter(q['rule'] for q in qs).items()) if r.startswith('direct'))))
    key = lambda q: (q['article'], tuple(q['span']))
    bm = {key(q): q for q in bq}
    ch = [(bm.get(key(q)), q) for q in aq if key(q) not in bm or (bm[key(q)]['speaker'] or {}).get('text') != (q['speaker'] or {}).get('text')]
    print('changed speakers', len(ch), 'gained', sum(1 for b, a in ch if b and not b['speaker'] and a['speaker']),
          'lost', sum(1 for b, a in ch if b and b['speaker'] and not a['speaker']))
    for k, v in collections.Counter(group(b, bq) for b, a in ch if b and not b['speaker']).most_common(): print('  gained in: %-44s %d' % (k, v))
    if len(sys.argv) > 4:
        for b, a in ch:
            t = arts.get(a['article'], ('', ''))[1]; i = t.find(a['text'])
            print('----', a['article'], a['rule'], (b['speaker'] or {}).get('text') if b else 'NEW', '->', (a['speaker'] or {}).get('text'), (a['speaker'] or {}).get('name'))
            print('   ', repr(t[max(0, i - 160):i]), '<<', a['text'][:100], '>>', repr(t[i + len(a['text']):i + len(a['text']) + 90]))
