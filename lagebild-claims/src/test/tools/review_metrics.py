#!/usr/bin/env python3
"""Counts for docs/REVIEW-german-news.md ("Fixed in session 6"), over the output of a store built from the
432 German review articles. Usage:
  lagebild claims --data-dir D --format jsonl > claims.jsonl ; lagebild quotes --data-dir D --format jsonl > quotes.jsonl
  review_metrics.py claims.jsonl quotes.jsonl [claims-before.jsonl]
Prints: claims whose innermost source a user is shown as a name although it names no one (pronouns, possessives,
weekdays, connectives, abstract heads, a run-on object), claims shown as unidentified, pronoun sources resolved,
quote speakers left as an unlinked pronoun, and event readings (with a second claims file: changes per claim)."""
import collections, json, re, sys

PRON = {'er', 'sie', 'es', 'man', 'wir', 'ihnen', 'ihm', 'ihr', 'ich', 'du', 'uns', 'he', 'she', 'they', 'it', 'we'}
POSS = re.compile(r'^(seiner|ihrer|meiner|unserer|seinen|ihren|meinen|eigenen|seine|ihre)\s+'
                  r'(ansicht|meinung|worten|darstellung|angaben|einschätzung|auffassung)$', re.I)
TIME = re.compile(r'^(anfang |mitte |ende |vergangene[sn]? |letzte[sn]? |seit )?(montag|dienstag|mittwoch|donnerstag|'
                  r'freitag|samstag|sonntag|jänner|januar|juni|woche|jahr|jahren)$', re.I)
ABSTRACT = re.compile(r'(vorgeschichte|^ziel |ankündigung|konsequenzen|wunsch$)', re.I)
FLEE = re.compile(r'geflüchtet|geflohen|flohen|fliehen|flüchteten')
CHEM = re.compile(r'Senfgas|Sarin|Chlorgas|Giftgas|Kampfstoff|Chemiewaffe')


def kind(name):
    low = name.strip().lower()
    if low in PRON:
        return 'pronoun'
    if POSS.match(low):
        return 'possessive'
    if TIME.match(low):
        return 'time word'
    if low in {'aber', 'genau'}:
        return 'connective'
    if ABSTRACT.search(low):
        return 'abstract noun'
    if 'senfgas' in low:
        return 'run-on object'
    return None


def sources(path):
    shown, unresolved, resolved, n = collections.Counter(), 0, 0, 0
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        chain = [x for x in d['attribution'] if x['role'] not in ('publisher', 'agency')]
        if not chain:
            continue
        s = chain[-1]
        n += 1
        if s['role'] == 'unresolved':
            unresolved += 1
            continue
        k = kind(s['name'] or s['text'])
        if k:
            shown[k] += 1
        if s['name'] and kind(s['text']) in ('pronoun', 'possessive'):
            resolved += 1
    print(f'{path}: {n} claims with a source beyond the outlet; shown as a name that names no one: '
          f'{sum(shown.values())} {dict(shown)}; unidentified: {unresolved}; pronoun or possessive resolved: {resolved}')


def speakers(path):
    c = collections.Counter()
    for line in open(path, encoding='utf-8'):
        s = json.loads(line).get('speaker')
        if not s:
            continue
        first = s['text'].split(' ')[0].lower()
        if first in ('er', 'sie', 'es', 'man', 'wir', 'ihnen') or first in ('seiner', 'ihrer', 'seinen', 'ihren', 'eigenen',
                                                                           'meiner', 'seinem'):
            c['unlinked' if s['entity'] is None else 'linked'] += 1
    print(f'{path}: quote speakers that are a pronoun, possessive or "man": {dict(c)}')


def claims(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        if d['kind'] != 'quote':
            out[(d['article'], d['sentence'], tuple(d['span']), (d['quantity'] or {}).get('text'))] = d
    return out


def readings(path):
    c = collections.Counter()
    for d in claims(path).values():
        p, t = d['predicate'], d['text']
        c['predicate ' + str(p)] += p in ('meet', 'deploy', 'attack', 'injure', 'kill')
        c['attack in a sentence of fleeing'] += p == 'attack' and bool(FLEE.search(t))
        c['deploy of chemical weapons'] += p == 'deploy' and bool(CHEM.search(t))
        c['meet beside affect words'] += p == 'meet' and bool(
            re.search(r'\b(Folgen|Sanktion\w*|\w*[Pp]reisen|schwer|hart)\b', t) and re.search(r'treff|traf|trifft|getroffen', t))
        loc = d['location']
        c['located where it was said'] += bool(loc and re.search(
            r'(teilte|gab|sagte|erklärte)[^,.]*\b(in|im)\s+' + re.escape(loc['text']), t))
    return {k: v for k, v in c.items() if v}


if __name__ == '__main__':
    sources(sys.argv[1])
    speakers(sys.argv[2])
    print('readings:', readings(sys.argv[1]))
    if len(sys.argv) > 3:
        before, after = claims(sys.argv[3]), claims(sys.argv[1])
        changes = collections.Counter()
        for k, d in after.items():
            o = before.get(k)
            if o and o['predicate'] != d['predicate']:
                changes[f"{o['predicate']} -> {d['predicate']}"] += 1
            if o and (o['location'] or {}).get('text') != (d['location'] or {}).get('text'):
                changes[f"location {(o['location'] or {}).get('text')} -> {(d['location'] or {}).get('text')}"] += 1
        print('changed against', sys.argv[3], dict(changes))
