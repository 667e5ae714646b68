package org.lagebild.stories.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.lagebild.model.Source;

/**
 * Keys that tell sources apart: an entity id when the source is linked, else its text lower-cased
 * (Locale.ROOT), without determiners (determiners.tsv) and with each word reduced by Lucene's German light
 * stemmer, so "der ukrainische Geheimdienst" and "ukrainischer Geheimdienst" are one source. Thread-safe.
 */
public final class Sources {
    private static final Set<String> DETERMINERS = new HashSet<>();
    /** Roles of links that only pass a text on: a chain ending in one of them names no original source. */
    private static final Set<String> CARRIERS = Set.of("publisher", "agency");

    static {
        for (String[] r : Tsv.rows(Sources.class, "determiners.tsv")) {
            DETERMINERS.add(r[0].toLowerCase(Locale.ROOT));
        }
    }

    private Sources() {
    }

    /** The key of a source text (never null; "" for blank text). */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        GermanLightStemmer stemmer = new GermanLightStemmer();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || DETERMINERS.contains(w)) {
                continue;
            }
            char[] c = w.toCharArray();
            int n = stemmer.stem(c, c.length);
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(c, 0, n);
        }
        return b.toString();
    }

    /** The innermost source of a chain that names one beyond its publisher and agencies, else null. */
    public static Source innermost(List<Source> chain) {
        if (chain == null || chain.isEmpty()) {
            return null;
        }
        Source last = chain.get(chain.size() - 1);
        return CARRIERS.contains(last.role()) ? null : last;
    }

    /** True for a source the claims stage could not tie to anyone ("er" without antecedent, "Man"). */
    public static boolean unresolved(Source s) {
        return "unresolved".equals(s.role()) && s.entityId() == null;
    }

    /** How an unresolved source is shown: as what the text says, never as a name ('unidentified ("er")'). */
    public static String unidentified(String text) {
        return "unidentified (\"" + text + "\")";
    }

    /** A source as a reader sees it: its name, else its text; an unresolved one as {@link #unidentified}. */
    public static String display(Source s) {
        return unresolved(s) ? unidentified(s.text()) : s.name() != null ? s.name() : s.text();
    }

    /** An attribution chain as a reader sees it, publisher first: "ntv.de → Sergei Schoigu". */
    public static String chain(List<Source> chain) {
        List<String> names = new java.util.ArrayList<>();
        for (Source s : chain) {
            names.add(display(s));
        }
        return String.join(" → ", names);
    }

    /**
     * The key of a linked or unlinked source: its entity, else what it is shown as (a pronoun the claims stage
     * resolved to a description, "er" → "der Präsident", is keyed by the description, not by "er").
     */
    public static String key(Source s) {
        return s.entityId() != null ? s.entityId() : "text:" + key(s.name() != null ? s.name() : s.text());
    }
}
