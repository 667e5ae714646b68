package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class words of the claim and quote rules (word-classes.tsv): articles, prepositions, auxiliaries and
 * adverbs, by the class a rule asks for ("region-noun", "fronted", "victim-be"). Immutable and thread-safe; a missing
 * file, or a class the code asks for and the file lacks, is a hard error.
 */
final class WordClasses {
    /** One row with its example, for the test that checks it. */
    record Row(String cls, String lang, List<String> words, String example, int line) {
    }

    private static final WordClasses BUNDLED = new WordClasses();
    private final Map<String, Set<String>> classes = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private WordClasses() {
        Map<String, Set<String>> m = new HashMap<>();
        for (Map<String, String> r : Tsv.read("word-classes.tsv", "class", "lang", "words", "note", "example")) {
            List<String> words = List.of(r.get("words").toLowerCase(Locale.ROOT).split(" +"));
            m.computeIfAbsent(r.get("class"), k -> new HashSet<>()).addAll(words);
            rows.add(new Row(r.get("class"), r.get("lang"), words, r.get("example"), Integer.parseInt(r.get("#line"))));
        }
        m.forEach((k, v) -> classes.put(k, Set.copyOf(v)));
    }

    /** The words of a class (lower case). */
    static Set<String> of(String cls) {
        Set<String> s = BUNDLED.classes.get(cls);
        if (s == null) {
            throw new IllegalStateException("word-classes.tsv: no class '" + cls + "'");
        }
        return s;
    }

    static List<Row> rows() {
        return List.copyOf(BUNDLED.rows);
    }
}
