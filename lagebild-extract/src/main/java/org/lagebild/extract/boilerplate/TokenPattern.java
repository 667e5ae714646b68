package org.lagebild.extract.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One regex over a single class or id token ("share-bar"), answering as {@code pattern.matcher(token).matches()}
 * would. Most class hints read "(?:.*[-_])?CORE(?:[-_].*)?" (the word anywhere between dashes or underscores):
 * for those the core is tried only where a token part begins, and must end where one ends, instead of
 * backtracking over every split of the token, which is the same answer several times faster; and only where
 * the part's first character can open the core ({@link StartChars}). Immutable and thread-safe.
 */
public final class TokenPattern {
    private static final String PREFIX = "(?:.*[-_])?";
    private static final String SUFFIX = "(?:[-_].*)?";

    private final Pattern full;
    private final Pattern core;
    private final Pattern whole;
    private final StartChars start;
    /** Each thread's matcher of {@code core} (or {@code full}), reset to every token instead of made anew. */
    private final ThreadLocal<Matcher> matcher;

    private TokenPattern(Pattern full, Pattern core, Pattern whole, StartChars start) {
        this.full = full;
        this.core = core;
        this.whole = whole;
        this.start = start;
        Pattern used = core != null ? core : full;
        this.matcher = ThreadLocal.withInitial(() -> used.matcher(""));
    }

    /** The pattern as written in a data file, compiled with these flags. */
    public static TokenPattern of(String pattern, int flags) {
        if (coreForm(pattern)) {
            String core = pattern.substring(PREFIX.length(), pattern.length() - SUFFIX.length());
            Pattern c = Pattern.compile("(?:" + core + ")(?=[-_]|\\z)", flags);
            return new TokenPattern(null, c, Pattern.compile(pattern, flags), StartChars.lookingAt(c));
        }
        Pattern f = Pattern.compile(pattern, flags);
        return new TokenPattern(f, null, null, StartChars.matches(f));
    }

    /** True for a pattern written "(?:.*[-_])?CORE(?:[-_].*)?" (the fast form). */
    public static boolean coreForm(String pattern) {
        return pattern.startsWith(PREFIX) && pattern.endsWith(SUFFIX) && pattern.length() > PREFIX.length() + SUFFIX.length();
    }

    /**
     * One pattern that matches a token exactly when one of these core-form patterns does (their cores as one
     * alternation), to rule a token out with one regex run per token part instead of one per pattern.
     */
    public static TokenPattern anyOf(java.util.List<String> coreFormPatterns, int flags) {
        StringBuilder cores = new StringBuilder();
        for (String p : coreFormPatterns) {
            if (!coreForm(p)) {
                throw new IllegalArgumentException("not in core form: " + p);
            }
            cores.append(cores.length() == 0 ? "" : "|").append("(?:")
                    .append(p, PREFIX.length(), p.length() - SUFFIX.length()).append(')');
        }
        return of(PREFIX + "(?:" + (cores.length() == 0 ? "(?!)" : cores) + ")" + SUFFIX, flags);
    }

    /** Whether the whole token matches; the token is not empty. */
    public boolean matches(String token) {
        if (core == null) {
            return start.possible(token.charAt(0)) && matcher.get().reset(token).matches();
        }
        if (hasLineBreak(token)) {
            return whole.matcher(token).matches(); // "." stops at line breaks: keep the pattern's own reading
        }
        Matcher m = null;
        int n = token.length();
        for (int i = 0; i <= n; i++) {
            if ((i == 0 || token.charAt(i - 1) == '-' || token.charAt(i - 1) == '_')
                    && (i == n || start.possible(token.charAt(i)))) {
                m = m == null ? matcher.get().reset(token) : m;
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether any token of a class/id attribute text matches, the text split at ASCII white space as
     * {@code split("\\s+")} would split it (empty tokens skipped).
     */
    public boolean matchesAnyToken(String text) {
        int n = text.length();
        for (int start = 0, end; start < n; start = end + 1) {
            end = start;
            while (end < n && !asciiSpace(text.charAt(end))) {
                end++;
            }
            if (end > start && matches(text.substring(start, end))) {
                return true;
            }
        }
        return false;
    }

    /** The characters of regex {@code \\s} without UNICODE_CHARACTER_CLASS. */
    static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasLineBreak(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
