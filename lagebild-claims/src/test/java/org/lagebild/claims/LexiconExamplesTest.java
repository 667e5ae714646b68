package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example sentence of every data file must match its row. */
class LexiconExamplesTest {

    @Test
    void everyExampleMatchesItsRow() {
        Lexicon lex = Lexicon.load();
        List<String> failures = new ArrayList<>();
        for (String[] ex : lex.examples) {
            String kind = ex[0];
            String key = ex[1];
            String sentence = ex[2];
            Words w = Words.of(sentence, 0, sentence.length());
            boolean ok = false;
            switch (kind) {
                case "verb" -> {
                    for (int i = 0; i < w.size() && !ok; i++) {
                        for (String lang : List.of("de", "en")) {
                            Lexicon.Verb v = lex.verbAt(w, i, lang);
                            ok |= v != null && v.lemma().equals(key);
                        }
                    }
                }
                case "source", "modality" -> {
                    String[] cue = key.toLowerCase(java.util.Locale.ROOT).split("\\s+");
                    for (int i = 0; i < w.size() && !ok; i++) {
                        ok |= w.match(cue, i) >= 0;
                    }
                }
                case "event" -> {
                    for (int i = 0; i < w.size() && !ok; i++) {
                        ok |= key.equals(lex.predicateAt(w, i, ex[3]));
                    }
                }
                default -> throw new AssertionError(kind);
            }
            if (!ok) {
                failures.add(kind + " '" + key + "' does not match its example: " + sentence);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(lex.examples.size() > 100, "examples loaded: " + lex.examples.size());
    }

    @Test
    void missingDataFileIsAHardError() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Tsv.read("no-such-file.tsv", "a"));
        assertTrue(e.getMessage().contains("no-such-file.tsv"));
    }
}
