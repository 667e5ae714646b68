package org.lagebild.entities.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys for comparing names across spellings. {@link #fold} removes case, diacritics and
 * hyphenation ("Kim Jong-Un" and "Kim Jong un" fold alike); {@link #transliterationKey} also folds
 * the usual German/English transliteration variants of Cyrillic and Korean names (sch/sh/zh, tsch/
 * tch/ch/kh, w/v, j/y/i, z/s, ou/u, doubled letters), so "Korotchenko" and "Korotschenko", "Schoigu"
 * and "Shoigu", "Medwedew" and "Medvedev" get one key. Stateless and thread-safe.
 */
public final class NameKeys {
    private NameKeys() {
    }

    /** Lower case (root locale), without diacritics, ß as ss, and every non-letter/digit run as one space. */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                foldChar(c, out);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString();
    }

    /** Folded forms of U+0080..U+05FF (Latin, Greek, Cyrillic, Hebrew), computed once. */
    private static final String[] TABLE = new String[0x600];

    static {
        for (char c = 0x80; c < 0x600; c++) {
            TABLE[c] = slowFold(c);
        }
    }

    /** Appends the folded form of one letter or digit. */
    public static void foldChar(char c, StringBuilder out) {
        if (c < 128) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else if (c < 0x600) {
            out.append(TABLE[c]);
        } else {
            out.append(slowFold(c));
        }
    }

    private static String slowFold(char c) {
        if (c == 'ß' || c == 'ẞ') {
            return "ss";
        }
        StringBuilder out = new StringBuilder(2);
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                out.append(String.valueOf(x).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static final String[][] TRANSLIT = {
        {"x", "ks"}, {"shch", "S"}, {"schtsch", "S"}, {"tsch", "C"}, {"tch", "C"}, {"dsch", "J"}, {"dzh", "J"},
        {"sch", "S"}, {"sh", "S"}, {"zh", "S"}, {"kh", "C"}, {"ch", "C"}, {"ck", "k"}, {"ph", "f"}, {"w", "v"},
        {"z", "s"}, {"j", "i"}, {"y", "i"}, {"ou", "u"}, {"J", "i"}, {"C", "c"}, {"S", "s"},
    };

    /** {@link #fold} plus transliteration folding; spaces become '-' so the key can be part of an id. */
    public static String transliterationKey(String s) {
        String k = fold(s);
        for (String[] r : TRANSLIT) {
            if (k.contains(r[0])) {
                k = k.replace(r[0], r[1]);
            }
        }
        StringBuilder out = new StringBuilder(k.length());
        char prev = 0;
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c == prev && Character.isLetter(c)) {
                continue;
            }
            out.append(c == ' ' ? '-' : c);
            prev = c;
        }
        return out.toString();
    }

    /** The stable id of an entity not in the knowledge base, e.g. {@code lb:auto:per:igor-korocenko}. */
    public static String autoId(String kind, String name) {
        return "lb:auto:" + kind + ":" + transliterationKey(name);
    }

    /**
     * The surname part of an automatic person id ({@code lb:auto:per:igor-korocenko} gives
     * {@code korocenko}), so a store can group a surname-only id ({@code lb:auto:per:korocenko}) with
     * the full-name ids sharing it. Null for other ids.
     */
    public static String surnameKey(String autoId) {
        if (autoId == null || !autoId.startsWith("lb:auto:per:")) {
            return null;
        }
        String k = autoId.substring("lb:auto:per:".length());
        int dash = k.lastIndexOf('-');
        return dash < 0 ? k : k.substring(dash + 1);
    }
}
