package org.lagebild.extract.boilerplate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * HTML class/id hints that mark boilerplate containers ("share-bar", "cookie-banner"), read from
 * {@code org/lagebild/extract/html-boilerplate-hints.tsv}, and content hints that overrule them
 * ({@code html-content-hints.tsv}). Immutable and thread-safe.
 */
public final class ClassHints {

    /** One hint: a regex over a single class or id token, with the reason recorded on removal. */
    public record Hint(String id, Pattern pattern, String reason, boolean always, String exampleMatch, String exampleNoMatch) {
        public boolean matches(String token) {
            return pattern.matcher(token).matches();
        }
    }

    private final List<Hint> hints;
    private final List<Hint> contentHints;

    private ClassHints(List<Hint> hints, List<Hint> contentHints) {
        this.hints = List.copyOf(hints);
        this.contentHints = List.copyOf(contentHints);
    }

    public static ClassHints load() {
        DataFile f = DataFile.load(org.lagebild.extract.ExtractionException.class, "html-boilerplate-hints.tsv",
                "id", "pattern", "reason", "strength", "example_match", "example_nomatch");
        DataFile c = DataFile.load(org.lagebild.extract.ExtractionException.class, "html-content-hints.tsv",
                "id", "pattern", "example_match", "example_nomatch");
        return new ClassHints(f.rows().stream()
                .map(r -> new Hint(r.get(0), Pattern.compile(r.get(1), BoilerplateRule.FLAGS), r.get(2), strength(r.get(3)),
                        r.get(4), r.get(5)))
                .toList(),
                c.rows().stream()
                .map(r -> new Hint(r.get(0), Pattern.compile(r.get(1), BoilerplateRule.FLAGS), "content", false, r.get(2), r.get(3)))
                .toList());
    }

    private static boolean strength(String s) {
        return switch (s.strip()) {
            case "always" -> true;
            case "unless-content" -> false;
            default -> throw new IllegalStateException("html-boilerplate-hints.tsv: strength must be always or unless-content: " + s);
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
        String all = (classAttr + " " + idAttr).strip();
        if (all.isEmpty()) {
            return null;
        }
        for (String token : all.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.isEmpty() || contentHints.stream().anyMatch(h -> h.matches(token))) {
                continue;
            }
            for (Hint h : hints) {
                if (h.matches(token)) {
                    return h;
                }
            }
        }
        return null;
    }
}
