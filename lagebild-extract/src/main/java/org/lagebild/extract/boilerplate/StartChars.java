package org.lagebild.extract.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters can open a match of a regex tried at one position ({@code lookingAt} or {@code matches}
 * from there), so that a caller can skip the regex where the character rules it out. Asked about a
 * character, it runs the regex once on that character alone (after a fixed context such as a space, when the
 * real call sees one before the position) and says "possible" when the regex matched or read past the end
 * ({@link Matcher#hitEnd()}: a longer input could match). A regex that cannot match one character without
 * reading on cannot match any longer text that starts with it, so a "no" is exact and a "yes" is only a
 * prefilter: the answer of the full regex never changes. Surrogates are always possible.
 *
 * <p>The same can be asked about two characters ({@link #possible(char, char)}): the regex is run on both and
 * says "no" when it fails without reading past them, which rules out far more positions than the first
 * character alone ("Foto" and "Bild" open with "fo" and "bi", most words do not).
 *
 * <p>Answers are computed on first use and kept in tables filled in pages of 256 characters (pairs only of
 * characters below U+0100); threads may race to fill the same entry, which is harmless because every thread
 * computes the same value and an entry not yet seen is computed again. Thread-safe.
 */
public final class StartChars {
    private static final byte UNKNOWN = 0;
    private static final byte POSSIBLE = 1;
    private static final byte IMPOSSIBLE = 2;

    private final Pattern pattern;
    private final String before;
    private final int regionStart;
    private final boolean whole;
    private final boolean transparent;
    private final boolean anchoring;
    /** Answers per character, in pages of 256 made on first use. */
    private final byte[][] pages = new byte[256][];
    /** Answers per pair of characters below U+0100, made on first use. */
    private volatile byte[] pairs;

    private StartChars(Pattern pattern, String before, int regionStart, boolean whole, boolean transparent,
                       boolean anchoring) {
        this.pattern = pattern;
        this.before = before;
        this.regionStart = regionStart;
        this.whole = whole;
        this.transparent = transparent;
        this.anchoring = anchoring;
    }

    /** For {@code pattern.matcher(text).lookingAt()} at the text start (default bounds). */
    public static StartChars lookingAt(Pattern pattern) {
        return new StartChars(pattern, "", 0, false, false, true);
    }

    /** For {@code pattern.matcher(text).matches()} (default bounds). */
    public static StartChars matches(Pattern pattern) {
        return new StartChars(pattern, "", 0, true, false, true);
    }

    /**
     * For {@code lookingAt} on a region that runs to the text end, with transparent and non-anchoring bounds,
     * asked about the character that follows {@code before}; the region starts after {@code before} or, when
     * {@code beforeInRegion}, at its start. The caller asks only where the text holds exactly {@code before}
     * there, and the pattern must not look behind the region start (no lookbehind, no {@code \b}), which
     * {@link #looksBehind} tells.
     */
    public static StartChars lookingAtAfter(Pattern pattern, String before, boolean beforeInRegion) {
        return new StartChars(pattern, before, beforeInRegion ? 0 : before.length(), false, true, false);
    }

    /** True when a regex source may look at text before where it is tried (lookbehind, word boundaries). */
    public static boolean looksBehind(String regex) {
        return regex.contains("(?<=") || regex.contains("(?<!") || regex.contains("\\b") || regex.contains("\\B")
                || regex.contains("\\G");
    }

    /** False only when no text that opens with {@code c} (in this context) can match. */
    public boolean possible(char c) {
        byte[] page = pages[c >>> 8];
        if (page == null) {
            page = new byte[256];
            pages[c >>> 8] = page;
        }
        byte known = page[c & 0xFF];
        if (known == UNKNOWN) {
            known = Character.isSurrogate(c) || probe(String.valueOf(c)) ? POSSIBLE : IMPOSSIBLE;
            page[c & 0xFF] = known;
        }
        return known == POSSIBLE;
    }

    /**
     * False only when no text that opens with {@code c} followed by {@code next} (in this context) can match.
     * Pairs with a character from U+0100 on are answered by the first character alone.
     */
    public boolean possible(char c, char next) {
        if (!possible(c)) {
            return false;
        }
        if (c > 0xFF || next > 0xFF) {
            return true;
        }
        byte[] table = pairs;
        if (table == null) {
            table = new byte[256 * 256];
            pairs = table;
        }
        int at = (c << 8) | next;
        byte known = table[at];
        if (known == UNKNOWN) {
            known = probe(String.valueOf(c) + next) ? POSSIBLE : IMPOSSIBLE;
            table[at] = known;
        }
        return known == POSSIBLE;
    }

    private boolean probe(String text) {
        String input = before + text;
        Matcher m = pattern.matcher(input).region(regionStart, input.length())
                .useTransparentBounds(transparent).useAnchoringBounds(anchoring);
        boolean found = whole ? m.matches() : m.lookingAt();
        return found || m.hitEnd();
    }
}
