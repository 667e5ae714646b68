package org.lagebild.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Event words whose meaning a word of their clause changes (event-contexts.tsv): "tödlich getroffen" is a killing,
 * "Maßnahmen getroffen" no event. Reads a sentence's words ({@link Words}) and the predicate events.tsv gave the word
 * at an index; gives the predicate it has in context, or null for none. Immutable and thread-safe; a missing or
 * malformed file is a hard error.
 */
final class EventContexts {
    private record Row(String predicate, String stem, boolean within, boolean noun, String context, boolean prefix, boolean suffix,
                       boolean inside, boolean afterFigure, boolean clauseEnd, boolean attributed, boolean before, String becomes, String example) {
    }

    private static final EventContexts BUNDLED = new EventContexts();

    private final List<Row> rows = new ArrayList<>();
    private final List<String[]> examples = new ArrayList<>();
    private final java.util.Set<String> countWords = new java.util.HashSet<>();
    private final List<String[]> countExamples = new ArrayList<>();

    private EventContexts() {
        loadCountWords();
        for (Map<String, String> r : Tsv.read("event-contexts.tsv", "predicate", "stem", "context", "becomes", "example")) {
            // "a|b" in stem or context: one row for each (the example serves all of them)
            String[] stems = r.get("stem").toLowerCase(Locale.ROOT).split("\\|");
            // "^x": the word written with a capital only (a German noun, "die Festgenommenen"; not the adjective,
            // "der festgenommene Mafiaboss")
            boolean[] nouns = new boolean[stems.length];
            for (int k = 0; k < stems.length; k++) {
                nouns[k] = stems[k].length() > 1 && stems[k].startsWith("^");
                stems[k] = nouns[k] ? stems[k].substring(1) : stems[k];
            }
            String ex = r.get("example");
            String exStem = stems[0];
            for (String stem : stems) {
                if (ex.toLowerCase(Locale.ROOT).contains(stem.startsWith("*") || stem.startsWith("=") ? stem.substring(1) : stem)) {
                    exStem = stem;
                    break;
                }
            }
            examples.add(new String[] {ex, r.get("becomes"), exStem});
            for (int k = 0; k < stems.length; k++) {
                String stem = stems[k];
                boolean noun = nouns[k];
                for (String c : r.get("context").toLowerCase(Locale.ROOT).split("\\|")) {
                    // "#x": the word x right after a figure ("3.000 Mann" are troops, "Der Mann" is a man)
                    boolean afterFigure = c.length() > 1 && c.startsWith("#");
                    c = afterFigure ? c.substring(1) : c;
                    // "$x": the word x ending the clause, a separated particle ("trifft das nicht zu": zutreffen)
                    boolean clauseEnd = c.length() > 1 && c.startsWith("$");
                    c = clauseEnd ? c.substring(1) : c;
                    // "~x": x is the noun the event word stands before as an inflected adjective or participle ("eine
                    // tote Katze", "die getöteten Hunde") or the object before it as a present participle ("Drachen
                    // tötenden"): whom the death or killing befalls
                    boolean attributed = c.length() > 1 && c.startsWith("~");
                    c = attributed ? c.substring(1) : c;
                    // "<x": x is the word right before the event word, written with a capital and not opening the
                    // sentence (a treaty named by the place it was made: "des ehemaligen Warschauer Vertrages")
                    boolean before = c.length() > 1 && c.startsWith("<");
                    c = before ? c.substring(1) : c;
                    boolean inside = c.length() > 2 && c.startsWith("*") && c.endsWith("*");
                    boolean suffix = !inside && c.length() > 1 && c.startsWith("*");
                    boolean prefix = !inside && !suffix && c.endsWith("*");
                    String word = inside ? c.substring(1, c.length() - 1) : prefix ? c.substring(0, c.length() - 1)
                            : suffix ? c.substring(1) : c;
                    boolean within = stem.length() > 1 && stem.startsWith("*");
                    rows.add(new Row(r.get("predicate"), within ? stem.substring(1) : stem, within, noun, word, prefix, suffix,
                            inside, afterFigure, clauseEnd, attributed, before, r.get("becomes"), r.get("example")));
                }
            }
        }
    }

    private void loadCountWords() {
        for (Map<String, String> r : Tsv.read("count-words.tsv", "lang", "word", "example", "expect")) {
            countWords.add(r.get("word").toLowerCase(Locale.ROOT));
            countExamples.add(new String[] {r.get("example"), r.get("expect"), r.get("word")});
        }
    }

    /** The examples of count-words.tsv: sentence, the predicate its event word must get, the row's word. */
    List<String[]> countExamples() {
        return List.copyOf(countExamples);
    }

    /** True if the lower-case word is a number word of count-words.tsv ("tausend"). */
    boolean countWord(String lower) {
        return countWords.contains(lower);
    }

    static EventContexts load() {
        return BUNDLED;
    }

    /** The examples of the data file: sentence and the predicate its event word must get ("-": none). */
    List<String[]> examples() {
        return List.copyOf(examples);
    }

    /** The predicate of the word at {@code i} in its clause, given the predicate {@code p} its stem gave (null: none). */
    String apply(Words w, int i, String p) {
        if (p == null) {
            return null;
        }
        String x = w.lower[i];
        for (Row r : rows) {
            if (!r.predicate().equals(p)
                    || !(r.stem().startsWith("=") ? x.equals(r.stem().substring(1))
                            : r.within() ? x.contains(r.stem()) : x.startsWith(r.stem()) || x.startsWith("ge" + r.stem()))
                    || r.noun() && !w.upper(i)) {
                continue;
            }
            // a stem inside a word ("*liefer": "Gaslieferungen", "ausgeliefert"): the compound's own first part is
            // context too ("Granatenlieferungen")
            if (r.within() && !r.afterFigure() && !r.clauseEnd() && !r.attributed() && !r.before() && matches(x.replace(r.stem(), " "), r) || inClause(w, i, r)) {
                return r.becomes().equals("-") ? null : r.becomes();
            }
        }
        return p;
    }

    private boolean inClause(Words w, int i, Row r) {
        if (r.attributed()) {
            return attributedTo(w, i, r);
        }
        if (r.before()) {
            return i > 1 && !w.clauseBreak(i - 1, i) && w.upper(i - 1) && matches(w.lower[i - 1], r);
        }
        for (int j = i - 1; j >= 0 && !w.clauseBreak(j, j + 1) && !r.clauseEnd(); j--) {
            if (matches(w.lower[j], r) && (!r.afterFigure() || afterFigure(w, j))) {
                return true;
            }
        }
        // a colon right after the event word introduces what it governs ("please visit: http://…"): the word after it is
        // context of a row that names it (not of a "*" row, whose context is the event word's own clause: "Planspiel:
        // Ausbruch von Affenpocken …")
        if (i + 1 < w.size() && colonOnly(w, i) && !r.context().isEmpty() && !r.afterFigure() && !r.clauseEnd()
                && matches(w.lower[i + 1], r)) {
            return true;
        }
        for (int j = i + 1; j < w.size() && !w.clauseBreak(j - 1, j); j++) {
            if (matches(w.lower[j], r) && (!r.afterFigure() || afterFigure(w, j))
                    && (!r.clauseEnd() || j + 1 == w.size() || w.clauseBreak(j, j + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the event word at i, written in lower case with the ending of an attributive adjective or participle,
     * stands before the noun of the row ("eine tote Katze"), or is a present participle ("tötenden") after it, its
     * object ("Drachen tötenden Superhelden"); in one clause.
     */
    private static boolean attributedTo(Words w, int i, Row r) {
        String x = w.lower[i];
        if (w.upper(i) || !ATTRIBUTIVE.matcher(x).find()) {
            return false;
        }
        if (PRESENT_PARTICIPLE.matcher(x).find()) {
            return i > 0 && !w.clauseBreak(i - 1, i) && w.upper(i - 1) && matches(w.lower[i - 1], r);
        }
        return i + 1 < w.size() && !w.clauseBreak(i, i + 1) && w.upper(i + 1) && matches(w.lower[i + 1], r);
    }

    /** The endings of an inflected German adjective or participle ("tote", "getöteten", "tötendes"). */
    private static final java.util.regex.Pattern ATTRIBUTIVE = java.util.regex.Pattern.compile("(?:e|en|er|es|em)$");
    /** A present participle, inflected ("tötende", "tötenden"). */
    private static final java.util.regex.Pattern PRESENT_PARTICIPLE = java.util.regex.Pattern.compile("end(?:e|en|er|es|em)$");

    /** True if only a colon and spaces lie between word i and the next word. */
    private static boolean colonOnly(Words w, int i) {
        String between = w.text.substring(w.end[i], w.start[i + 1]).strip();
        return between.equals(":");
    }

    /** True if word j follows a figure: "3.000 Mann", "tausend Mann" (count-words.tsv). */
    private boolean afterFigure(Words w, int j) {
        if (j == 0) {
            return false;
        }
        String before = w.lower[j - 1];
        for (int k = 0; k < before.length(); k++) {
            if (Character.isDigit(before.charAt(k))) {
                return true;
            }
        }
        return countWords.contains(before);
    }

    private static boolean matches(String word, Row r) {
        return r.inside() ? word.contains(r.context()) : r.prefix() ? word.startsWith(r.context())
                : r.suffix() ? word.endsWith(r.context()) : word.equals(r.context());
    }
}
