package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The participles and state words that, right after an English number, are what the figure counts ("1 killed",
 * "16 shot"): own-participles.tsv, and any word ending in "-ed". Immutable and thread-safe; a missing file is a hard
 * error.
 */
final class OwnParticiples {
    /** One row with its examples, for the test that runs them. */
    record Example(String word, String example, String expect, String counter, String counterExpect) {
    }

    private static final OwnParticiples BUNDLED = new OwnParticiples();
    private final Set<String> words = new HashSet<>();
    private final Set<String> things = new HashSet<>();
    private final List<Example> examples = new ArrayList<>();

    private OwnParticiples() {
        for (Map<String, String> r : Tsv.read("own-participles.tsv", "kind", "word", "example", "expect", "counter",
                "counterExpect")) {
            String kind = r.get("kind");
            if (kind.equals("participle")) {
                words.add(r.get("word").toLowerCase(Locale.ROOT));
            } else if (kind.equals("thing")) {
                for (String form : r.get("word").toLowerCase(Locale.ROOT).split("\\|")) {
                    things.add(form);
                }
            } else {
                throw new IllegalStateException("own-participles.tsv:" + r.get("#line") + ": unknown kind " + kind);
            }
            examples.add(new Example(r.get("word"), r.get("example"), r.get("expect"), r.get("counter"),
                    r.get("counterExpect")));
        }
    }

    static OwnParticiples load() {
        return BUNDLED;
    }

    List<Example> examples() {
        return List.copyOf(examples);
    }

    /** True if the lower-cased counted word names events or things, never people ("shootings", "wounds"). */
    boolean thing(String lower) {
        return things.contains(lower);
    }

    /** True if the lower-cased word is a participle or state word: a row, or a word in "-ed" of four letters or more. */
    boolean participle(String lower) {
        return words.contains(lower) || lower.length() >= 4 && lower.endsWith("ed");
    }
}
