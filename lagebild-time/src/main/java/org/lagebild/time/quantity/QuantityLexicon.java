package org.lagebild.time.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import org.lagebild.time.internal.Tsv;

/**
 * The language knowledge of {@link QuantityTagger} for one language, read from the TSV files beside
 * this class (rows for that language and for "*"). Immutable and thread-safe once built.
 */
public final class QuantityLexicon {
    /** A number word: its value and how it combines. */
    record NumberWord(double value, String kind) {
    }

    /** A qualifier's effect on bounds. */
    record Qualifier(String phrase, String effect) {
    }

    /** A vague amount with its bounds. */
    record Vague(String phrase, Double min, Double max) {
    }

    /** A unit of money, percent or measure. */
    record Unit(String lemma, String kind) {
    }

    /** A plural rule. */
    record PluralRule(String suffix, String replacement) {
    }

    /** A fixed phrase that states an exact amount ("ein halbes Dutzend" = 6). */
    record Phrase(String phrase, double value) {
    }

    /** A word that opens a partitive after a number ("60 der 100 Stimmen"); {@code needsNumber}: only before a number ("68 von 70"). */
    record Partitive(String word, boolean needsNumber) {
    }

    final String language;
    final Map<String, NumberWord> numberWords = new HashMap<>();
    final Map<String, Qualifier> qualifiers = new HashMap<>();
    final Map<String, Vague> vague = new HashMap<>();
    /** The first words of the vague phrases: no vague amount starts at any other word. */
    final Set<String> vagueFirstWords = new HashSet<>();
    final Map<String, Double> fractions = new HashMap<>();
    /** Fraction words that are also ordinals ("third"): before another word than "of" no fraction ("a third shooter"). */
    final Set<String> ordinalFractions = new HashSet<>();
    final Map<String, Unit> unitsAfter = new HashMap<>();
    final Map<String, Unit> unitsBefore = new HashMap<>();
    final Map<String, String> notCountBefore = new HashMap<>();
    final Map<String, String> notCountAfter = new HashMap<>();
    final Set<String> yearCues = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    /** English words after a counted noun that tell its state ("injured", "shot"): they end the counted phrase. */
    final Set<String> countedStates = new HashSet<>();
    /** English modals and auxiliaries that end a counted phrase after its noun, in lower case (modal-verbs.tsv). */
    final Set<String> modalVerbs = new HashSet<>();
    /** A number word that is a pronoun beside these words (pronoun-numbers.tsv): number, space, word. */
    final Set<String> pronounBefore = new HashSet<>();
    final Set<String> pronounAfter = new HashSet<>();
    /** English reflexive pronouns (reflexive-pronouns.tsv): a counted phrase that reaches one has no counted word. */
    final Set<String> reflexives = new HashSet<>();
    final Map<String, String> lemmas = new HashMap<>();
    final List<PluralRule> pluralRules = new ArrayList<>();
    /** Words before a number that make it no count unless a counted noun or unit follows ("ab 21", "mit 28"). */
    final Map<String, String> notCountBeforeBare = new HashMap<>();
    /** Nouns that name the bare number after them ("in Runde drei", "Spiel zwei"): no count unless a counted noun follows. */
    final Map<String, String> labels = new HashMap<>();
    /**
     * Words after which "über"/"unter" is the preposition they govern, not a bound: "verfügt über 24 Watt",
     * "eine Rechnung über 396 Euro", "eine Befragung unter 2800 Asylberechtigten". Keyed "word preposition";
     * the value is how many words before the preposition the word may stand.
     */
    final Map<String, Integer> prepositionGovernors = new HashMap<>();
    int longestGovernorReach = 0;
    /** Singular finite verbs that make a bare four-digit number right before them a year: "1955 wurde er Professor". */
    final Set<String> yearVerbs = new HashSet<>();
    /** English verbs whose object is a count: a bare number after one is no name's number (count-verbs.tsv). */
    final Set<String> countVerbs = new HashSet<>();
    /** Ends of nouns naming an age, before a preposition and a bare number ("Rentenalter von 67"). */
    final List<String> ageHeads = new ArrayList<>();
    /** Adjectives that may stand between a number and a duration word ("zwei weitere Jahre"). */
    final Set<String> durationAdjectives = new HashSet<>();
    /** Last parts of hyphenated compounds that make the amount in them a name ("9-Euro-Ticket"). */
    final Set<String> nameCompoundTails = new HashSet<>();
    final Map<String, Phrase> phrases = new HashMap<>();
    final Set<String> phraseFirstWords = new HashSet<>();
    /** Every word of the phrases after their first. */
    final Set<String> phraseWords = new HashSet<>();
    int longestPhrase = 1;
    final Map<String, Partitive> partitives = new HashMap<>();
    /** First parts of hyphenated compounds after a number that are counted nouns ("26.000-Einwohner-Stadt"). */
    final Map<String, String> compoundHeads = new HashMap<>();
    /** Stems of ordinal and superlative words ("zweit" for "zweiten", "best" for "besten"). */
    final Map<String, List<String>> ordinalStems = new HashMap<>();
    final Set<String> ordinalEndings = new HashSet<>();
    /** Words that join two amounts sharing a unit, noun or duration word written after the last ("oder"). */
    final Set<String> listLinks = new HashSet<>();
    /** Words that may follow such a link ("oder gar"). */
    final Set<String> listFillers = new HashSet<>();
    int longestQualifier = 1;
    int longestVague = 1;

    private QuantityLexicon(String language) {
        this.language = language;
    }

    private static boolean ours(Tsv.Row r, String lang) {
        String l = r.get("lang");
        return l.equals("*") || l.equals(lang);
    }

    /** Loads the lexicon for "de" or "en" (anything else reads as "de"). */
    public static QuantityLexicon load(String language) {
        String lang = "en".equals(language) ? "en" : "de";
        QuantityLexicon x = new QuantityLexicon(lang);
        Class<?> c = QuantityLexicon.class;
        for (Tsv.Row r : Tsv.load(c, "number-words.tsv").require("word", "lang", "value", "kind").rows()) {
            if (ours(r, lang)) {
                x.numberWords.put(r.get("word"), new NumberWord(Double.parseDouble(r.get("value")), r.get("kind")));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "qualifiers.tsv").require("phrase", "lang", "effect").rows()) {
            if (ours(r, lang)) {
                x.qualifiers.put(r.get("phrase"), new Qualifier(r.get("phrase"), r.get("effect")));
                x.longestQualifier = Math.max(x.longestQualifier, r.get("phrase").split(" ").length);
            }
        }
        for (Tsv.Row r : Tsv.load(c, "vague-amounts.tsv").require("phrase", "lang", "min", "max").rows()) {
            if (ours(r, lang)) {
                x.vague.put(r.get("phrase"), new Vague(r.get("phrase"), num(r.get("min")), num(r.get("max"))));
                x.longestVague = Math.max(x.longestVague, r.get("phrase").split(" ").length);
                x.vagueFirstWords.add(r.get("phrase").split(" ")[0]);
            }
        }
        for (Tsv.Row r : Tsv.load(c, "fractions.tsv").require("word", "lang", "value").rows()) {
            if (ours(r, lang)) {
                x.fractions.put(r.get("word"), Double.parseDouble(r.get("value")));
                if (r.has("ordinal") && r.get("ordinal").equals("yes")) {
                    x.ordinalFractions.add(r.get("word"));
                }
            }
        }
        for (Tsv.Row r : Tsv.load(c, "units.tsv").require("unit", "lang", "lemma", "kind", "position").rows()) {
            if (ours(r, lang)) {
                Unit u = new Unit(r.get("lemma"), r.get("kind"));
                (r.get("position").equals("BEFORE") ? x.unitsBefore : x.unitsAfter).put(r.get("unit"), u);
            }
        }
        for (Tsv.Row r : Tsv.load(c, "not-counts.tsv").require("word", "lang", "position", "why").rows()) {
            if (ours(r, lang)) {
                switch (r.get("position")) {
                    case "BEFORE" -> x.notCountBefore.put(r.get("word"), r.get("why"));
                    case "AFTER" -> x.notCountAfter.put(r.get("word"), r.get("why"));
                    case "BEFORE_BARE" -> x.notCountBeforeBare.put(r.get("word"), r.get("why"));
                    case "BETWEEN" -> x.durationAdjectives.add(r.get("word"));
                    case "COMPOUND_TAIL" -> x.nameCompoundTails.add(r.get("word"));
                    case "LABEL" -> x.labels.put(r.get("word"), r.get("why"));
                    case "AGE_HEAD" -> x.ageHeads.add(r.get("word"));
                    default -> throw new IllegalStateException("not-counts.tsv line " + r.line() + ": unknown position " + r.get("position"));
                }
            }
        }
        for (Tsv.Row r : Tsv.load(c, "governed-prepositions.tsv").require("word", "lang", "preposition", "reach").rows()) {
            if (ours(r, lang)) {
                int reach = Integer.parseInt(r.get("reach"));
                x.prepositionGovernors.put(r.get("word") + " " + r.get("preposition"), reach);
                x.longestGovernorReach = Math.max(x.longestGovernorReach, reach);
            }
        }
        for (Tsv.Row r : Tsv.load(c, "count-verbs.tsv").require("word", "lang").rows()) {
            if (ours(r, lang)) {
                x.countVerbs.add(r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "year-verbs.tsv").require("word", "lang").rows()) {
            if (ours(r, lang)) {
                x.yearVerbs.add(r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "year-cues.tsv").require("word", "lang").rows()) {
            if (ours(r, lang)) {
                x.yearCues.add(r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "function-words.tsv").require("word", "lang").rows()) {
            if (ours(r, lang)) {
                x.functionWords.add(r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "modal-verbs.tsv").require("word", "lang", "example", "unit").rows()) {
            if (ours(r, lang)) {
                x.modalVerbs.add(r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "pronoun-numbers.tsv").require("number", "word", "lang", "position", "example").rows()) {
            if (ours(r, lang)) {
                (r.get("position").equals("BEFORE") ? x.pronounBefore : x.pronounAfter).add(r.get("number") + " " + r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "reflexive-pronouns.tsv").require("word", "lang", "example").rows()) {
            if (ours(r, lang)) {
                x.reflexives.add(r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "counted-states.tsv").require("word", "lang", "example", "unit").rows()) {
            if (ours(r, lang)) {
                x.countedStates.add(r.get("word"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "count-nouns.tsv").require("form", "lang", "lemma").rows()) {
            if (ours(r, lang)) {
                x.lemmas.put(r.get("form"), r.get("lemma"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "plural-rules.tsv").require("suffix", "lang", "replacement").rows()) {
            if (ours(r, lang)) {
                x.pluralRules.add(new PluralRule(r.get("suffix"), r.get("replacement")));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "amount-phrases.tsv").require("phrase", "lang", "value").rows()) {
            if (ours(r, lang)) {
                String[] words = r.get("phrase").split(" ");
                x.phrases.put(r.get("phrase"), new Phrase(r.get("phrase"), Double.parseDouble(r.get("value"))));
                x.phraseFirstWords.add(words[0]);
                x.phraseWords.addAll(List.of(words).subList(1, words.length));
                x.longestPhrase = Math.max(x.longestPhrase, words.length);
            }
        }
        for (Tsv.Row r : Tsv.load(c, "partitives.tsv").require("word", "lang", "needs_number").rows()) {
            if (ours(r, lang)) {
                x.partitives.put(r.get("word"), new Partitive(r.get("word"), Boolean.parseBoolean(r.get("needs_number"))));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "compound-heads.tsv").require("word", "lang", "lemma").rows()) {
            if (ours(r, lang)) {
                x.compoundHeads.put(r.get("word"), r.get("lemma"));
            }
        }
        for (Tsv.Row r : Tsv.load(c, "ordinal-words.tsv").require("stem", "lang", "endings").rows()) {
            if (ours(r, lang)) {
                List<String> endings = List.of(r.get("endings").split(","));
                x.ordinalStems.put(r.get("stem"), endings);
                x.ordinalEndings.addAll(endings);
            }
        }
        for (Tsv.Row r : Tsv.load(c, "list-links.tsv").require("word", "lang", "role").rows()) {
            if (ours(r, lang)) {
                (r.get("role").equals("FILLER") ? x.listFillers : x.listLinks).add(r.get("word"));
            }
        }
        return x;
    }

    /** True if the lower-case word is an ordinal or superlative ("zweiten", "erste", "besten", "letzten"). */
    boolean isOrdinalWord(String lower) {
        for (String e : ordinalEndings) {
            if (lower.length() > e.length() && lower.endsWith(e)) {
                List<String> ok = ordinalStems.get(lower.substring(0, lower.length() - e.length()));
                if (ok != null && ok.contains(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if the number word is only a number in lower case (the genitive "dreier"; "Dreier" is a noun). */
    boolean lowerCaseOnly(String lower) {
        NumberWord w = numberWords.get(lower);
        return w != null && w.kind().equals("GENITIVE");
    }

    private static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /** The singular of a counted noun: from the lemma list, else by the first plural rule that fits. */
    public String lemma(String form) {
        String l = lemmas.get(form);
        if (l != null) {
            return l;
        }
        // Compounds take the lemma of their last part: "Elitesoldaten" -> "Elitesoldat".
        for (int k = 1; k + 3 < form.length(); k++) {
            String tail = form.substring(k);
            String known = lemmas.get(Character.toUpperCase(tail.charAt(0)) + tail.substring(1));
            if (known != null && !known.isEmpty()) {
                String head = form.substring(0, k);
                return head + (head.endsWith("-") ? known : known.toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (PluralRule p : pluralRules) {
            if (form.length() > p.suffix().length() + 1 && form.endsWith(p.suffix())) {
                return form.substring(0, form.length() - p.suffix().length()) + p.replacement();
            }
        }
        return form;
    }

    /**
     * The value of a single German number word, compounds included ("dreitausend",
     * "zweihundertfünfzig", "einundzwanzig"), or null. English words are looked up as they are.
     */
    Double wordValue(String lower) {
        NumberWord w = numberWords.get(lower);
        if (w != null && !w.kind().equals("SCALE")) {
            return w.value();
        }
        if (!language.equals("de") || lower.length() < 6 || lower.length() > 60) {
            return null;
        }
        return compound(lower);
    }

    private Double compound(String s) {
        if (s.isEmpty()) {
            return 0.0;
        }
        int t = s.indexOf("tausend");
        if (t >= 0) {
            Double left = t == 0 ? Double.valueOf(1) : small(s.substring(0, t));
            Double right = compound(s.substring(t + 7));
            return left == null || right == null ? null : left * 1000 + right;
        }
        return small(s);
    }

    private Double small(String s) {
        if (s.isEmpty()) {
            return 0.0;
        }
        int h = s.indexOf("hundert");
        if (h >= 0) {
            Double left = h == 0 ? Double.valueOf(1) : unit(s.substring(0, h));
            Double right = below100(s.substring(h + 7));
            return left == null || right == null ? null : left * 100 + right;
        }
        return below100(s);
    }

    private Double below100(String s) {
        if (s.isEmpty()) {
            return 0.0;
        }
        NumberWord w = numberWords.get(s);
        if (w != null && (w.kind().equals("UNIT") || w.kind().equals("TENS"))) {
            return w.value();
        }
        int u = s.indexOf("und");
        if (u > 0) {
            Double a = unit(s.substring(0, u));
            NumberWord tens = numberWords.get(s.substring(u + 3));
            if (a != null && tens != null && tens.kind().equals("TENS")) {
                return a + tens.value();
            }
        }
        return null;
    }

    private Double unit(String s) {
        if (s.equals("ein") || s.equals("eine")) {
            return 1.0;
        }
        NumberWord w = numberWords.get(s);
        return w != null && w.kind().equals("UNIT") ? w.value() : null;
    }

    /** The value of a number word in this language ("fünf", "zwanzig", "dreihundert"), or null. */
    public Double numberValue(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lowerCaseOnly(lower) ? null : wordValue(lower);
    }

    /** All simple number words of this language (no scales, no genitives), for building patterns. */
    public java.util.Set<String> numberWords() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        numberWords.forEach((k, v) -> {
            if (!v.kind().equals("SCALE") && !v.kind().equals("GENITIVE")) {
                out.add(k);
            }
        });
        return out;
    }

    /** The scale factor of "Millionen", "Mio.", "million", or null. */
    Double scale(String lowerDot) {
        NumberWord w = numberWords.get(lowerDot);
        return w != null && w.kind().equals("SCALE") ? w.value() : null;
    }
}
