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
                    String[] cue = key.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[>+=]?_?", "").split("\\s+");
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
    void englishShootingNewsWordsAreNoEventsOfTheOntology() {
        Lexicon lex = Lexicon.load();
        String[][] cases = {
            // word in its sentence, the predicate it must have ("-" none)
            {"metro", "Police in the metro area arrested him.", "-"},
            {"metropolitan", "Metropolitan police responded.", "-"},
            {"denton", "A man was shot in Denton on Sunday.", "-"},
            {"denver", "A man was shot in Denver on Sunday.", "-"},
            {"armed", "Two armed men robbed the store.", "-"},
            {"arm", "He was shot in the arm.", "-"},
            {"weapon", "Police recovered a weapon at the scene.", "-"},
            {"station", "He walked to the police station.", "-"},
            {"sentenced", "He was sentenced to ten years.", "-"},
            {"dispatchers", "Dispatchers received a call.", "-"},
            {"dispatch", "The call came in about 8 p.m., dispatch said.", "-"},
            {"dispatches", "4:16 Listen to police dispatches from the Olathe Austins shooting", "-"},
            {"shooting", "Police are investigating the shooting.", "-"},
            {"shots", "Police said shots were fired.", "-"},
            {"shell", "Police found shell casings.", "-"},
            {"significant", "There was significant damage.", "-"},
            {"recognizance", "He was released on his own recognizance.", "-"},
            {"plant", "He worked at a plant.", "-"},
            {"met", "Putin met Kim in Pyongyang.", "meet"},
            {"denied", "Moscow denied the reports.", "deny"},
            {"sent", "North Korea sent 10,000 troops.", "deploy"},
            {"supplied", "North Korea supplied weapons to Russia.", "deliver_weapons"},
            {"shelled", "Russian forces shelled the town.", "attack"},
            {"dispatched", "Officers were dispatched to the scene.", "deploy"},
        };
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            Words w = Words.of(c[1], 0, c[1].length());
            for (int i = 0; i < w.size(); i++) {
                if (w.lower[i].equals(c[0])) {
                    String p = lex.predicateAt(w, i, "en");
                    if (!java.util.Objects.toString(p, "-").equals(c[2])) {
                        failures.add(c[0] + " in '" + c[1] + "': " + p + ", expected " + c[2]);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void missingDataFileIsAHardError() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Tsv.read("no-such-file.tsv", "a"));
        assertTrue(e.getMessage().contains("no-such-file.tsv"));
    }
}
