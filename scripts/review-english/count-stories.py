# Counts of stories.sh over `lagebild stories --format json`: titles that fail the headline test,
# stories with a news agency / outlet / platform among their main actors (all 12, and the first 5
# that `lagebild stories` prints). usage: python3 count-stories.py OUT
import json, sys, collections
O = sys.argv[1]
d = json.load(open(O + '/stories.json')); s = d if isinstance(d, list) else d['stories']
ok = dict(l.rstrip('\n').split('\t') for l in open(O + '/headline.tsv'))
kind = {}
for l in open(O + '/actor-kinds.tsv'):
    f = l.rstrip('\n').split('\t'); kind[(f[0], f[1])] = f[3]
def k(e): return kind.get((e.get('id') or '', e['name']), '-')
R = collections.OrderedDict()
R['stories'] = len(s)
R['titles failing the headline test'] = sum(1 for x in s if ok[x['id']] == 'false')
for m in ('agency', 'outlet', 'platform'):
    R['stories with a %s among their actors' % m] = sum(1 for x in s if any(k(e) == m for e in x['actors']))
R['stories with any medium among their actors'] = sum(1 for x in s if any(k(e) != '-' for e in x['actors']))
R['stories with a medium among their first 5 actors'] = sum(1 for x in s if any(k(e) != '-' for e in x['actors'][:5]))
for a, b in R.items(): print(f'{a}: {b}')
c = collections.Counter((e['name'], k(e)) for x in s for e in x['actors'] if k(e) != '-')
print('media among actors:', dict(c.most_common()))
print('titles failing:', [x['title'] for x in s if ok[x['id']] == 'false'])
