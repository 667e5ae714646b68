package org.lagebild.eval.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.model.Article;
import org.lagebild.model.MetaField;

/**
 * Scores an article's title and authors against gold values. Both sides are normalised the same way
 * ({@link #normalise}): Unicode NFKC, case-folded, typographic quotes and dashes unified, white space
 * collapsed. A title is right when the normalised strings are equal, so a kept site-name suffix
 * (" - WKRN News 2", " | SPIEGEL") counts as wrong: gold titles are the headline alone and Lagebild shows
 * the headline. Authors are compared as sets after splitting both sides on {@code ; , & / " und " " and "}
 * ({@link #authorSet}). Lagebild's authors are what it shows as the article's byline,
 * {@link Article#byline()} (the engine's document view and the web page print that field); a byline that
 * still reads "Von X" or "By X | 3 min read" is scored as it reads. Stateless.
 */
public final class MetadataScoring {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*[;,&/]\\s*|\\s+(?:und|and)\\s+");

    private MetadataScoring() {
    }

    /** NFKC, case-folded (ß and ss alike), quotes ‘’‚‛′ to ', “”„‟″«» to ", dashes to -, white space collapsed, stripped. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> b.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> b.append('-');
                case '\u00A0', '\u2007', '\u202F', '\u200B' -> b.append(' ');
                default -> b.append(c);
            }
        }
        String folded = b.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return SPACE.matcher(folded).replaceAll(" ").strip();
    }

    /** Whether the extracted title equals the gold title after {@link #normalise}. */
    public static boolean titleMatches(String gold, String got) {
        return normalise(gold).equals(normalise(got));
    }

    /**
     * The normalised names in one or more author strings, each split on ; , &amp; / and the words "und" and
     * "and"; empty parts are dropped.
     */
    public static Set<String> authorSet(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (String part : AUTHOR_SEPARATOR.split(normalise(v))) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The authors Lagebild presents: its byline split like gold authors (empty when there is none). */
    public static Set<String> authors(Article a) {
        return a == null || a.byline() == null ? Set.of() : authorSet(List.of(a.byline()));
    }

    /** Where the shown byline came from: the origins of the article's "author" fields, or "byline-block". */
    public static String authorOrigin(Article a) {
        if (a == null || a.byline() == null) {
            return null;
        }
        List<String> origins = new ArrayList<>();
        for (MetaField m : a.meta()) {
            if (m.name().equals("author") && !origins.contains(m.origin())) {
                origins.add(m.origin());
            }
        }
        boolean block = a.blocks().stream().anyMatch(b -> b.type() == org.lagebild.model.BlockType.BYLINE);
        return (block ? "byline-block" : "meta") + (origins.isEmpty() ? "" : " " + origins);
    }

    /** The origin of the article's title field ("meta:og:title", "h1", ...), or null. */
    public static String titleOrigin(Article a) {
        if (a == null) {
            return null;
        }
        return a.meta().stream().filter(m -> m.name().equals("title")).map(MetaField::origin).findFirst().orElse(null);
    }
}
