package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words that tell what a figure before an event word counts (figure-words.tsv): the words that make the
 * verb after a figure passive or a state ("Two men were wounded"), and the prepositions that end the head of a counted
 * phrase ("victims of the shootings"). Immutable and thread-safe; a missing file or an unknown kind is a hard error.
 */
final class FigureWords {
    /** One row with its example, for the test that runs it. */
    record Example(String kind, String word, String example, String expect) {
    }

    private static final FigureWords BUNDLED = new FigureWords();
    private final Set<String> passive = new HashSet<>();
    private final Set<String> phraseEnds = new HashSet<>();
    private final Set<String> timeClauses = new HashSet<>();
    private final Set<String> dateClauses = new HashSet<>();
    private final List<Example> examples = new ArrayList<>();

    private FigureWords() {
        for (Map<String, String> r : Tsv.read("figure-words.tsv", "kind", "word", "note", "example", "expect")) {
            String kind = r.get("kind");
            String word = r.get("word").toLowerCase(Locale.ROOT);
            if (kind.equals("passive")) {
                passive.add(word);
            } else if (kind.equals("phrase-end")) {
                phraseEnds.add(word);
            } else if (kind.equals("time-clause")) {
                timeClauses.add(word);
            } else if (kind.equals("date-clause")) {
                dateClauses.add(word);
            } else {
                throw new IllegalStateException("figure-words.tsv:" + r.get("#line") + ": unknown kind " + kind);
            }
            if (r.get("example").indexOf('[') < 0) {
                throw new IllegalStateException("figure-words.tsv:" + r.get("#line") + ": the example marks no [figure]");
            }
            examples.add(new Example(kind, r.get("word"), r.get("example"), r.get("expect")));
        }
    }

    static FigureWords load() {
        return BUNDLED;
    }

    List<Example> examples() {
        return List.copyOf(examples);
    }

    /** True if the lower-cased word makes the verb after a figure passive or a state ("was", "got", "remain"). */
    boolean passive(String lower) {
        return passive.contains(lower);
    }

    /**
     * True if the lower-cased word opens a clause or phrase of an event at another time than its sentence's ("after",
     * "before"): a time before it is not the time of a figure inside it.
     */
    boolean timeClause(String lower) {
        return timeClauses.contains(lower);
    }

    /**
     * True if the lower-cased word opens a relative clause of an event that a time right before it dates ("an
     * incident on November 12, 2016 where five people were shot"): that time is the time of a figure inside it.
     */
    boolean dateClause(String lower) {
        return dateClauses.contains(lower);
    }

    /** True if the lower-cased word ends the head of a counted phrase ("of", "among"). */
    boolean phraseEnd(String lower) {
        return phraseEnds.contains(lower);
    }
}
