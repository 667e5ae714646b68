package org.lagebild.entities.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.Span;

/**
 * Photo credits inside running text: in parentheses ("(AP Photo/John Minchillo)", "(Foto: Max Muster/dpa)") or, in
 * a gallery caption, an outlet and a photographer joined by a slash ("The Enquirer/Cara Owsley", "Jay Dunn/The Salinas
 * Californian"), or after a credit label of a gallery line ("Photo: Ken Branca", "Photo: Michael Cummo / Hearst
 * Connecticut Media"): the person named in one is the photographer, not an actor of the story ({@code EntityRecognizer}
 * drops person mentions there; the agency stays a mention). The openers and their forms are the rows of
 * {@code inline-credits.tsv}. Immutable and thread-safe.
 */
public final class InlineCredits {
    /** The longest credit after its opening parenthesis. */
    static final int MAX_CREDIT = 120;
    /** A photographer's name beside a slash: two capitalised words, a middle initial between them allowed. */
    private static final String NAME = "(?-i:\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}[\\p{L}'’-]+)";

    /** {@link #fold(char)} of the chars up to U+00FF, most of any text (set before {@link #DEFAULT} is built). */
    private static final char[] FOLD_LATIN1 = new char[256];

    static {
        for (char c = 0; c < 256; c++) {
            FOLD_LATIN1[c] = fold(c);
        }
    }

    private static final InlineCredits DEFAULT = load();

    private final Pattern pattern;
    /**
     * Per opener, its longest word folded as the pattern compares it (case-insensitively, with UNICODE_CASE); a credit
     * holds its opener, so a text none of whose folded chars spell one of these has none; null: no such filter.
     */
    private final String[] openerWords;

    private InlineCredits(List<String[]> openers) {
        String[] words = new String[openers.size()];
        for (int i = 0; i < words.length; i++) {
            String longest = "";
            for (String w : openers.get(i)[0].split(" ")) {
                longest = w.length() > longest.length() ? w : longest;
            }
            words[i] = fold(longest);
            for (char c : words[i].toCharArray()) {
                if (Character.isSurrogate(c) || fold(c) != c) {
                    words = null; // a char whose fold is not final: this filter would not be exact
                    break;
                }
            }
            if (words == null || words[i].isEmpty()) {
                words = null;
                break;
            }
        }
        openerWords = words == null || words.length == 0 ? null : words;
        StringBuilder paren = new StringBuilder();
        StringBuilder first = new StringBuilder();
        StringBuilder last = new StringBuilder();
        StringBuilder label = new StringBuilder();
        for (String[] o : openers) {
            StringBuilder alt = switch (o[1]) {
                case "parenthesis" -> paren;
                case "outlet-first" -> first;
                case "outlet-last" -> last;
                case "label-first" -> label;
                default -> throw new IllegalStateException("inline-credits.tsv: unknown form " + o[1]);
            };
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(o[0]).replace(" ", "\\E\\s+\\Q"));
        }
        List<String> forms = new ArrayList<>();
        if (paren.length() > 0) {
            forms.add("\\(\\s*(?:" + paren + ")\\s*[^()\\n]{1," + MAX_CREDIT + "}\\)");
        }
        if (first.length() > 0) {
            forms.add("(?<![\\p{L}/])(?:" + first + ")" + NAME + "(?![\\p{L}/])");
        }
        if (last.length() > 0) {
            forms.add("(?<![\\p{L}/])" + NAME + "(?:" + last + ")(?![\\p{L}/])");
        }
        if (label.length() > 0) {
            // "Photo: Ken Branca", "Photo: Michael Cummo / Hearst Connecticut Media": the label as written, the name,
            // the outlet after a slash (capitalised words, at most four)
            forms.add("(?<![\\p{L}])(?-i:" + label + ")\\s*" + NAME
                    + "(?:\\s*/\\s*(?-i:[\\p{Lu}@][\\p{L}@.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}))?(?![\\p{L}/])");
        }
        pattern = Pattern.compile(String.join("|", forms), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The credits of {@code inline-credits.tsv}. */
    public static InlineCredits defaults() {
        return DEFAULT;
    }

    static InlineCredits load() {
        List<String[]> openers = new ArrayList<>();
        for (String[] row : Cues.rows("inline-credits.tsv", List.of("opener", "form", "example", "non_example"))) {
            openers.add(new String[] {row[0].strip(), row[1].strip()});
        }
        return new InlineCredits(openers);
    }

    /** The spans of the inline credits in {@code text}, parentheses included, in text order. */
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        if (text.indexOf('(') < 0 && text.indexOf('/') < 0 && text.indexOf(':') < 0) {
            return out;
        }
        if (openerWords != null) {
            String folded = fold(text);
            boolean any = false;
            for (String w : openerWords) {
                if (folded.contains(w)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return out; // no opener in the text: find() would find nothing
            }
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /**
     * The char as the regex engine compares a literal under CASE_INSENSITIVE and UNICODE_CASE (Pattern.SliceU, SingleU):
     * a text char matches a literal p if it equals fold(p) or folds to it, so where fold(fold(p)) is fold(p), the folded
     * text holds fold(p) wherever the literal matches.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static String fold(String s) {
        char[] t = new char[s.length()];
        for (int i = 0; i < t.length; i++) {
            char c = s.charAt(i);
            t[i] = c < 256 ? FOLD_LATIN1[c] : fold(c);
        }
        return new String(t);
    }
}
