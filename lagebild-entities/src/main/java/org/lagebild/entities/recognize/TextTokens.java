package org.lagebild.entities.recognize;

import org.lagebild.entities.link.NameKeys;

/**
 * The word tokens of a text for gazetteer matching: maximal runs of letters and digits, each with
 * its char offsets {@code [start, end)} into the text, its folded form ({@link NameKeys#fold}) and
 * case flags. Hyphens, apostrophes and dots separate tokens, so "Kim Jong-un" and "Kim Jong Un"
 * give the same folded tokens; only an apostrophe between a single capital and a capital stays inside the word
 * ("O'Bryan", "D'Angelo", "O'Neal": one name, folded "obryan"). Linear in the text length. Immutable after construction.
 */
public final class TextTokens {
    private final String text;
    private int n;
    private int[] start;
    private int[] end;
    private String[] norm;
    private boolean[] upper;
    private boolean[] allCaps;

    private TextTokens(String text) {
        this.text = text;
        int cap = Math.max(8, text.length() / 6);
        start = new int[cap];
        end = new int[cap];
        norm = new String[cap];
        upper = new boolean[cap];
        allCaps = new boolean[cap];
        StringBuilder sb = new StringBuilder(32);
        int len = text.length();
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            sb.setLength(0);
            boolean first = Character.isUpperCase(c) || Character.isTitleCase(c);
            boolean caps = true;
            int letters = 0;
            while (i < len && Character.isLetterOrDigit(c = text.charAt(i))) {
                if (Character.isLetter(c)) {
                    letters++;
                    if (!Character.isUpperCase(c)) {
                        caps = false;
                    }
                }
                NameKeys.foldChar(c, sb);
                i++;
                if (i - s == 1 && first && i + 1 < len && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
                        && Character.isUpperCase(text.charAt(i + 1))) {
                    i++; // "O'Bryan", "D'Angelo": a one-letter prefix and its apostrophe belong to the name
                }
            }
            add(s, i, sb.toString(), first, caps && letters >= 2);
        }
    }

    /** Tokenises a text. */
    public static TextTokens of(String text) {
        return new TextTokens(text);
    }

    private void add(int s, int e, String w, boolean up, boolean caps) {
        if (n == start.length) {
            int c = n * 2;
            start = java.util.Arrays.copyOf(start, c);
            end = java.util.Arrays.copyOf(end, c);
            norm = java.util.Arrays.copyOf(norm, c);
            upper = java.util.Arrays.copyOf(upper, c);
            allCaps = java.util.Arrays.copyOf(allCaps, c);
        }
        start[n] = s;
        end[n] = e;
        norm[n] = w;
        upper[n] = up;
        allCaps[n] = caps;
        n++;
    }

    public int size() {
        return n;
    }

    public String text() {
        return text;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    /** The folded form of token i. */
    public String norm(int i) {
        return norm[i];
    }

    /** The token as written. */
    public String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** True if token i is a name with a one-letter prefix and an apostrophe ("O'Bryan", "D'Angelo"). */
    public boolean apostrophePrefixed(int i) {
        char c = end[i] - start[i] > 2 ? text.charAt(start[i] + 1) : ' ';
        return c == '\'' || c == '\u2019';
    }

    /** True if token i starts with an upper-case or title-case letter. */
    public boolean upper(int i) {
        return upper[i];
    }

    /** True if token i has at least two letters, all upper case. */
    public boolean allCaps(int i) {
        return allCaps[i];
    }

    /**
     * True if tokens i and i+1 may belong to one name: at most three chars apart, and only spaces,
     * hyphens, dots or apostrophes between them (no line break, comma or other punctuation).
     */
    public boolean joinable(int i) {
        int a = end[i];
        int b = start[i + 1];
        if (b - a > 3) {
            return false;
        }
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\u00A0' || c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || c == '\''
                    || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    /** True if tokens i and i+1 are separated by exactly one space or a hyphen (parts of one written name). */
    public boolean tight(int i) {
        int a = end[i];
        int b = start[i + 1];
        if (b - a != 1) {
            return false;
        }
        char c = text.charAt(a);
        return c == ' ' || c == '-' || c == '\u00A0';
    }
}
