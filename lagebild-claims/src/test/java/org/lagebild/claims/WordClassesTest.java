package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** word-classes.tsv: every class the rules ask for, no word twice in a row, each example holds a word of its row. */
class WordClassesTest {

    @Test
    void everyRowIsWellFormed() {
        List<String> failures = new ArrayList<>();
        for (WordClasses.Row r : WordClasses.rows()) {
            if (new HashSet<>(r.words()).size() != r.words().size()) {
                failures.add("line " + r.line() + ": a word twice in " + r.cls());
            }
            if (!r.lang().equals("de") && !r.lang().equals("en")) {
                failures.add("line " + r.line() + ": language " + r.lang());
            }
            if (!r.example().equals("-")) {
                Words w = Words.of(r.example(), 0, r.example().length());
                boolean holds = false;
                for (int i = 0; i < w.size(); i++) {
                    holds |= r.words().contains(w.lower[i].toLowerCase(Locale.ROOT));
                }
                // a class of marks (clause-mark): the example holds one standing apart
                holds |= r.words().stream().anyMatch(x -> !Character.isLetterOrDigit(x.charAt(0)) && r.example().contains(" " + x + " "));
                if (!holds) {
                    failures.add("line " + r.line() + ": the example holds no word of " + r.cls() + ": " + r.example());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theClassesOfTheRulesAreThere() {
        for (String c : List.of("region-noun", "place-preposition", "relative-preposition", "relative-coordinator",
                "not-adjective", "not-participle", "fronted", "source-glue", "nominative-article", "speaker-article",
                "singular-article", "victim-be", "victim-determiner", "other-opener", "article", "antecedent-determiner",
                "possessive-stem", "possessive-ending", "article-m", "article-f", "article-n", "article-u", "article-pl",
                "clause-mark", "clause-joiner", "infinitive-particle", "known-determiner", "finite-auxiliary", "clause-subordinator", "preterite-ending", "inseparable-prefix")) {
            assertTrue(!WordClasses.of(c).isEmpty(), c);
        }
        assertThrows(IllegalStateException.class, () -> WordClasses.of("no-such-class"));
        // the German preposition "an" is no English article here: it stands in the German rows
        assertEquals(Set.of("der", "des", "von", "vom", "für", "und", "am", "an", "zur", "zum"), WordClasses.of("source-glue"));
        assertTrue(Antecedents.possessive("meinen") && Antecedents.possessive("seine") && Antecedents.possessive("ihr") && !Antecedents.possessive("ihrerseits"));
        assertTrue(QuoteExtractor.isArticle("the") && QuoteExtractor.isArticle("einem") && !QuoteExtractor.isArticle("dieser"));
    }
}
