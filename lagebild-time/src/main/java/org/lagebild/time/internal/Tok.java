package org.lagebild.time.internal;

import java.util.Locale;

/**
 * A light tokenisation of one stretch of text into words, numbers and single punctuation marks, as
 * parallel arrays of absolute char offsets. Linear in the text length. A word starts with a letter
 * and runs over letters, digits and inner hyphens or apostrophes ("Hwasong-20", "G7"); a number is
 * a digit run with inner '.' or ',' followed by a digit ("1.000,5"). Not thread-safe; create one
 * per stretch of text. Internal to lagebild-time.
 */
public final class Tok {
    public static final byte WORD = 1;
    public static final byte NUMBER = 2;
    public static final byte PUNCT = 3;

    private final String text;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private byte[] kind = new byte[16];
    private String[] lower;
    private int n;

    public Tok(String text, int from, int to) {
        this.text = text;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetter(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '’') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                add(s, i, WORD);
            } else if (c >= '0' && c <= '9') {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (d >= '0' && d <= '9') {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < to && isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if ((d == '\u00A0' || d == '\u202F' || d == '\u2009' || d == ' ') && (d != ' ' || i - s <= 3 || text.charAt(i - 4) == ' ') && i + 3 < to
                            && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
                            && (i + 4 >= to || !isDigit(text.charAt(i + 4)))) {
                        i += 4;
                    } else {
                        break;
                    }
                }
                add(s, i, NUMBER);
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < to) {
                    i++;
                }
                i++;
                add(s, i, PUNCT);
            }
        }
        lower = new String[n];
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void add(int s, int e, byte k) {
        if (n == start.length) {
            start = java.util.Arrays.copyOf(start, n * 2);
            end = java.util.Arrays.copyOf(end, n * 2);
            kind = java.util.Arrays.copyOf(kind, n * 2);
        }
        start[n] = s;
        end[n] = e;
        kind[n] = k;
        n++;
    }

    public int size() {
        return n;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    public boolean isWord(int i) {
        return i >= 0 && i < n && kind[i] == WORD;
    }

    public boolean isNumber(int i) {
        return i >= 0 && i < n && kind[i] == NUMBER;
    }

    public String text(int i) {
        return text.substring(start[i], end[i]);
    }

    /** The token in lower case (Locale.ROOT); "" outside the range. */
    public String lower(int i) {
        if (i < 0 || i >= n) {
            return "";
        }
        String s = lower[i];
        if (s == null) {
            s = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
            lower[i] = s;
        }
        return s;
    }

    /** The lower-case token with the directly following '.' if there is one ("ca.", "nr."). */
    public String lowerDot(int i) {
        if (i + 1 < n && kind[i] == WORD && kind[i + 1] == PUNCT && start[i + 1] == end[i] && text.charAt(start[i + 1]) == '.') {
            return lower(i) + ".";
        }
        return lower(i);
    }

    /** True if token {@code i} is the single char {@code c}. */
    public boolean is(int i, char c) {
        return i >= 0 && i < n && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /** True if tokens {@code i} and {@code i+1} touch (no space between). */
    public boolean touches(int i) {
        return i >= 0 && i + 1 < n && end[i] == start[i + 1];
    }

    public boolean isCapitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    public boolean isLowerWord(int i) {
        return isWord(i) && Character.isLowerCase(text.charAt(start[i]));
    }
}
