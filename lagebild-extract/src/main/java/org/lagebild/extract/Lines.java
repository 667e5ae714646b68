package org.lagebild.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small string helpers for line-based extraction. Stateless. */
final class Lines {
    private Lines() {
    }

    private static final Pattern BULLET = Pattern.compile("^[\\s\\u00A0]*([•·▪►*–-])[\\s\\u00A0]+");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?…][\"“”»«'’)]?[\\s\\u00A0]+[\"„“»«(]?\\p{Lu}");

    /** Length of a leading bullet marker with its white space, or 0. */
    static int bulletLength(String line) {
        var m = BULLET.matcher(line);
        return m.find() ? m.end() : 0;
    }

    /** White space (incl. no-break spaces) folded to single spaces, trimmed. */
    static String fold(String s) {
        if (isFolded(s)) {
            return s; // the common case: nothing to do, no copy
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when {@code s} has no leading, trailing, doubled or non-ASCII-space white space. */
    private static boolean isFolded(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        boolean prevSpace = false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (prevSpace) {
                    return false;
                }
                prevSpace = true;
            } else if (c <= ' ' || c >= '\u0085' && isSpace(c)) {
                return false;
            } else {
                prevSpace = false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    /** Identity key for repeated-line detection. */
    static String key(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }

    static String strip(String s) {
        return s.strip().replaceAll("^[\\u00A0\\s]+|[\\u00A0\\s]+$", "");
    }

    /** True when a sentence boundary lies inside the text (not only at its end). */
    static boolean multiSentence(String s) {
        return SENTENCE_INSIDE.matcher(fold(s)).find();
    }

    /** The last char ignoring closing quotes and brackets, or 0. */
    static char lastSignificant(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isSpace(s.charAt(i))) {
            i--;
        }
        for (; i >= 0; i--) {
            char c = s.charAt(i);
            if ("\"“”»«'’)]".indexOf(c) < 0) {
                return isSpace(c) ? ' ' : c; // as on the folded line
            }
        }
        return 0;
    }

    /**
     * The number of words: runs of non-space characters with a letter or digit in them. A separator standing
     * alone ("Marketing • Social Media", "News > Nation", "Tags: a | b") is not a word.
     */
    static int words(String s) {
        int words = 0;
        boolean inRun = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                inRun = false;
                continue;
            }
            if (!inRun) {
                inRun = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    /** Removes control characters (NUL etc.) and replacement chars, keeping tabs and line breaks. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F || c == '\uFFFD'
                    || (c >= 0x80 && c < 0xA0);
            if (bad && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null && !bad) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
