package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English Title Case ("Arlington Shooting Kills Father of 3; Three Others Injured"): a headline or sentence whose
 * words are all capitalised but for the small words Title Case may leave in lower case ({@code title-case.tsv}).
 * There a capital says nothing about a word: "Kills" and "Injured" are verbs, not names or nouns. Reads words
 * only; immutable and thread-safe; a missing or malformed file is a hard error.
 */
final class TitleCase {
    /** One row with its example, for the test that runs every example. */
    record Example(String word, String kind, String sentence) {
    }

    /**
     * The fewest words of an all-capitals run of text that is read as a caption transcript or table row, not as
     * news text (a headline in capitals is shorter).
     */
    static final int MIN_CAPITALS_WORDS = 12;

    /**
     * True for a caption transcript or table row in capitals ("WEBVTT >> IS EVERYONE READY?GOOD MORNING.LET ME ..."):
     * at least {@link #MIN_CAPITALS_WORDS} words with letters, nine in ten of them in capitals only. Line ends there
     * run words together ("THEREWERE SIX TO"), so no rule can read sources or figures from them.
     */
    static boolean allCapitals(Words w) {
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < w.size(); i++) {
            String s = w.surface(i);
            if (s.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            words++;
            if (s.equals(s.toUpperCase(Locale.ROOT))) {
                capitals++;
            }
        }
        return words >= MIN_CAPITALS_WORDS && capitals * 10 >= words * 9;
    }

    /** The fewest capitalised words, none of them the first, that make Title Case. */
    private static final int MIN_CAPITALISED = 3;

    private static volatile TitleCase bundled;

    private final Set<String> small;
    final List<Example> examples;

    private TitleCase() {
        Set<String> s = new HashSet<>();
        List<Example> ex = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("title-case.tsv", "word", "kind", "example")) {
            String w = r.get("word").toLowerCase(Locale.ROOT);
            switch (r.get("kind")) {
                case "small" -> s.add(w);
                case "plain" -> {
                }
                default -> throw new IllegalStateException("title-case.tsv:" + r.get("#line") + ": unknown kind " + r.get("kind"));
            }
            ex.add(new Example(w, r.get("kind"), r.get("example")));
        }
        small = Set.copyOf(s);
        examples = List.copyOf(ex);
    }

    static TitleCase load() {
        TitleCase t = bundled;
        if (t == null) {
            synchronized (TitleCase.class) {
                t = bundled;
                if (t == null) {
                    t = new TitleCase();
                    bundled = t;
                }
            }
        }
        return t;
    }

    /**
     * True if the words are English Title Case: every word that starts with a letter is capitalised or one of the
     * small words, and at least three words after the first are capitalised, one of them no small word written
     * with a capital ("Of", "In") or, else, a word outside the names of {@code named}.
     */
    boolean is(Words w, java.util.function.IntPredicate named) {
        int capitalised = 0;
        int unnamed = 0;
        for (int i = 0; i < w.size(); i++) {
            String x = w.lower[i];
            if (x.isEmpty() || !Character.isLetter(x.charAt(0))) {
                continue;
            }
            if (!w.upper(i)) {
                if (!small.contains(x)) {
                    return false;
                }
                continue;
            }
            if (i > 0) {
                capitalised++;
                if (small.contains(x) || !named.test(i)) {
                    unnamed++;
                }
            }
        }
        return capitalised >= MIN_CAPITALISED && unnamed >= MIN_CAPITALISED;
    }
}
