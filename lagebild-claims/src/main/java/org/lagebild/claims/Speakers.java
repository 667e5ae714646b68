package org.lagebild.claims;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Argument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Span;

/**
 * Finds the entity mentions of a document by offset and builds {@link Argument}s from them. Immutable; one per
 * document.
 */
final class Speakers {
    private final List<EntityMention> mentions;
    private final int[] starts;

    Speakers(List<EntityMention> mentions) {
        this.mentions = new ArrayList<>(mentions);
        this.mentions.sort((a, b) -> a.span().compareTo(b.span()));
        this.starts = new int[this.mentions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = this.mentions.get(i).span().start();
        }
    }

    List<EntityMention> all() {
        return mentions;
    }

    /** The mention covering offset {@code pos}, or null. */
    EntityMention at(int pos) {
        int i = floor(pos);
        if (i >= 0 && mentions.get(i).span().end() > pos) {
            return mentions.get(i);
        }
        return null;
    }

    /** Index of the last mention starting at or before pos, or -1. */
    private int floor(int pos) {
        int lo = 0;
        int hi = starts.length - 1;
        int r = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= pos) {
                r = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return r;
    }

    /** Capitalised title words (abbreviated or not) between a place or organisation and a person: " Rep. ", " Police Chief ". */
    private static final java.util.regex.Pattern TITLE_WORDS =
            java.util.regex.Pattern.compile("[.]?(?:\\s+\\p{Lu}[\\p{L}]*\\.?){0,3}\\s+");

    /**
     * The person a place or organisation only qualifies ("U.S. Rep. Lois Capps", "Chattanooga Police Chief Fred
     * Fletcher"): the person mention right after it with at most three capitalised title words between; else the
     * mention itself.
     */
    EntityMention personAfter(String text, EntityMention m) {
        if (m.type() != EntityType.GPE && m.type() != EntityType.ORG) {
            return m;
        }
        int i = floor(m.span().end());
        for (int j = Math.max(0, i); j < mentions.size() && starts[j] <= m.span().end() + 40; j++) {
            EntityMention p = mentions.get(j);
            if (p.span().start() < m.span().end()) {
                continue;
            }
            if (p.type() == EntityType.PER
                    && TITLE_WORDS.matcher(text.substring(m.span().end(), p.span().start())).matches()) {
                return p;
            }
            return m;
        }
        return m;
    }

    /** Mentions inside [from, to), in text order. */
    List<EntityMention> within(int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        int i = Math.max(0, floor(from));
        for (; i < mentions.size() && starts[i] < to; i++) {
            EntityMention m = mentions.get(i);
            if (m.span().start() >= from && m.span().end() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    static boolean actor(EntityMention m) {
        return m.type() == EntityType.PER || m.type() == EntityType.ORG || m.type() == EntityType.GPE;
    }

    /** True if the mention only modifies a compound ("Putin-Kumpel", "Kreml-Kreisen"): it is not the actor. */
    static boolean compoundModifier(String text, EntityMention m) {
        int e = m.span().end();
        return e + 1 < text.length() && text.charAt(e) == '-' && Character.isLetter(text.charAt(e + 1));
    }

    private static final java.util.regex.Pattern DATELINE_TAIL =
            java.util.regex.Pattern.compile("\\s*(?:\\([^()\\n]{1,30}\\)\\s*)?[–—-]\\s");

    private static final java.util.regex.Pattern DATELINE_AGENCY =
            java.util.regex.Pattern.compile("[^\\n()]{0,40}?\\(([^()\\n]{1,30})\\)\\s*[–—-]\\s");

    /**
     * True when the mention stands in the parentheses of a dateline that opens its sentence ("CLEVELAND (AP) — A man
     * …", "Wien (APA) – …"): the agency that filed the report, not an actor of the sentence.
     */
    static boolean datelineAgency(String text, int sentenceStart, EntityMention m) {
        java.util.regex.Matcher t = DATELINE_AGENCY.matcher(text);
        t.region(sentenceStart, Math.min(text.length(), sentenceStart + 80));
        return t.lookingAt() && m.span().start() >= t.start(1) && m.span().end() <= t.end(1);
    }

    /**
     * True when the mention is a dateline: the place the report was filed from, opening its sentence and followed
     * by a dash ("Paris – Bei Raketenangriffen …", "Wien (APA) – …"); it is not where the reported event happened.
     */
    static boolean dateline(String text, int sentenceStart, EntityMention m) {
        int s = m.span().start();
        if (text.substring(sentenceStart, Math.min(s, text.length())).strip().length() > 0) {
            return false;
        }
        java.util.regex.Matcher t = DATELINE_TAIL.matcher(text);
        t.region(m.span().end(), text.length());
        return t.lookingAt();
    }

    /**
     * A person with the role noun written right before the name ("Verteidigungsminister Peter Struck", "der
     * russische Außenminister Sergei Lawrow"), still linked to the person.
     */
    static Argument withTitle(String text, EntityMention m) {
        if (m.type() != EntityType.PER && m.type() != EntityType.ORG) {
            return argument(m);
        }
        int p = m.span().start() - 1;
        if (p < 1 || text.charAt(p) != ' ' || !Character.isLetter(text.charAt(p - 1))) {
            return withDeterminer(text, m, m.span().start());
        }
        int b = p;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
            b--;
        }
        if (b == p || !Character.isUpperCase(text.charAt(b)) || p - b < 4) {
            return withDeterminer(text, m, m.span().start());
        }
        // only if the word before the title does not end a sentence: a sentence-initial capital is no title
        int q = b - 1;
        while (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        if (q < 0 || ".!?:\"\u201E\u201C\n".indexOf(text.charAt(q)) >= 0) {
            String t = text.substring(b, p).toLowerCase(java.util.Locale.ROOT);
            if (!(t.endsWith("minister") || t.endsWith("präsident") || t.endsWith("sprecher") || t.endsWith("chef")
                    || t.endsWith("kanzler") || t.endsWith("vorsitzende") || t.endsWith("experte") || t.endsWith("direktor"))) {
                return argument(m);
            }
        }
        return withDeterminer(text, m, b);
    }

    /**
     * The mention from {@code start} (its title or itself) with the article and adjectives before it, as the SpkAtt
     * sources are annotated: "der indonesische Außenminister Hassan Wirajuda", "Die Nachrichtenagentur AP". Only
     * when the words before end in an article; otherwise from {@code start}.
     */
    static Argument withDeterminer(String text, EntityMention m, int start) {
        int b = start;
        for (int words = 0; words < 4; words++) {
            int e = b - 1;
            while (e >= 0 && (text.charAt(e) == ' ' || text.charAt(e) == '\u201E' || text.charAt(e) == '"')) {
                e--;
            }
            int s = e + 1;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            if (e < 0 || s > e || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
                break;
            }
            String w = text.substring(s, e + 1).toLowerCase(java.util.Locale.ROOT);
            if (ARTICLES.contains(w)) {
                Span span = new Span(s, m.span().end());
                return new Argument(span, span.of(text), m.entityId(), m.name());
            }
            boolean adjective = w.length() > 3 && Character.isLowerCase(text.charAt(s))
                    && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em"));
            if (!adjective) {
                break;
            }
            b = s;
        }
        if (start == m.span().start()) {
            return argument(m);
        }
        Span span = new Span(start, m.span().end());
        return new Argument(span, span.of(text), m.entityId(), m.name());
    }

    private static final java.util.Set<String> ARTICLES = WordClasses.of("speaker-article");

    static Argument argument(EntityMention m) {
        return new Argument(m.span(), m.text(), m.entityId(), m.name());
    }

    static Argument argument(String text, Span span, EntityMention head) {
        return new Argument(span, span.of(text), head == null ? null : head.entityId(), head == null ? null : head.name());
    }
}
