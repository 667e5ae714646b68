# The counts of docs/REVIEW-german-news.md "Session 15": what a reader of `lagebild facts ID --format json` sees that
# is wrong, by kind, over every story of a store. Reads OUT/claims.jsonl (dump.sh) and OUT/facts/ID.json (one file
# per story: `lagebild facts ID --data-dir OUT/data --format json`, for every id of `lagebild stories --limit 1000`).
# usage: python3 facts_errors.py OUT [OUT2 ...]   (one column per OUT)
# Session 15, second round: also OUT/entities.jsonl when it exists (dump.sh writes it) for names ending in a particle.
import json, glob, os, re, sys, unicodedata

# other senses of event words (the evidence word and its sentence), by the predicate of the fact
WEAPONS = r'waffe|munition|rakete|panzer|granate|drohne|artillerie|haubitze|kampfjet|soldat|truppe|kämpfer'
FIGHTERS = r'soldat|truppe|kämpfer|\bmann\b|waffe|munition|rakete'
WAR = r'soldat|kämpfer|opfer|front|krieg|gefecht|kampf|kämpfe|einsatz'
def other_sense(prop, verb, sentence):
    v, s = verb.lower(), sentence.lower()
    if prop == 'deploy':
        if v in ('zur',) and 'verfügung' in s and not re.search(FIGHTERS, s):
            return 'zur Verfügung'
        if v.startswith('schicksal') or 'verschick' in v or 'verhältnis' in v:
            return 'Schicksal/verschickt/-verhältnis'
    if prop == 'killed':
        if 'gefallen' in v and not re.search(WAR, s):
            return 'gefallen'
        if v.startswith(('sterblich', 'starbesetz')):
            return 'Sterblichkeit/starbesetzt'
    if prop == 'deliver_weapons' and 'liefer' in v and not re.search(WEAPONS, s):
        return '-lieferung, ausgeliefert'
    if prop == 'attack' and v.startswith('veranschlag'):
        return 'veranschlagt'
    return None

def rank_or_age(q, s):
    if not q or not re.fullmatch(r'\d{1,3}(?:\.\d{3})?', q):
        return False
    e = re.escape(q)
    small = re.fullmatch(r'\d{1,3}', q) is not None
    return bool(small and re.search(r'[–-]\s*' + e + r'\.(?:\s|$)', s)   # "… – 127."
                or re.search(r'\b[A-ZÄÖÜ][\wäöüß-]+\s+' + e + r'\s+[–-]\s*\d{1,3}\.', s)   # points: "Rießle 574 – 3."
                or small and re.search(r'\b[A-ZÄÖÜ][\wäöüß-]+\s+' + e + r'\.\s*$', s)   # "Rehrl 21."
                or small and re.search(r'\b[A-ZÄÖÜ][\wäöüß.-]*\s*\(\s*' + e + r'\s*[,)]', s)   # "Aysha (35, …)"
                or re.fullmatch(r'\d{1,2}', q) and re.search(r'\b(?:[Aa]m|[Ii]m|[Zz]um|[Vv]om|[Bb]eim)\s+' + e + r'\.\s*$', s))

# Session 15, second round: the kinds fixed then, found by their form
# a deployment is of troops, forces, police, personnel or weapons: a deploy fact none of whose sentences names any
FORCES = (r'soldat|truppe|kämpfer|\bmann\b|militär|armee|streitkr|polizei|polizist|heer|kräfte|einheit|bataillon|brigade|'
          r'waffe|munition|rakete|panzer|drohne|kampfjet|flugzeug|bomber|kriegsschiff|hubschrauber|feuerwehr|helfer|retter|'
          r'sanitäter|beamte|offizier|söldner|experte|personal|rekrut|reservist|nordkoreaner|minenräumer|arbeiter')
PRONOUNS = {'er', 'sie', 'es', 'ihm', 'ihn', 'ihr', 'ihnen'}
def fold(x):
    return ''.join(ch for ch in unicodedata.normalize('NFD', x.lower()) if unicodedata.category(ch) != 'Mn')
def bare_title(a):
    # an argument linked to a knowledge-base person whose text names no word of the person's name and is no pronoun:
    # an office title alone ("Bundeskanzler" → Friedrich Merz, "US-Außenminister" → Marco Rubio)
    if not a or not (a.get('entity') or '').startswith('lb:per:') or not a.get('name') or a['text'].lower() in PRONOUNS:
        return False
    words = [fold(w) for w in re.split(r'[\s-]+', a['name']) if len(w) > 2]
    return not any(w in fold(a['text']) for w in words)
# a person's name that runs into the capitalised particle of the next one ("forderte Kickl Van der Bellen auf")
PARTICLE_END = re.compile(r'\S\s+(?:Van|Von|De|Di|Da|Del|Du|Ten|Ter)$')

# Session 16: other senses of event words in claims, by the claim's word and sentence (independent of the data rows)
def other_sense_16(c):
    p, v, t = c.get('predicate'), (c.get('verb') or '').lower(), c.get('text') or ''
    tl = t.lower()
    if p == 'deploy' and re.search(r'.(?:bekomm|bekam)|erhältlich|.erhält|.erhielt', v):
        return 'mitbekommen/hinterhältig/erhältlich'
    if p == 'deploy' and re.search(r'\bmann\b', tl) and not re.search(r'\d\s*mann\b|(?:tausend|hundert)\w*\s+mann\b', tl) \
            and not re.search(FORCES.replace(r'\bmann\b|', ''), tl):
        return '"Mann" without a figure'
    if p == 'deploy' and v.startswith('verleg') and re.search(r'checkpoint|kontrollpunkt|termin|standort', tl):
        return 'verlegte Checkpoints'
    if p == 'deploy' and re.search(r'einsatz(?:regel|leit)', v):
        return 'Einsatzregeln/-leiter'
    if p == 'sign' and v.startswith('vertrag') and re.search(r'\bunter\s+vertrag', tl):
        return 'unter Vertrag'
    if p == 'visit' and re.match(r'besucher|reisende', v):
        return 'Besucher/Reisende'
    if p == 'meet' and re.search(r'pressegespräch|standard-gespräch|übertreff', v):
        return 'Pressegespräch/STANDARD-Gespräch/übertreffen'
    if p == 'die' and 'gefallen' in v and re.search(r'aus der zeit gefallen', tl):
        return 'aus der Zeit gefallen'
    return None

# Session 16, second round: other senses of attack, meeting and visit words, by the claim's word and sentence
SPORT = (r'\b(?:tor|tore|spiel|spiels|heimspiel|liga|bundesliga|stürmer|trainer|minute|elfmeter|finale|halbfinale|saison|'
         r'champions|strafraum|defensive|weltcup|runde|qualifikations-runde|club|meister|team|[a-zäöü]+-team)\b')
def other_sense_16b(c):
    p, v, t = c.get('predicate'), (c.get('verb') or '').lower(), c.get('text') or ''
    tl = t.lower()
    if p in ('attack', 'meet') and re.search(r'angriff|kämpf|aufeinandertreff', v) and re.search(SPORT, tl):
        return 'Angriff/kämpfen/Aufeinandertreffen in sports'
    if p == 'attack' and 'angriff' in v and re.search(r'\bin angriff\b', tl) and re.search(r'\b(?:nahm|nehm|nimmt|genommen)', tl):
        return 'in Angriff nehmen'
    if p == 'attack' and v == 'kämpfen' and re.search(r'\b(?:hat|hatte|hatten|haben|habe|hätte)\b.*\bzu kämpfen\b|\bzu kämpfen\s+(?:hat|hatte|haben|hatten)\b', tl):
        return 'zu kämpfen haben'
    if p == 'visit' and re.match(r'reise\w{3,}', v) and not re.match(r'reisende', v):
        return 'Reise- compounds (Reisepass, Reisekosten …)'
    if p == 'meet' and (re.search(r'hintertreff|eintreff|eingetroffen', v) or v == 'treffen' and re.search(r'\bins treffen\b', tl)
                        or re.search(r'\b(?:vorbereitung|vereinbarung|absprache|regelung)\w*\b.*\btreffen\b', tl) and v == 'treffen'):
        return 'Hintertreffen/eintreffen/ins Treffen/Vorbereitungen treffen'
    return None

# Session 17: a killing's or capture's agent that is whom it befell, by form: the name after an oblique article
# ("den italienischen Fotografen Andrea Rocchelli erschossen"), after a participle of killing used as an adjective
# ("der ermordeten Journalistin Anna Politkowskaja"), or the subject of a passive clause without "von"/"durch"
HARM_WORD = r'(?:getötet|erschossen|ermordet|hingerichtet|umgebracht|festgenommen|gefangen|inhaftiert|verletzt)'
def victim_agent(c):
    if c.get('predicate') not in ('kill', 'injure', 'shoot', 'capture') or not (c.get('subject') or {}).get('text'):
        return False
    t, sj = ' '.join((c.get('text') or '').split()), re.escape(c['subject']['text'])
    if re.search(r'\b(?:den|dem|des|einen|einem|eines)\s+(?:[\w-]+\s+){0,3}' + sj, t):
        return True
    if re.search(HARM_WORD + r'\w*\s+(?:[\w-]+\s+){0,2}' + sj, t, re.I):
        return True
    m = re.search(r'(.{0,40})' + sj + r'\b.{0,120}?\b' + HARM_WORD + r'\s+(?:wurde|wurden|worden)\b', t)
    return bool(m and not re.search(r'\b(?:von|vom|durch)\s+(?:[\w-]+\s+){0,3}$', m.group(1)))

# Session 18: the kinds of the four problems, found by their form (regular expressions on the claim's or fact's
# sentences, independent of the rows that fixed them)
ACCUSING = (r'\b(?:beschuldigte|beschuldigten|beschuldigt|bezichtigte|bezichtigt|wirft|warf|warfen|werfen|lastete|klagte|'
            r'macht|machte|machen)\b')
def accuser_agent(c):
    # an event claim whose agent is the subject of an accusing verb ("Biden beschuldigte Russland, einen Völkermord …")
    sj = (c.get('subject') or {}).get('text')
    t = ' '.join((c.get('text') or '').split())
    if not c.get('predicate') or c.get('kind') != 'event' and not c.get('quantity') or not sj or c.get('predicate') == 'say':
        return False
    if not re.search(r'\b(?:beschuldig|bezichtig|vorw[iu]rf|vorgeworfen|angelastet|verantwortlich)|\b(?:wirft|warf|warfen|werfen)\b[^,;]*\bvor\b|\blastete\b[^,;]*\ban\b', t, re.I):
        return False
    # the subject opens the clause of the accusing verb (up to two words before it: "Während US-Präsident Joe Biden")
    return bool(re.search(r'(?:^|[,;:–]\s*)(?:[\w-]+\s+){0,2}' + re.escape(sj) + r'\s+(?:[\w-]+\s+){0,3}?' + ACCUSING, t))
PLANNING = r'(?:\bPlan\b|\bplante|\bbeauftragt|\bbefohlen|\bbefahl|[Kk]omplott|\bvereitelt|[Aa]nschlagspl[aä]n|[Mm]ordpl[aä]n)'
def planned_as_done(c):
    # a killing claim after a word of planning, ordering or foiling in its sentence, not shown as planned
    t = ' '.join((c.get('text') or '').split())
    v = c.get('verb') or ''
    if c.get('predicate') not in ('kill',) or c.get('modality') == 'planned' or not v:
        return False
    i = t.find(v)
    return i > 0 and re.search(PLANNING, t[:i]) is not None
SENSES18 = [
    ('sign', r'^vertrag', r'\b(?:laut|lt\.|gemäß)\s+vertrag', 'laut Vertrag'),
    ('sign', r'vertrags(?:straf|laufzeit|bruch|brüch|widrig|entw|verletz|klausel|beding|ende|recht)|vertraglich|'
             r'(?:miet|arbeits|tarif|kauf|handy|mobilfunk|strom|gas|leasing|versicherungs|ausbildungs|spieler|profi)vertrag', None,
     'contract terms, drafts, private contracts'),
    ('plan', r'^planung', None, 'Planung'),
    ('estimate', r'einschätz|eingeschätzt|unterschätz|überschätz|wertschätz', None, 'Einschätzung/unterschätzen'),
    ('meet', r'zutreff|zugetroffen', None, 'zutreffen'),
    ('meet', r'^(?:trifft|traf|trafen|treffen)$', r'\b(?:trifft|traf|trafen|treffen)\b[^,;:.]*\bzu\s*[,;:.!?]', 'trifft … zu'),
    ('attack', r'^beschuss', r'\bunter\s+(?:\w+\s+)?beschuss', 'unter Beschuss (no war word)'),
]
WAR18 = r'soldat|truppe|armee|militär|artillerie|rakete|granat|panzer|drohne|mörser|geschütz|bomb|waffe|front|krieg|kämpf|gefecht|stellung|rebell|separatist|miliz|feind|luftangriff'
def other_sense_18(c):
    p, v, t = c.get('predicate'), (c.get('verb') or '').lower(), ' '.join((c.get('text') or '').split()).lower()
    for pred, vre, tre, name in SENSES18:
        if p == pred and re.search(vre, v) and (tre is None or re.search(tre, t)):
            if pred == 'attack' and re.search(WAR18, t):
                continue
            return name
    return None


# Session 19: what the labels of facts say and the patients of deaths and signings, by form (independent of the rules)
HARMS = ('killed', 'injure', 'shoot', 'capture')
INTENDED = ('planned', 'proposed', 'announced')
# the occurrences of proposition-kinds.tsv whose label is no word of intent (a plan, an announcement are left out)
OCCURRENCES = ('killed', 'injure', 'shoot', 'capture', 'attack', 'sign', 'visit', 'meet', 'estimate', 'recognise', 'reward')
CREATURES = (r'(?:Katzen?|Kater|Hunde?n?|Pferde?n?|Kühe|Kuh|Rind(?:er)?|Schweine?|Schafe?|Vögel|Vogels?|Fische?|Tiere?n?|'
             r'Haustiere?n?|Nutztiere?n?|Drachen?|Ratten?|Mäuse|Maus|Wölfe|Wolf|Bären?|Hühner|Huhn|Affen?|Löwen?|Monster|'
             r'Zombies?|Vampire?|Einhörner|Einhorn|Insekten?)')
def creature_death(c):
    # a death or killing whose word is an adjective or participle before a creature noun ("eine tote Katze"), or a
    # present participle after one ("Drachen tötenden")
    if c.get('predicate') not in ('kill', 'die'):
        return False
    v, s = c.get('verb') or '', c.get('text') or ''
    e = re.escape(v)
    return bool(re.search(r'(?<!\w)' + e + r'\s+' + CREATURES + r'(?!\w)', s)
                or re.search(r'(?<!\w)' + CREATURES + r'\s+' + e + r'(?!\w)', s) and re.search(r'end(?:e|en|er|es|em)?$', v))
def draft_signing(c):
    # a signing read in a treaty word governed by a draft or proposal ("Entwürfe eines Vertrages", "Vorschlag für
    # einen Vertrag")
    if c.get('predicate') != 'sign':
        return False
    v, s = c.get('verb') or '', c.get('text') or ''
    return bool(re.search(r'(?:Entw[uü]rf\w*|Vorschl[aä]g\w*(?:\s+f[üu]r)?)\s+(?:eine[ns]?|des|der|ein)\s+(?:\w+\s+)?' + re.escape(v) + r'(?!\w)', s))

def db_bare_titles(out):
    # mentions linking a title alone to a knowledge-base person the article names nowhere by name (store's mentions)
    import sqlite3
    f = out + '/data/lagebild.db'
    if not os.path.exists(f):
        return None
    db = sqlite3.connect(f)
    named, bare = set(), []
    for aid, eid, name, text in db.execute("select article_id, entity_id, name, text from mentions "
                                           "where entity_id like 'lb:per:%'"):
        words = [fold(w) for w in re.split(r'[\s-]+', name) if len(w) > 2]
        if any(w in fold(text) for w in words):
            named.add((aid, eid))
        elif len(text) >= 8:   # a title ("US-Außenminister"), not a short name form of someone else ("XI", "Asaad")
            bare.append((aid, eid))
    return sum(1 for x in bare if x not in named)

# Session 19, second round: a modal verb ("will", "wollen", "soll", "sollen") governs the infinitive of its own clause; an
# event claim whose only cue is a modal standing in another clause than its event word (a comma, dash or semicolon
# between them), or after a word in lower case (a participle: "Der … angegriffene Musikclub Bataclan will …") when the
# modal stands second in its clause (a word, not punctuation, after it), is planned or alleged by another verb's modal
MODALS = ('will', 'wollen', 'soll', 'sollen')
def modal_elsewhere(c):
    if c.get('kind') != 'event' or not c.get('cues') or any(x not in MODALS for x in c['cues']) or not c.get('verb'):
        return False
    t, v = c['text'], c['verb']
    i = t.find(v)
    if i < 0:
        return False
    for m in re.finditer(r'\b(?:' + '|'.join(MODALS) + r')\b', t):
        a, b = sorted((i, m.start()))
        if not re.search(r'[,;–—]', t[a:b]):
            after = t[m.end():m.end() + 2].strip()
            second = after[:1] not in (',', '.', ';', '–', '')
            if not (v[:1].islower() and i < m.start() and second):
                return False
    return True

def count(out):
    claims = {}
    for l in open(out + '/claims.jsonl'):
        c = json.loads(l)
        claims[c['article'] + '#' + c['id']] = c
    n = {k: 0 for k in ['facts', 'facts with a figure', 'deployed', 'killed', 'weapons delivered',
                        'event facts resting only on another sense of the word', 'figures that are a rank, points or an age',
                        'facts dated 2025 or later by a time without year in an undated article',
                        'killed facts whose agent is the subject of a dying']}
    kinds = {}
    n['claims naming a known person only by an office title'] = sum(
        1 for c in claims.values()
        if any(bare_title(a) for a in [c.get('subject'), c.get('object')] + list(c.get('attribution') or [])))
    n['deploy claims'] = sum(1 for c in claims.values() if c.get('predicate') == 'deploy')
    n['event claims planned or alleged by a modal verb of another clause (session 19, second round)'] = sum(
        1 for c in claims.values() if modal_elsewhere(c))
    n['deployed facts naming no forces, personnel or weapons'] = 0
    n['facts dated by a time without year in an article dated only by an inferred window'] = 0
    n['facts showing a share of a whole as a bare figure ("0.50")'] = 0
    # Session 16
    n['deploy claims whose sentence names no forces, personnel or weapons'] = sum(
        1 for c in claims.values() if c.get('predicate') == 'deploy' and not re.search(FORCES, (c.get('text') or '').lower()))
    senses16 = {}
    for c in claims.values():
        k = other_sense_16(c)
        if k:
            senses16[k] = senses16.get(k, 0) + 1
    n['event claims on another sense of the word (session 16 kinds)'] = sum(senses16.values())
    senses16b = {}
    for c in claims.values():
        k = other_sense_16b(c)
        if k:
            senses16b[k] = senses16b.get(k, 0) + 1
    n['event claims on another sense of the word (session 16, second round kinds)'] = sum(senses16b.values())
    n['killing or capture claims whose agent is whom it befell (by form)'] = sum(1 for c in claims.values() if victim_agent(c))
    # Session 17: a footnote number glued to the word, bracket or closing quote before it ("(KTR)3 gehörende", ".“9 Die")
    n['figure claims whose number is a footnote glued to a word or quote'] = sum(
        1 for c in claims.values() if c.get('quantity') and re.fullmatch(r'\d{1,2}', c['quantity'].get('text') or '')
        and re.search(r'(?:[^\W\d_]|\)|[.!?\w][“”"»«]|\[)' + re.escape(c['quantity']['text']) + r'(?:\s|\]|$)', c.get('text') or ''))
    # Session 17: "wies … darauf hin" (to point out) and "wies … auf" (to show) read as a denial
    n['denials that are "wies … hin" or "wies … auf" without "zurück"'] = sum(
        1 for c in claims.values() if c.get('predicate') == 'deny' and (c.get('verb') or '').lower() == 'wies'
        and re.search(r'\bwies\b[^,;:]*\b(?:hin|auf)\b', c.get('text') or '') and not re.search(r'\bzurück\b', c.get('text') or ''))
    # Session 18
    n['event claims whose agent is the accuser ("X beschuldigte Y, …")'] = sum(1 for c in claims.values() if accuser_agent(c))
    n['killing claims after a word of planning, ordering or foiling, not planned'] = sum(1 for c in claims.values() if planned_as_done(c))
    senses18 = {}
    for c in claims.values():
        k = other_sense_18(c)
        if k:
            senses18[k] = senses18.get(k, 0) + 1
    n['event claims on another sense of the word (session 18 kinds)'] = sum(senses18.values())
    n['killed facts without figure whose sentences name different people'] = 0
    n['killed facts shown as done whose every sentence plans, orders or foils the killing'] = 0
    # Session 19
    n['death or killing claims of an animal or fictional creature (by form)'] = sum(1 for c in claims.values() if creature_death(c))
    n['signing claims on a treaty word governed by a draft or proposal'] = sum(1 for c in claims.values() if draft_signing(c))
    n['signing claims on a treaty named by a place adjective ("Warschauer Vertrag")'] = sum(
        1 for c in claims.values() if c.get('predicate') == 'sign'
        and re.search(r'\S\s+[A-ZÄÖÜ]\w+er\s+' + re.escape(c.get('verb') or '#') + r'(?!\w)', c.get('text') or ''))
    n['harm facts without figure whose claims name whom it befell, the label not'] = 0
    n['occurrence facts (killed, attacked, visit …) every claim of which is planned, proposed or announced, the label saying none'] = 0
    n['  of them killed'] = 0
    bt = db_bare_titles(out)
    if bt is not None:
        n['mentions linking a title alone to a known person the article does not name'] = bt
    n['free indirect quotes whose speaker is the subject of the quote'] = 0
    if os.path.exists(out + '/quotes.jsonl'):
        for l in open(out + '/quotes.jsonl'):
            q = json.loads(l)
            sp = (q.get('speaker') or {}).get('text') or ''
            head = ' '.join((q.get('text') or '').split()[:8])   # the reported sentence's subject, not its speaker
            if q.get('rule') == 'free-indirect' and len(sp) > 2 and sp.lower() not in PRONOUNS \
                    and re.search(r'(?<!\w)' + re.escape(sp) + r'(?!\w)', head):
                n['free indirect quotes whose speaker is the subject of the quote'] += 1
    n['people whose name ends in a particle of the next name (mentions)'] = 0
    n['names opening with a determiner ("Allen Unkenrufen"; mentions)'] = 0
    if os.path.exists(out + '/entities.jsonl'):   # dump.sh: `lagebild entities --top 5000 --format jsonl`
        for l in open(out + '/entities.jsonl'):
            e = json.loads(l)
            if re.match(r'(?:Allen|Alle|Allem|Jeden|Jedem|Vielen|Beiden|Diesen|Diesem|Manchen|Einigen|Wenigen|Mehreren)\s', e.get('name') or ''):
                n['names opening with a determiner ("Allen Unkenrufen"; mentions)'] += e.get('mentions', 0)
            if e.get('type') == 'PER' and PARTICLE_END.search(e.get('name') or ''):
                n['people whose name ends in a particle of the next name (mentions)'] += e.get('mentions', 0)
    people = set()   # the names of people the store knows (entities.jsonl), for the session 18 row on joined killings
    if os.path.exists(out + '/entities.jsonl'):
        for l in open(out + '/entities.jsonl'):
            e = json.loads(l)
            if e.get('type') == 'PER' and len(e.get('name') or '') > 5 and ' ' in e['name']:
                people.add(e['name'])
    for f in sorted(glob.glob(out + '/facts/*.json')):
        try:
            d = json.load(open(f))
        except Exception:
            continue
        for fa in d['facts']:
            n['facts'] += 1
            n['facts with a figure'] += fa.get('min') is not None or fa.get('max') is not None
            p = fa['predicate']
            n['deployed'] += p == 'deploy'
            n['killed'] += p == 'killed'
            n['weapons delivered'] += p == 'deliver_weapons'
            ev = [(e, claims.get(e['article'] + '#' + e['claim'], {})) for e in fa['evidence']]
            senses = [other_sense(p, c.get('verb') or '', e['sentence']) for e, c in ev]
            if senses and all(senses):
                n['event facts resting only on another sense of the word'] += 1
                kinds[senses[0]] = kinds.get(senses[0], 0) + 1
            if ev and all(rank_or_age((c.get('quantity') or {}).get('text'), e['sentence']) for e, c in ev):
                n['figures that are a rank, points or an age'] += 1
            t = fa.get('time') or ''
            if t[:4] >= '2025' and all(e['published'] is None for e, c in ev) \
                    and not any(re.search(r'\d{4}', (c.get('time') or {}).get('text', '')) for e, c in ev):
                n['facts dated 2025 or later by a time without year in an undated article'] += 1
            # Session 17: a time without its year resolved against a publication date the engine inferred as a
            # window (no stated day): "attacked: Russland (2013-02)" in a 2022 article
            w = fa.get('when') or {}
            if t and w.get('granularity') != 'publication' and ev \
                    and all(e.get('publishedWindow') and e['publishedWindow'][0] != e['publishedWindow'][1] for e, c in ev) \
                    and not any(re.search(r'\d{4}', (c.get('time') or {}).get('text', '')) for e, c in ev):
                n['facts dated by a time without year in an article dated only by an inferred window'] += 1
            if p == 'deploy' and ev and not any(re.search(FORCES, e['sentence'].lower()) for e, c in ev):
                n['deployed facts naming no forces, personnel or weapons'] += 1
            # Session 16: a share of a whole ("die Hälfte", "ein Drittel") shown as the count 0.50
            if fa.get('unit') is None and re.search(r'[: ]0\.\d\d(?:–\S+)?(?: |$)', fa.get('label') or '') and ev \
                    and all(re.search(r'hälfte|drittel|viertel|fünftel|zehntel', ((c.get('quantity') or {}).get('text') or '').lower())
                            for e, c in ev if c.get('quantity')):
                n['facts showing a share of a whole as a bare figure ("0.50")'] += 1
            # Session 18: killings without figure of different people joined ("killed → Donbass": Rocchelli 2014, Struk 2022)
            if p == 'killed' and fa.get('min') is None and fa.get('max') is None and len(ev) >= 2:
                named = [frozenset(x for x in people if re.search(r'(?<!\w)' + re.escape(x) + r'(?!\w)', e['sentence'])) for e, c in ev]
                named = [x for x in named if x]
                if len(named) >= 2 and any(not (a & b) for a in named for b in named):
                    n['killed facts without figure whose sentences name different people'] += 1
            if p == 'killed' and ev and fa.get('currentStatus') not in ('planned', 'proposed') and all(
                    re.search(PLANNING + r'[^.]*\b(?:töten|ermorden|Tötung|Ermordung)|\bmöglichen?\s+(?:Tötung|Ermordung)', e['sentence'])
                    for e, c in ev):
                n['killed facts shown as done whose every sentence plans, orders or foils the killing'] += 1
            # Session 19: whom a harm without figure befell is in its claims' object, but not in the label
            if p in HARMS and fa.get('min') is None and fa.get('max') is None and any(
                    (c.get('object') or {}).get('text') for e, c in ev) and not any(
                    ((c.get('object') or {}).get('name') or (c.get('object') or {}).get('text') or '#') in fa['label'] for e, c in ev):
                n['harm facts without figure whose claims name whom it befell, the label not'] += 1
            if ev and p in OCCURRENCES \
                    and all(e.get('modality') in INTENDED for e, c in ev) and not any(m in fa['label'] for m in INTENDED):
                n['occurrence facts (killed, attacked, visit …) every claim of which is planned, proposed or announced, the label saying none'] += 1
                n['  of them killed'] += p == 'killed'
            if p == 'killed' and fa.get('subject') and all(c.get('predicate') == 'die' for e, c in ev):
                n['killed facts whose agent is the subject of a dying'] += 1
    for k, v in sorted(kinds.items()):
        n['  of them: ' + k] = v
    for k, v in sorted(senses16.items()):
        n['  claims of session 16 kinds: ' + k] = v
    for k, v in sorted(senses16b.items()):
        n['  claims of session 16 second round kinds: ' + k] = v
    for k, v in sorted(senses18.items()):
        n['  claims of session 18 kinds: ' + k] = v
    return n

cols = [count(o) for o in sys.argv[1:]]
keys = list(dict.fromkeys(k for c in cols for k in c))
print('| what a reader sees | ' + ' | '.join(os.path.basename(o.rstrip('/')) for o in sys.argv[1:]) + ' |')
print('|---|' + '---|' * len(cols))
for k in keys:
    print('| ' + k + ' | ' + ' | '.join(str(c.get(k, 0)) for c in cols) + ' |')
