package org.lagebild.claims;

import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Span;

/**
 * Noun phrases that name sources and speakers, found around a word of a sentence: "der russischen
 * Nachrichtenagentur TASS", "südkoreanischer und westlicher Geheimdienste", "einer Quelle aus dem ukrainischen
 * Militärgeheimdienst". Works on one sentence's {@link Words}; cheap to create, not shared.
 */
final class Phrases {
    private final String text;
    private final Words w;
    private final Speakers ents;
    private final Lexicon lex = Lexicon.load();

    Phrases(String text, Words w, Speakers ents) {
        this.text = text;
        this.w = w;
        this.ents = ents;
    }

    /** True if word k follows a preposition that makes it a place, partner or target rather than an agent. */
    static boolean governed(Words w, int k) {
        if (k == 0) {
            return false;
        }
        return switch (w.lower[k - 1]) {
            case "in", "nach", "aus", "von", "mit", "über", "gegen", "für", "zu", "bei", "zwischen", "an", "auf", "durch",
                    "im", "vom", "zum", "beim", "of", "to", "with", "against", "from" -> true;
            default -> false;
        };
    }

    /** A genitive modifier ("Russlands", "Kim Jong Uns") is rarely an agent. */
    static boolean genitive(EntityMention m) {
        return m.provenance().rule().equals("gazetteer-inflected") && m.text().endsWith("s") && m.type() != EntityType.ORG;
    }

    private static final java.util.Set<String> NOT_ADJECTIVES = WordClasses.of("not-adjective");

    /** A declined adjective by its ending; function words and auxiliaries are not. */
    static boolean adjective(String x) {
        if (NOT_ADJECTIVES.contains(x)) {
            return false;
        }
        if (x.endsWith("te") || x.endsWith("ten") || x.endsWith("tet")) {
            return x.endsWith("ste") || x.endsWith("sten") || x.endsWith("lichte");
        }
        return x.endsWith("e") || x.endsWith("en") || x.endsWith("er") || x.endsWith("es") || x.endsWith("em");
    }

    /**
     * A past participle by shape ("eingesetzt", "getötet", "abgeworfen"): a capitalised word before it is the
     * object of a verb-final clause ("nach Angaben unabhängiger Experten Senfgas eingesetzt"), not a name.
     */
    static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile("\\p{L}{0,6}ge\\p{L}{2,}(?:t|en)");

    boolean quoteBetween(int a, int b) {
        String between = text.substring(w.end[a], w.start[b]);
        return between.strip().length() <= 1 && (between.contains("\"") || between.contains("\u201E") || between.contains("\u201C"));
    }

    /**
     * A source phrase starting at word k: articles, adjectives (with "und"), the head noun, a name after it
     * ("Nachrichtenagentur LIGA"), and for anonymous heads a prepositional tail ("Quelle aus dem … Geheimdienst").
     */
    Span after(int k) {
        int n = w.size();
        int i = k;
        if (i < n && (w.lower[i].equals("von") || w.lower[i].equals("auf") || w.lower[i].equals("of"))) {
            i++;
        }
        int start = -1;
        int head = -1;
        int j = i;
        while (j < n && j < i + 8) {
            if (j > i && w.clauseBreak(j - 1, j) && !quoteBetween(j - 1, j)) {
                break;
            }
            String x = w.lower[j];
            EntityMention m = ents.at(w.start[j]);
            if (m != null && m.type() != EntityType.DERIV && m.type() != EntityType.LOC) {
                if (start < 0) {
                    start = j;
                }
                int e = j;
                while (e + 1 < n && w.start[e + 1] < m.span().end()) {
                    e++;
                }
                head = e;
                j = e + 1;
                break;
            }
            boolean article = QuoteExtractor.isArticle(x);
            if (article || x.equals("und") || x.equals("and") || !w.upper(j) || m != null && m.type() == EntityType.DERIV) {
                if (!article && !x.equals("und") && !x.equals("and") && !w.upper(j) && !adjective(x)) {
                    break;
                }
                if (start < 0 && !x.equals("und") && !x.equals("and")) {
                    start = j;
                }
                j++;
                continue;
            }
            if (start < 0) {
                start = j;
            }
            head = j;
            j++;
            // an apposed name: "Nachrichtenagentur LIGA", "Nachrichtenagentur Yonhap"
            if (j < n && (!w.clauseBreak(j - 1, j) || quoteBetween(j - 1, j))) {
                // "Wirtschaftsnachrichtensender BNN Bloomberg": capitalised words up to a name
                int q = j;
                while (q < n && q < j + 2 && w.upper(q) && ents.at(w.start[q]) == null
                        && (q + 1 >= n || !w.clauseBreak(q, q + 1))) {
                    q++;
                }
                if (q > j && q < n && ents.at(w.start[q]) != null && Speakers.actor(ents.at(w.start[q]))) {
                    j = q;
                } else if (q > j && (q >= n || !w.upper(q) && !PARTICIPLE.matcher(w.lower[q]).matches())
                        && !QuoteExtractor.isArticle(w.lower[j])) {
                    // an unknown name after a role noun: "die Analystin Natascha Kanewa jedoch"
                    head = q - 1;
                    j = q;
                }
                EntityMention nm = j < n ? ents.at(w.start[j]) : null;
                if (nm != null && Speakers.actor(nm)) {
                    int e = j;
                    while (e + 1 < n && w.start[e + 1] < nm.span().end()) {
                        e++;
                    }
                    head = e;
                    j = e + 1;
                }
            }
            break;
        }
        if (head < 0 && k > 0 && k <= n && (w.lower[k - 1].equals("to") || w.lower[k - 1].equals("citing"))) {
            // English noun phrases are lower-case: "according to South Korean intelligence officials"; the phrase
            // ends before a word that opens a clause ("citing a belief by police that three guns were brought in":
            // what follows is the claim), and a statement "by" someone is theirs ("a belief by police": police)
            ArgumentRoles roles = ArgumentRoles.get();
            int e = k;
            while (e + 1 < n && e + 1 < k + 6 && !w.clauseBreak(e, e + 1) && !roles.clauseOpener(w.lower[e + 1])) {
                e++;
            }
            if (e < n && !roles.clauseOpener(w.lower[k])) {
                start = k;
                head = e;
                for (int b = k + 1; b < e; b++) {
                    if (roles.agentPreposition(w.lower[b])) {
                        start = b + 1;
                        break;
                    }
                }
            }
        }
        if (head < 0 || start < 0) {
            return null;
        }
        // a genitive attribute: "der Sprecher des Krankenhauses", "die Richter des Bundesverwaltungsgerichtes"
        if (j + 1 < n && (w.lower[j].equals("des") || w.lower[j].equals("der")) && !w.clauseBreak(j - 1, j)
                && ents.at(w.start[head]) == null) {
            int e = j + 1;
            while (e < n && e < j + 4 && !w.clauseBreak(e - 1, e) && !w.upper(e) && adjective(w.lower[e])) {
                e++;
            }
            if (e < n && w.upper(e) && !w.clauseBreak(e - 1, e) && !lex.verbs.containsKey(w.lower[e])) {
                EntityMention em = ents.at(w.start[e]);
                while (em != null && e + 1 < n && w.start[e + 1] < em.span().end()) {
                    e++;
                }
                head = e;
                j = e + 1;
            }
        }
        // anonymous heads take their prepositional tail: "einer Quelle aus dem ukrainischen Militärgeheimdienst"
        String h = w.lower[head];
        if ((lex.anonymous(h) || h.equals("seiten")) && j < n && !w.clauseBreak(j - 1, j)) {
            String p = w.lower[j];
            if (p.equals("aus") || p.equals("im") || p.equals("in") || p.equals("des") || p.equals("der") || p.equals("beim")) {
                int e = j + 1;
                while (e < n && e < j + 6 && !w.clauseBreak(e - 1, e)) {
                    if (w.upper(e) && !QuoteExtractor.isArticle(w.lower[e])) {
                        head = e;
                        break;
                    }
                    e++;
                }
            }
        }
        return close(new Span(w.start[start], w.end[head]));
    }

    /** Includes a closing quotation mark when the phrase holds the opening one ('"Daily Mail"'). */
    private Span close(Span s) {
        String t = s.of(text);
        long opens = t.chars().filter(c -> c == '"' || c == '\u201E' || c == '\u201C' || c == '\u00BB').count();
        if (opens % 2 == 1 && s.end() < text.length() && "\"\u201C\u00AB".indexOf(text.charAt(s.end())) >= 0) {
            return new Span(s.start(), s.end() + 1);
        }
        return s;
    }

    boolean quoteAround(int j) {
        return j > 0 && quoteBetween(j - 1, j);
    }

    /** A phrase ending at word k, walking back: "der russischen Nachrichtenagentur TASS", "Aktuellen Berichten". */
    Span before(int k) {
        if (k < 0 || k >= w.size()) {
            return null;
        }
        int end = k;
        int j = k;
        int nouns = 0;
        while (j >= 0 && (w.upper(j) || quoteAround(j)) && nouns < 4) {
            if (j < k && w.clauseBreak(j, j + 1) && !quoteBetween(j, j + 1)) {
                break;
            }
            EntityMention m = ents.at(w.start[j]);
            if (nouns > 0 && m != null && (m.type() == EntityType.PER || m.type() == EntityType.DERIV)) {
                break;
            }
            if (QuoteExtractor.isArticle(w.lower[j]) || lex.verbs.containsKey(w.lower[j])) {
                break;
            }
            nouns++;
            j--;
        }
        if (nouns == 0) {
            return null;
        }
        while (j >= 0 && !w.clauseBreak(j, j + 1)) {
            String x = w.lower[j];
            EntityMention m = ents.at(w.start[j]);
            if (m != null && m.type() == EntityType.DERIV || !w.upper(j) && adjective(x) && !QuoteExtractor.isArticle(x)
                    || x.equals("und")) {
                j--;
                continue;
            }
            if (QuoteExtractor.isArticle(x)) {
                j--;
            }
            break;
        }
        int s = j + 1;
        while (s < end && (w.lower[s].equals("und") || w.lower[s].equals("nach"))) {
            s++;
        }
        return close(new Span(w.start[s], w.end[end]));
    }
}
