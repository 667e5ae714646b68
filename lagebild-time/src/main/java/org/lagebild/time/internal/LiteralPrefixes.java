package org.lagebild.time.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An exact pre-filter for a regular expression compiled with {@code CASE_INSENSITIVE | UNICODE_CASE}: the literal
 * text each of its top-level alternatives must start with ("Ukraine-Krieg|Krieg (?:gegen|in) ..." gives
 * "Ukraine-Krieg", "Krieg "). A text that holds none of them, compared the way such a pattern compares a literal
 * char, cannot contain a match, so {@code find()} can be skipped. Patterns whose alternatives do not all start
 * with a literal (a class, a look-around, an anchor, a quantified group) get no filter. Immutable, thread-safe.
 * Internal to lagebild-time.
 */
public final class LiteralPrefixes {
    /** The prefixes, each char folded as the regex engine folds a pattern literal; null: no filter. */
    private final String[] folded;

    private LiteralPrefixes(String[] folded) {
        this.folded = folded;
    }

    /** The filter of {@code regex} (to be compiled with CASE_INSENSITIVE and UNICODE_CASE). */
    public static LiteralPrefixes of(String regex) {
        List<String> p = prefixes(regex);
        if (p == null) {
            return new LiteralPrefixes(null);
        }
        String[] f = new String[p.size()];
        for (int i = 0; i < f.length; i++) {
            String s = p.get(i);
            for (int j = 0; j < s.length(); j++) {
                char c = fold(s.charAt(j));
                // a text char equal to a folded literal folds to it only if folding it again changes nothing
                if (Character.isSurrogate(s.charAt(j)) || fold(c) != c) {
                    return new LiteralPrefixes(null);
                }
            }
            f[i] = fold(s);
        }
        return new LiteralPrefixes(f);
    }

    /**
     * {@code text} with each char folded as the regex engine compares it to a pattern literal under
     * UNICODE_CASE ({@code Character.toLowerCase(Character.toUpperCase(c))}; Pattern.SliceU, SingleU): the
     * argument of {@link #mayMatch}, made once per text for any number of filters.
     */
    public static String fold(CharSequence text) {
        char[] t = new char[text.length()];
        for (int i = 0; i < t.length; i++) {
            t[i] = fold(text.charAt(i));
        }
        return new String(t);
    }

    /**
     * False only if no match of the pattern can lie in the text folded as {@code folded} ({@link #fold}). A text
     * char matches a literal p if it is fold(p) or folds to it; fold(p) folds to itself (checked in {@link #of}),
     * so in both cases the folded text holds fold(p) there.
     */
    public boolean mayMatch(String folded) {
        if (this.folded == null) {
            return true;
        }
        for (String p : this.folded) {
            if (folded.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** True if this filter can rule out texts (every alternative starts with a literal). */
    public boolean filters() {
        return folded != null;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static final String META = "\\[](){}.*+?^$|";

    /** The literal prefixes of the top-level alternatives of {@code regex}, or null if one has none. */
    static List<String> prefixes(String regex) {
        List<String> out = new ArrayList<>();
        for (String alt : alternatives(regex)) {
            if (alt == null) {
                return null;
            }
            if (alt.startsWith("(")) {
                int close = closing(alt, 0);
                if (close < 0) {
                    return null;
                }
                if (close + 1 < alt.length() && "?*+{".indexOf(alt.charAt(close + 1)) >= 0) {
                    return null;
                }
                String inner = alt.substring(1, close);
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                } else if (inner.startsWith("?")) {
                    return null; // look-around, flags, named or atomic group
                }
                List<String> p = prefixes(inner);
                if (p == null) {
                    return null;
                }
                out.addAll(p);
                continue;
            }
            int i = 0;
            while (i < alt.length() && META.indexOf(alt.charAt(i)) < 0) {
                i++;
            }
            int end = i;
            if (i < alt.length() && "?*{".indexOf(alt.charAt(i)) >= 0) {
                end--; // the last literal char is optional
            }
            if (end <= 0) {
                return null;
            }
            out.add(alt.substring(0, end));
        }
        return out;
    }

    /** The top-level alternatives of {@code regex}; a null element if the regex is not understood. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    out.add(null); // quoted stretches are not read here
                    return out;
                }
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                } else if (c == '[') {
                    out.add(null); // nested classes are not read here
                    return out;
                }
            } else if (c == '[') {
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    out.add(null); // a class opening with ']' is not read here
                    return out;
                }
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(depth == 0 && !inClass ? regex.substring(start) : null);
        return out;
    }

    /** The index of the ')' closing the '(' at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
