package org.lagebild.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers that are no figure of the story (non-figures.tsv): ages ("Walter Barfield, 23,"), times of day ("7 p.m."),
 * street numbers and addresses, telephone numbers, days of a month. Given the text, the number's offsets
 * {@code [start, end)} and its sentence's, tells whether a row of the article's language matches the number and the
 * text around it within the sentence. Immutable and thread-safe; a missing or malformed file is a hard error.
 */
final class NonFigures {
    /** One row: a number pattern, the text before it (must end with a match), the text after it (must start with one). */
    record Row(String id, String language, Pattern number, Pattern before, Pattern after, String example, String counter) {
    }

    /** How far around the number the patterns look, in chars of the sentence. */
    private static final int WINDOW = 40;
    private static final NonFigures BUNDLED = new NonFigures();

    private final List<Row> rows = new ArrayList<>();

    private NonFigures() {
        for (Map<String, String> r : Tsv.read("non-figures.tsv", "id", "language", "number", "before", "after", "example",
                "counter")) {
            String where = "non-figures.tsv:" + r.get("#line");
            if (r.get("example").indexOf('[') < 0) {
                throw new IllegalStateException(where + ": the example marks no [number]");
            }
            rows.add(new Row(r.get("id"), r.get("language"), pattern(r.get("number"), where), pattern(r.get("before"), where),
                    pattern(r.get("after"), where), r.get("example"), r.get("counter")));
        }
    }

    private static Pattern pattern(String p, String where) {
        if (p.isEmpty() || p.equals("-")) {
            return null;
        }
        try {
            return Pattern.compile(p);
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + ": bad pattern " + p, e);
        }
    }

    static NonFigures load() {
        return BUNDLED;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The id of the first row of this language that reads {@code text[start, end)} as no figure, or null. */
    String match(String language, String text, int sentenceStart, int sentenceEnd, int start, int end) {
        String number = text.substring(start, end);
        String before = text.substring(Math.max(sentenceStart, start - WINDOW), start);
        String after = text.substring(end, Math.min(sentenceEnd, end + WINDOW));
        for (Row r : rows) {
            if (!r.language().equals(language)) {
                continue;
            }
            if ((r.number() == null || r.number().matcher(number).find())
                    && (r.before() == null || r.before().matcher(before).find())
                    && (r.after() == null || r.after().matcher(after).find())) {
                return r.id();
            }
        }
        return null;
    }

    /** {@link #match} for a sentence written with its number in brackets ("Barfield, [23], of Cleveland"). */
    String matchExample(String language, String marked) {
        int a = marked.indexOf('[');
        int b = marked.indexOf(']', a);
        String text = marked.substring(0, a) + marked.substring(a + 1, b) + marked.substring(b + 1);
        return match(language, text, 0, text.length(), a, b - 1);
    }
}
