package org.lagebild.entities.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.entities.kb.KnowledgeBaseException;
import org.lagebild.entities.link.NameKeys;
import org.lagebild.entities.recognize.Gazetteer.Terminal;

/**
 * Which entry a name that two knowledge-base entries share is, read from its context ({@code senses.tsv}): the US
 * state or the country Georgia ("Conyers, Georgia", "Habersham County" in the sentence, "Ga." in the article make
 * it the state; "Tbilisi" keeps it the country), and names that are a person's first name before a surname ("Jordan
 * Reeves" is no country). Immutable and thread-safe.
 */
public final class Senses {

    /** The kinds of cue of a row. */
    public enum Cue {
        /** In this language the name is always the row's entity. */
        ALWAYS,
        /** A cue word in the mention's sentence. */
        NEAR,
        /** A word anywhere in the article that keeps the other entry unless a near cue holds. */
        AGAINST,
        /** A cue word anywhere in the article (unless an against word is there). */
        ARTICLE,
        /** The mention follows a capitalised word and a comma ("Conyers, Georgia"), unless an against word is there. */
        AFTER_PLACE,
        /** A capitalised name word follows the mention: it is a person's first name, no entry ("Jordan Reeves"). */
        FIRST_NAME,
        /**
         * A kinship word stands right before the one-word mention ("his son Jordan", "ihre Tochter Georgia"): a
         * person's first name, no place.
         */
        AFTER_KIN
    }

    /** One row: cue words folded; {@code entity} is "-" for {@link Cue#FIRST_NAME} and {@link Cue#AFTER_KIN}. */
    public record Rule(String entity, String other, String lang, Cue cue, Set<String> words, String example, String counter) {
    }

    private final List<Rule> rules;
    /** The folded one-word names of the entries of first-name rows, by language ("en" → "jordan"). */
    private final Set<String> firstNames;

    private Senses(List<Rule> rules, Set<String> firstNames) {
        this.rules = List.copyOf(rules);
        this.firstNames = Set.copyOf(firstNames);
    }

    /**
     * The bundled rules over that knowledge base; rows naming an entry it lacks (a small test base) are left out,
     * and the test of the bundled base checks that it has every entry.
     */
    public static Senses load(KnowledgeBase kb) {
        List<Rule> out = new ArrayList<>();
        Set<String> first = new HashSet<>();
        for (String[] r : Cues.rows("senses.tsv", List.of("entity", "other", "lang", "cue", "words", "example", "counter"))) {
            int line = Integer.parseInt(r[7]);
            Cue cue;
            try {
                cue = Cue.valueOf(r[3].toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeBaseException("senses.tsv", line, "unknown cue " + r[3]);
            }
            if (!r[0].equals("-") && kb.byId(r[0]).isEmpty() || kb.byId(r[1]).isEmpty()) {
                continue;
            }
            Set<String> words = new HashSet<>();
            if (!r[4].equals("-")) {
                for (String w : r[4].split("\\|")) {
                    words.add(NameKeys.fold(w).strip());
                }
            }
            out.add(new Rule(r[0], r[1], r[2], cue, Set.copyOf(words), r[5], r[6]));
            if (cue == Cue.FIRST_NAME) {
                for (String name : kb.byId(r[1]).orElseThrow().names()) {
                    String f = NameKeys.fold(name).strip();
                    if (f.indexOf(' ') < 0) {
                        first.add(r[2] + ":" + f);
                    }
                }
            }
        }
        return new Senses(out, first);
    }

    /** Every row read, for the test that runs the examples. */
    public List<Rule> rules() {
        return rules;
    }

    /** True if the folded word is the name of a first-name row's entry in that language ("jordan" in English). */
    public boolean firstNameWord(String folded, String lang) {
        return firstNames.contains(lang + ":" + folded);
    }

    /**
     * True if the one-token place mention {@code [ts, te)} is a person's first name here: a {@link Cue#FIRST_NAME}
     * row names its entry, and a capitalised word that is no place or institution word follows on the same line.
     */
    public boolean firstName(List<Terminal> terms, TextTokens t, int ts, int te, String lang, Cues cues) {
        if (te - ts != 1 || te >= t.size() || !t.tight(ts) || !t.upper(te) || t.allCaps(te)
                || cues.is(Cues.Kind.NAME_END, t.norm(te)) || cues.is(Cues.Kind.NOT_NAME, t.norm(te))) {
            return false;
        }
        for (Rule r : rules) {
            if (r.cue() == Cue.FIRST_NAME && r.lang().equals(lang) && has(terms, r.other()) && !r.words().contains(t.norm(te))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the one-token place mention {@code [ts, te)} is a person's first name after a kinship word ("his son
     * Jordan", "ihr Sohn Jordan"): a {@link Cue#AFTER_KIN} row of this language names its entry and lists the word
     * right before it (on the same line).
     */
    public boolean afterKin(List<Terminal> terms, TextTokens t, int ts, int te, String lang) {
        if (te - ts != 1 || ts < 1 || !t.tight(ts - 1) || breakBetween(t, ts - 1, ts)) {
            return false;
        }
        String before = t.norm(ts - 1);
        for (Rule r : rules) {
            if (r.cue() == Cue.AFTER_KIN && r.lang().equals(lang) && has(terms, r.other()) && r.words().contains(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The terminal a mention {@code [ts, te)} of a shared name stands for: the row's entity when its cues hold,
     * else {@code best} (the gazetteer's choice). {@code articleWords} are the folded tokens of the whole text.
     */
    public Terminal choose(List<Terminal> terms, Terminal best, TextTokens t, int ts, int te, String lang,
            Set<String> articleWords) {
        for (Rule head : rules) {
            if (head.cue() == Cue.FIRST_NAME || head.cue() == Cue.AFTER_KIN || !head.lang().equals(lang) || !has(terms, head.entity())
                    || !has(terms, head.other())) {
                continue;
            }
            String chosen = decide(head.entity(), head.other(), lang, t, ts, te, articleWords);
            for (Terminal x : terms) {
                if (x.entity().id().equals(chosen) && x.kind() == best.kind()) {
                    return x;
                }
            }
            return best;
        }
        return best;
    }

    private String decide(String entity, String other, String lang, TextTokens t, int ts, int te, Set<String> articleWords) {
        boolean against = false;
        boolean article = false;
        for (Rule r : rules) {
            if (!r.entity().equals(entity) || !r.other().equals(other) || !r.lang().equals(lang)) {
                continue;
            }
            switch (r.cue()) {
                case ALWAYS -> {
                    return entity;
                }
                case NEAR -> {
                    if (inSentence(t, ts, te, r.words())) {
                        return entity;
                    }
                }
                case AGAINST -> against |= any(articleWords, r.words());
                case ARTICLE -> article |= any(articleWords, r.words());
                case AFTER_PLACE -> article |= afterPlace(t, ts);
                default -> { }
            }
        }
        return article && !against ? entity : other;
    }

    private static boolean has(List<Terminal> terms, String id) {
        for (Terminal x : terms) {
            if (x.entity().id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(Set<String> present, Set<String> words) {
        for (String w : words) {
            if (present.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Conyers, Georgia": a capitalised word, a comma, then the mention, inside one sentence. */
    private static boolean afterPlace(TextTokens t, int ts) {
        if (ts < 1 || !t.upper(ts - 1) || t.allCaps(ts - 1)) {
            return false;
        }
        String between = t.text().substring(t.end(ts - 1), t.start(ts));
        return between.strip().equals(",") && !sentenceStart(t, ts - 1);
    }

    private static boolean sentenceStart(TextTokens t, int i) {
        return i == 0 || breakBetween(t, i - 1, i);
    }

    /** True if one of the words is a token of the mention's sentence (outside the mention). */
    private static boolean inSentence(TextTokens t, int ts, int te, Set<String> words) {
        for (int k = ts - 1; k >= 0 && !breakBetween(t, k, k + 1); k--) {
            if (words.contains(t.norm(k))) {
                return true;
            }
        }
        for (int k = te; k < t.size() && !breakBetween(t, k - 1, k); k++) {
            if (words.contains(t.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence end between token a and token b: . ! ? or a line break (not the dot of an abbreviation "Ga."). */
    private static boolean breakBetween(TextTokens t, int a, int b) {
        String s = t.text();
        for (int p = t.end(a); p < t.start(b); p++) {
            char ch = s.charAt(p);
            if (ch == '\n' || ch == '!' || ch == '?') {
                return true;
            }
            if (ch == '.' && (p > t.end(a) || t.end(a) - t.start(a) > 3) && Character.isUpperCase(s.charAt(t.start(b)))) {
                return true;
            }
        }
        return false;
    }
}
