package org.lagebild.entities.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.Span;

/**
 * Photo credits inside running text, in parentheses ("(AP Photo/John Minchillo)", "(Foto: Max Muster/dpa)"): the
 * person named in one is the photographer, not an actor of the story ({@code EntityRecognizer} drops person
 * mentions there; the agency stays a mention). The openers are the rows of {@code inline-credits.tsv}. Immutable
 * and thread-safe.
 */
public final class InlineCredits {
    /** The longest credit after its opening parenthesis. */
    static final int MAX_CREDIT = 120;

    private static final InlineCredits DEFAULT = load();

    private final Pattern pattern;

    private InlineCredits(List<String> openers) {
        StringBuilder alt = new StringBuilder();
        for (String o : openers) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(o).replace(" ", "\\E\\s+\\Q"));
        }
        pattern = Pattern.compile("\\(\\s*(?:" + alt + ")\\s*[^()\\n]{1," + MAX_CREDIT + "}\\)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The credits of {@code inline-credits.tsv}. */
    public static InlineCredits defaults() {
        return DEFAULT;
    }

    static InlineCredits load() {
        List<String> openers = new ArrayList<>();
        for (String[] row : Cues.rows("inline-credits.tsv", List.of("opener", "example", "non_example"))) {
            openers.add(row[0].strip());
        }
        return new InlineCredits(openers);
    }

    /** The spans of the inline credits in {@code text}, parentheses included, in text order. */
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        if (text.indexOf('(') < 0) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
