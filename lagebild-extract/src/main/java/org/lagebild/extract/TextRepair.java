package org.lagebild.extract;

import java.util.regex.Pattern;

/**
 * Repairs sentences glued together by lost white space ("eingesetzt werden sollen.Dies verkündete"):
 * inserts one space after ".", "!" or "?" that ends a lowercase word and is directly followed by a
 * capitalised word. Leaves abbreviations ("z.B.") and domains ("news.de") alone. Stateless.
 */
final class TextRepair {
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}\\p{Ll})([.!?])(?=\\p{Lu}\\p{Ll})");

    private TextRepair() {
    }

    static String repairGluedSentences(String s) {
        boolean candidate = false;
        for (int i = 1; i + 1 < s.length() && !candidate; i++) {
            char c = s.charAt(i);
            candidate = (c == '.' || c == '!' || c == '?') && Character.isUpperCase(s.charAt(i + 1));
        }
        return candidate ? GLUED.matcher(s).replaceAll("$1 ") : s;
    }
}
