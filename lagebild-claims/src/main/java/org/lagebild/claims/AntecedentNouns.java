package org.lagebild.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Nouns that describe a person or an organisation a later pronoun can point back to, from
 * {@code antecedent-nouns.tsv}: "Präsident" (a man), "Sprecherin" (a woman), "Forscher" (one or more, as the article
 * says), "Polizei" (an organisation). Immutable and thread-safe.
 */
final class AntecedentNouns {
    /** One row: the noun's form and lemma, its gender (m, f, n, u), number (sg, pl, any) and kind (person, org). */
    record Noun(String form, String lemma, char gender, String number, boolean person) {
    }

    /** What a described phrase is: gender (m, f, n, u), whether plural, whether a person, and the noun read. */
    record Reading(char gender, boolean plural, boolean person, Noun noun) {
        @Override
        public String toString() {
            return gender + " " + (plural ? "pl" : "sg") + " " + (person ? "person" : "org");
        }
    }

    private static final AntecedentNouns INSTANCE = new AntecedentNouns();
    /** The articles that make a noun of the same form in both numbers singular ("den Präsidenten" too: accusative). */
    private static final Set<String> SINGULAR_ARTICLES = WordClasses.of("singular-article");
    private final List<Noun> nouns = new ArrayList<>();
    private final Map<String, Noun> byForm = new java.util.HashMap<>();

    private AntecedentNouns() {
        for (Map<String, String> r : Tsv.read("antecedent-nouns.tsv", "form", "lemma", "gender", "number", "kind",
                "example", "reads")) {
            String g = r.get("gender");
            String n = r.get("number");
            String k = r.get("kind");
            if (!Set.of("m", "f", "n", "u").contains(g) || !Set.of("sg", "pl", "any").contains(n)
                    || !Set.of("person", "org").contains(k)) {
                throw new IllegalStateException("antecedent-nouns.tsv:" + r.get("#line") + ": bad gender, number or kind");
            }
            nouns.add(new Noun(r.get("form"), r.get("lemma"), g.charAt(0), n, "person".equals(k)));
        }
        for (Noun n : nouns) {
            byForm.put(n.form(), n);
        }
        // the longest form first: "präsidentin" before "präsident"
        nouns.sort((a, b) -> b.form().length() - a.form().length());
    }

    static AntecedentNouns load() {
        return INSTANCE;
    }

    /**
     * The noun a capitalised word is, itself or as the end of a compound ("US-Präsident", "Bundesregierung"); in
     * English text ({@code english}) a word in lower case too, as itself ("the president"); else null.
     */
    Noun noun(String word, boolean english) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(word.charAt(0))) {
            return english ? byForm.get(w) : null;
        }
        for (Noun n : nouns) {
            if (w.equals(n.form()) || w.endsWith(n.form()) && (w.length() - n.form().length() >= 3
                    || w.charAt(w.length() - n.form().length() - 1) == '-')) {
                return n;
            }
        }
        return null;
    }

    /**
     * What a noun reads as after {@code article} (lower case; null for none); {@code named}: a name or a genitive
     * ("Frankreichs") goes with it, so it is one.
     */
    static Reading read(Noun n, String article, boolean named) {
        boolean plural = switch (n.number()) {
            case "pl" -> true;
            case "sg" -> false;
            default -> article == null ? !named : !SINGULAR_ARTICLES.contains(article);
        };
        char g = n.gender();
        if (g == 'u' && !plural && article != null) {
            // "die Vorsitzende" is a woman, "der Vorsitzende" a man
            g = switch (article) {
                case "die", "eine", "einer" -> 'f';
                case "der", "ein", "dem", "des", "den", "eines", "einem", "einen" -> 'm';
                default -> 'u';
            };
        }
        return new Reading(g, plural, n.person(), n);
    }

    /**
     * What a phrase reads as ("die Forscher", "Israels Energieministerin", "Der Sprecher der Polizei"): its first noun
     * of the table, the head before any genitive, or null; {@code english}: nouns in lower case count too.
     */
    Reading read(String phrase, boolean english) {
        String[] w = phrase.strip().split("[^\\p{L}\\p{N}-]+");
        for (int i = 0; i < w.length; i++) {
            Noun n = noun(w[i], english);
            if (n == null) {
                continue;
            }
            String article = null;
            boolean named = i + 1 < w.length && !w[i + 1].isEmpty() && Character.isUpperCase(w[i + 1].charAt(0));
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                String x = w[j].toLowerCase(Locale.ROOT);
                if (QuoteExtractor.isArticle(x)) {
                    article = x;
                    break;
                }
                if (!w[j].isEmpty() && Character.isUpperCase(w[j].charAt(0))) {
                    named |= w[j].endsWith("s");
                    break;
                }
            }
            return read(n, article, named);
        }
        return null;
    }
}
