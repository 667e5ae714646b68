#!/usr/bin/env python3
"""Builds kb/countries.tsv from the i18n-iso-countries npm package (MIT) plus the hand-curated
country-adjectives.tsv beside this script. Reproduce with:
  cd /tmp && npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz
  python3 tools/build_countries.py /tmp/package > src/main/resources/org/lagebild/entities/kb/countries.tsv
The output is then committed and maintained as data; npm is never part of the build."""
import json, sys, os

pkg = sys.argv[1]
de = json.load(open(os.path.join(pkg, 'langs/de.json'), encoding='utf-8'))['countries']
en = json.load(open(os.path.join(pkg, 'langs/en.json'), encoding='utf-8'))['countries']
here = os.path.dirname(os.path.abspath(__file__))
adj = {}
for line in open(os.path.join(here, 'country-adjectives.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    f = line.rstrip('\n').split('\t')
    f += [''] * (7 - len(f))
    adj[f[0]] = f

# canonical names where the package lists the formal name first
CANON_DE = {'RU': 'Russland', 'CZ': 'Tschechien', 'SY': 'Syrien', 'TZ': 'Tansania', 'US': 'USA',
            'GB': 'Großbritannien', 'PS': 'Palästina', 'CD': 'Demokratische Republik Kongo', 'CG': 'Republik Kongo',
            'MD': 'Moldau', 'BN': 'Brunei', 'HK': 'Hongkong', 'VA': 'Vatikan'}
CANON_EN = {'RU': 'Russia', 'CZ': 'Czechia', 'SY': 'Syria', 'TZ': 'Tanzania', 'US': 'United States',
            'GB': 'United Kingdom', 'PS': 'Palestine', 'IR': 'Iran', 'KR': 'South Korea', 'KP': 'North Korea',
            'CN': 'China', 'TW': 'Taiwan', 'MD': 'Moldova', 'LA': 'Laos', 'VN': 'Vietnam', 'BN': 'Brunei',
            'FM': 'Micronesia', 'VA': 'Vatican City', 'MK': 'North Macedonia', 'CI': "Côte d'Ivoire",
            'CD': 'Democratic Republic of the Congo', 'CG': 'Republic of the Congo', 'NL': 'Netherlands',
            'GM': 'Gambia', 'TR': 'Turkey', 'FK': 'Falkland Islands', 'BO': 'Bolivia', 'VE': 'Venezuela'}
# names that are ambiguous on their own (Georgia: US state; Congo: two states; Niger: river)
SKIP_ALIAS = {'Congo', 'Kongo', 'US', 'U.S.'}

def lst(v):
    return v if isinstance(v, list) else [v]

def clean(s):
    return s.replace('\t', ' ').replace('|', '/')

print('# lagebild-kb\tformat=1\tkind=countries\tsource=i18n-iso-countries 7.14.0 (MIT) + curated adjectives (see SOURCES.md)')
print('id\ttype\tname_de\tname_en\taliases\tderived\ttitles\twikidata\trole\tcountry\tmetonym_of')
for code in sorted(de):
    des, ens = lst(de[code]), lst(en[code])
    name_de = CANON_DE.get(code, des[-1] if len(des) > 1 and code in ('CZ', 'RU') else des[0])
    name_en = CANON_EN.get(code, ens[0])
    a = adj.get(code, [code, '', '', '', '', '', ''])
    aliases = []
    for n in des + ens + [x for x in a[6].split('|') if x]:
        if ',' in n or n in (name_de, name_en) or n in aliases:
            continue
        if n in SKIP_ALIAS and code not in ('US',):
            continue
        aliases.append(clean(n))
    if code == 'US':
        aliases = [x for x in aliases if x not in ('US', 'U.S.')] + ['US', 'U.S.']
    derived = [x for x in a[1].split('|') + a[2].split('|') + a[3].split('|') + a[4].split('|') if x]
    print('\t'.join(['lb:gpe:' + code.lower(), 'GPE', clean(name_de), clean(name_en), '|'.join(aliases),
                     '|'.join(derived), '', a[5], '', '', '']))
