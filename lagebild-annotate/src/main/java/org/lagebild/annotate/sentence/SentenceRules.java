package org.lagebild.annotate.sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.annotate.internal.Tsv;

/**
 * The correction rules of {@link SentenceSplitter}, from {@code abbreviations.tsv} and
 * {@code ordinals.tsv}. Immutable and thread-safe. Rows for "*" apply to every language.
 */
final class SentenceRules {
    enum AbbreviationKind { INNER, FINAL }

    private final Map<String, Map<String, AbbreviationKind>> abbreviations = new HashMap<>();
    private final Map<String, Map<String, AbbreviationKind>> abbreviationSuffixes = new HashMap<>();
    private final Map<String, Set<String>> ordinalFollowers = new HashMap<>();
    private final Map<String, Set<String>> ordinalSuffixes = new HashMap<>();
    private final Map<String, Set<String>> ordinalCues = new HashMap<>();

    SentenceRules() {
        Tsv abbr = Tsv.load(SentenceRules.class, "abbreviations.tsv", "lang", "abbreviation", "kind");
        for (Tsv.Row r : abbr.rows()) {
            AbbreviationKind kind;
            try {
                kind = AbbreviationKind.valueOf(r.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(abbr.resource() + ":" + r.line() + ": unknown kind " + r.get(2), e);
            }
            if (!r.get(1).endsWith(".")) {
                throw new IllegalStateException(abbr.resource() + ":" + r.line() + ": abbreviation must end with '.'");
            }
            String a = r.get(1).toLowerCase(Locale.ROOT);
            if (a.startsWith("-")) {
                abbreviationSuffixes.computeIfAbsent(r.get(0), k -> new HashMap<>()).putIfAbsent(a.substring(1), kind);
            } else {
                abbreviations.computeIfAbsent(r.get(0), k -> new HashMap<>()).putIfAbsent(a, kind);
            }
        }
        Tsv ord = Tsv.load(SentenceRules.class, "ordinals.tsv", "lang", "kind", "word");
        for (Tsv.Row r : ord.rows()) {
            Map<String, Set<String>> target = switch (r.get(1)) {
                case "month", "noun" -> ordinalFollowers;
                case "suffix" -> ordinalSuffixes;
                case "cue" -> ordinalCues;
                default -> throw new IllegalStateException(ord.resource() + ":" + r.line() + ": unknown kind " + r.get(1));
            };
            target.computeIfAbsent(r.get(0), k -> new HashSet<>()).add(r.get(2).toLowerCase(Locale.ROOT));
        }
    }

    /** The kind of abbreviation {@code token} is in {@code lang}, or null. */
    AbbreviationKind abbreviation(String lang, String token) {
        String t = token.toLowerCase(Locale.ROOT);
        AbbreviationKind k = lookup(abbreviations, lang, t);
        if (k == null) {
            k = lookup(abbreviations, "*", t);
        }
        if (k == null) {
            k = suffix(abbreviationSuffixes.get(lang), t);
        }
        return k != null ? k : suffix(abbreviationSuffixes.get("*"), t);
    }

    private static AbbreviationKind suffix(Map<String, AbbreviationKind> m, String t) {
        if (m != null) {
            for (Map.Entry<String, AbbreviationKind> e : m.entrySet()) {
                if (t.length() > e.getKey().length() && t.endsWith(e.getKey())
                        && Character.isLetter(t.charAt(t.length() - e.getKey().length() - 1))) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static AbbreviationKind lookup(Map<String, Map<String, AbbreviationKind>> m, String lang, String t) {
        Map<String, AbbreviationKind> l = m.get(lang);
        return l == null ? null : l.get(t);
    }

    /** True if {@code word} after an ordinal number makes it an ordinal ("6. August", "80. Gründungstag"). */
    boolean ordinalFollower(String lang, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (contains(ordinalFollowers, lang, w) || contains(ordinalFollowers, "*", w)) {
            return true;
        }
        for (String l : new String[] {lang, "*"}) {
            Set<String> suffixes = ordinalSuffixes.get(l);
            if (suffixes != null) {
                for (String s : suffixes) {
                    if (w.endsWith(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True if {@code word} before a number makes the number an ordinal ("am 1.", "zum 80."). */
    boolean ordinalCue(String lang, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return contains(ordinalCues, lang, w) || contains(ordinalCues, "*", w);
    }

    private static boolean contains(Map<String, Set<String>> m, String lang, String w) {
        Set<String> s = m.get(lang);
        return s != null && s.contains(w);
    }
}
