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
        return GLUED.matcher(s).replaceAll("$1 ");
    }
}
