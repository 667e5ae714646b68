package org.lagebild.stories.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The language knowledge of fact building, read once from propositions.tsv, proposition-kinds.tsv, units.tsv and
 * topics.tsv: which proposition a claim states, what kind of proposition that is, what its quantity counts, and
 * what a frame claim ("bestätigte", "bestritt") is about. Immutable and thread-safe.
 */
public final class Propositions {
    /** The kinds of proposition (see proposition-kinds.tsv). */
    public enum Kind { STATE, OCCURRENCE, FRAME }

    private record Mapping(String predicate, String unitKind, String proposition) {
    }

    private record Info(Kind kind, boolean undated, String label, boolean originAgent, String patient) {
    }

    private record Unit(String lemma, boolean suffix, String kind) {
        /** A measure (money, share, length …) is never read from a sentence for a quantity without unit. */
        boolean counted() {
            return !kind.equals(MEASURE);
        }
    }

    /** The unit kind of money, shares, lengths and the like (units.tsv): not a group of things counted. */
    static final String MEASURE = "measure";

    private record Topic(String proposition, Pattern pattern) {
    }

    /** A row of unit-plurals.tsv: a plural word or ending ({@code suffix}) and its singular. */
    private record Plural(String plural, boolean suffix, String singular) {
    }

    private static final Propositions DEFAULT = new Propositions();

    private final List<Mapping> mappings = new ArrayList<>();
    private final Map<String, Info> kinds = new HashMap<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Plural> plurals = new ArrayList<>();
    private Pattern anaphora = Pattern.compile("(?!)");

    private Propositions() {
        for (String[] r : Tsv.rows(Propositions.class, "propositions.tsv")) {
            mappings.add(new Mapping(r[0], r[1], r[2]));
        }
        for (String[] r : Tsv.rows(Propositions.class, "proposition-kinds.tsv")) {
            kinds.put(r[0], new Info(Kind.valueOf(r[1].toUpperCase(Locale.ROOT)), r[2].equals("yes"), r[3],
                    r.length > 4 && r[4].equals("origin"), r.length > 5 && !r[5].isEmpty() ? r[5] : null));
        }
        for (String[] r : Tsv.rows(Propositions.class, "units.tsv")) {
            boolean suffix = r[0].startsWith("*");
            units.add(new Unit((suffix ? r[0].substring(1) : r[0]).toLowerCase(Locale.ROOT), suffix, r[1]));
        }
        for (String[] r : Tsv.rows(Propositions.class, "unit-plurals.tsv")) {
            boolean suffix = r[0].startsWith("*");
            plurals.add(new Plural(suffix ? r[0].substring(1) : r[0], suffix, suffix ? r[1].substring(1) : r[1]));
        }
        for (String[] r : Tsv.rows(Propositions.class, "topics.tsv")) {
            Pattern p = Pattern.compile(r[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
            if (r[0].equals("anaphora")) {
                anaphora = p;
            } else {
                topics.add(new Topic(r[0], p));
            }
        }
    }

    /** The shared instance (the data files are read once). */
    public static Propositions get() {
        return DEFAULT;
    }

    /** The proposition a claim with this predicate (null: none) states, given the kind its quantity counts (null: no quantity). */
    public String proposition(String predicate, String unitKind) {
        String p = predicate == null ? "-" : predicate;
        for (Mapping m : mappings) {
            if (!m.predicate.equals(p) && !m.predicate.equals("*")) {
                continue;
            }
            boolean unitOk = switch (m.unitKind) {
                case "*" -> true;
                case "none" -> unitKind == null;
                default -> m.unitKind.equals(unitKind);
            };
            if (unitOk) {
                return m.proposition;
            }
        }
        return predicate;
    }

    /** The kind of a proposition; OCCURRENCE for one the data does not list. */
    public Kind kind(String proposition) {
        Info i = kinds.get(proposition);
        return i == null ? Kind.OCCURRENCE : i.kind;
    }

    /**
     * True for a proposition proposition-kinds.tsv lists as an occurrence (a happening: a killing, a signing, a visit);
     * false for a plain figure ("count") and every proposition it does not list.
     */
    public boolean listedOccurrence(String proposition) {
        Info i = kinds.get(proposition);
        return i != null && i.kind == Kind.OCCURRENCE;
    }

    /** True when a fact of this proposition without event time and figure still belongs in the chronology. */
    public boolean undatedInChronology(String proposition) {
        Info i = kinds.get(proposition);
        return i != null && i.undated;
    }

    /** The English phrase for the proposition ("deployed"), or the predicate itself. */
    public String label(String proposition) {
        Info i = kinds.get(proposition);
        return i == null ? proposition : i.label;
    }

    /**
     * The word shown before whom an occurrence without figure befell ("victim" of a killing, "captive" of a capture;
     * proposition-kinds.tsv, patient), or null when the label names no patient.
     */
    public String patientWord(String proposition) {
        Info i = kinds.get(proposition);
        return i == null ? null : i.patient;
    }

    /** True when the proposition's agent is the side its counted group comes from (see proposition-kinds.tsv). */
    public boolean originAgent(String proposition) {
        Info i = kinds.get(proposition);
        return i != null && i.originAgent;
    }

    /** The kind of thing a unit lemma counts ("persons"), or null when unknown. */
    public String unitKind(String lemma) {
        Unit u = unit(lemma);
        return u == null ? null : u.kind;
    }

    /**
     * The singular of a counted group's unit lemma, in lower case, by the first row of unit-plurals.tsv that fits:
     * "people" and "person" give "person", "men" "man", "victims" "victim"; null for null. Two unit lemmas count one
     * kind of group when their singulars are equal.
     */
    public String singular(String lemma) {
        if (lemma == null) {
            return null;
        }
        String l = lemma.toLowerCase(Locale.ROOT);
        for (Plural p : plurals) {
            if (p.suffix ? l.endsWith(p.plural) && l.length() - p.plural.length() + p.singular.length() > 0 : l.equals(p.plural)) {
                return p.suffix ? l.substring(0, l.length() - p.plural.length()) + p.singular : p.singular;
            }
        }
        return l;
    }

    private Unit unit(String lemma) {
        if (lemma == null || lemma.isBlank()) {
            return null;
        }
        String l = lemma.toLowerCase(Locale.ROOT);
        for (Unit u : units) {
            if (u.suffix ? l.endsWith(u.lemma) : l.equals(u.lemma)) {
                return u;
            }
        }
        return null;
    }

    /**
     * The unit lemma of the first word of a sentence listed in units.tsv (lower case, e.g. "soldat" for
     * "Soldaten"), for a quantity that has none. A word matches a lemma when it starts with it and is at most
     * three letters longer (plural and case endings). Null when none is found.
     */
    public String unitInSentence(String sentence) {
        if (sentence == null) {
            return null;
        }
        for (String w : sentence.split("[^\\p{L}-]+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (l.length() < 3) {
                continue;
            }
            for (Unit u : units) {
                if (!u.counted()) {
                    continue;
                }
                int at = u.suffix ? l.lastIndexOf(u.lemma) : (l.startsWith(u.lemma) ? 0 : -1);
                if (at >= 0 && l.length() - at - u.lemma.length() <= 3) {
                    return u.suffix ? l.substring(0, at + u.lemma.length()) : u.lemma;
                }
            }
        }
        return null;
    }

    /**
     * The proposition a frame claim's sentence is about, searching {@code previous} too when the sentence refers
     * back ("diese Informationen"); null when no topic matches.
     */
    public String topic(String sentence, String previous) {
        String t = topicOf(sentence);
        if (t == null && previous != null && sentence != null && anaphora.matcher(sentence).find()) {
            t = topicOf(previous);
        }
        return t;
    }

    private String topicOf(String s) {
        if (s == null) {
            return null;
        }
        for (Topic t : topics) {
            if (t.pattern.matcher(s).find()) {
                return t.proposition;
            }
        }
        return null;
    }
}
