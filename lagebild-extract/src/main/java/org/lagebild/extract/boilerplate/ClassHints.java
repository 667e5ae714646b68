package org.lagebild.extract.boilerplate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML class/id hints that mark boilerplate containers ("share-bar", "cookie-banner"), read from
 * {@code org/lagebild/extract/html-boilerplate-hints.tsv}, and content hints that overrule them
 * ({@code html-content-hints.tsv}). Immutable and thread-safe.
 */
public final class ClassHints {

    /** One hint: a regex over a single class or id token, with the reason recorded on removal. */
    public record Hint(String id, Pattern pattern, String reason, boolean always, boolean strict, String exampleMatch,
                       String exampleNoMatch) {
        public boolean matches(String token) {
            return pattern.matcher(token).matches();
        }
    }

    private final List<Hint> hints;
    private final List<Hint> contentHints;
    /** All hints as one alternation of named groups {@code h0|h1|...}, in file order: one regex run per token. */
    private final Pattern anyHint;
    /** Per hint, in file order: how a single lower-cased token is tested (see {@link TokenPattern}). */
    private final List<TokenPattern> tokenTests;
    /** All core-form hints as one pattern: a token none of them matches needs only the other hints tried. */
    private final TokenPattern anyCoreHint;
    /** The indexes of the hints not in core form, in file order. */
    private final int[] otherHints;
    private final Pattern anyContent;
    private final StartChars anyContentStart;

    private ClassHints(List<Hint> hints, List<Hint> contentHints) {
        this.hints = List.copyOf(hints);
        this.contentHints = List.copyOf(contentHints);
        this.anyHint = merge(this.hints);
        int flags = anyHint.flags();
        this.tokenTests = this.hints.stream().map(h -> TokenPattern.of(h.pattern().pattern(), flags)).toList();
        this.anyCoreHint = TokenPattern.anyOf(this.hints.stream().map(h -> h.pattern().pattern())
                .filter(TokenPattern::coreForm).toList(), flags);
        this.otherHints = java.util.stream.IntStream.range(0, this.hints.size())
                .filter(i -> !TokenPattern.coreForm(this.hints.get(i).pattern().pattern())).toArray();
        this.anyContent = merge(this.contentHints);
        this.anyContentStart = StartChars.matches(anyContent);
    }

    /**
     * Tokens are lower-cased (Locale.ROOT) before matching, so when every pattern is written in lower case the
     * merged regex needs no case folding, which makes each character comparison several times cheaper.
     */
    private static Pattern merge(List<Hint> list) {
        StringBuilder sb = new StringBuilder();
        boolean lowerCase = true;
        for (int i = 0; i < list.size(); i++) {
            String p = list.get(i).pattern().pattern();
            String literal = ESCAPES.matcher(p).replaceAll("");
            lowerCase &= literal.equals(literal.toLowerCase(Locale.ROOT));
            sb.append(i == 0 ? "" : "|").append("(?<h").append(i).append(">").append(p).append(')');
        }
        int flags = lowerCase ? Pattern.UNICODE_CHARACTER_CLASS : BoilerplateRule.FLAGS;
        return Pattern.compile(sb.length() == 0 ? "(?!)" : sb.toString(), flags);
    }

    /** Escapes and property classes ({@code \W}, {@code \p{Lu}}) whose letters say nothing about case folding. */
    private static final Pattern ESCAPES = Pattern.compile("\\\\(?:[pP]\\{[^}]*}|.)");

    public static ClassHints load() {
        DataFile f = DataFile.load(org.lagebild.extract.ExtractionException.class, "html-boilerplate-hints.tsv",
                "id", "pattern", "reason", "strength", "example_match", "example_nomatch");
        DataFile c = DataFile.load(org.lagebild.extract.ExtractionException.class, "html-content-hints.tsv",
                "id", "pattern", "example_match", "example_nomatch");
        return new ClassHints(f.rows().stream()
                .map(r -> new Hint(r.get(0), Pattern.compile(r.get(1), BoilerplateRule.FLAGS), r.get(2),
                        !r.get(3).strip().equals("unless-content"), strength(r.get(3)), r.get(4), r.get(5)))
                .toList(),
                c.rows().stream()
                .map(r -> new Hint(r.get(0), Pattern.compile(r.get(1), BoilerplateRule.FLAGS), "content", false, false, r.get(2), r.get(3)))
                .toList());
    }

    /** True for "strict" (removed even when it holds most of the text: comment threads). */
    private static boolean strength(String s) {
        return switch (s.strip()) {
            case "strict" -> true;
            case "always", "unless-content" -> false;
            default -> throw new IllegalStateException(
                    "html-boilerplate-hints.tsv: strength must be strict, always or unless-content: " + s);
        };
    }

    /** The boilerplate hints. */
    public List<Hint> hints() {
        return hints;
    }

    /** The content hints: a token matching one of them is never a boilerplate token. */
    public List<Hint> contentHints() {
        return contentHints;
    }

    /** The first hint matching any token of these class and id attribute values, or null. */
    public Hint match(String classAttr, String idAttr) {
        return match(classAttr, idAttr, null);
    }

    /** No hint for a token, in a memo (maps cannot hold null). */
    private static final Hint NONE = new Hint("", Pattern.compile("(?!)"), "", false, false, "", "");

    /**
     * Like {@link #match(String, String)}, remembering each token's hint in {@code tokenMemo} (lower-cased token
     * to hint, or null for no memo): a page repeats the same class tokens in many combinations. The memo belongs
     * to one caller and one thread.
     */
    public Hint match(String classAttr, String idAttr, java.util.Map<String, Hint> tokenMemo) {
        String all = (classAttr + " " + idAttr).strip();
        if (all.isEmpty()) {
            return null;
        }
        String lower = all.toLowerCase(Locale.ROOT);
        for (int start = 0, end; start < lower.length(); start = end + 1) {
            end = start;
            while (end < lower.length() && !asciiSpace(lower.charAt(end))) {
                end++;
            }
            String token = lower.substring(start, end);
            if (token.isEmpty()) {
                continue;
            }
            Hint h = tokenMemo == null ? tokenHint(token) : tokenMemo.computeIfAbsent(token, this::tokenHint);
            if (h != NONE) {
                return h;
            }
        }
        return null;
    }

    /** The first hint matching one lower-cased token, or {@link #NONE}. */
    private Hint tokenHint(String token) {
        if (anyContentStart.possible(token.charAt(0)) && anyContent.matcher(token).matches()) {
            return NONE;
        }
        if (!anyCoreHint.matches(token)) { // the common case: only the other hints can match
            for (int i : otherHints) {
                if (tokenTests.get(i).matches(token)) {
                    return hints.get(i);
                }
            }
            return NONE;
        }
        for (int i = 0; i < tokenTests.size(); i++) {
            if (tokenTests.get(i).matches(token)) {
                return hints.get(i);
            }
        }
        return NONE;
    }

    /** The characters of regex {@code \s} without UNICODE_CHARACTER_CLASS: tokens split as {@code split("\s+")} would. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
