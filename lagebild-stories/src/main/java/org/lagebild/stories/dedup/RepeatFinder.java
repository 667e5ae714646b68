package org.lagebild.stories.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Span;

/**
 * Finds text repeated verbatim inside one article (a paragraph pasted twice, a teaser repeated as
 * the first body line). In: an article's clean text. The text is cut into units: lines, and
 * within lines sentences ending in {@code . ! ?} followed by white space. A unit whose
 * {@link ArticleIds#normalise normalised} form has at least {@code minChars} characters and was
 * seen earlier in the same text is a repeat. Out: {@link Repeat}s with half-open char offsets
 * into the given text, in text order, trimmed of surrounding white space. Immutable and
 * thread-safe.
 */
public final class RepeatFinder {
    /** A repeated unit at {@code span} whose first occurrence is at {@code first}. */
    public record Repeat(Span span, Span first) {
    }

    private final int minChars;

    /** Units of at least 20 normalised characters. */
    public RepeatFinder() {
        this(20);
    }

    public RepeatFinder(int minChars) {
        if (minChars < 1) {
            throw new IllegalArgumentException("minChars must be >= 1: " + minChars);
        }
        this.minChars = minChars;
    }

    /** The repeats in {@code text}; empty for null or empty text. */
    public List<Repeat> find(String text) {
        List<Repeat> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Map<String, Span> seen = new HashMap<>();
        for (Span unit : units(text)) {
            String key = ArticleIds.normalise(unit.of(text));
            if (key.length() < minChars) {
                continue;
            }
            Span first = seen.putIfAbsent(key, unit);
            if (first != null) {
                out.add(new Repeat(unit, first));
            }
        }
        return out;
    }

    /** Lines, split further into sentences; trimmed, non-empty, in text order. */
    static List<Span> units(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean lineEnd = i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            boolean sentenceEnd = !lineEnd && i > start && isTerminator(text.charAt(i))
                    && i + 1 < n && Character.isWhitespace(text.charAt(i + 1));
            if (lineEnd || sentenceEnd) {
                int end = sentenceEnd ? i + 1 : i;
                addTrimmed(text, start, end, out);
                start = end;
            }
        }
        return out;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
