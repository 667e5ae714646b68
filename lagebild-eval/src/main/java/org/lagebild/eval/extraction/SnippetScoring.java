package org.lagebild.eval.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trafilatura benchmark's per-page scoring: output and snippets are whitespace-normalised (every
 * run of white space, Unicode included, becomes one space; ends trimmed) and each snippet counts as
 * found when it is a substring of the output. A null output (the extractor crashed) finds nothing.
 * Stateless and thread-safe.
 */
public final class SnippetScoring {

    /** Python's {@code \s} on str: Unicode White_Space plus the information separators U+001C..U+001F. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

    private SnippetScoring() {
    }

    /**
     * One page's result: the counts, and the "with" snippets that were missed and the "without"
     * snippets that leaked into the output (original spelling, in gold order).
     */
    public record PageMatch(SnippetCounts counts, List<String> missed, List<String> leaked) {
        public PageMatch {
            missed = List.copyOf(missed);
            leaked = List.copyOf(leaked);
        }
    }

    /** Collapses every run of white space to one space and trims both ends. */
    public static String normalise(String text) {
        String s = WHITE_SPACE.matcher(text).replaceAll(" ");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Scores one page.
     *
     * @param output the extracted text, or null when extraction failed
     * @param with snippets that must appear in the output
     * @param without snippets that must not appear in the output
     */
    public static PageMatch score(String output, List<String> with, List<String> without) {
        String out = output == null ? null : normalise(output);
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        for (String w : with) {
            if (out != null && out.contains(normalise(w))) {
                tp++;
            } else {
                missed.add(w);
            }
        }
        for (String w : without) {
            if (out != null && out.contains(normalise(w))) {
                fp++;
                leaked.add(w);
            }
        }
        return new PageMatch(new SnippetCounts(tp, fp, with.size() - tp, without.size() - fp), missed, leaked);
    }
}
