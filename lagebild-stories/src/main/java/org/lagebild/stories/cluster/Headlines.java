package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an article's title is a real headline, by the rules of {@code headlines.tsv} beside this
 * class (too few letters, only a date line, a notice such as "Redirect Notice", a bare host name),
 * and the title to show when it is not: the first line or sentence of the text that is one. A story
 * shows the headline of its most central article that has one ({@link StoryClusterer}). Loaded once;
 * immutable and thread-safe.
 */
public final class Headlines {
    private static final String RESOURCE = "headlines.tsv";
    private static final Headlines DEFAULT = load();
    /** Longest title made from the text, as {@code Article.headline} cuts it. */
    private static final int MAX_FALLBACK = 100;
    /** Lines or sentences of the text tried for a title to show. */
    private static final int FALLBACK_TRIES = 5;

    private final int minLetters;
    private final Set<String> dateWords;
    private final Set<String> notices;
    private final List<Pattern> patterns;

    private Headlines(int minLetters, Set<String> dateWords, Set<String> notices, List<Pattern> patterns) {
        this.minLetters = minLetters;
        this.dateWords = Set.copyOf(dateWords);
        this.notices = Set.copyOf(notices);
        this.patterns = List.copyOf(patterns);
    }

    /** The bundled rules. */
    public static Headlines instance() {
        return DEFAULT;
    }

    /** Whether {@code title} is a headline (null and blank are not). */
    public boolean isHeadline(String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String t = title.strip();
        int letters = 0;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            letters += Character.isLetter(t.charAt(i)) ? 1 : 0;
            digit |= Character.isDigit(t.charAt(i));
        }
        if (letters < minLetters) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (digit && onlyDateWords(lower)) {
            return false;
        }
        if (notices.contains(normalise(lower))) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(t).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a story should take {@code candidate} as its title instead of {@code held} (null: none
     * yet), given how central each one's article is ({@link StoryClusterer}). A headline takes over from
     * a less central one and from any title that is none. A title that is none ("en", a date line)
     * never takes over from a headline, only from a less central title that is none. A blank title (a
     * text whose first line is the lead; it is shown by its lead, {@link #fromText}) takes over from a
     * less central title of any kind, as it always did; the next headline then takes over from it.
     */
    public boolean betterTitle(String candidate, double candidateCentrality, String held, double heldCentrality) {
        boolean more = candidateCentrality > heldCentrality;
        if (isHeadline(candidate)) {
            return more || !isHeadline(held);
        }
        if (candidate == null || candidate.isBlank()) {
            return more;
        }
        return more && !isHeadline(held);
    }

    /**
     * A title to show for an article whose title is no headline: the first of the first few lines or
     * sentences of {@code text} that is one (a date line or the repeated title above the lead is
     * skipped), at most 100 characters (cut with "…"); "" when none is.
     */
    public String fromText(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        for (int i = 0; i < FALLBACK_TRIES && !t.isEmpty(); i++) {
            int end = firstEnd(t);
            String first = t.substring(0, end).strip();
            if (isHeadline(first)) {
                return first.length() <= MAX_FALLBACK ? first : first.substring(0, MAX_FALLBACK - 1).strip() + "…";
            }
            t = t.substring(end).strip();
        }
        return "";
    }

    /** The end of the first line, or of the first sentence that is at least 20 characters long. */
    private static int firstEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (i >= 20 && (c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return t.length();
    }

    private boolean onlyDateWords(String lower) {
        for (String w : lower.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !dateWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased text without punctuation around it and with single spaces. */
    private static String normalise(String lower) {
        return lower.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "").replaceAll("\\s+", " ");
    }

    private static Headlines load() {
        try (InputStream in = Headlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + Headlines.class.getName());
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Headlines read(BufferedReader r, String source) throws IOException {
        int minLetters = -1;
        Set<String> dateWords = new HashSet<>();
        Set<String> notices = new HashSet<>();
        List<Pattern> patterns = new ArrayList<>();
        int no = 0;
        for (String line; (line = r.readLine()) != null; ) {
            no++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || !Set.of("de", "en", "*").contains(f[1].strip())) {
                throw new IllegalStateException(source + ":" + no + ": expected kind<TAB>language<TAB>value: " + line);
            }
            String value = f[2].strip();
            try {
                switch (f[0].strip()) {
                    case "min-letters" -> minLetters = Integer.parseInt(value);
                    case "dateword" -> dateWords.add(value.toLowerCase(Locale.ROOT));
                    case "notice" -> notices.add(normalise(value.toLowerCase(Locale.ROOT)));
                    case "pattern" -> patterns.add(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    default -> throw new IllegalStateException(source + ":" + no + ": unknown kind " + f[0] + ": " + line);
                }
            } catch (IllegalArgumentException e) { // a bad number or pattern
                throw new IllegalStateException(source + ":" + no + ": " + e.getMessage(), e);
            }
        }
        if (minLetters < 0) {
            throw new IllegalStateException(source + ": no min-letters row");
        }
        return new Headlines(minLetters, dateWords, notices, patterns);
    }
}
