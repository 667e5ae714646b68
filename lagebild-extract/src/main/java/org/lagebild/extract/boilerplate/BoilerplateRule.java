package org.lagebild.extract.boilerplate;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One boilerplate rule from a data file: a stable id, how it applies ({@link RuleKind}), its pattern,
 * the reason recorded for what it removes, and one example line that must match and one that must not.
 * Immutable and thread-safe (each call makes its own {@link Matcher}).
 */
public record BoilerplateRule(String id, RuleKind kind, Pattern pattern, String reason,
                              String exampleMatch, String exampleNoMatch) {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    public BoilerplateRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reason, "reason");
    }

    /** Builds a rule from its data-file columns; literal kinds quote the pattern and let spaces match any white space. */
    public static BoilerplateRule of(String id, String kind, String pattern, String reason,
                                     String exampleMatch, String exampleNoMatch) {
        RuleKind k = RuleKind.parse(kind);
        String regex = switch (k) {
            case EXACT, PREFIX -> literal(pattern);
            default -> pattern;
        };
        return new BoilerplateRule(id, k, Pattern.compile(regex, FLAGS), reason, exampleMatch, exampleNoMatch);
    }

    private static String literal(String text) {
        StringBuilder sb = new StringBuilder();
        for (String part : text.strip().split("\\s+")) {
            if (sb.length() > 0) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(part));
        }
        return sb.toString();
    }

    /**
     * Applies the rule to one line (bullet and outer white space already stripped) and returns the
     * successful matcher, or null. Prefix rules match at the start, credit and caption markers anywhere
     * up to the line end, all other kinds the whole line.
     */
    public Matcher match(String line) {
        Matcher m = pattern.matcher(line);
        boolean ok = switch (kind) {
            case PREFIX -> m.lookingAt();
            case CREDIT, CAPTION_MARKER -> m.find();
            default -> m.matches();
        };
        return ok ? m : null;
    }

    public boolean matches(String line) {
        return match(line) != null;
    }
}
