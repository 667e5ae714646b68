package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the relative clauses of a sentence (relative-clauses.tsv): "the shootout that wounded 16 people and killed
 * one", "der Angriff, bei dem 20 Menschen starben". A clause runs from its pronoun to the next clause punctuation,
 * in English also to a finite auxiliary that begins the main clause ("… killed one has denied …"). Clauses whose
 * antecedent is a {@code content} noun ("reports that …") are left out: they state what the noun says. Word
 * indices are those of the sentence's {@link Words}. Immutable and thread-safe; a missing file is a hard error.
 */
final class RelativeClauses {
    /** One row with its examples, for the test that runs them. */
    record Example(String kind, String lang, String words, String example, String expect, String counter,
            String counterExpect) {
    }

    private static final RelativeClauses BUNDLED = new RelativeClauses();
    private static final Set<String> CONJUNCTIONS = WordClasses.of("relative-coordinator");
    /** German prepositions that may stand between the comma and the pronoun ("…, bei dem …"). */
    private static final Set<String> DE_PREPOSITIONS = WordClasses.of("relative-preposition");

    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> finite = new HashSet<>();
    private final Set<String> notAfter = new HashSet<>();
    private final Set<String> content = new HashSet<>();
    private final Set<String> subjects = new HashSet<>();
    private final Set<String> antecedents = new HashSet<>();
    private final List<Example> examples = new ArrayList<>();

    private RelativeClauses() {
        for (Map<String, String> r : Tsv.read("relative-clauses.tsv", "kind", "lang", "words", "example", "expect",
                "counter", "counterExpect")) {
            String key = r.get("lang") + ":" + r.get("words").toLowerCase(Locale.ROOT);
            switch (r.get("kind")) {
                case "pronoun" -> pronouns.add(key);
                case "finite" -> finite.add(key);
                case "not-after" -> notAfter.add(key);
                case "content" -> content.add(key);
                case "subject" -> subjects.add(key);
                case "antecedent" -> antecedents.add(key);
                default -> throw new IllegalStateException("relative-clauses.tsv:" + r.get("#line") + ": unknown kind "
                        + r.get("kind"));
            }
            examples.add(new Example(r.get("kind"), r.get("lang"), r.get("words"), r.get("example"), r.get("expect"),
                    r.get("counter"), r.get("counterExpect")));
        }
    }

    static RelativeClauses load() {
        return BUNDLED;
    }

    List<Example> examples() {
        return List.copyOf(examples);
    }

    /**
     * The relative clauses of the sentence's words as {from, to} word ranges (to exclusive), in text order.
     * {@code verbLike} tells whether a word is a verb of saying or a modality cue: an English pronoun after one is a
     * conjunction or asks a question ("said that", "did not say who"), no relative pronoun.
     */
    List<int[]> find(Words w, String lang, IntPredicate verbLike) {
        List<int[]> out = new ArrayList<>();
        for (int i = 1; i < w.size(); i++) {
            if (!pronouns.contains(lang + ":" + w.lower[i])) {
                continue;
            }
            int antecedent = i - 1;
            if (lang.equals("de")) {
                boolean comma = w.clauseBreak(i - 1, i);
                if (!comma && i >= 2 && DE_PREPOSITIONS.contains(w.lower[i - 1]) && w.clauseBreak(i - 2, i - 1)) {
                    comma = true;
                    antecedent = i - 2;
                }
                if (!comma) {
                    continue;
                }
            } else if (notAfter.contains(lang + ":" + w.lower[i - 1]) || verbLike.test(i - 1)) {
                continue;
            }
            if (content.contains(lang + ":" + w.lower[antecedent])) {
                continue;
            }
            boolean ownSubject = i + 1 < w.size() && (subjects.contains(lang + ":" + w.lower[i + 1]) || w.upper(i + 1)
                    || Character.isDigit(w.text.charAt(w.start[i + 1])));
            int end = i + 1;
            while (end < w.size() && !w.clauseBreak(end - 1, end)) {
                if (lang.equals("en") && !ownSubject && end >= i + 2 && finite.contains(lang + ":" + w.lower[end])
                        && !CONJUNCTIONS.contains(w.lower[end - 1])) {
                    break;
                }
                end++;
            }
            out.add(new int[] {i, end});
            i = end - 1;
        }
        return out;
    }

    /**
     * The clause whose antecedent is the figure at word k ("two more who were injured", "the two who were injured",
     * "three people who have been detained"): the clause begins at most three words after it, within its clause,
     * and the word before the pronoun is the figure, a person noun ({@code person}) or an {@code antecedent} row.
     */
    int[] ofAntecedent(Words w, String lang, List<int[]> clauses, int k, java.util.function.Predicate<String> person) {
        for (int[] c : clauses) {
            int before = c[0] - 1;
            if (before < k || c[0] - k > 3 || !lang.equals("en")) {
                continue;
            }
            boolean joined = true;
            for (int j = k + 1; j < c[0]; j++) {
                joined &= !w.clauseBreak(j - 1, j);
            }
            String x = w.lower[before];
            if (joined && (before == k || person.test(x) || antecedents.contains(lang + ":" + x))) {
                return c;
            }
        }
        return null;
    }

    /** The clause of {@code clauses} that holds word k, or null. */
    static int[] around(List<int[]> clauses, int k) {
        for (int[] c : clauses) {
            if (k >= c[0] && k < c[1]) {
                return c;
            }
        }
        return null;
    }
}
