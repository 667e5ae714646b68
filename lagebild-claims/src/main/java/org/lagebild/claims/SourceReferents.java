package org.lagebild.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a source phrase that is no name refers to, from {@code source-referents.tsv}: a pronoun ("er", "Seiner
 * Ansicht"), the sentence's own actor ("eigenen Angaben") or nobody ("Man", "Donnerstag", "Ziel des Präsidenten").
 * Immutable and thread-safe.
 */
final class SourceReferents {
    /** What a source phrase refers to. */
    enum Referent {
        /** A name (or a description) of its own: shown as written. */
        NAME,
        /** A person named before. */
        PRONOUN,
        /** She, they or you: no one it is safe to name. */
        AMBIGUOUS,
        /** The actor its sentence is about. */
        OWN,
        /** No one: never shown as a name. */
        NOBODY
    }

    private static final SourceReferents INSTANCE = new SourceReferents();
    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> agrees = new HashMap<>();

    private SourceReferents() {
        for (Map<String, String> r : Tsv.read("source-referents.tsv", "word", "kind", "example", "agrees")) {
            String kind = r.get("kind");
            if (!Set.of("pronoun", "ambiguous", "possessive", "ambiguous-possessive", "view", "own", "nobody").contains(kind)) {
                throw new IllegalStateException("source-referents.tsv: unknown kind " + kind);
            }
            String a = r.get("agrees");
            if (!Set.of("m", "f", "sie", "f-or-pl", "-").contains(a)) {
                throw new IllegalStateException("source-referents.tsv:" + r.get("#line") + ": unknown agrees " + a);
            }
            kinds.put(r.get("word").toLowerCase(Locale.ROOT), kind);
            if (!"-".equals(a)) {
                agrees.put(r.get("word").toLowerCase(Locale.ROOT), a);
            }
        }
    }

    static SourceReferents load() {
        return INSTANCE;
    }

    /**
     * What the antecedent of the pronoun phrase {@code text} must be: "m", "f", "sie" (by its verb) or "f-or-pl"
     * (source-referents.tsv, column agrees); null for a phrase that is no pronoun.
     */
    String agreement(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        return words.length == 0 ? null : agrees.get(words[0]);
    }

    /** What the source phrase {@code text} refers to. */
    Referent of(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Referent.NAME;
        }
        String first = words[0];
        String k = kinds.get(first);
        if ("pronoun".equals(k) && words.length == 1) {
            return Referent.PRONOUN;
        }
        if ("ambiguous".equals(k) && words.length == 1) {
            return Referent.AMBIGUOUS;
        }
        if (k != null && k.endsWith("possessive") && words.length == 2 && "view".equals(kinds.get(words[1]))) {
            return k.startsWith("ambiguous") ? Referent.AMBIGUOUS : Referent.PRONOUN;
        }
        if ("own".equals(k)) {
            return Referent.OWN;
        }
        // the head: the first word that is no article and no declined adjective ("früheren Ankündigungen")
        String[] raw = text.strip().split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String x = words[i];
            if ("nobody".equals(kinds.get(x))) {
                return Referent.NOBODY;
            }
            if (x.isEmpty() || QuoteExtractor.isArticle(x)
                    || i < raw.length && !raw[i].isEmpty() && Character.isLowerCase(raw[i].charAt(0)) && Phrases.adjective(x)
                    && i + 1 < words.length) {
                continue;
            }
            return Referent.NAME;
        }
        return Referent.NAME;
    }
}
