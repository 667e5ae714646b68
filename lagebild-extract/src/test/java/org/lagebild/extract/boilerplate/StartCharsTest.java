package org.lagebild.extract.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A "no" from {@link StartChars} must be exact: wherever the full regex matches, the character there is
 * possible. Checked on every boilerplate rule and class hint, on their examples and on random mutations.
 */
class StartCharsTest {
    private static final BoilerplateRules RULES = BoilerplateRules.load("de", "en", "fr", "es", "it", "pl");

    @Test
    void literalPatternsRuleOutOtherFirstCharacters() {
        StartChars s = StartChars.lookingAt(Pattern.compile("mehr zum thema", BoilerplateRule.FLAGS));
        assertTrue(s.possible('m'));
        assertTrue(s.possible('M'));
        assertFalse(s.possible('x'));
        assertFalse(s.possible(' '));
        StartChars after = StartChars.lookingAtAfter(Pattern.compile("(?:^|\\s)foto:", BoilerplateRule.FLAGS), " ", true);
        assertTrue(after.possible('F'));
        assertFalse(after.possible('a'));
        assertTrue(after.possible('F', 'o'));
        assertFalse(after.possible('F', 'r'));
        assertFalse(after.possible('a', 'o'));
        assertTrue(after.possible('F', '\u0151'), "a pair with a character from U+0100 on is judged by the first");
        StartChars whole = StartChars.matches(Pattern.compile("ab?"));
        assertTrue(whole.possible('a'));
        assertFalse(whole.possible('b'));
    }

    @Test
    void looksBehindSpotsLookbehindAndWordBoundaries() {
        assertTrue(StartChars.looksBehind("(?<=\\s)x"));
        assertTrue(StartChars.looksBehind("\\bx"));
        assertFalse(StartChars.looksBehind("(?<credit>x)$"));
    }

    @Test
    void noMatchIsEverRuledOut() {
        List<Pattern> patterns = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (BoilerplateRule r : RULES.rules()) {
            patterns.add(r.pattern());
            texts.add(r.exampleMatch());
            texts.add(r.exampleNoMatch());
        }
        ClassHints hints = ClassHints.load();
        for (ClassHints.Hint h : hints.hints()) {
            patterns.add(h.pattern());
            texts.add(h.exampleMatch());
            texts.add(h.exampleNoMatch());
        }
        Random random = new Random(42);
        List<String> all = new ArrayList<>(texts);
        for (String t : texts) {
            for (int k = 0; k < 5; k++) {
                all.add(mutate(t, random));
            }
        }
        for (Pattern p : patterns) {
            StartChars looking = StartChars.lookingAt(p);
            StartChars whole = StartChars.matches(p);
            StartChars afterIn = StartChars.lookingAtAfter(p, " ", true);
            StartChars afterOut = StartChars.lookingAtAfter(p, " ", false);
            StartChars here = StartChars.lookingAtAfter(p, "", true);
            boolean local = !StartChars.looksBehind(p.pattern());
            for (String s : all) {
                if (s.isEmpty()) {
                    continue;
                }
                if (p.matcher(s).lookingAt()) {
                    assertTrue(looking.possible(s.charAt(0)), p + " looking at " + s);
                    assertTrue(s.length() < 2 || looking.possible(s.charAt(0), s.charAt(1)), p + " looking at " + s);
                }
                if (p.matcher(s).matches()) {
                    assertTrue(whole.possible(s.charAt(0)), p + " matching " + s);
                    assertTrue(s.length() < 2 || whole.possible(s.charAt(0), s.charAt(1)), p + " matching " + s);
                }
                for (int i = 1; local && i < s.length(); i++) {
                    boolean pair = i + 1 < s.length();
                    if (s.charAt(i - 1) == ' ' && region(p, s, i).lookingAt()) {
                        assertTrue(afterOut.possible(s.charAt(i)), p + " after a space at " + i + " in " + s);
                        assertTrue(!pair || afterOut.possible(s.charAt(i), s.charAt(i + 1)), p + " after a space at " + i + " in " + s);
                    }
                    if (s.charAt(i - 1) == ' ' && region(p, s, i - 1).lookingAt()) {
                        assertTrue(afterIn.possible(s.charAt(i)), p + " from a space at " + (i - 1) + " in " + s);
                        assertTrue(!pair || afterIn.possible(s.charAt(i), s.charAt(i + 1)), p + " from a space at " + (i - 1) + " in " + s);
                    }
                    if (region(p, s, i).lookingAt()) {
                        assertTrue(here.possible(s.charAt(i)), p + " at " + i + " in " + s);
                        assertTrue(!pair || here.possible(s.charAt(i), s.charAt(i + 1)), p + " at " + i + " in " + s);
                    }
                }
            }
        }
    }

    private static Matcher region(Pattern p, String s, int from) {
        return p.matcher(s).region(from, s.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The text with a prefix cut or a word put in front, so rules are tried at inner positions too. */
    private static String mutate(String s, Random random) {
        String[] words = {"Text ", "(", "Foto ", "x ", "— ", "In ", "ab-", "nav_"};
        return switch (random.nextInt(3)) {
            case 0 -> words[random.nextInt(words.length)] + s;
            case 1 -> s.substring(random.nextInt(Math.max(1, s.length())));
            default -> s.toUpperCase(java.util.Locale.ROOT);
        };
    }
}
