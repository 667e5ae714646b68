package org.lagebild.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.model.Modality;

/**
 * The language knowledge of claims and quotes, read once from the TSV files beside this class:
 * {@code reporting-verbs.tsv}, {@code source-cues.tsv}, {@code modality-cues.tsv}, {@code events.tsv},
 * {@code speech.tsv}. Immutable and thread-safe; a missing or malformed file is a hard error.
 */
final class Lexicon {

    /** A reporting verb form: its lemma, class (say, report, confirm, …) and separable particle ("" if none). */
    record Verb(String lemma, String lang, String cls, String particle) {
    }

    /** A source cue: the words, where the source phrase stands and how deep it sits in the chain. */
    record SourceCue(String[] words, String lang, String position, int level, String role) {
    }

    /**
     * A modality cue and its rank. {@code verbOnly}: the cue was written with a leading "_", its first word counts only
     * written in lower case or first in its sentence (a German verb form, not the noun of the same letters:
     * "beschuldigte", not "der Beschuldigte"). {@code forward}: written with a leading ">", the cue reaches only event
     * words after its first word ("befohlen hatte, … zu töten"; not "Der festgenommene Verdächtige" before it), up to
     * the end of the clause it governs (ClaimExtractor.clauseEnd). {@code phrase}: written with a leading "+", the cue
     * reaches only the noun phrase it opens, up to its noun ("eine mögliche Kursänderung", not "beim Opec-Treffen"
     * after it); a phrase cue is forward too. {@code modal}: written with a leading "=", a modal verb ("will", "soll"),
     * which reaches only the event words of its own clause (ClaimExtractor.modalReach).
     */
    record ModalityCue(String[] words, String lang, Modality modality, int rank, boolean verbOnly, boolean forward,
            boolean phrase, boolean modal) {
    }

    /**
     * A stem of the event ontology. {@code closing} is the word a split verb needs at the end of its clause ("hält
     * sich … auf": "auf"; null for a stem without gap), exact when written with "=", else a stem too.
     */
    record EventStem(String predicate, String lang, String stem, boolean exact, String closing, boolean closingExact) {
    }

    private static volatile Lexicon bundled;

    final Map<String, List<Verb>> verbs;
    /** Reporting-verb forms written with a leading "_": verb forms only, never the capitalised noun of the same letters. */
    final Set<String> verbOnlyForms;
    final List<SourceCue> sourceCues;
    final List<ModalityCue> modalityCues;
    final List<EventStem> events;
    final Map<String, List<SourceCue>> sourceByFirst;
    final Map<String, List<ModalityCue>> modalityByFirst;
    private final Map<String, List<EventStem>> eventsByFirst;
    private final List<EventStem> longStems;
    final Set<String> subj1;
    final Set<String> pronouns;
    final List<String> anonymous;
    final Set<String> media;
    final List<String[]> examples;

    private Lexicon() {
        Map<String, List<Verb>> v = new HashMap<>();
        Set<String> vo = new HashSet<>();
        List<String[]> ex = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("reporting-verbs.tsv", "lemma", "lang", "class", "particle", "forms", "example")) {
            Verb verb = new Verb(r.get("lemma"), r.get("lang"), r.get("class"), r.get("particle").toLowerCase(Locale.ROOT));
            for (String f : r.get("forms").split("\\|")) {
                String form = f.strip().toLowerCase(Locale.ROOT);
                if (form.startsWith("_")) {
                    form = form.substring(1);
                    vo.add(form);
                }
                v.computeIfAbsent(form, k -> new ArrayList<>()).add(verb);
            }
            ex.add(new String[] {"verb", r.get("lemma"), r.get("example")});
        }
        verbs = Map.copyOf(v);
        verbOnlyForms = Set.copyOf(vo);
        List<SourceCue> sc = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("source-cues.tsv", "cue", "lang", "position", "level", "example")) {
            sc.add(new SourceCue(split(r.get("cue")), r.get("lang"), r.get("position"), Integer.parseInt(r.get("level")),
                    r.getOrDefault("role", "")));
            ex.add(new String[] {"source", r.get("cue"), r.get("example")});
        }
        sc.sort(Comparator.comparingInt((SourceCue c) -> -c.words().length));
        sourceCues = List.copyOf(sc);
        List<ModalityCue> mc = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("modality-cues.tsv", "cue", "lang", "modality", "rank", "example")) {
            String cue = r.get("cue").strip();
            boolean phrase = cue.startsWith("+");
            boolean forward = phrase || cue.startsWith(">");
            boolean modal = cue.startsWith("=");
            cue = forward || modal ? cue.substring(1) : cue;
            boolean verbOnly = cue.startsWith("_");
            mc.add(new ModalityCue(split(verbOnly ? cue.substring(1) : cue), r.get("lang"),
                    Modality.valueOf(r.get("modality").toUpperCase(Locale.ROOT)), Integer.parseInt(r.get("rank")), verbOnly,
                    forward, phrase, modal));
            ex.add(new String[] {"modality", r.get("cue"), r.get("example"), r.get("modality")});
        }
        modalityCues = List.copyOf(mc);
        List<EventStem> es = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("events.tsv", "predicate", "lang", "stems", "example")) {
            for (String s : r.get("stems").split("\\|")) {
                String t = s.strip().toLowerCase(Locale.ROOT);
                String closing = null;
                int gap = t.indexOf('\u2026');
                if (gap > 0) {
                    closing = t.substring(gap + 1).strip();
                    t = t.substring(0, gap).strip();
                }
                boolean exact = t.startsWith("=");
                boolean closingExact = closing != null && closing.startsWith("=");
                es.add(new EventStem(r.get("predicate"), r.get("lang"), exact ? t.substring(1) : t, exact,
                        closingExact ? closing.substring(1) : closing, closingExact));
            }
            ex.add(new String[] {"event", r.get("predicate"), r.get("example"), r.get("lang")});
        }
        es.sort(Comparator.comparingInt((EventStem e) -> -e.stem().length()));
        events = List.copyOf(es);
        Map<String, List<EventStem>> ef = new HashMap<>();
        List<EventStem> ls = new ArrayList<>();
        for (EventStem e : events) {
            ef.computeIfAbsent(e.lang() + e.stem().charAt(0), k -> new ArrayList<>()).add(e);
            if (e.stem().length() >= 6 && !e.exact() && e.stem().indexOf(' ') < 0 && e.closing() == null) {
                ls.add(e);
            }
        }
        eventsByFirst = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(ef));
        longStems = List.copyOf(ls);
        Map<String, List<SourceCue>> sf = new HashMap<>();
        for (SourceCue c : sourceCues) {
            sf.computeIfAbsent(c.words()[0], k -> new ArrayList<>()).add(c);
        }
        sourceByFirst = Map.copyOf(sf);
        Map<String, List<ModalityCue>> mf = new HashMap<>();
        for (ModalityCue c : modalityCues) {
            mf.computeIfAbsent(c.words()[0], k -> new ArrayList<>()).add(c);
        }
        modalityByFirst = Map.copyOf(mf);
        Set<String> s1 = new HashSet<>();
        Set<String> pr = new HashSet<>();
        List<String> an = new ArrayList<>();
        Set<String> me = new HashSet<>();
        for (Map<String, String> r : Tsv.read("speech.tsv", "word", "kind", "example")) {
            String w = r.get("word").toLowerCase(Locale.ROOT);
            switch (r.get("kind")) {
                case "subj1" -> s1.add(w);
                case "pronoun" -> pr.add(w);
                case "anonymous" -> an.add(w);
                case "media" -> me.add(w);
                default -> throw new IllegalStateException("speech.tsv:" + r.get("#line") + ": unknown kind " + r.get("kind"));
            }
        }
        subj1 = Set.copyOf(s1);
        pronouns = Set.copyOf(pr);
        anonymous = List.copyOf(an);
        media = Set.copyOf(me);
        examples = List.copyOf(ex);
    }

    private static String[] split(String cue) {
        return cue.toLowerCase(Locale.ROOT).strip().split("\\s+");
    }

    static Lexicon load() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = bundled;
                if (l == null) {
                    l = new Lexicon();
                    bundled = l;
                }
            }
        }
        return l;
    }

    /** The reporting verb at word {@code i} for that language, or null; checks the separable particle. */
    Verb verbAt(Words w, int i, String lang) {
        List<Verb> vs = verbs.get(w.lower[i]);
        if (vs == null || verbOnlyForms.contains(w.lower[i]) && capitalisedInside(w, i)) {
            return null;
        }
        for (Verb v : vs) {
            if (!v.lang().equals(lang)) {
                continue;
            }
            if (v.particle().isEmpty() || w.lower[i].startsWith(v.particle())) {
                return v;
            }
            for (int j = i + 1; j < w.size() && j < i + 25; j++) {
                if (w.clauseBreak(j - 1, j)) {
                    break;
                }
                if (w.lower[j].equals(v.particle())) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * True if word i is written with a capital and is not the first of its sentence: in German a noun ("der
     * Beschuldigte", "die Angeklagten"), not the verb form of the same letters.
     */
    static boolean capitalisedInside(Words w, int i) {
        String s = w.surface(i);
        return i > 0 && !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** True if word {@code i} is an anonymous-source noun ("Quelle", "Regierungskreisen"). */
    boolean anonymous(String lower) {
        for (String a : anonymous) {
            if (lower.equals(a) || (a.length() >= 5 && lower.endsWith(a))) {
                return true;
            }
        }
        return false;
    }

    /** The predicate of word {@code i} (or the two words from {@code i}), or null. */
    String predicateAt(Words w, int i, String lang) {
        return predicateAt(w, i, lang, true);
    }

    /**
     * True if word i is the first word of a split event verb whose particle ends its clause ("nahm … fest"): a finite
     * verb, as only a finite verb is parted from its particle.
     */
    boolean splitEventVerbAt(Words w, int i, String lang) {
        String x = w.lower[i];
        for (EventStem e : eventsByFirst.getOrDefault(lang + (x.isEmpty() ? ' ' : x.charAt(0)), List.of())) {
            if (e.closing() != null && e.exact() && e.stem().indexOf(' ') < 0 && x.equals(e.stem()) && closes(w, i, e)) {
                return true;
            }
        }
        return false;
    }

    /** True if word i is a compound whose head only is an event noun ("Luftangriffe", "Professorenvertrag"). */
    boolean compound(Words w, int i, String lang) {
        return predicateAt(w, i, lang, false) == null && predicateAt(w, i, lang, true) != null;
    }

    private String predicateAt(Words w, int i, String lang, boolean compounds) {
        String x = w.lower[i];
        if (x.isEmpty()) {
            return null;
        }
        String two = null; // "word next", built only when a two-word stem is a candidate
        // longest stems first: candidates by the word's first letter, and by the letter after "ge"
        String best = null;
        int bestLen = -1;
        for (int pass = 0; pass < 2; pass++) {
            String key;
            int off;
            if (pass == 0) {
                key = lang + x.charAt(0);
                off = 0;
            } else if (x.startsWith("ge") && x.length() > 2) {
                key = lang + x.charAt(2);
                off = 2;
            } else {
                break;
            }
            List<EventStem> cands = eventsByFirst.get(key);
            if (cands == null) {
                continue;
            }
            for (EventStem e : cands) {
                if (e.stem().length() <= bestLen) {
                    continue;
                }
                boolean hit;
                if (e.stem().indexOf(' ') > 0) {
                    if (two == null && off == 0 && i + 1 < w.size()) {
                        two = x + " " + w.lower[i + 1];
                    }
                    hit = off == 0 && two != null && two.startsWith(e.stem());
                } else if (e.exact()) {
                    hit = off == 0 && x.equals(e.stem());
                } else {
                    hit = x.startsWith(e.stem(), off);
                }
                if (hit && e.closing() != null) {
                    hit = closes(w, i, e);
                }
                if (hit) {
                    best = e.predicate();
                    bestLen = e.stem().length();
                }
            }
        }
        if (best != null || !compounds) {
            return best;
        }
        if (x.length() > 9) {
            for (EventStem e : longStems) {
                if (e.lang().equals(lang) && x.length() > e.stem().length() + 3 && compoundHead(x, e.stem())) {
                    return e.predicate();
                }
            }
        }
        return null;
    }

    /**
     * True if the closing word of a split verb ends the clause of word i: "hält sich … in Pjöngjang auf." (the
     * particle), "sich … in Pjöngjang aufhält," (the verb of a subordinate clause). Clause-final only, so that "hält
     * sich auf niedrigem Niveau" is no stay.
     */
    private static boolean closes(Words w, int i, EventStem e) {
        for (int j = i + 1; j < w.size() && j < i + 25; j++) {
            if (w.clauseBreak(j - 1, j)) {
                return false;
            }
            boolean last = j + 1 >= w.size() || w.clauseBreak(j, j + 1);
            String x = w.lower[j];
            if (last) {
                return e.closingExact() ? x.equals(e.closing()) : x.startsWith(e.closing());
            }
        }
        return false;
    }

    /** Nouns compounded with a stem ("Waffenlieferungen", "Truppenentsendung"): the stem after a joint. */
    private static boolean compoundHead(String x, String stem) {
        if (stem.length() < 6) {
            return false;
        }
        int p = x.indexOf(stem);
        return p > 2;
    }
}
