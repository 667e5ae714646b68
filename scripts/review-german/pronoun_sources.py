# Pronoun sources of the German review (docs/REVIEW-german-news.md, "Session 9"): how many claim sources and quote
# speakers that are a pronoun ("er", "sie", "seinen Worten", "ihrer Ansicht") stay unresolved, and what the
# resolved ones point to; also English pronoun victims ("he died") and whom they are shown as.
# usage: python3 pronoun_sources.py DIR            counts over DIR/claims.jsonl and DIR/quotes.jsonl
#        python3 pronoun_sources.py BEFORE AFTER [N] the counts of both, then the first N (default 30) claims whose
#                                                  pronoun source changed, with the sentence, and the first N
#                                                  quotes whose pronoun speaker changed, for reading
# The files are what `lagebild claims --format jsonl` and `lagebild quotes --format jsonl` print for a store
# ingested from `python3 convert.py` (see the review for the commands).
import json, sys, collections
PRONOUNS = {'er', 'sie', 'ihm', 'ihr', 'es', 'he', 'she', 'they', 'him'}
POSSESSIVES = {'seiner', 'seinen', 'seinem', 'ihrer', 'ihren', 'ihrem', 'his', 'her', 'their'}

def pronoun(text):
    w = text.strip().lower().split()
    return len(w) == 1 and w[0] in PRONOUNS or len(w) == 2 and w[0] in POSSESSIVES

def state(s):
    if s.get('entity'):
        return 'named'
    if s.get('name'):
        return 'described'
    return 'unresolved'

def claims(d):
    out = {}
    for l in open(d + '/claims.jsonl', encoding='utf-8'):
        j = json.loads(l)
        for i, s in enumerate(j['attribution']):
            if s.get('span') and pronoun(s['text']):
                out[(j['article'], j['id'], i)] = (s, j['text'])
    return out

def quotes(d):
    out = {}
    for l in open(d + '/quotes.jsonl', encoding='utf-8'):
        j = json.loads(l)
        s = j.get('speaker')
        if s and pronoun(s['text']):
            out[(j['article'], tuple(j['span']))] = (s, j['text'])
    return out

def unresolved_claims(d):
    n = 0
    for l in open(d + '/claims.jsonl', encoding='utf-8'):
        j = json.loads(l)
        n += any(s['role'] == 'unresolved' for s in j['attribution'])
    return n

ARTICLES = {'der', 'die', 'dem', 'den', 'the', 'a', 'an'}

def described_person(s):
    """A source written as a description ("Der Präsident") and linked to a person none of whose name it says."""
    e, t, n = s.get('entity') or '', s['text'].split(), (s.get('name') or '').lower().split()
    return (':per:' in e and t and t[0].lower() in ARTICLES and not pronoun(s['text'])
            and not any(w.lower().strip('.,') in n for w in t))

def described_people(d):
    c = 0
    for l in open(d + '/claims.jsonl', encoding='utf-8'):
        c += sum(1 for s in json.loads(l)['attribution'] if s.get('span') and described_person(s))
    q = 0
    for l in open(d + '/quotes.jsonl', encoding='utf-8'):
        s = json.loads(l).get('speaker')
        q += bool(s and described_person(s))
    return c, q

def pronoun_victims(d):
    """kill/die claims whose counted word is a pronoun (English "he died"): all, and those shown as "person"."""
    n = someone = 0
    for l in open(d + '/claims.jsonl', encoding='utf-8'):
        j = json.loads(l)
        q = j.get('quantity') or {}
        if j['predicate'] in ('kill', 'die') and (q.get('text') or '').lower() in PRONOUNS | {'her'}:
            n += 1
            someone += q.get('unit') == 'person'
    return n, someone

def counts(d):
    print('%s pronoun victims (kill/die claims counting "he", "she", "him", "her"): %d, shown as "person": %d'
          % ((d,) + pronoun_victims(d)))
    print('%s descriptions ("Der Präsident") linked to a person: claim sources %d, quote speakers %d'
          % ((d,) + described_people(d)))
    print('%s claims with a source shown as unidentified (any phrase: "er", "Man", "Donnerstag"): %d'
          % (d, unresolved_claims(d)))
    for what, rows in (('claim sources', claims(d)), ('quote speakers', quotes(d))):
        c = collections.Counter(state(s) for s, _ in rows.values())
        print('%s %s: pronoun %d, unresolved %d, named %d, described %d'
              % (d, what, len(rows), c['unresolved'], c['named'], c['described']))

def show(s):
    return s.get('name') or ('unidentified ("%s")' % s['text'])

if __name__ == '__main__':
    for d in sys.argv[1:3]:
        counts(d)
    if len(sys.argv) > 2:
        n = int(sys.argv[3]) if len(sys.argv) > 3 else 30
        b, a = claims(sys.argv[1]), claims(sys.argv[2])
        changed = [k for k in sorted(a) if k in b and show(a[k][0]) != show(b[k][0])]
        print('claim sources changed: %d (listed: %d)' % (len(changed), min(n, len(changed))))
        for k in changed[:n]:
            print('%s %s: %s -> %s | %s' % (k[0], k[1], show(b[k][0]), show(a[k][0]), a[k][1]))
        b, a = quotes(sys.argv[1]), quotes(sys.argv[2])
        changed = [k for k in sorted(a) if k in b and show(a[k][0]) != show(b[k][0])]
        print('quote speakers changed: %d (listed: %d)' % (len(changed), min(n, len(changed))))
        for k in changed[:n]:
            print('%s %s: %s -> %s | %s' % (k[0], k[1][0], show(b[k][0]), show(a[k][0]), a[k][1][:160]))
