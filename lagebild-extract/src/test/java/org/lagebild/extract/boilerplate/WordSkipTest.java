package org.lagebild.extract.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A "no" from {@link WordSkip} must be exact: wherever the rule's pattern matches a line, it says "possible". */
class WordSkipTest {

    @Test
    void restMustOpenAtOneOfTheFirstWords() {
        WordSkip s = WordSkip.of(Pattern.compile("(?:\\S++\\s++){0,2}?folgen sie uns\\b.*", BoilerplateRule.FLAGS));
        assertNotNull(s);
        assertTrue(s.possible("Folgen Sie uns"));
        assertTrue(s.possible("Jetzt einfach folgen"), "a prefilter: the first two characters may open the rest");
        assertFalse(s.possible("Jetzt einfach hier folgen"), "the rest opens after the third word at the earliest");
        assertFalse(s.possible("Der Minister sagte"));
        assertFalse(s.possible("Fa"));
        assertTrue(s.possible("Der F"));
        assertNull(WordSkip.of(Pattern.compile("(?:\\S++\\s++){0,2}?(?<=\\s)folgen")), "a rest that looks behind is not judged");
        assertNull(WordSkip.of(Pattern.compile("folgen sie uns")));
    }

    @Test
    void noMatchIsEverRuledOut() {
        BoilerplateRules rules = BoilerplateRules.load("de", "en", "fr", "es", "it", "pl");
        List<String> texts = new ArrayList<>();
        for (BoilerplateRule r : rules.rules()) {
            texts.add(r.exampleMatch());
            texts.add(r.exampleNoMatch());
        }
        String[] words = {"Jetzt ", "Hier ", "Sie ", "x ", "— ", "MZ ", "auf ", "bei\u00a0", "Um  "};
        Random random = new Random(7);
        List<String> all = new ArrayList<>(texts);
        for (String t : texts) {
            for (int k = 0; k < 20; k++) {
                String s = t;
                for (int w = random.nextInt(8); w > 0; w--) {
                    s = words[random.nextInt(words.length)] + s;
                }
                all.add(s);
                all.add(s.substring(random.nextInt(Math.max(1, s.length()))));
            }
        }
        int judged = 0;
        for (BoilerplateRule r : rules.rules()) {
            WordSkip skip = WordSkip.of(r.pattern());
            if (skip == null) {
                continue;
            }
            judged++;
            for (String s : all) {
                if (r.pattern().matcher(s).lookingAt()) {
                    assertTrue(skip.possible(s), r.id() + " on " + s);
                }
            }
        }
        assertTrue(judged > 0, "some rules open with a word skip");
    }
}
