package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the verb beside a German "sie" is singular ("sagte sie": she, or an organisation) or plural ("sagten sie":
 * they), from {@code pronoun-verbs.tsv}. Immutable and thread-safe.
 */
final class VerbNumber {
    /** The number of the verb found, or none. */
    enum Number {
        SG, PL, NONE
    }

    private static final VerbNumber INSTANCE = new VerbNumber();
    private final Map<String, String> words = new HashMap<>();
    /** Endings, the longest first: {ending, number}. */
    private final List<String[]> endings = new ArrayList<>();

    private VerbNumber() {
        for (Map<String, String> r : Tsv.read("pronoun-verbs.tsv", "form", "number", "example", "reads")) {
            String f = r.get("form");
            String n = r.get("number");
            if (!Set.of("sg", "pl", "none", "last").contains(n)) {
                throw new IllegalStateException("pronoun-verbs.tsv:" + r.get("#line") + ": unknown number " + n);
            }
            if (f.startsWith("-")) {
                endings.add(new String[] {f.substring(1), n});
            } else {
                words.put(f, n);
            }
        }
        endings.sort((a, b) -> b[0].length() - a[0].length());
    }

    static VerbNumber load() {
        return INSTANCE;
    }

    private String kind(String word) {
        if (word == null || word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return "none";
        }
        String w = word.toLowerCase(Locale.ROOT);
        String k = words.get(w);
        if (k != null) {
            return k;
        }
        for (String[] e : endings) {
            if (w.endsWith(e[0]) && w.length() > e[0].length() + 1) {
                return e[1];
            }
        }
        return "none";
    }

    private static Number number(String k) {
        return "sg".equals(k) ? Number.SG : "pl".equals(k) ? Number.PL : Number.NONE;
    }

    /** The number of the verb of the pronoun at {@code [start, end)} of {@code text}. */
    Number of(String text, int start, int end) {
        String before = wordBefore(text, start);
        String kb = kind(before);
        if ("sg".equals(kb) || "pl".equals(kb)) {
            return number(kb);
        }
        if ("last".equals(kb)) {
            // a clause with its verb last: the word before the next comma or stop, within a dozen words
            int i = end;
            int words = 0;
            while (i < text.length() && ",.;:!?\"\u201C\u201D\u201E\u00AB\u00BB\n".indexOf(text.charAt(i)) < 0) {
                if (text.charAt(i) == ' ' && ++words > 12) {
                    return Number.NONE;
                }
                i++;
            }
            return number(kind(wordBefore(text, i)));
        }
        return number(kind(wordAfter(text, end)));
    }

    private static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b == e ? null : text.substring(b, e);
    }

    private static String wordAfter(String text, int pos) {
        int b = pos;
        while (b < text.length() && text.charAt(b) == ' ') {
            b++;
        }
        int e = b;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return b == e ? null : text.substring(b, e);
    }
}
